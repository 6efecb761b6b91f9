/**
 * Stage `codeowners`: every path resolved by the compiled ownership index and by the naive
 * last-match scan, in the same process, over the same parsed file; every answer compared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileOwnership } from '../../src/codeowners/compiled.js';
import { linearResolve, type OwnerLookup } from '../../src/codeowners/match.js';
import { parseCodeowners } from '../../src/codeowners/parse.js';

export interface CodeownersStageResult {
  paths: number;
  rules: number;
  seconds: number;
  /** Of `seconds`, building the index. */
  compileSeconds: number;
  linearSeconds: number;
  identical: boolean;
  /** Milliseconds to parse, compile and answer the hostile patterns of issue 3 (target: under 50). */
  hostileMs: number;
  mismatches: Array<{ path: string; compiled: OwnerLookup; linear: OwnerLookup }>;
}

function same(a: OwnerLookup, b: OwnerLookup): boolean {
  return a.line === b.line && a.pattern === b.pattern && a.owners.length === b.owners.length && a.owners.every((o, i) => o === b.owners[i]);
}

export function codeownersStage(root: string, work: string): CodeownersStageResult {
  const text = readFileSync(join(root, '.github/CODEOWNERS'), 'utf8');
  const paths = readFileSync(join(work, 'paths.txt'), 'utf8').split('\n').filter(Boolean);
  const file = parseCodeowners(text);
  const rules = file.rules.filter((r) => r.valid).length;

  // The index is built inside the timing: a run compiles once and resolves once.
  const t0 = performance.now();
  const index = compileOwnership(file);
  const compileSeconds = (performance.now() - t0) / 1000;
  const compiled = index.resolveOwners(paths);
  const seconds = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  const linear = linearResolve(file, paths);
  const linearSeconds = (performance.now() - t1) / 1000;

  const mismatches: CodeownersStageResult['mismatches'] = [];
  for (let i = 0; i < paths.length; i++) {
    if (!same(compiled[i], linear[i]) && mismatches.length < 5) mismatches.push({ path: paths[i], compiled: compiled[i], linear: linear[i] });
  }
  return { paths: paths.length, rules, seconds, compileSeconds, linearSeconds, identical: mismatches.length === 0 && compiled.length === linear.length, hostileMs: hostileMs(), mismatches };
}

/**
 * A pull request can change CODEOWNERS, so patterns built to make backtracking matchers explode
 * must stay cheap: a file of them parsed, compiled and asked about 80-character and deep paths.
 */
const HOSTILE = ['*a*a*a*a*a*a*a*a*a*a*a*a*b @acme/x', '**/a/**/a/**/a/**/a/**/a/**/b @acme/y', '*a*a*a*a*a*a*a*a*a*a*a*a*b/** @acme/z'].join('\n') + '\n';
const HOSTILE_PATHS = ['a'.repeat(80), `${'a'.repeat(79)}b`, Array.from({ length: 8 }, () => 'a'.repeat(9)).join('/'), Array.from({ length: 60 }, () => 'a').join('/')];

function hostileMs(): number {
  const t0 = performance.now();
  const file = parseCodeowners(HOSTILE);
  const answers = compileOwnership(file).resolveOwners(HOSTILE_PATHS);
  const ms = performance.now() - t0;
  // The answers must be right, not just fast: only the path ending in b is owned (by the first rule).
  const owned = answers.map((a) => a.owners.join(' '));
  const expected = ['', '@acme/x', '', ''];
  if (owned.join('|') !== expected.join('|')) throw new Error(`hostile patterns answered ${JSON.stringify(owned)}, expected ${JSON.stringify(expected)}`);
  return ms;
}
