/**
 * Reads the discovery sources a run uses: the config's `sources` plus any given on the command
 * line or as action input. A source that cannot be read or parsed becomes a failed source with
 * its error; it never silently disappears and never yields a partial snapshot marked complete.
 */
import { resolve } from 'node:path';
import type { Config, SourceConfig } from '../model/config.js';
import type { LiveAsset, Snapshot } from '../model/snapshot.js';
import { errorMessage, InputError } from '../util/errors.js';
import { Glob } from '../util/glob.js';
import { expandUserGlob } from '../util/user-glob.js';
import { readUserFile, statUserFile, type TextSource } from '../util/reader.js';
import { headerMeta, nativePiece } from './adapters/native.js';
import { convertFiles, mergeParsed, parseFile, type ConvertFile, type ConvertOptions, type ParsedFile } from './convert.js';
import { isSnapshotJsonl, SnapshotJsonlReader } from './jsonl-stream.js';

export interface FailedSource {
  name: string;
  files: string[];
  error: string;
}

export interface LoadedSources {
  snapshots: Snapshot[];
  failed: FailedSource[];
}

export interface SourceLoadOptions {
  /** Extra snapshot files or globs (CLI `--snapshot`, action `snapshots`), relative to `cwd` or absolute. */
  extra?: string[];
  cwd?: string;
  /** Skip the config's sources (only the extra ones). */
  skipConfigured?: boolean;
  /** `--collected-at`: applies to extra sources whose data carries no time. */
  collectedAt?: string;
  format?: string;
  hmacKey?: string;
  commitTime?: (path: string) => string | null;
}

function convertOptions(entry: SourceConfig, options: SourceLoadOptions, collectedAt?: { iso: string; from: 'option' | 'config' }): ConvertOptions {
  return {
    format: entry.format,
    sourceName: entry.name ?? entry.path,
    scope: entry.scope,
    serverName: entry.server,
    hmacKey: options.hmacKey,
    collectedAt,
    commitTime: options.commitTime,
    claims: entry.claims,
  };
}

/** One source to load: where failures are reported, its files, and how to read and name them. */
interface SourceJob {
  /** The name a failure is reported under: the config entry's name (or path), or the extra spec. */
  name: string;
  paths: string[];
  options: ConvertOptions;
  /** A file's text, with the size cap. */
  read(path: string): ConvertFile;
  /** The file to stream when it may be a native JSONL snapshot, after the reader's checks; null: read as text. */
  streamPath(path: string): string | null;
  /** The snapshots as the run reports them. */
  named(snapshots: Snapshot[]): Snapshot[];
}

/** A native JSONL snapshot is streamed (no size cap) unless another format is forced; anything else is read as text. */
function streams(format: string | undefined): boolean {
  return format === undefined || format === 'auto' || format === 'native';
}

/**
 * The sources to load, in order: the config's (unless skipped), then the extra ones. A source
 * whose path matches nothing is recorded as failed when it is reached, and not yielded.
 */
function* sourceJobs(repo: TextSource, repoFiles: readonly string[], config: Config, options: SourceLoadOptions, failed: FailedSource[]): Generator<SourceJob> {
  const maxBytes = config.limits.maxFileBytes;
  if (!options.skipConfigured) {
    for (const entry of config.sources) {
      const name = entry.name ?? entry.path;
      const paths = configuredPaths(entry, name, repo, repoFiles, failed);
      if (paths === null) continue;
      const collectedAt = entry.collectedAt ? { iso: entry.collectedAt, from: 'config' as const } : undefined;
      yield {
        name,
        paths,
        options: convertOptions(entry, options, collectedAt),
        read: (p) => ({ path: p, text: repo.read(p, { maxBytes }).text }),
        streamPath: (p) => (streams(entry.format) && repo.streamPath ? repo.streamPath(p) : null),
        named: (snapshots) => snapshots,
      };
    }
  }
  const cwd = options.cwd ?? process.cwd();
  for (const spec of options.extra ?? []) {
    const paths = extraPaths(spec, cwd, failed);
    if (paths === null) continue;
    const collectedAt = options.collectedAt ? { iso: options.collectedAt, from: 'option' as const } : undefined;
    yield {
      name: spec,
      paths,
      options: convertOptions({ path: spec, format: options.format }, options, collectedAt),
      read: (p) => ({ path: p, text: readUserFile(resolve(cwd, p), p, maxBytes).text }),
      streamPath: (p) => {
        if (!streams(options.format)) return null;
        const abs = resolve(cwd, p);
        statUserFile(abs, p);
        return abs;
      },
      // An extra source has no configured name: it is named by its adapter.
      named: (snapshots) => snapshots.map((s) => ({ ...s, source: { ...s.source, name: s.source.name === spec ? s.source.type : s.source.name } })),
    };
  }
}

