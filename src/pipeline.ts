/**
 * The engine both shells run: load the governance repo and CODEOWNERS, read the discovery
 * sources, reconcile. I/O is limited to the TextSource and the optional git reader it is given.
 */
import { loadCodeowners, ownershipFor, type CodeownersFile } from './codeowners/index.js';
import { loadSources, loadSourcesAsync, type LoadedSources, type SourceLoadOptions } from './discover/load-sources.js';
import { checkedRecords, startRecordWorker } from './parallel/record-worker.js';
import { assembleRepo, loadRecords, loadRepoLayout, type LoadedRepo } from './load/repo.js';
import type { Diagnostic } from './model/location.js';
import type { ReconcileResult } from './model/result.js';
import type { Snapshot } from './model/snapshot.js';
import { reconcile } from './reconcile/index.js';
import { isOwned, type ReconcileInput, type RecordOwnership } from './reconcile/input.js';
import type { TextSource } from './util/reader.js';

export interface PipelineOptions extends SourceLoadOptions {
  configPath?: string;
  /** Epoch ms. */
  now: number;
  /**
   * Logins of the people who last changed each of the given manifests (most recent first), for
   * owner proposals. Asked only for manifests CODEOWNERS leaves without an owner.
   */
  committersFor?: (paths: readonly string[]) => Record<string, string[]>;
  /** Told where a long run is (records loaded, assets read, findings); for terminals. */
  onProgress?: (p: Progress) => void;
  /** Snapshots gathered elsewhere (GitHub live discovery), added to the configured ones. */
  snapshots?: Snapshot[];
  /** Environment, read only for the secret-fingerprint key named by `secrets.hmacKeyEnv`. */
  env?: Readonly<Record<string, string | undefined>>;
}

export type Progress =
  | { stage: 'records'; records: number; files: number }
  | { stage: 'sources'; sources: number; assets: number; failed: number }
  | { stage: 'reconciled'; findings: number };

export interface PipelineRun {
  repo: LoadedRepo;
  codeowners: { file: CodeownersFile | null; path: string | null; diagnostics: Diagnostic[] };
  /** Null when the repository is invalid: reconciling broken records would mislead. */
  result: ReconcileResult | null;
  /** Errors that stopped the run (invalid manifests or config). */
  blocking: Diagnostic[];
}

export function ownershipResolver(file: CodeownersFile | null): (path: string) => RecordOwnership {
  return (path) => ownershipFor(file, path);
}

/** The repository half of a run: records (and their index), CODEOWNERS, and the errors that stop it. */
function loadGovernance(source: TextSource, options: PipelineOptions) {
  const layout = loadRepoLayout(source, { configPath: options.configPath });
  const loaded = loadRecords(source, layout.manifestFiles, layout.config.limits.maxFileBytes);
  const repo = assembleRepo(layout, loaded);
  const codeowners = loadCodeowners(source);
  return { repo, recordIndex: loaded.index, codeowners, ...governanceLoaded(repo, options) };
}

function governanceLoaded(repo: LoadedRepo, options: PipelineOptions) {
  const blocking = repo.diagnostics.filter((d) => d.level === 'error');
  options.onProgress?.({ stage: 'records', records: repo.records.length, files: repo.manifestFiles.length });
  return { blocking, sourceOptions: sourceOptionsFor(repo.config, options) };
}

function sourceOptionsFor(config: LoadedRepo['config'], options: PipelineOptions): PipelineOptions {
  const hmacKey = options.hmacKey ?? (options.env?.[config.secrets.hmacKeyEnv] || undefined);
  return { ...options, hmacKey };
}

export function runPipeline(source: TextSource, options: PipelineOptions): PipelineRun {
  const { repo, recordIndex, codeowners, blocking, sourceOptions } = loadGovernance(source, options);
  if (blocking.length > 0) return { repo, codeowners, result: null, blocking };
  return reconcileWith(repo, codeowners, loadSources(source, repo.files, repo.config, sourceOptions), options, { recordIndex });
}

/**
 * `runPipeline` for the shells: native JSONL snapshots stream in bounded memory and are not
 * subject to `limits.maxFileBytes` (see `loadSourcesAsync`); everything else is the same.
 */
export async function runPipelineAsync(source: TextSource, options: PipelineOptions): Promise<PipelineRun> {
  const layout = loadRepoLayout(source, { configPath: options.configPath });
  const inWorker = startRecordWorker(source, layout);
  if (inWorker === null) {
    const loaded = loadRecords(source, layout.manifestFiles, layout.config.limits.maxFileBytes);
    const repo = assembleRepo(layout, loaded);
    const codeowners = loadCodeowners(source);
    const { blocking, sourceOptions } = governanceLoaded(repo, options);
    if (blocking.length > 0) return { repo, codeowners, result: null, blocking };
    return reconcileWith(repo, codeowners, await loadSourcesAsync(source, repo.files, repo.config, sourceOptions), options, { recordIndex: loaded.index });
  }
  // A large repository: the records load on the second core while the sources stream here. The
  // sources' outcome is held (not left unhandled) until the records say whether the run goes on.
  const codeowners = loadCodeowners(source);
  const sources = loadSourcesAsync(source, layout.files, layout.config, sourceOptionsFor(layout.config, options)).then(
    (loaded) => ({ loaded }),
    (error: unknown) => ({ error }),
  );
  const worker = await inWorker;
  try {
    const read = await sources;
    // With every record in, this thread indexes them while the worker runs its last checks.
    const loaded = worker ? await checkedRecords(worker) : loadRecords(source, layout.manifestFiles, layout.config.limits.maxFileBytes);
    const repo = assembleRepo(layout, loaded);
    const { blocking } = governanceLoaded(repo, options);
    if (blocking.length > 0) return { repo, codeowners, result: null, blocking };
    if ('error' in read) throw read.error;
    // The worker still holds the records: it works out their monitoring while this thread matches.
    return reconcileWith(repo, codeowners, read.loaded, options, { offload: worker?.offload, recordIndex: loaded.index });
  } finally {
    worker?.close();
  }
}

/** What a load hands reconciling besides the repository: the records' index, another thread's help. */
type Handover = Pick<ReconcileInput, 'recordIndex' | 'offload'>;

function reconcileWith(repo: LoadedRepo, codeowners: PipelineRun['codeowners'], sources: LoadedSources, options: PipelineOptions, handover: Handover): PipelineRun {
  const snapshots = [...sources.snapshots, ...(options.snapshots ?? [])];
  options.onProgress?.({ stage: 'sources', sources: snapshots.length, assets: snapshots.reduce((n, s) => n + s.assets.length, 0), failed: sources.failed.length });
  const owner = ownershipResolver(codeowners.file);
  const unowned = options.committersFor
    ? [...new Set(repo.records.map((r) => r.location.file))].filter((f) => !isOwned(owner(f), repo.config))
    : [];
  const result = reconcile({
    records: repo.records,
    recordIndex: handover.recordIndex,
    snapshots,
    config: repo.config,
    ownership: owner,
    codeownersFile: codeowners.path,
    now: options.now,
    failedSources: sources.failed,
    committers: unowned.length && options.committersFor ? options.committersFor(unowned) : undefined,
    offload: handover.offload,
  });
  options.onProgress?.({ stage: 'reconciled', findings: result.findings.length });
  return { repo, codeowners, result, blocking: [] };
}
