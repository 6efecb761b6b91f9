import { describe, expect, it } from 'vitest';
import { classifyOwner, looksLikeOwner } from './owners.js';
import { compilePattern, escapeSegment, exactPathPattern, isCatchAllPattern } from './pattern.js';

function problems(text: string) {
  const r = compilePattern(text);
  return r.ok ? [] : r.problems;
}

function key(text: string): string {
  const r = compilePattern(text);
  if (!r.ok) throw new Error(text);
  return r.pattern.key;
}

describe('invalid patterns', () => {
  it.each([
    ['!docs/', 0, 'negation'],
    ['[abc]', 0, 'both `[` and `]` must be escaped'],
    ['src/file[0].ts', 8, 'both `[` and `]` must be escaped'],
    ['\\#notes', 0, 'escaping `#`'],
    ['a/\\#b', 2, 'escaping `#`'],
    ['/', 0, 'never matches'],
    ['a//b', 1, 'empty path segment'],
    ['//', 0, 'empty path segment'],
    ['foo\\', 3, 'lone `\\`'],
    ['a\\/b', 1, 'cannot be escaped'],
  ])('%s → problem at offset %i (%s)', (text, offset, message) => {
    const p = problems(text);
    expect(p.length).toBeGreaterThan(0);
    expect(p[0].offset).toBe(offset);
    expect(p[0].message).toContain(message);
  });

  it('suggests `*` for a lone slash', () => {
    expect(problems('/')[0].hint).toBe('did you mean `*` instead?');
  });

  it.each(['*', '**', '/**', 'a/**/b', '\\[x\\]', 'a\\ b', 'f\\*o', 'a!b', 'foo#bar', '***', '@user'])(
    'accepts %s',
    (text) => {
      expect(problems(text)).toEqual([]);
    },
  );
});

describe('canonical keys (duplicate detection)', () => {
  it('treats spellings with the same meaning as equal', () => {
    expect(key('docs/*')).toBe(key('/docs/*'));
    expect(key('apps/')).toBe(key('**/apps/'));
    expect(key('a/**/**/b')).toBe(key('a/**/b'));
    expect(key('\\a')).toBe(key('a'));
  });

  it('keeps different meanings apart', () => {
    expect(key('docs/')).not.toBe(key('/docs/'));
    expect(key('docs')).not.toBe(key('docs/'));
    expect(key('f\\*')).not.toBe(key('f*'));
  });
});

describe('escaping exact paths', () => {
  it('escapes backslash, space, *, ?, [ and ]', () => {
    expect(escapeSegment('a b*c?d[e]f\\g')).toBe('a\\ b\\*c\\?d\\[e\\]f\\\\g');
    expect(exactPathPattern('governance/x y.yaml')).toBe('/governance/x\\ y.yaml');
  });

  it('an escaped exact path compiles to literal segments', () => {
    const r = compilePattern(exactPathPattern('!odd/[x] *?.yaml'));
    expect(r.ok && r.pattern.segments.every((s) => s.kind === 'glob' && s.glob.literal !== null)).toBe(true);
  });
});

describe('catch-all patterns', () => {
  it.each([
    ['*', true],
    ['**', true],
    ['/*', true],
    ['/**', true],
    ['**/*', true],
    ['*.js', false],
    ['/docs/', false],
    ['?', false],
  ])('%s → %s', (text, expected) => {
    const r = compilePattern(text);
    expect(r.ok && isCatchAllPattern(r.pattern)).toBe(expected);
  });
});

describe('owner syntax', () => {
  it.each([
    ['@octocat', 'user'],
    ['@a', 'user'],
    ['@a-b-c', 'user'],
    [`@${'a'.repeat(39)}`, 'user'],
    ['@octo-org/octocats', 'team'],
    ['@Org/Team_Name.x', 'team'],
    ['docs@example.com', 'email'],
    ['first.last+tag@sub.example.co', 'email'],
    [`@${'a'.repeat(40)}`, 'invalid'],
    ['@-a', 'invalid'],
    ['@a-', 'invalid'],
    ['@a--b', 'invalid'],
    ['@a@b', 'invalid'],
    ['@octocat,', 'invalid'],
    ['@coh.org', 'invalid'],
    ['octocat', 'invalid'],
    ['@', 'invalid'],
    ['@org/', 'invalid'],
    ['@org/a/b', 'invalid'],
    ['a@b', 'invalid'],
    ['a@-b.com', 'invalid'],
  ])('%s is %s', (token, kind) => {
    expect(classifyOwner(token).kind).toBe(kind);
  });

  it('explains a trailing comma', () => {
    expect(classifyOwner('@a,').hint).toBe('separate owners with spaces, not commas');
  });

  it('spots patterns that are really owners', () => {
    expect(looksLikeOwner('@bmuenzenmeyer')).toBe(true);
    expect(looksLikeOwner('@org/team')).toBe(true);
    expect(looksLikeOwner('docs@example.com')).toBe(true);
    expect(looksLikeOwner('*.js')).toBe(false);
    expect(looksLikeOwner('/docs/')).toBe(false);
  });
});
