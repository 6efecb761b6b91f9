/**
 * The second core of a large run: a `worker_threads` Worker that loads the records and then,
 * holding them, works out their monitoring evidence. The records (YAML) and the discovery
 * snapshots (JSONL) are independent until matching, so the manifests load in the worker while the
 * main thread streams the snapshots; monitoring outcomes depend on the records and the monitors
 * but not on matching, so the worker computes them (`monitoring-job.ts`) while the main thread
 * matches and merges views, and the main thread collects them synchronously (reconciling is
 * synchronous): the worker answers on a MessagePort and raises a shared flag, the main thread
 * waits on the flag (`Atomics.wait`) and takes the answer with `receiveMessageOnPort`.
 *
 * The worker is the shell's own bundle started again (`useRecordWorker(new URL(import.meta.url))`
 * in the entry file, which calls `serveRecordWorker()` instead of its main when `isRecordWorker()`),
 * so the product stays two single-file bundles. Code that never called `useRecordWorker` (tests
 * running the TypeScript sources, library use) loads on the main thread. Records come back in
 * batches as files are read (see `record-transfer.ts`), and are rebuilt between snapshot chunks.
 * The checks across records then split: the worker checks names and references while the main
 * thread builds the record index that matching reads, and finds in it the identifiers two records
 * claim (`checkedRecords`).
 *
 * Whatever goes wrong in the worker (a record it cannot encode, an exception, an exit) makes the
 * caller load the records, or work out the monitoring, on the main thread, which then reports
 * exactly what it always did.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, MessageChannel, parentPort, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { Diagnostic } from '../model/location.js';
import type { GovernanceRecord } from '../model/record.js';
import { FsTextSource, type TextSource } from '../util/reader.js';
import { decodeRecords, RecordEncoder, type EncodedRecords } from '../load/record-transfer.js';
import { identifierClaimDiagnostics, recordNameDiagnostics } from '../load/record-checks.js';
import { readManifests, type LoadedRecords, type RepoLayout } from '../load/repo.js';
import { indexRecords } from '../model/record-index.js';
import { runMonitoringJob, type MonitoringJob, type Offload } from '../reconcile/monitoring-job.js';
import { monitoredPart, type MonitoredRecord, type MonitoringOutcome } from '../reconcile/rules/monitoring.js';

const TAG = 'blindspot/records-v1';

/** Below this much YAML, starting a thread costs more than it saves. */
export const DEFAULT_MIN_WORKER_BYTES = 20 * 1024 * 1024;

/** Records per message: small enough to rebuild between snapshot chunks. */
const BATCH_RECORDS = 10_000;

interface WorkerRequest {
  tag: typeof TAG;
  root: string;
  manifestFiles: string[];
  maxFileBytes: number;
  /** One Int32 the worker raises when its monitoring answer is posted, or when it ends without one. */
  flag: SharedArrayBuffer;
}

/**
 * `sent` follows the last batch, with each manifest's own problems; `checked` brings the names and
 * references check, which the worker runs while the main thread indexes the records.
 */
type WorkerMessage =
  | { type: 'batch'; data: EncodedRecords }
  | { type: 'sent'; diagnostics: Diagnostic[] }
  | { type: 'checked'; diagnostics: Diagnostic[] }
  | { type: 'refused' };

/** After the records: work out the monitoring of `job`, answer on `reply`, then raise the flag. */
interface MonitoringRequest {
  type: 'monitoring';
  /** The job as JSON: tens of thousands of monitors cost the main thread 4× as much as a structured clone. */
  job: string;
  reply: MessagePort;
}

/** The shared flag's values: still working, answered, failed (nothing to take). */
const WORKING = 0;
const ANSWERED = 1;
const FAILED = 2;

/** How long the main thread waits for monitoring before working it out itself (a worker that hangs). */
const MONITORING_WAIT_MS = 5 * 60 * 1000;

/** The records the worker loaded, and the main thread's way to the rest of its work. */
export interface RecordWorkerRun {
  /** Every record, and each manifest's own problems: the checks across records are not in yet. */
  read: LoadedRecords;
  /** The names and references check (`recordNameDiagnostics`); null when the worker ended first. */
  nameDiagnostics: Promise<Diagnostic[] | null>;
  offload: Offload;
  /** Ends the worker; call once the run no longer needs it. */
  close(): void;
}

