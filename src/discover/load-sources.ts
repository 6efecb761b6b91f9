/**
 * Reads the discovery sources a run uses: the config's `sources` plus any given on the command
 * line or as action input. A source that cannot be read or parsed becomes a failed source with
 * its error; it never silently disappears and never yields a partial snapshot marked complete.
 */
import { resolve } from 'node:path';
import type { Config, SourceConfig } from '../model/config.js';
import type { Snapshot } from '../model/snapshot.js';
import { errorMessage, InputError } from '../util/errors.js';
import { Glob } from '../util/glob.js';
import { readUserFile, type TextSource } from '../util/reader.js';
import { convertFiles, type ConvertFile } from './convert.js';

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

function convertEntry(entry: SourceConfig, files: ConvertFile[], options: SourceLoadOptions, collectedAt?: { iso: string; from: 'option' | 'config' }): Snapshot[] {
  return convertFiles(files, {
    format: entry.format,
    sourceName: entry.name ?? entry.path,
    scope: entry.scope,
    serverName: entry.server,
    hmacKey: options.hmacKey,
    collectedAt,
    commitTime: options.commitTime,
    claims: entry.claims,
  });
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
      const glob = new Glob(entry.path);
      const paths = glob.literal ? (repo.exists(entry.path) ? [entry.path] : []) : repoFiles.filter((f) => glob.matches(f));
      const name = entry.name ?? entry.path;
      if (paths.length === 0) {
        failed.push({ name, files: [entry.path], error: `${entry.path}: no file matches this source path` });
        continue;
      }
      const collectedAt = entry.collectedAt ? { iso: entry.collectedAt, from: 'config' as const } : undefined;
      run(name, paths, () => paths.map((p) => { const f = repo.read(p, { maxBytes: config.limits.maxFileBytes }); return { path: p, text: f.text }; }), (files) => convertEntry(entry, files, options, collectedAt));
    }
  }
  const cwd = options.cwd ?? process.cwd();
  for (const spec of options.extra ?? []) {
    const glob = new Glob(spec);
    const paths = glob.literal ? [spec] : repoFiles.filter((f) => glob.matches(f));
    if (paths.length === 0) {
      failed.push({ name: spec, files: [spec], error: `${spec}: no file matches` });
      continue;
    }
    const entry: SourceConfig = { path: spec, format: options.format };
    const collectedAt = options.collectedAt ? { iso: options.collectedAt, from: 'option' as const } : undefined;
    run(spec, paths, () => paths.map((p) => ({ path: p, text: readUserFile(resolve(cwd, p), p, config.limits.maxFileBytes).text })), (files) => convertEntry({ ...entry, name: undefined }, files, options, collectedAt).map((s) => ({ ...s, source: { ...s.source, name: s.source.name === spec ? s.source.type : s.source.name } })));
  }
  return { snapshots, failed };
}
