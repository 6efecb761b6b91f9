/**
 * A deliberately naive CODEOWNERS matcher for property tests: straight from the rules in
 * /work/shared/reference/codeowners.md, recursive, exponential on hostile input, sharing no code
 * with the real matcher (not even the pattern parser). Test use only.
 */
import fc from 'fast-check';
import type { OwnerLookup } from './match.js';
import type { CodeownersFile } from './parse.js';

/** Character-level glob with `\x` escapes, `*` and `?` (no `/` can occur inside a segment). */
function glob(p: string, s: string): boolean {
  if (p === '') return s === '';
  if (p[0] === '\\') return s !== '' && s[0] === p[1] && glob(p.slice(2), s.slice(1));
  if (p[0] === '*') return glob(p.slice(1), s) || (s !== '' && glob(p, s.slice(1)));
  if (p[0] === '?') return s !== '' && glob(p.slice(1), s.slice(1));
  return s !== '' && p[0] === s[0] && glob(p.slice(1), s.slice(1));
}

/** Splits on `/` that are not escaped. */
function splitSegments(p: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') {
      cur += p.slice(i, i + 2);
      i++;
    } else if (p[i] === '/') {
      out.push(cur);
      cur = '';
    } else cur += p[i];
  }
  out.push(cur);
  return out;
}

/** Do pattern segments match exactly these path segments? */
function entry(ps: string[], xs: string[]): boolean {
  if (ps.length === 0) return xs.length === 0;
  if (ps[0] === '**') {
    if (ps.length === 1) return xs.length >= 1;
    for (let i = 0; i <= xs.length; i++) if (entry(ps.slice(1), xs.slice(i))) return true;
    return false;
  }
  return xs.length > 0 && glob(ps[0], xs[0]) && entry(ps.slice(1), xs.slice(1));
}

/** Does a (valid) pattern match the file at `path`? */
export function naiveMatches(pattern: string, path: string): boolean {
  let p = pattern;
  const dirOnly = p.length > 1 && p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const leadingSlash = p.startsWith('/');
  if (leadingSlash) p = p.slice(1);
  let segs = splitSegments(p);
  const anchored = leadingSlash || segs.length > 1;
  if (!anchored) segs = ['**', ...segs];
  const last = segs[segs.length - 1];
  const childrenOnly = !dirOnly && last !== '**' && /^\*+$/.test(last);
  const parts = path.split('/').filter((x) => x !== '');
  for (let k = 1; k <= parts.length; k++) {
    if (!entry(segs, parts.slice(0, k))) continue;
    // The file itself, or a directory containing it.
    if (k === parts.length ? !dirOnly : !childrenOnly) return true;
  }
  return false;
}

/** Linear last-match scan using the naive matcher; validity comes from the parser. */
export function naiveResolve(file: CodeownersFile, path: string): OwnerLookup {
  for (let i = file.rules.length - 1; i >= 0; i--) {
    const r = file.rules[i];
    if (r.valid && naiveMatches(r.pattern.text, path)) {
      return { owners: r.owners.map((o) => o.text), line: r.line, pattern: r.pattern.text };
    }
  }
  return { owners: [], line: null, pattern: null };
}

// Generators with small alphabets, so that random patterns and paths actually match each other.
const pathSegment = fc.constantFrom('a', 'b', 'ab', 'ba', 'a.js', 'b.md', 'x', '*', 'a b', '.a');
const patternSegment = fc.constantFrom(
  'a',
  'b',
  'ab',
  'a.js',
  '*',
  '?',
  '**',
  'a*',
  '*b',
  '*.js',
  '?.md',
  '\\*',
  'a\\ b',
  '.a',
  '***',
  '*a*',
);

/** Valid patterns with optional leading and trailing slashes, wildcards and escapes. */
export const patternArb = fc
  .tuple(fc.boolean(), fc.array(patternSegment, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([lead, segs, trail]) => `${lead ? '/' : ''}${segs.join('/')}${trail ? '/' : ''}`);

/** Repo-relative file paths over the same alphabet. */
export const pathArb = fc.array(pathSegment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));

const ownerArb = fc.constantFrom('@a', '@b', '@org/t', 'x@example.com');

/** One CODEOWNERS line: mostly rules (some without owners, a few invalid), comments and blanks. */
export const lineArb = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(patternArb, fc.array(ownerArb, { maxLength: 2 })).map(([p, o]) => [p, ...o].join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom('# comment', '', '[ab] @a', '!a @b', '/ @a', 'a @a,') },
);

/** CODEOWNERS text made of `lineArb` lines joined with LF. */
export const codeownersTextArb = fc.array(lineArb, { maxLength: 12 }).map((ls) => ls.join('\n'));
