/**
 * Loads a governance repository: the config, then every manifest its globs select, then the checks
 * that span records. Problems are collected, never thrown, so `validate` reports all of them at once.
 */
import { defaultConfig, type Config } from '../model/config.js';
import { compareDiagnostics, type Diagnostic } from '../model/location.js';
import type { GovernanceRecord } from '../model/record.js';
import { InputError } from '../util/errors.js';
import { Glob, matchAny } from '../util/glob.js';
import type { TextFile, TextSource } from '../util/reader.js';
import { DEFAULT_CONFIG_PATH, loadConfig } from './config.js';
import { loadManifest } from './manifest.js';
import { indexRecords, type RecordIndex } from '../model/record-index.js';
import { crossRecordDiagnostics } from './record-checks.js';

export interface LoadedRepo {
  config: Config;
  records: GovernanceRecord[];
  manifestFiles: string[];
  /** Every file in the repository (sorted), for CODEOWNERS checks. */
  files: string[];
  diagnostics: Diagnostic[];
}

export interface LoadRepoOptions {
  /** Repo-relative config path; default `.github/blindspot.yml`. A missing default is fine, a missing explicit one is an error. */
  configPath?: string;
}

/** A read failure (binary, too large, symlink out of the repo, bad UTF-8) as a diagnostic. */
export function readDiagnostic(err: unknown, path: string, code: string): Diagnostic {
  if (err instanceof InputError) {
    return { file: err.file ?? path, line: err.line ?? 1, column: err.column ?? 1, level: 'error', code, message: err.message };
  }
  throw err;
}

export function tryRead(source: TextSource, path: string, maxBytes: number, code: string, diagnostics: Diagnostic[]): TextFile | null {
  try {
    return source.read(path, { maxBytes });
  } catch (err) {
    diagnostics.push(readDiagnostic(err, path, code));
    return null;
  }
}

/** The first half of a load: the config, every file, and which of them are manifests. Cheap. */
export interface RepoLayout {
  config: Config;
  manifestFiles: string[];
  files: string[];
  /** Problems with the config. */
  diagnostics: Diagnostic[];
}

/** The second half: the records of the manifests, and every problem with them (unsorted). */
export interface LoadedRecords {
  records: GovernanceRecord[];
  diagnostics: Diagnostic[];
  /** The records' index, which the claims check built and matching reads again. */
  index?: RecordIndex;
}

export function loadRepoLayout(source: TextSource, options: LoadRepoOptions = {}): RepoLayout {
  const diagnostics: Diagnostic[] = [];
  let config = defaultConfig();
  const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
  if (source.exists(configPath)) {
    const file = tryRead(source, configPath, config.limits.maxFileBytes, 'config/unreadable', diagnostics);
    if (file) {
      const loaded = loadConfig(file);
      config = loaded.config;
      diagnostics.push(...loaded.diagnostics);
    }
  } else if (options.configPath !== undefined) {
    diagnostics.push({ file: configPath, line: 1, column: 1, level: 'error', code: 'config/missing', message: 'config file not found' });
  }

  const files = source.list();
  const globs = config.manifests.map((g) => new Glob(g));
  const manifestFiles = files.filter((f) => f !== configPath && matchAny(globs, f));
  return { config, manifestFiles, files, diagnostics };
}

/** Reads every manifest (in order) and runs the checks that span records. */
export function loadRecords(source: TextSource, manifestFiles: readonly string[], maxFileBytes: number): LoadedRecords {
  const { records, diagnostics } = readManifests(source, manifestFiles, maxFileBytes);
  const index = indexRecords(records);
  diagnostics.push(...crossRecordDiagnostics(records, index));
  return { records, diagnostics, index };
}

/**
 * Reads every manifest (in order), without the checks that span records. `onManifest` sees the
 * records of each file as they are read.
 */
export function readManifests(source: TextSource, manifestFiles: readonly string[], maxFileBytes: number, onManifest?: (records: GovernanceRecord[]) => void): LoadedRecords {
  const diagnostics: Diagnostic[] = [];
  const records: GovernanceRecord[] = [];
  for (const path of manifestFiles) {
    const file = tryRead(source, path, maxFileBytes, 'manifest/unreadable', diagnostics);
    if (!file) continue;
    const loaded = loadManifest(file);
    records.push(...loaded.records);
    diagnostics.push(...loaded.diagnostics);
    onManifest?.(loaded.records);
  }
  return { records, diagnostics };
}

/** Both halves as one repository, diagnostics sorted (config problems first among equals, as read). */
export function assembleRepo(layout: RepoLayout, loaded: LoadedRecords): LoadedRepo {
  const diagnostics = [...layout.diagnostics, ...loaded.diagnostics].sort(compareDiagnostics);
  return { config: layout.config, records: loaded.records, manifestFiles: layout.manifestFiles, files: layout.files, diagnostics };
}

export function loadRepo(source: TextSource, options: LoadRepoOptions = {}): LoadedRepo {
  const layout = loadRepoLayout(source, options);
  return assembleRepo(layout, loadRecords(source, layout.manifestFiles, layout.config.limits.maxFileBytes));
}
