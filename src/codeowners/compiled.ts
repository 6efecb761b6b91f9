/**
 * A compiled ownership index: the same answers as the linear last-match scan, without testing
 * every rule against every path.
 *
 * 1. Buckets. Every non-`**` pattern segment must equal (or glob-match) one path segment, so each
 *    rule is filed under one key the path must contain: the first segment of an anchored literal
 *    pattern (`/docs/...` → path starts with `docs`), else a literal segment anywhere (`apps/`),
 *    else the extension a segment ends with (`*.js` → some segment's extension is `js`), else the
 *    small "always" list (`*`, `/*`, `foo*`). A path only tests the rules in its buckets.
 * 2. Directories. A rule that matches a directory matches every file beneath it, so the best such
 *    rule is computed once per directory (from its parent's answer) and memoised. A file then only
 *    tests the candidates that come after that line, newest first, and stops at the first match.
 */
import type { CodeownersFile, RuleLine } from './parse.js';
import type { CompiledPattern } from './pattern.js';
import { activeRules, lookupFromRule, matchesEntry, splitPath, type OwnerLookup } from './match.js';

/** Rule positions (indexes into `rules`), ascending. */
type Bucket = number[];

interface DirState {
  /** Index of the last rule matching this directory or an ancestor as a directory; -1 if none. */
  winner: number;
  /** Buckets whose keys this directory's segments contain. */
  buckets: Bucket[];
}

const NONE = -1;

export class OwnershipIndex {
  readonly file: CodeownersFile;
  /** Valid rules in file order; positions below index this array. */
  private readonly rules: RuleLine[];
  private readonly firstSegment = new Map<string, Bucket>();
  private readonly anySegment = new Map<string, Bucket>();
  private readonly extension = new Map<string, Bucket>();
  private readonly always: Bucket = [];
  private readonly dirs = new Map<string, DirState>();
  /** Per directory: every rule matching it or an ancestor as a directory, newest first (validation only). */
  private readonly dirMatchLists = new Map<string, number[]>();
  private readonly root: DirState;

  constructor(file: CodeownersFile) {
    this.file = file;
    this.rules = activeRules(file);
    this.rules.forEach((r, i) => this.fileRule(r.matcher as CompiledPattern, i));
    this.root = { winner: NONE, buckets: this.always.length > 0 ? [this.always] : [] };
  }

  /** Files rule `i` under the most selective key its pattern offers. */
  private fileRule(p: CompiledPattern, i: number): void {
    const first = p.segments[0];
    if (first.kind === 'glob' && first.glob.literal !== null) return push(this.firstSegment, first.glob.literal, i);
    let ext: string | null = null;
    for (let s = p.segments.length - 1; s >= 0; s--) {
      const seg = p.segments[s];
      if (seg.kind !== 'glob') continue;
      if (seg.glob.literal !== null) return push(this.anySegment, seg.glob.literal, i);
      if (ext === null) ext = extensionOfGlob(seg.glob.tokens);
    }
    if (ext !== null) return push(this.extension, ext, i);
    this.always.push(i);
  }

  /** The effective rule for one path, or null when no rule matches. */
  effectiveRule(path: string): RuleLine | null {
    const segs = splitPath(path);
    if (segs.length === 0) return null;
    const dir = this.dirState(segs, segs.length - 1);
    const base = segs[segs.length - 1];
    const buckets = this.withSegment(dir.buckets, base, segs.length === 1);
    const hit = this.scan(buckets, dir.winner, (p) => matchesEntry(p, segs, segs.length, false));
    const idx = hit !== NONE ? hit : dir.winner;
    return idx === NONE ? null : this.rules[idx];
  }

  ownersOf(path: string): OwnerLookup {
    return lookupFromRule(this.effectiveRule(path));
  }

  /** Owners for many paths at once; results are in the order of `paths`. */
  resolveOwners(paths: readonly string[]): OwnerLookup[] {
    return paths.map((p) => this.ownersOf(p));
  }

