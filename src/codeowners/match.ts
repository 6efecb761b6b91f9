/**
 * GitHub-exact CODEOWNERS matching without RegExp. A pattern is walked over the path's segments
 * as a small automaton (the set of path positions reachable after each pattern segment), and each
 * segment is compared with the two-pointer matcher in util/wildcard.ts. The cost is
 * O(pattern segments × path segments × segment length) for any input, so hostile patterns such as
 * `*a*a*a*a*b` cannot blow up.
 */
import { matchSegment } from '../util/wildcard.js';
import type { CodeownersFile, RuleLine } from './parse.js';
import type { CompiledPattern } from './pattern.js';

/** Repo-relative path to segments. Leading `/` and `./`, doubled and trailing slashes are ignored. */
export function splitPath(path: string): string[] {
  const parts = path.split('/');
  for (const p of parts) {
    if (p === '' || p === '.') return parts.filter((s) => s !== '' && s !== '.');
  }
  return parts;
}

/** Above this many segments, reachable positions no longer fit in a 32-bit mask. */
const MAX_BITS = 30;

/**
 * Which prefix lengths of `segs[0..len)` the pattern consumes exactly, as a bit mask (bit k set:
 * the first k segments match the whole pattern). For `len <= MAX_BITS`; no allocation.
 */
function reachableBits(p: CompiledPattern, segs: readonly string[], len: number, count: number): number {
  let cur = 1;
  const all = (2 ** (len + 1) - 1) | 0;
  const last = p.segments.length - 1;
  for (let si = 0; si < count; si++) {
    const seg = p.segments[si];
    const lowest = 31 - Math.clz32(cur & -cur);
    let next = 0;
    if (seg.kind === 'globstar') {
      // Zero or more segments; a trailing `**` needs at least one ("everything inside").
      const from = si === last ? lowest + 1 : lowest;
      if (from <= len) next = all & ~((1 << from) - 1);
    } else {
      const lit = seg.glob.literal;
      for (let j = lowest; j < len; j++) {
        if ((cur & (1 << j)) === 0) continue;
        if (lit !== null ? segs[j] === lit : matchSegment(seg.glob, segs[j])) next |= 1 << (j + 1);
      }
    }
    if (next === 0) return 0;
    cur = next;
  }
  return cur;
}

/** The same as `reachableBits` for any depth, with flag arrays. */
function reachableArray(p: CompiledPattern, segs: readonly string[], len: number, count: number): Uint8Array | null {
  let cur = new Uint8Array(len + 1);
  let next = new Uint8Array(len + 1);
  cur[0] = 1;
  let lowest = 0;
  const last = p.segments.length - 1;
  for (let si = 0; si < count; si++) {
    const seg = p.segments[si];
    next.fill(0);
    let nextLowest = -1;
    if (seg.kind === 'globstar') {
      const from = si === last ? lowest + 1 : lowest;
      if (from <= len) {
        next.fill(1, from);
        nextLowest = from;
      }
    } else {
      const lit = seg.glob.literal;
      for (let j = lowest; j < len; j++) {
        if (cur[j] === 0) continue;
        if (lit !== null ? segs[j] === lit : matchSegment(seg.glob, segs[j])) {
          next[j + 1] = 1;
          if (nextLowest < 0) nextLowest = j + 1;
        }
      }
    }
    if (nextLowest < 0) return null;
    [cur, next] = [next, cur];
    lowest = nextLowest;
  }
  return cur;
}

/**
 * Does the pattern match the entry made of exactly the first `len` segments? `isDir` says whether
 * that entry is a directory (a proper prefix of some file path) or the file itself.
 */
export function matchesEntry(p: CompiledPattern, segs: readonly string[], len: number, isDir: boolean): boolean {
  if (isDir ? p.childrenOnly : p.dirOnly) return false;
  return consumesExactly(p, segs, len, p.segments.length);
}

/**
 * Do the first `count` pattern segments consume exactly `segs[0..len)`? With `count` one short of
 * the whole pattern, this tests a rule's directory part once per directory (see compiled.ts).
 */
export function consumesExactly(p: CompiledPattern, segs: readonly string[], len: number, count: number): boolean {
  if (len <= MAX_BITS) return (reachableBits(p, segs, len, count) & (1 << len)) !== 0;
  const r = reachableArray(p, segs, len, count);
  return r !== null && r[len] === 1;
}

/**
 * Does the pattern match the file at `segs`? It matches when it matches the file itself, or a
 * directory that contains it — except that a last lone `*` (`docs/*`) stops at direct children.
 */
export function matchesPath(p: CompiledPattern, segs: readonly string[]): boolean {
  const n = segs.length;
  if (n === 0) return false;
  if (n <= MAX_BITS) {
    const r = reachableBits(p, segs, n, p.segments.length);
    if (r === 0) return false;
    if ((r & (1 << n)) !== 0 && !p.dirOnly) return true;
    // Bits 1..n-1: a directory containing the file matched.
    return !p.childrenOnly && (r & ((1 << n) - 2)) !== 0;
  }
  const r = reachableArray(p, segs, n, p.segments.length);
  if (r === null) return false;
  if (r[n] === 1 && !p.dirOnly) return true;
  if (p.childrenOnly) return false;
  for (let k = 1; k < n; k++) if (r[k] === 1) return true;
  return false;
}

/** Who owns a path, and which line said so. */
export interface OwnerLookup {
  /** Owner handles as written; empty when unowned or when the effective rule lists no owners. */
  owners: string[];
  /** 1-based CODEOWNERS line of the effective (last matching) rule, or null when no rule matches. */
  line: number | null;
  /** The effective rule's pattern as written, or null. */
  pattern: string | null;
}

export function lookupFromRule(rule: RuleLine | null): OwnerLookup {
  if (rule === null) return { owners: [], line: null, pattern: null };
  return { owners: rule.owners.map((o) => o.text), line: rule.line, pattern: rule.pattern.text };
}

/** The rules GitHub applies, in file order. */
export function activeRules(file: CodeownersFile): RuleLine[] {
  return file.rules.filter((r) => r.valid && r.matcher !== null);
}

/** The last valid rule matching the path: GitHub's answer, by a plain scan from the bottom. */
export function lastMatchingRule(rules: readonly RuleLine[], path: string): RuleLine | null {
  const segs = splitPath(path);
  for (let i = rules.length - 1; i >= 0; i--) {
    const r = rules[i];
    if (r.valid && r.matcher !== null && matchesPath(r.matcher, segs)) return r;
  }
  return null;
}

/** Linear last-match scan for many paths: the baseline the compiled index is measured against. */
export function linearResolve(file: CodeownersFile, paths: readonly string[]): OwnerLookup[] {
  const rules = activeRules(file);
  return paths.map((p) => lookupFromRule(lastMatchingRule(rules, p)));
}
