/**
 * The engine both shells run: load the governance repo and CODEOWNERS, read the discovery
 * sources, reconcile. I/O is limited to the TextSource and the optional git reader it is given.
 */
import { loadCodeowners, ownershipFor, type CodeownersFile } from './codeowners/index.js';
import { loadSources, loadSourcesAsync, type LoadedSources, type SourceLoadOptions } from './discover/load-sources.js';
import { loadRepo, type LoadedRepo } from './load/repo.js';
import type { Diagnostic } from './model/location.js';
import type { ReconcileResult } from './model/result.js';
import type { Snapshot } from './model/snapshot.js';
import { reconcile } from './reconcile/index.js';
import type { RecordOwnership } from './reconcile/input.js';
import type { TextSource } from './util/reader.js';

export interface PipelineOptions extends SourceLoadOptions {
  configPath?: string;
  /** Epoch ms. */
  now: number;
  committers?: Record<string, string[]>;
  /** Snapshots gathered elsewhere (GitHub live discovery), added to the configured ones. */
  snapshots?: Snapshot[];
  /** Environment, read only for the secret-fingerprint key named by `secrets.hmacKeyEnv`. */
  env?: Readonly<Record<string, string | undefined>>;
}

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

/** The repository half of a run: records, CODEOWNERS, and the errors that stop it. */
function loadGovernance(source: TextSource, options: PipelineOptions) {
  const repo = loadRepo(source, { configPath: options.configPath });
  const codeowners = loadCodeowners(source);
  const blocking = repo.diagnostics.filter((d) => d.level === 'error');
  const hmacKey = options.hmacKey ?? (options.env?.[repo.config.secrets.hmacKeyEnv] || undefined);
  return { repo, codeowners, blocking, sourceOptions: { ...options, hmacKey } };
}

export function runPipeline(source: TextSource, options: PipelineOptions): PipelineRun {
  const { repo, codeowners, blocking, sourceOptions } = loadGovernance(source, options);
  if (blocking.length > 0) return { repo, codeowners, result: null, blocking };
  return reconcileWith(repo, codeowners, loadSources(source, repo.files, repo.config, sourceOptions), options);
}

/**
 * `runPipeline` for the shells: native JSONL snapshots stream in bounded memory and are not
 * subject to `limits.maxFileBytes` (see `loadSourcesAsync`); everything else is the same.
 */
export async function runPipelineAsync(source: TextSource, options: PipelineOptions): Promise<PipelineRun> {
  const { repo, codeowners, blocking, sourceOptions } = loadGovernance(source, options);
  if (blocking.length > 0) return { repo, codeowners, result: null, blocking };
  return reconcileWith(repo, codeowners, await loadSourcesAsync(source, repo.files, repo.config, sourceOptions), options);
}

function reconcileWith(repo: LoadedRepo, codeowners: PipelineRun['codeowners'], sources: LoadedSources, options: PipelineOptions): PipelineRun {
  const result = reconcile({
    records: repo.records,
    snapshots: [...sources.snapshots, ...(options.snapshots ?? [])],
    config: repo.config,
    ownership: ownershipResolver(codeowners.file),
    codeownersFile: codeowners.path,
    now: options.now,
    failedSources: sources.failed,
    committers: options.committers,
  });
  return { repo, codeowners, result, blocking: [] };
}
