/**
 * A compiled ownership index: the same answers as the linear last-match scan, without testing
 * every rule against every path.
 *
 * 1. Buckets. Every non-`**` pattern segment must equal (or glob-match) one path segment, so each
 *    rule is filed under one key the path must contain: the literal leading segments of an anchored
 *    pattern (`/services/api/*.ts` → the path starts with `services/api`), else a literal segment
 *    anywhere (`apps/`), else the extension a segment ends with (`*.js` → some segment's extension
 *    is `js`), else the small "always" list (`*`, `/*`, `foo*`). A path only tests the rules in
 *    the buckets its own prefixes, segments and extensions name.
 * 2. Directories. A rule that matches a directory matches every file beneath it, so the last such
 *    rule is computed once per directory (from its parent's answer) and memoised. So is the short
 *    list of later rules whose directory part matches that directory exactly: for a file, those
 *    only need their last segment compared with the file name. Only the rules keyed by the file
 *    name itself get a full test.
 */
import type { SegmentPattern } from '../util/wildcard.js';
import { matchSegment } from '../util/wildcard.js';
import type { CodeownersFile, RuleLine } from './parse.js';
import type { CompiledPattern } from './pattern.js';
import { activeRules, consumesExactly, matchesEntry, splitPath, type OwnerLookup } from './match.js';

/** Rule positions (indexes into `rules`), ascending. */
type Bucket = number[];

/** A later rule that can match a file directly in a directory: test `last` against the file name. */
interface FileCandidate {
  idx: number;
  /** The rule's last segment; null when it is a trailing `**` (then the whole rule is tested). */
  last: SegmentPattern | null;
}

interface DirState {
  /** Normalised directory path (`''` for the root). */
  key: string;
  segs: string[];
  /** Index of the last rule matching this directory or an ancestor as a directory; -1 if none. */
  winner: number;
  /** Buckets whose keys this directory's segments and prefixes contain (plus "always"). */
  buckets: Bucket[];
  /** Built on first use: rules after `winner` that can match a file directly in this directory, newest first. */
  files: FileCandidate[] | null;
}

const NONE = -1;

export class OwnershipIndex {
  readonly file: CodeownersFile;
  /** Valid rules in file order; positions below index this array. */
  private readonly rules: RuleLine[];
  private readonly owners: string[][];
  /** Anchored rules by their literal leading segments, joined with `/`. */
  private readonly literalPrefix = new Map<string, Bucket>();
  private readonly anySegment = new Map<string, Bucket>();
  private readonly extension = new Map<string, Bucket>();
  private readonly always: Bucket = [];
  /** Directory states by normalised key, and by any other spelling seen in lookups. */
  private readonly dirs = new Map<string, DirState>();
  /** Per directory: every rule matching it or an ancestor as a directory, newest first (validation only). */
  private readonly dirMatchLists = new Map<string, number[]>();

  constructor(file: CodeownersFile) {
    this.file = file;
    this.rules = activeRules(file);
    this.owners = this.rules.map((r) => r.owners.map((o) => o.text));
    this.rules.forEach((r, i) => this.fileRule(r.matcher as CompiledPattern, i));
    const root: DirState = { key: '', segs: [], winner: NONE, buckets: this.always.length > 0 ? [this.always] : [], files: null };
    this.dirs.set('', root);
  }

  /** Files rule `i` under the most selective key its pattern offers. */
  private fileRule(p: CompiledPattern, i: number): void {
    let prefix = 0;
    while (prefix < p.segments.length) {
      const seg = p.segments[prefix];
      if (seg.kind !== 'glob' || seg.glob.literal === null) break;
      prefix++;
    }
    if (prefix > 0) {
      const key = p.segments
        .slice(0, prefix)
        .map((s) => (s.kind === 'glob' ? s.glob.literal : ''))
        .join('/');
      return push(this.literalPrefix, key, i);
    }
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
    const idx = this.effectiveIndex(path);
    return idx === NONE ? null : this.rules[idx];
  }

  ownersOf(path: string): OwnerLookup {
    const idx = this.effectiveIndex(path);
    if (idx === NONE) return { owners: [], line: null, pattern: null };
    const r = this.rules[idx];
    return { owners: this.owners[idx].slice(), line: r.line, pattern: r.pattern.text };
  }

  /** Owners for many paths at once; results are in the order of `paths`. */
  resolveOwners(paths: readonly string[]): OwnerLookup[] {
    return paths.map((p) => this.ownersOf(p));
  }

  private effectiveIndex(path: string): number {
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    if (base === '' || base === '.') {
      // Trailing slash or `.`: normalise and look up again.
      const segs = splitPath(path);
      return segs.length === 0 ? NONE : this.effectiveIndex(segs.join('/'));
    }
    const rawDir = slash < 0 ? '' : path.slice(0, slash);
    const dir = this.dirs.get(rawDir) ?? this.dirFromRaw(rawDir);
    const files = dir.files ?? (dir.files = this.fileCandidates(dir));

    // Rules after the directory's winner whose directory part matches: compare the file name only.
    const depth = dir.segs.length + 1;
    let best = dir.winner;
    let segs: string[] | null = null;
    for (const c of files) {
      let hit: boolean;
      if (c.last === null) {
        segs ??= [...dir.segs, base];
        hit = matchesEntry(this.rules[c.idx].matcher as CompiledPattern, segs, depth, false);
      } else hit = c.last.literal !== null ? c.last.literal === base : matchSegment(c.last, base);
      if (hit) {
        best = c.idx;
        break;
      }
    }

    // Rules keyed by the file name or the whole path: full test, newer than `best` only.
    const byName = this.anySegment.get(base);
    const byExt = this.extension.size > 0 ? this.extension.get(extensionOf(base)) : undefined;
    const normalised = rawDir === dir.key && slash !== 0; // `/x` has an empty directory part but is not normalised
    const byPath = this.literalPrefix.get(normalised ? path : dir.key === '' ? base : `${dir.key}/${base}`);
    if (byName === undefined && byExt === undefined && byPath === undefined) return best;
    segs ??= [...dir.segs, base];
    best = this.lastFileMatch(byName, best, segs);
    best = this.lastFileMatch(byExt, best, segs);
    return this.lastFileMatch(byPath, best, segs);
  }

