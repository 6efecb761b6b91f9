/**
 * Reads the discovery sources a run uses: the config's `sources` plus any given on the command
 * line or as action input. A source that cannot be read or parsed becomes a failed source with
 * its error; it never silently disappears and never yields a partial snapshot marked complete.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config, SourceConfig } from '../model/config.js';
import type { LiveAsset, Snapshot } from '../model/snapshot.js';
import { errorMessage, InputError } from '../util/errors.js';
import { Glob } from '../util/glob.js';
import { expandUserGlob } from '../util/user-glob.js';
import { readUserFile, type TextSource } from '../util/reader.js';
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

function convertEntry(entry: SourceConfig, files: ConvertFile[], options: SourceLoadOptions, collectedAt?: { iso: string; from: 'option' | 'config' }): Snapshot[] {
  return convertFiles(files, convertOptions(entry, options, collectedAt));
}

export function loadSources(repo: TextSource, repoFiles: readonly string[], config: Config, options: SourceLoadOptions = {}): LoadedSources {
  const snapshots: Snapshot[] = [];
  const failed: FailedSource[] = [];
  const run = (name: string, paths: string[], read: () => ConvertFile[], convert: (files: ConvertFile[]) => Snapshot[]) => {
    try {
      snapshots.push(...convert(read()));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      failed.push({ name, files: paths, error: errorMessage(err) });
    }
  };
  if (!options.skipConfigured) {
    for (const entry of config.sources) {
      const name = entry.name ?? entry.path;
      const paths = configuredPaths(entry, name, repo, repoFiles, failed);
      if (paths === null) continue;
      const collectedAt = entry.collectedAt ? { iso: entry.collectedAt, from: 'config' as const } : undefined;
      run(name, paths, () => paths.map((p) => { const f = repo.read(p, { maxBytes: config.limits.maxFileBytes }); return { path: p, text: f.text }; }), (files) => convertEntry(entry, files, options, collectedAt));
    }
  }
  const cwd = options.cwd ?? process.cwd();
  for (const spec of options.extra ?? []) {
    const paths = extraPaths(spec, cwd, failed);
    if (paths === null) continue;
    const entry: SourceConfig = { path: spec, format: options.format };
    const collectedAt = options.collectedAt ? { iso: options.collectedAt, from: 'option' as const } : undefined;
    run(spec, paths, () => paths.map((p) => ({ path: p, text: readUserFile(resolve(cwd, p), p, config.limits.maxFileBytes).text })), (files) => convertEntry({ ...entry, name: undefined }, files, options, collectedAt).map((s) => ({ ...s, source: { ...s.source, name: s.source.name === spec ? s.source.type : s.source.name } })));
  }
  return { snapshots, failed };
}

/** A source file ready to convert: its text, or (a native JSONL snapshot) the file to stream. */
type SourceFile = ConvertFile | { path: string; stream: string };

/** Streams a native JSONL snapshot into the piece the native adapter would make of its text. */
async function streamNative(file: { path: string; stream: string }, options: ConvertOptions): Promise<ParsedFile> {
  const reader = await SnapshotJsonlReader.open(file.stream, { displayName: file.path, labelRecords: true, evidenceFile: file.path });
  const meta = headerMeta(reader.header);
  const assets: LiveAsset[] = [];
  for await (const batch of reader.batches()) for (let i = 0; i < batch.length; i++) assets.push(batch[i]);
  return { adapter: 'native', path: file.path, piece: nativePiece(meta, assets, options) };
}

async function convertSourceFiles(files: SourceFile[], options: ConvertOptions): Promise<Snapshot[]> {
  const parsed: ParsedFile[] = [];
  for (const f of files) parsed.push('stream' in f ? await streamNative(f, options) : parseFile(f, options));
  return mergeParsed(parsed, options);
}

/** A native JSONL snapshot is streamed (no size cap) unless another format is forced; anything else is read as text. */
function streams(format: string | undefined): boolean {
  return format === undefined || format === 'auto' || format === 'native';
}

/** The checks `readUserFile` makes, without reading: the file exists and is a regular file. */
function userFilePath(path: string, display: string): string {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new InputError('file not found', { file: display });
  }
  if (!st.isFile()) throw new InputError('not a regular file', { file: display });
  return path;
}

/**
 * `loadSources`, except that native JSONL snapshots (detected by their `snapshot/v1` header line,
 * never by name) stream through `SnapshotJsonlReader` in bounded memory and without the
 * `limits.maxFileBytes` cap, which still applies to every other file. Used by the CLI and the action.
 */
export async function loadSourcesAsync(repo: TextSource, repoFiles: readonly string[], config: Config, options: SourceLoadOptions = {}): Promise<LoadedSources> {
  const snapshots: Snapshot[] = [];
  const failed: FailedSource[] = [];
  const run = async (name: string, paths: string[], read: () => SourceFile[], convert: (files: SourceFile[]) => Promise<Snapshot[]>) => {
    try {
      snapshots.push(...(await convert(read())));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      failed.push({ name, files: paths, error: errorMessage(err) });
    }
  };
  const maxBytes = config.limits.maxFileBytes;
  if (!options.skipConfigured) {
    for (const entry of config.sources) {
      const name = entry.name ?? entry.path;
      const paths = configuredPaths(entry, name, repo, repoFiles, failed);
      if (paths === null) continue;
      const collectedAt = entry.collectedAt ? { iso: entry.collectedAt, from: 'config' as const } : undefined;
      const readOne = (p: string): SourceFile => {
        const abs = streams(entry.format) && repo.streamPath ? repo.streamPath(p) : null;
        return abs !== null && isSnapshotJsonl(abs) ? { path: p, stream: abs } : { path: p, text: repo.read(p, { maxBytes }).text };
      };
      await run(name, paths, () => paths.map(readOne), (files) => convertSourceFiles(files, convertOptions(entry, options, collectedAt)));
    }
  }
  const cwd = options.cwd ?? process.cwd();
  for (const spec of options.extra ?? []) {
    const paths = extraPaths(spec, cwd, failed);
    if (paths === null) continue;
    const entry: SourceConfig = { path: spec, format: options.format };
    const collectedAt = options.collectedAt ? { iso: options.collectedAt, from: 'option' as const } : undefined;
    const readOne = (p: string): SourceFile => {
      const abs = resolve(cwd, p);
      if (streams(entry.format) && isSnapshotJsonl(userFilePath(abs, p))) return { path: p, stream: abs };
      return { path: p, text: readUserFile(abs, p, maxBytes).text };
    };
    await run(spec, paths, () => paths.map(readOne), async (files) =>
      (await convertSourceFiles(files, convertOptions({ ...entry, name: undefined }, options, collectedAt))).map((s) => ({ ...s, source: { ...s.source, name: s.source.name === spec ? s.source.type : s.source.name } })),
    );
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
