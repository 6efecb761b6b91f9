import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesPath, splitPath } from './match.js';
import { compilePattern, type CompiledPattern } from './pattern.js';
import { naiveMatches, pathArb, patternArb } from './reference.testkit.js';

interface Group {
  pattern: string;
  source: string;
  match: string[];
  miss: string[];
}

const table = JSON.parse(
  readFileSync(new URL('../../test/fixtures/codeowners/patterns.json', import.meta.url), 'utf8'),
) as { groups: Group[] };

const cases = table.groups.flatMap((g) => [
  ...g.match.map((path) => ({ pattern: g.pattern, path, expected: true, source: g.source })),
  ...g.miss.map((path) => ({ pattern: g.pattern, path, expected: false, source: g.source })),
]);

function compiled(text: string): CompiledPattern {
  const r = compilePattern(text);
  if (!r.ok) throw new Error(`${text}: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.pattern;
}

describe('GitHub pattern table', () => {
  it('has at least 100 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases)('$pattern vs $path → $expected', ({ pattern, path, expected }) => {
    expect(matchesPath(compiled(pattern), splitPath(path))).toBe(expected);
  });

  it.each(cases)('naive reference agrees: $pattern vs $path', ({ pattern, path, expected }) => {
    expect(naiveMatches(pattern, path)).toBe(expected);
  });
});

describe('matcher against the naive reference', () => {
  it('agrees on random patterns and paths', () => {
    fc.assert(
      fc.property(patternArb, fc.array(pathArb, { minLength: 1, maxLength: 8 }), (pattern, paths) => {
        const p = compiled(pattern);
        for (const path of paths) {
          expect(matchesPath(p, splitPath(path)), `${pattern} vs ${path}`).toBe(naiveMatches(pattern, path));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles paths deeper than any fixed bit width', () => {
    const deep = Array.from({ length: 40 }, (_, i) => `d${i}`).join('/');
    expect(matchesPath(compiled('**/d39'), splitPath(deep))).toBe(true);
    expect(matchesPath(compiled('/d0/**/d38/'), splitPath(deep))).toBe(true);
    expect(matchesPath(compiled('d0/*'), splitPath(deep))).toBe(false);
    expect(matchesPath(compiled('d0/**/d39/*'), splitPath(deep))).toBe(false);
  });
});

describe('hostile patterns', () => {
  it('answers *a*a*…*b against an 80-character path (no backtracking blow-up)', () => {
    const p = compiled('*a*a*a*a*a*a*a*a*a*a*a*a*b');
    expect(matchesPath(p, splitPath('a'.repeat(80)))).toBe(false);
    expect(matchesPath(p, splitPath(`${'a'.repeat(79)}b`))).toBe(true);
    const nested = Array.from({ length: 8 }, () => 'a'.repeat(9)).join('/');
    expect(matchesPath(p, splitPath(nested))).toBe(false);
  });

  it('answers many globstars against a deep path', () => {
    const p = compiled('**/a/**/a/**/a/**/a/**/a/**/b');
    expect(matchesPath(p, splitPath(Array.from({ length: 60 }, () => 'a').join('/')))).toBe(false);
  });
});

describe('splitPath', () => {
  it('ignores a leading slash, ./ and doubled slashes', () => {
    expect(splitPath('/a//b/./c/')).toEqual(['a', 'b', 'c']);
    expect(splitPath('')).toEqual([]);
  });

  it('never matches an empty path', () => {
    expect(matchesPath(compiled('**'), [])).toBe(false);
  });
});
