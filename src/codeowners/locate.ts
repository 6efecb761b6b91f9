/**
 * Finds the CODEOWNERS file as GitHub does: `.github/CODEOWNERS`, then `CODEOWNERS`, then
 * `docs/CODEOWNERS`; the first that exists wins and the others are ignored. A file of 3 MB or
 * more is not loaded by GitHub at all.
 */
import type { Diagnostic } from '../model/location.js';
import { InputError } from '../util/errors.js';
import type { TextFile, TextSource } from '../util/reader.js';
import { parseCodeownersFile, type CodeownersFile } from './parse.js';

export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** GitHub's limit: files must be under 3 MB (taken as 3 MiB, the larger reading). */
export const MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;

export interface LocateResult {
  /** The file GitHub uses, or null when no location exists. */
  found: TextFile | null;
  /** False when GitHub would not load the found file (too large or unreadable). */
  usable: boolean;
  /** Locations that also exist but GitHub ignores. */
  ignored: string[];
  /** `codeowners/ignored-location`, `codeowners/too-large`, `codeowners/unreadable`. */
  diagnostics: Diagnostic[];
}

/** Encoded size of a file as stored (UTF-8, plus 3 bytes for a BOM). */
export function encodedBytes(text: string, bom: boolean): number {
  return Buffer.byteLength(text, 'utf8') + (bom ? 3 : 0);
}

export function locateCodeowners(source: TextSource): LocateResult {
  const present = CODEOWNERS_LOCATIONS.filter((p) => source.exists(p));
  const diagnostics: Diagnostic[] = [];
  if (present.length === 0) return { found: null, usable: false, ignored: [], diagnostics };
  const [chosen, ...ignored] = present;
  for (const path of ignored) {
    diagnostics.push({
      file: path,
      line: 1,
      column: 1,
      level: 'warning',
      code: 'codeowners/ignored-location',
      message: `GitHub ignores this file because ${chosen} takes precedence; keep one CODEOWNERS file`,
    });
  }
  let found: TextFile;
  try {
    found = source.read(chosen);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    diagnostics.push({
      file: chosen,
      line: err.line ?? 1,
      column: 1,
      level: 'error',
      code: 'codeowners/unreadable',
      message: `cannot read CODEOWNERS: ${err.message}`,
    });
    return { found: null, usable: false, ignored, diagnostics };
  }
  const bytes = encodedBytes(found.text, found.bom);
  if (bytes >= MAX_CODEOWNERS_BYTES) {
    diagnostics.push({
      file: chosen,
      line: 1,
      column: 1,
      level: 'error',
      code: 'codeowners/too-large',
      message: `CODEOWNERS is ${bytes} bytes; GitHub ignores files of 3 MB (${MAX_CODEOWNERS_BYTES} bytes) or more, so nothing in it applies`,
    });
    return { found, usable: false, ignored, diagnostics };
  }
  return { found, usable: true, ignored, diagnostics };
}

export interface LoadedCodeowners {
  /** The parsed file GitHub applies, or null when there is none (or GitHub would ignore it). */
  file: CodeownersFile | null;
  /** Where it was found (also set when it is unusable), or null. */
  path: string | null;
  diagnostics: Diagnostic[];
}

/** Locates and parses in one step. */
export function loadCodeowners(source: TextSource): LoadedCodeowners {
  const located = locateCodeowners(source);
  return {
    file: located.found && located.usable ? parseCodeownersFile(located.found) : null,
    path: located.found?.path ?? null,
    diagnostics: located.diagnostics,
  };
}