  /** The newest rule in `bucket` after `best` that matches the file `segs`, else `best`. */
  private lastFileMatch(bucket: Bucket | undefined, best: number, segs: string[]): number {
    if (bucket === undefined) return best;
    for (let b = bucket.length - 1; b >= 0 && bucket[b] > best; b--) {
      if (matchesEntry(this.rules[bucket[b]].matcher as CompiledPattern, segs, segs.length, false)) return bucket[b];
    }
    return best;
  }

  /** Candidates for files directly in `dir`: later rules whose directory part matches it exactly. */
  private fileCandidates(dir: DirState): FileCandidate[] {
    const out: FileCandidate[] = [];
    const depth = dir.segs.length;
    for (const idx of collectAbove(dir.buckets, dir.winner)) {
      const p = this.rules[idx].matcher as CompiledPattern;
      if (p.dirOnly) continue;
      const last = p.segments[p.segments.length - 1];
      if (last.kind === 'globstar') out.push({ idx, last: null });
      else if (consumesExactly(p, dir.segs, depth, p.segments.length - 1)) out.push({ idx, last: last.glob });
    }
    return out;
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
    const buckets = this.withSegment(this.dirState(segs, n - 1).buckets, segs[n - 1], segs.join('/'));
    const asFile = collectAbove(buckets, NONE).filter((i) =>
      matchesEntry(this.rules[i].matcher as CompiledPattern, segs, n, false),
    );
    return mergeDescending(inDirs, asFile).map((i) => this.rules[i]);
  }

  private dirMatches(segs: readonly string[], depth: number): number[] {
    if (depth === 0) return [];
    const key = segs.slice(0, depth).join('/');
    const known = this.dirMatchLists.get(key);
    if (known) return known;
    const parent = this.dirMatches(segs, depth - 1);
    const hits = collectAbove(this.dirState(segs, depth).buckets, NONE).filter((i) =>
      matchesEntry(this.rules[i].matcher as CompiledPattern, segs, depth, true),
    );
    const list = mergeDescending(parent, hits);
    this.dirMatchLists.set(key, list);
    return list;
  }

  /** A directory first seen under a non-normalised spelling (`/a//b`). */
  private dirFromRaw(raw: string): DirState {
    const segs = splitPath(raw);
    const state = this.dirState(segs, segs.length);
    this.dirs.set(raw, state);
    return state;
  }

  /** Memoised state of the directory made of `segs[0..depth)`. */
  private dirState(segs: readonly string[], depth: number): DirState {
    const key = depth === segs.length ? segs.join('/') : segs.slice(0, depth).join('/');
    const known = this.dirs.get(key);
    if (known) return known;
    const parent = this.dirState(segs, depth - 1);
    const buckets = this.withSegment(parent.buckets, segs[depth - 1], key);
    const mine = segs.slice(0, depth);
    let winner = parent.winner;
    for (const idx of collectAbove(buckets, parent.winner)) {
      if (matchesEntry(this.rules[idx].matcher as CompiledPattern, mine, depth, true)) {
        winner = idx;
        break;
      }
    }
    const state: DirState = { key, segs: mine, winner, buckets, files: null };
    this.dirs.set(key, state);
    return state;
  }

  /** `buckets` plus those keyed by one more path segment and the prefix it ends (each bucket once). */
  private withSegment(buckets: Bucket[], segment: string, prefix: string): Bucket[] {
    const out = [...buckets];
    const add = (b: Bucket | undefined) => {
      if (b !== undefined && !out.includes(b)) out.push(b);
    };
    add(this.anySegment.get(segment));
    add(this.extension.get(extensionOf(segment)));
    add(this.literalPrefix.get(prefix));
    return out;
  }
}

/** The rule positions in `buckets` above `floor`, newest first, without repeats. */
function collectAbove(buckets: readonly Bucket[], floor: number): number[] {
  const out: number[] = [];
  for (const b of buckets) {
    for (let i = b.length - 1; i >= 0 && b[i] > floor; i--) out.push(b[i]);
  }
  out.sort((x, y) => y - x);
  return out.filter((x, i) => i === 0 || out[i - 1] !== x);
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
function extensionOfGlob(tokens: SegmentPattern['tokens']): string | null {
  const last = tokens[tokens.length - 1];
  if (last === undefined || last.t !== 'lit') return null;
  const dot = last.s.lastIndexOf('.');
  return dot < 0 ? null : last.s.slice(dot + 1);
}

/** Compiles the file's rules into an index (build once per file, reuse for many lookups). */
export function compileOwnership(file: CodeownersFile): OwnershipIndex {
  return new OwnershipIndex(file);
}