  /**
   * Every valid rule that matches the path, newest first; the first is the effective rule. Used by
   * validation (unmatched and shadowed rules), which needs more than the winner.
   */
  matchingRules(path: string): RuleLine[] {
    const segs = splitPath(path);
    const n = segs.length;
    if (n === 0) return [];
    const inDirs = this.dirMatches(segs, n - 1);
    const buckets = this.withSegment(this.dirState(segs, n - 1).buckets, segs[n - 1], n === 1);
    const asFile = this.collect(buckets, (p) => matchesEntry(p, segs, n, false));
    return mergeDescending(inDirs, asFile).map((i) => this.rules[i]);
  }

  private dirMatches(segs: readonly string[], depth: number): number[] {
    if (depth === 0) return [];
    const key = segs.slice(0, depth).join('/');
    const known = this.dirMatchLists.get(key);
    if (known) return known;
    const parent = this.dirMatches(segs, depth - 1);
    const hits = this.collect(this.dirState(segs, depth).buckets, (p) => matchesEntry(p, segs, depth, true));
    const list = mergeDescending(parent, hits);
    this.dirMatchLists.set(key, list);
    return list;
  }

  /** All rules in the buckets that `test` accepts, newest first. */
  private collect(buckets: Bucket[], test: (p: CompiledPattern) => boolean): number[] {
    const out: number[] = [];
    for (const b of buckets) for (const i of b) if (test(this.rules[i].matcher as CompiledPattern)) out.push(i);
    return out.sort((x, y) => y - x);
  }

  /** `buckets` plus the buckets keyed by one more path segment (each bucket once). */
  private withSegment(buckets: Bucket[], segment: string, isFirst: boolean): Bucket[] {
    const out = [...buckets];
    const add = (b: Bucket | undefined) => {
      if (b !== undefined && !out.includes(b)) out.push(b);
    };
    add(this.anySegment.get(segment));
    add(this.extension.get(extensionOf(segment)));
    if (isFirst) add(this.firstSegment.get(segment));
    return out;
  }

  /** Memoised state of the directory made of `segs[0..depth)`. */
  private dirState(segs: readonly string[], depth: number): DirState {
    if (depth === 0) return this.root;
    const key = segs.slice(0, depth).join('/');
    const known = this.dirs.get(key);
    if (known) return known;
    const parent = this.dirState(segs, depth - 1);
    const buckets = this.withSegment(parent.buckets, segs[depth - 1], depth === 1);
    const hit = this.scan(buckets, parent.winner, (p) => matchesEntry(p, segs, depth, true));
    const state: DirState = { winner: hit !== NONE ? hit : parent.winner, buckets };
    this.dirs.set(key, state);
    return state;
  }

  /**
   * Visits the rules in `buckets` above `floor`, newest first, and returns the first that `test`
   * accepts. Buckets are sorted and disjoint, so this is a k-way merge from their ends.
   */
  private scan(buckets: Bucket[], floor: number, test: (p: CompiledPattern) => boolean): number {
    const heads = buckets.map((b) => b.length - 1);
    for (;;) {
      let best = NONE;
      let bestAt = -1;
      for (let b = 0; b < buckets.length; b++) {
        const h = heads[b];
        if (h >= 0 && buckets[b][h] > best) {
          best = buckets[b][h];
          bestAt = b;
        }
      }
      if (best <= floor) return NONE;
      heads[bestAt]--;
      if (test(this.rules[best].matcher as CompiledPattern)) return best;
    }
  }
}

/** Union of two descending lists, descending, without repeats. */
function mergeDescending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] >= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

function push(map: Map<string, Bucket>, key: string, i: number): void {
  const b = map.get(key);
  if (b) b.push(i);
  else map.set(key, [i]);
}

/** Text after the last `.` of a path segment (the whole segment when it has none). */
function extensionOf(segment: string): string {
  return segment.slice(segment.lastIndexOf('.') + 1);
}

/**
 * The extension every segment matching this glob must have, when the glob ends in literal text
 * containing a `.` (`*.js`, `*.tar.gz`); otherwise null.
 */
function extensionOfGlob(tokens: readonly { t: string; s?: string }[]): string | null {
  const last = tokens[tokens.length - 1];
  if (last === undefined || last.t !== 'lit' || last.s === undefined) return null;
  const dot = last.s.lastIndexOf('.');
  return dot < 0 ? null : last.s.slice(dot + 1);
}

/** Compiles the file's rules into an index (build once per file, reuse for many lookups). */
export function compileOwnership(file: CodeownersFile): OwnershipIndex {
  return new OwnershipIndex(file);
}