/** Records a source's InputError as a failed source; any other error propagates. */
function recordFailure(failed: FailedSource[], job: SourceJob, err: unknown): void {
  if (!(err instanceof InputError)) throw err;
  failed.push({ name: job.name, files: job.paths, error: errorMessage(err) });
}

export function loadSources(repo: TextSource, repoFiles: readonly string[], config: Config, options: SourceLoadOptions = {}): LoadedSources {
  const snapshots: Snapshot[] = [];
  const failed: FailedSource[] = [];
  for (const job of sourceJobs(repo, repoFiles, config, options, failed)) {
    try {
      snapshots.push(...job.named(convertFiles(job.paths.map(job.read), job.options)));
    } catch (err) {
      recordFailure(failed, job, err);
    }
  }
  return { snapshots, failed };
}

/** A source file ready to convert: its text, or (a native JSONL snapshot) the file to stream. */
type SourceFile = ConvertFile | { path: string; stream: string };

/**
 * Streams a native JSONL snapshot into the piece the native adapter would make of its text,
 * except that the evidence of assets without their own is kept as their lines (see
 * `StreamedEvidence`), not an object per asset.
 */
async function streamNative(file: { path: string; stream: string }, options: ConvertOptions): Promise<ParsedFile> {
  const reader = await SnapshotJsonlReader.open(file.stream, { displayName: file.path, labelRecords: true, recordLines: true });
  const meta = headerMeta(reader.header);
  const assets: LiveAsset[] = [];
  for await (const batch of reader.batches()) for (let i = 0; i < batch.length; i++) assets.push(batch[i]);
  const piece = nativePiece(meta, assets, options);
  piece.streamedEvidence = [{ file: file.path, from: 0, lines: reader.lines() }];
  return { adapter: 'native', path: file.path, piece };
}

async function convertSourceFiles(files: SourceFile[], options: ConvertOptions): Promise<Snapshot[]> {
  const parsed: ParsedFile[] = [];
  for (const f of files) parsed.push('stream' in f ? await streamNative(f, options) : parseFile(f, options));
  return mergeParsed(parsed, options);
}

/**
 * `loadSources`, except that native JSONL snapshots (detected by their `snapshot/v1` header line,
 * never by name) stream through `SnapshotJsonlReader` in bounded memory and without the
 * `limits.maxFileBytes` cap, which still applies to every other file. Used by the CLI and the action.
 */
export async function loadSourcesAsync(repo: TextSource, repoFiles: readonly string[], config: Config, options: SourceLoadOptions = {}): Promise<LoadedSources> {
  const snapshots: Snapshot[] = [];
  const failed: FailedSource[] = [];
  for (const job of sourceJobs(repo, repoFiles, config, options, failed)) {
    try {
      const files = job.paths.map((p): SourceFile => {
        const abs = job.streamPath(p);
        return abs !== null && isSnapshotJsonl(abs) ? { path: p, stream: abs } : job.read(p);
      });
      snapshots.push(...job.named(await convertSourceFiles(files, job.options)));
    } catch (err) {
      recordFailure(failed, job, err);
    }
  }
  return { snapshots, failed };
}

/** The repository files a configured source names. Null, with the failure recorded, when none. */
function configuredPaths(entry: SourceConfig, name: string, repo: TextSource, repoFiles: readonly string[], failed: FailedSource[]): string[] | null {
  const glob = new Glob(entry.path);
  const paths = glob.literal ? (repo.exists(entry.path) ? [entry.path] : []) : repoFiles.filter((f) => glob.matches(f));
  if (paths.length > 0) return paths;
  failed.push({ name, files: [entry.path], error: `${entry.path}: no file matches this source path` });
  return null;
}

/**
 * The files an extra source names: a path, or a glob expanded against the file system from `cwd`
 * (or absolute), like a literal path. Null, with the failure recorded, when nothing matches.
 */
function extraPaths(spec: string, cwd: string, failed: FailedSource[]): string[] | null {
  let paths: string[];
  try {
    paths = expandUserGlob(spec, cwd);
  } catch (error) {
    failed.push({ name: spec, files: [spec], error: errorMessage(error) });
    return null;
  }
  if (paths.length === 0) {
    failed.push({ name: spec, files: [spec], error: `${spec}: no file matches (globs are expanded from ${cwd})` });
    return null;
  }
  return paths;
}