let workerScript: URL | null = null;
let minWorkerBytes = DEFAULT_MIN_WORKER_BYTES;

/**
 * Lets large repositories load their records in a worker running `script`, a module whose entry
 * calls `serveRecordWorker()` when `isRecordWorker()`; null turns it off. `minBytes` (of
 * manifests) is for tests.
 */
export function useRecordWorker(script: URL | null, minBytes: number = DEFAULT_MIN_WORKER_BYTES): void {
  workerScript = script;
  minWorkerBytes = minBytes;
}

/** True inside a worker started by `startRecordWorker`: the entry should serve, not run its main. */
export function isRecordWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerRequest> | null)?.tag === TAG;
}

/**
 * The worker's side: loads the records it was asked for and posts them back in batches, then
 * answers the monitoring request from what it kept of them.
 */
export function serveRecordWorker(): void {
  const port = parentPort;
  if (port === null || !isRecordWorker()) throw new Error('serveRecordWorker: not in a record worker');
  const req = workerData as WorkerRequest;
  const flag = new Int32Array(req.flag);
  const raise = (state: number) => {
    // Once: an answer is never taken back by the exit that follows it.
    Atomics.compareExchange(flag, 0, WORKING, state);
    Atomics.notify(flag, 0);
  };
  // A worker that ends before answering (process.exit, an uncaught error) must not leave the main thread waiting.
  process.once('exit', () => raise(FAILED));
  const held = loadAndSend(port, req);
  if (held === null) return;
  collectGarbage();
  // Then the worker stays, holding the part of the records monitoring reads, until the main thread asks or ends it.
  port.on('message', (m: MonitoringRequest) => {
    if (m?.type !== 'monitoring') return;
    let state = FAILED;
    try {
      // A string crosses threads as one copy; JSON.parse rebuilds 200,000 outcomes faster than a structured clone.
      m.reply.postMessage(JSON.stringify(runMonitoringJob(held, JSON.parse(m.job) as MonitoringJob)));
      state = ANSWERED;
    } catch {
      // FAILED: the main thread works the monitoring out itself.
    }
    m.reply.close();
    raise(state);
  });
}

/**
 * A full collection now, on this thread: the records just sent are garbage, and the process's peak
 * memory is what a runner pays for. Node exposes no collector to call, so this asks V8 for one the
 * way jest's leak detector does (the flag exposes `gc` to contexts made after it). Best effort.
 */
function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // Only memory: V8 collects on its own later.
  }
}

/**
 * Loads and posts the records; returns their monitored parts (the rest is garbage from here: the
 * main thread has its own copy), or null when the main thread loads them itself.
 */
function loadAndSend(port: NonNullable<typeof parentPort>, req: WorkerRequest): MonitoredRecord[] | null {
  const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  const send = (data: EncodedRecords) => post({ type: 'batch', data }, [data.ints.buffer as ArrayBuffer, data.textBytes.buffer as ArrayBuffer]);
  const encoder = new RecordEncoder();
  let refused = false;
  const loaded = readManifests(new FsTextSource(req.root), req.manifestFiles, req.maxFileBytes, (records) => {
    if (refused) return;
    if (!encoder.add(records)) {
      refused = true;
      return;
    }
    if (encoder.count >= BATCH_RECORDS) send(encoder.flush());
  });
  if (refused) {
    post({ type: 'refused' });
    return null;
  }
  if (encoder.count > 0) send(encoder.flush());
  post({ type: 'sent', diagnostics: loaded.diagnostics });
  post({ type: 'checked', diagnostics: recordNameDiagnostics(loaded.records) });
  return loaded.records.map(monitoredPart);
}

/** Waits for the worker's monitoring answer: null when it failed or did not come in time. */
function collect(flag: Int32Array, port: MessagePort): MonitoringOutcome[] | null {
  try {
    const deadline = Date.now() + MONITORING_WAIT_MS;
    while (Atomics.load(flag, 0) === WORKING && Date.now() < deadline) Atomics.wait(flag, 0, WORKING, 100);
    if (Atomics.load(flag, 0) !== ANSWERED) return null;
    const answer = receiveMessageOnPort(port)?.message;
    const outcomes: unknown = typeof answer === 'string' ? JSON.parse(answer) : null;
    return Array.isArray(outcomes) ? (outcomes as MonitoringOutcome[]) : null;
  } catch {
    return null;
  } finally {
    port.close();
  }
}

