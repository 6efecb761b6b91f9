/**
 * Ownership lookups for the rest of the app. The index is built once per parsed file and cached
 * (weakly, so dropping the file frees it).
 */
import { compileOwnership, type OwnershipIndex } from './compiled.js';
import { lookupFromRule, type OwnerLookup } from './match.js';
import type { CodeownersFile, RuleLine } from './parse.js';
import { isCatchAllPattern } from './pattern.js';

const indexes = new WeakMap<CodeownersFile, OwnershipIndex>();

/** The cached ownership index of a parsed file. */
export function ownershipOf(file: CodeownersFile): OwnershipIndex {
  let index = indexes.get(file);
  if (index === undefined) {
    index = compileOwnership(file);
    indexes.set(file, index);
  }
  return index;
}

/**
 * Owners of one repo-relative path. Unowned: `{ owners: [], line: null, pattern: null }`. A
 * matching rule without owners: `owners: []` with that rule's line and pattern.
 */
export function ownersOf(file: CodeownersFile, path: string): OwnerLookup {
  return ownershipOf(file).ownersOf(path);
}

/** Owners of many paths, in order. */
export function resolveOwners(file: CodeownersFile, paths: readonly string[]): OwnerLookup[] {
  return ownershipOf(file).resolveOwners(paths);
}

/** The effective rule line for a path, or null. */
export function effectiveRule(file: CodeownersFile, path: string): RuleLine | null {
  return ownershipOf(file).effectiveRule(path);
}

/**
 * A rule whose pattern has no literal text (`*`, `**`, `/*`, `/**`): a default owner, which
 * governance may refuse to count as real ownership. Invalid rules are never catch-alls.
 */
export function isCatchAll(rule: RuleLine): boolean {
  return rule.valid && rule.matcher !== null && isCatchAllPattern(rule.matcher);
}

/** `ownersOf` plus whether the deciding rule is a catch-all; a missing file owns nothing. */
export function ownershipFor(file: CodeownersFile | null, path: string): OwnerLookup & { catchAll: boolean } {
  if (file === null) return { owners: [], line: null, pattern: null, catchAll: false };
  const index = ownershipOf(file);
  // One lookup answers both: the deciding rule carries its owners.
  const rule = index.effectiveRule(path);
  return { ...lookupFromRule(rule), catchAll: rule !== null && isCatchAll(rule) };
}
