/**
 * CODEOWNERS pattern syntax: turns the pattern text of one line into a compiled form the matcher
 * walks segment by segment, or into problems located by character offset.
 *
 * GitHub follows gitignore with deviations (see /work/shared/reference/codeowners.md §1):
 * `!` negation, `[ ]` classes and `\#` are not supported (the line is invalid and skipped),
 * a lone `/` never matches, and a last segment that is a lone `*` matches direct children only.
 */
import { compileSegmentTokens, type SegmentPattern, type SegmentToken } from '../util/wildcard.js';

export type PatternSegment =
  /** `**`: any number of whole path segments. */
  | { kind: 'globstar' }
  /** One path segment; `loneStar` when the segment is only `*` (GitHub's direct-children rule). */
  | { kind: 'glob'; glob: SegmentPattern; loneStar: boolean; canonical: string };

export interface CompiledPattern {
  /** The pattern as written (escapes kept). */
  source: string;
  /** Written with a leading or middle slash, so it matches from the repository root only. */
  anchored: boolean;
  /** Written with a trailing slash: matches what is inside a directory, never a file of that name. */
  dirOnly: boolean;
  /** Segments to match from the root; an unanchored pattern starts with a globstar. */
  segments: PatternSegment[];
  /** Last segment is a lone `*` without trailing slash: matches direct children only, not their contents. */
  childrenOnly: boolean;
  /** Canonical form: equal keys match exactly the same paths (used for duplicate detection). */
  key: string;
}

export interface PatternProblem {
  /** 0-based offset into the pattern text. */
  offset: number;
  message: string;
  hint?: string;
}

export type PatternResult = { ok: true; pattern: CompiledPattern } | { ok: false; problems: PatternProblem[] };

interface RawSegment {
  tokens: SegmentToken[];
  /** Offset of the segment's first character in the pattern text. */
  offset: number;
  /** Exactly `**` written without escapes. */
  globstar: boolean;
  /** Only unescaped `*` characters (one, or three and more). */
  starsOnly: boolean;
}

/** Characters that mean something in a pattern and are escaped to be literal. */
const SPECIAL = new Set(['\\', ' ', '\t', '*', '?', '[', ']']);

export function compilePattern(text: string): PatternResult {
  const problems: PatternProblem[] = [];
  if (text === '/') {
    problems.push({
      offset: 0,
      message: 'the pattern `/` never matches anything',
      hint: 'did you mean `*` instead?',
    });
    return { ok: false, problems };
  }
  if (text.startsWith('!')) {
    problems.push({ offset: 0, message: 'negation with `!` is not supported in CODEOWNERS' });
  }

  const segments: RawSegment[] = [];
  let tokens: SegmentToken[] = [];
  let segStart = 0;
  let escaped = false; // any escape in the current segment
  let stars = 0;
  let others = 0;
  const endSegment = (end: number) => {
    const raw = text.slice(segStart, end);
    segments.push({
      tokens,
      offset: segStart,
      globstar: raw === '**',
      starsOnly: !escaped && others === 0 && stars > 0,
    });
    tokens = [];
    escaped = false;
    stars = 0;
    others = 0;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) {
        problems.push({ offset: i, message: 'a pattern cannot end with a lone `\\`' });
      } else if (next === '#') {
        problems.push({ offset: i, message: 'escaping `#` with `\\` does not work in CODEOWNERS' });
      } else if (next === '/') {
        problems.push({ offset: i, message: 'a `/` cannot be escaped' });
      } else {
        tokens.push({ t: 'lit', s: next });
        escaped = true;
        others++;
      }
      i++;
      continue;
    }
    if (c === '[' || c === ']') {
      problems.push({
        offset: i,
        message: 'both `[` and `]` must be escaped with a `\\` (character ranges are not supported)',
      });
      others++;
      continue;
    }
    if (c === '/') {
      endSegment(i);
      segStart = i + 1;
      continue;
    }
    if (c === '*') {
      tokens.push({ t: 'star' });
      stars++;
    } else if (c === '?') {
      tokens.push({ t: 'any' });
      others++;
    } else {
      tokens.push({ t: 'lit', s: c });
      others++;
    }
  }
  endSegment(text.length);

  // A leading empty segment is the anchoring slash, a trailing one the directory slash.
  let anchored = false;
  let dirOnly = false;
  let first = 0;
  let last = segments.length - 1;
  if (segments.length > 1 && segments[0].tokens.length === 0 && text.startsWith('/')) {
    anchored = true;
    first = 1;
  }
  if (last > first && segments[last].tokens.length === 0 && !segments[last].globstar) {
    dirOnly = true;
    last--;
  }
  const kept = segments.slice(first, last + 1);
  for (const seg of kept) {
    if (seg.tokens.length === 0 && !seg.globstar) {
      problems.push({ offset: Math.max(0, seg.offset - 1), message: 'empty path segment (`//`)' });
    }
  }
  if (kept.length === 0 && problems.length === 0) {
    problems.push({ offset: 0, message: 'empty pattern' });
  }
  if (problems.length > 0) return { ok: false, problems };

  if (kept.length > 1) anchored = true;
  const compiled: PatternSegment[] = [];
  if (!anchored) compiled.push({ kind: 'globstar' });
  for (const seg of kept) {
    if (seg.globstar) {
      // `**/**` means the same as `**`; collapsing keeps matching linear.
      if (compiled[compiled.length - 1]?.kind !== 'globstar') compiled.push({ kind: 'globstar' });
      continue;
    }
    const glob = compileSegmentTokens(seg.tokens);
    compiled.push({ kind: 'glob', glob, loneStar: seg.starsOnly, canonical: canonicalSegment(glob) });
  }
  const lastSeg = compiled[compiled.length - 1];
  const childrenOnly = !dirOnly && lastSeg.kind === 'glob' && lastSeg.loneStar;
  const key =
    (dirOnly ? 'D|' : 'F|') + compiled.map((s) => (s.kind === 'globstar' ? '**' : s.canonical)).join('/');
  return { ok: true, pattern: { source: text, anchored, dirOnly, segments: compiled, childrenOnly, key } };
}

function canonicalSegment(glob: SegmentPattern): string {
  let out = '';
  for (const tok of glob.tokens) {
    if (tok.t === 'star') out += '*';
    else if (tok.t === 'any') out += '?';
    else for (const ch of tok.s) out += SPECIAL.has(ch) ? `\\${ch}` : ch;
  }
  return out;
}

/**
 * Escapes one path segment so it reads back as literal text. `#`, newlines and tabs have no
 * working escape on GitHub; callers refuse them first (see `edit.ts`).
 */
export function escapeSegment(segment: string): string {
  let out = '';
  for (const ch of segment) out += SPECIAL.has(ch) ? `\\${ch}` : ch;
  return out;
}

/** The anchored pattern that matches exactly `path` (and, were it a directory, its contents). */
export function exactPathPattern(path: string): string {
  return '/' + path.split('/').map(escapeSegment).join('/');
}

/** Every segment is a wildcard with no literal text (`*`, `**`, `/*`, `/**`): a catch-all rule. */
export function isCatchAllPattern(p: CompiledPattern): boolean {
  return p.segments.every((s) => s.kind === 'globstar' || s.loneStar);
}