/**
 * Whether the manifests on disk add up to `enough` bytes, stopping as soon as they do (a repository
 * of one record per file would otherwise stat every file first). Unreadable ones count 0: the
 * load reports them.
 */
function manifestsReach(root: string, files: readonly string[], enough: number): boolean {
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(join(root, f)).size;
    } catch {
      // reported by the load itself
    }
    if (total >= enough) return true;
  }
  return total >= enough;
}

/**
 * Starts loading the records in a worker when the shell allows it, the repository is on disk
 * and its manifests are large enough; null otherwise. The promise resolves to null when the
 * worker could not do it (the caller then loads on its own thread).
 */
export function startRecordWorker(source: TextSource, layout: RepoLayout): Promise<RecordWorkerRun | null> | null {
  if (workerScript === null || !(source instanceof FsTextSource)) return null;
  if (!manifestsReach(source.root, layout.manifestFiles, minWorkerBytes)) return null;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const request: WorkerRequest = { tag: TAG, root: source.root, manifestFiles: layout.manifestFiles, maxFileBytes: layout.config.limits.maxFileBytes, flag: flag.buffer as SharedArrayBuffer };
  return new Promise((resolve) => {
    let settled = false;
    let gone = false;
    let checked: (diagnostics: Diagnostic[] | null) => void = () => {};
    const nameDiagnostics = new Promise<Diagnostic[] | null>((resolve) => (checked = resolve));
    // One flag, so one question per worker.
    let asked = false;
    const records: GovernanceRecord[] = [];
    const close = () => {
      gone = true;
      void worker.terminate();
    };
    const offload: Offload = {
      monitoring(job) {
        if (gone || asked) return () => null;
        asked = true;
        const { port1, port2 } = new MessageChannel();
        try {
          const request: MonitoringRequest = { type: 'monitoring', job: JSON.stringify(job), reply: port2 };
          worker.postMessage(request, [port2]);
        } catch {
          port1.close();
          return () => null;
        }
        return () => {
          try {
            return collect(flag, port1);
          } finally {
            // Its last job: the memory its records hold goes back before the report is built.
            close();
          }
        };
      },
    };
    const finish = (read: LoadedRecords | null) => {
      if (settled) return;
      settled = true;
      if (read === null) {
        close();
        checked(null);
        resolve(null);
      } else resolve({ read, nameDiagnostics, offload, close });
    };
    let worker: Worker;
    try {
      worker = new Worker(workerScript!, { workerData: request });
    } catch {
      return resolve(null);
    }
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'checked') {
        // Kept after loading, but never what keeps the process alive. Until now it must be: the
        // main thread may be waiting on nothing else, and an unreferenced worker's exit would
        // never be heard.
        worker.unref();
        return checked(m.diagnostics);
      }
      if (settled) return;
      if (m.type === 'batch') {
        try {
          decodeRecords(m.data, records);
        } catch {
          finish(null);
        }
      } else if (m.type === 'sent') finish({ records, diagnostics: m.diagnostics });
      else finish(null);
    });
    worker.on('error', () => {
      gone = true;
      checked(null);
      finish(null);
    });
    worker.on('exit', () => {
      gone = true;
      checked(null);
      finish(null);
    });
  });
}

/**
 * The records of a worker's run with every check: while the worker checks names and references,
 * this thread indexes the records, which finds the identifiers two records claim and which
 * matching then reads. A worker that ended before its check leaves it to this thread.
 */
export async function checkedRecords(run: RecordWorkerRun): Promise<LoadedRecords> {
  const { records } = run.read;
  const index = indexRecords(records);
  const claims = identifierClaimDiagnostics(index);
  const names = (await run.nameDiagnostics) ?? recordNameDiagnostics(records);
  return { records, diagnostics: [...run.read.diagnostics, ...names, ...claims], index };
}
