/**
 * Loading the records of a large repository on the second core. The records (YAML) and the
 * discovery snapshots (JSONL) are independent until matching, so the shells let the manifests
 * load in a `worker_threads` Worker while the main thread streams the snapshots.
 *
 * The worker is the shell's own bundle started again (`useRecordWorker(new URL(import.meta.url))`
 * in the entry file, which calls `serveRecordWorker()` instead of its main when `isRecordWorker()`),
 * so the product stays two single-file bundles. Code that never called `useRecordWorker` (tests
 * running the TypeScript sources, library use) loads on the main thread. Records come back in
 * batches as files are read (see `record-transfer.ts`), and are rebuilt between snapshot chunks.
 *
 * Whatever goes wrong in the worker (a record it cannot encode, an exception, an exit) makes the
 * caller load the records on the main thread, which then reports exactly what it always did.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../model/location.js';
import type { GovernanceRecord } from '../model/record.js';
import { FsTextSource, type TextSource } from '../util/reader.js';
import { decodeRecords, RecordEncoder, type EncodedRecords } from './record-transfer.js';
import { loadRecords, type LoadedRecords, type RepoLayout } from './repo.js';

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
}

type WorkerMessage = { type: 'batch'; data: EncodedRecords } | { type: 'done'; diagnostics: Diagnostic[] } | { type: 'refused' };

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

/** True inside a worker started by `loadRecordsInWorker`: the entry should serve, not run its main. */
export function isRecordWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerRequest> | null)?.tag === TAG;
}

/** The worker's side: loads the records it was asked for and posts them back in batches. */
export function serveRecordWorker(): void {
  const port = parentPort;
  const req = workerData as WorkerRequest;
  if (port === null || !isRecordWorker()) throw new Error('serveRecordWorker: not in a record worker');
  const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  const send = (data: EncodedRecords) => post({ type: 'batch', data }, [data.ints.buffer as ArrayBuffer, data.textBytes.buffer as ArrayBuffer]);
  const encoder = new RecordEncoder();
  let refused = false;
  const loaded = loadRecords(new FsTextSource(req.root), req.manifestFiles, req.maxFileBytes, (records) => {
    if (refused) return;
    if (!encoder.add(records)) {
      refused = true;
      return;
    }
    if (encoder.count >= BATCH_RECORDS) send(encoder.flush());
  });
  if (refused) return post({ type: 'refused' });
  if (encoder.count > 0) send(encoder.flush());
  post({ type: 'done', diagnostics: loaded.diagnostics });
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
export function startRecordWorker(source: TextSource, layout: RepoLayout): Promise<LoadedRecords | null> | null {
  if (workerScript === null || !(source instanceof FsTextSource)) return null;
  if (!manifestsReach(source.root, layout.manifestFiles, minWorkerBytes)) return null;
  const request: WorkerRequest = { tag: TAG, root: source.root, manifestFiles: layout.manifestFiles, maxFileBytes: layout.config.limits.maxFileBytes };
  return new Promise((resolve) => {
    let settled = false;
    const records: GovernanceRecord[] = [];
    const finish = (result: LoadedRecords | null) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    let worker: Worker;
    try {
      worker = new Worker(workerScript!, { workerData: request });
    } catch {
      return resolve(null);
    }
    worker.on('message', (m: WorkerMessage) => {
      if (settled) return;
      if (m.type === 'batch') {
        try {
          decodeRecords(m.data, records);
        } catch {
          finish(null);
        }
      } else if (m.type === 'done') finish({ records, diagnostics: m.diagnostics });
      else finish(null);
    });
    worker.on('error', () => finish(null));
    worker.on('exit', () => finish(null));
  });
}
