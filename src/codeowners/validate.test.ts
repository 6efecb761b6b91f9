import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/location.js';
import { MemoryTextSource } from '../util/reader.js';
import { parseCodeowners } from './parse.js';
import { validateCodeowners, validateCodeownersIn, type ValidateOptions } from './validate.js';

const PATH = '.github/CODEOWNERS';

function check(text: string, opts: ValidateOptions = {}): Diagnostic[] {
  return validateCodeowners(parseCodeowners(text, PATH), opts);
}

/** [line, column, code] of the diagnostics with the given codes. */
function where(ds: Diagnostic[], ...codes: string[]): [number, number, string][] {
  return ds.filter((d) => codes.includes(d.code)).map((d) => [d.line, d.column, d.code]);
}

// Owns the CODEOWNERS file itself, so the self-unowned check stays quiet in unrelated tests.
const SELF = '/.github/ @org/admins\n';

describe('syntax', () => {
  it('locates invalid patterns and owners', () => {
    const ds = check(`${SELF}* @a\n[abc] @b\n/docs/ @a, @b\n/ @c\n  !x @d\na//b @e\n\\#x @f\n* bare @a@b\n`);
    expect(where(ds, 'codeowners/invalid-pattern', 'codeowners/invalid-owner')).toEqual([
      [3, 1, 'codeowners/invalid-pattern'],
      [3, 5, 'codeowners/invalid-pattern'],
      [4, 8, 'codeowners/invalid-owner'],
      [5, 1, 'codeowners/invalid-pattern'],
      [6, 3, 'codeowners/invalid-pattern'],
      [7, 2, 'codeowners/invalid-pattern'],
      [8, 1, 'codeowners/invalid-pattern'],
      [9, 3, 'codeowners/invalid-owner'],
      [9, 8, 'codeowners/invalid-owner'],
    ]);
    expect(ds.every((d) => d.file === PATH)).toBe(true);
    expect(ds.find((d) => d.line === 5)?.message).toContain('did you mean `*` instead?');
    expect(ds.find((d) => d.line === 4)?.message).toContain('separate owners with spaces');
    expect(ds.filter((d) => d.code.startsWith('codeowners/invalid')).every((d) => d.level === 'error')).toBe(true);
  });

  it('flags a line that has owners but no pattern', () => {
    const ds = check(`${SELF}@lonely\n  @org/team @x\n`);
    expect(where(ds, 'codeowners/missing-pattern')).toEqual([
      [2, 1, 'codeowners/missing-pattern'],
      [3, 3, 'codeowners/missing-pattern'],
    ]);
  });

  it('flags an owner listed twice on one line (case-insensitive)', () => {
    expect(where(check(`${SELF}*.md @a @b @A\n`), 'codeowners/duplicate-owner')).toEqual([
      [2, 12, 'codeowners/duplicate-owner'],
    ]);
  });

  it('says nothing about a clean file', () => {
    expect(check(`${SELF}* @org/default # everyone\n/docs/ docs@example.com\n`)).toEqual([]);
  });
});

describe('duplicate patterns', () => {
  it('names both lines, including equivalent spellings', () => {
    const ds = check(`${SELF}/src/ @a\ndocs/* @x\nsrc/ @b\n/src/ @c\n/docs/* @y\n`);
    expect(where(ds, 'codeowners/duplicate-pattern')).toEqual([
      [2, 1, 'codeowners/duplicate-pattern'],
      [3, 1, 'codeowners/duplicate-pattern'],
    ]);
    expect(ds.find((d) => d.line === 2)?.message).toContain('is repeated on line 5; only line 5 applies');
    expect(ds.find((d) => d.line === 3)?.message).toContain('line 6');
  });
});

describe('against the tracked files', () => {
  const tracked = ['README.md', 'governance/a.yaml', 'src/a.ts', 'src/b.js', PATH];

  it('flags patterns that match nothing, with a hint when only case differs', () => {
    const ds = check(`${SELF}/Governance/ @g\n/nothing/ @n\n/src/ @s\n`, { trackedFiles: tracked });
    expect(where(ds, 'codeowners/unmatched-pattern')).toEqual([
      [2, 1, 'codeowners/unmatched-pattern'],
      [3, 1, 'codeowners/unmatched-pattern'],
    ]);
    expect(ds[0].message).toContain('`governance/a.yaml` differs only in case');
    expect(ds[1].message).not.toContain('case');
  });

  it('flags a rule that a later, broader rule shadows', () => {
    const ds = check(`${SELF}/src/*.ts @a\n/src/ @b\n`, { trackedFiles: tracked });
    expect(where(ds, 'codeowners/shadowed-rule')).toEqual([[2, 1, 'codeowners/shadowed-rule']]);
    expect(ds[0].message).toContain('later, broader rule on line 3 (`/src/`)');
  });

  it('names every later rule when several share the shadowing', () => {
    const ds = check(`${SELF}/src/* @a\n/src/a.ts @b\n/src/b.js @c\n`, { trackedFiles: tracked });
    expect(where(ds, 'codeowners/shadowed-rule')).toEqual([[2, 1, 'codeowners/shadowed-rule']]);
    expect(ds[0].message).toContain('line 3 (`/src/a.ts`), line 4 (`/src/b.js`)');
  });

  it('does not flag a rule that still wins for some file', () => {
    const ds = check(`${SELF}/src/ @a\n*.ts @b\n`, { trackedFiles: tracked });
    expect(where(ds, 'codeowners/shadowed-rule')).toEqual([]);
  });

  it('reports an earlier duplicate once (as a duplicate, not also as shadowed)', () => {
    const ds = check(`${SELF}/src/ @a\n/src/ @b\n`, { trackedFiles: tracked });
    expect(ds.map((d) => d.code)).toEqual(['codeowners/duplicate-pattern']);
  });
});

describe('the CODEOWNERS file itself', () => {
  it('warns when nothing owns it', () => {
    expect(where(check('/src/ @a\n'), 'codeowners/self-unowned')).toEqual([[1, 1, 'codeowners/self-unowned']]);
  });

  it('points at the rule that leaves it without owners', () => {
    const ds = check('* @a\n  /.github/\n');
    expect(where(ds, 'codeowners/self-unowned')).toEqual([[2, 3, 'codeowners/self-unowned']]);
  });

  it('is satisfied by a catch-all owner', () => {
    expect(where(check('* @a\n'), 'codeowners/self-unowned')).toEqual([]);
  });
});

describe('manifest ownership', () => {
  const text = `${SELF}* @default\n/governance/teams/ @org/gov\n/governance/legacy/\n`;
  const manifests = ['governance/teams/a.yaml', 'governance/legacy/b.yaml', 'governance/other/c.yaml'];

  it('flags unowned manifests and manifests owned only by a catch-all', () => {
    const ds = check(text, { manifests });
    expect(ds.map((d) => [d.file, d.line, d.column, d.code, d.level])).toEqual([
      ['governance/legacy/b.yaml', 1, 1, 'codeowners/unowned-manifest', 'error'],
      ['governance/other/c.yaml', 1, 1, 'codeowners/catch-all-only', 'warning'],
    ]);
    expect(ds[0].message).toContain('line 4 (`/governance/legacy/`) leaves governance/legacy/b.yaml without an owner');
    expect(ds[1].message).toContain('catch-all rule on .github/CODEOWNERS line 2 (`*`)');
  });

  it('counts catch-all owners when configured to', () => {
    const ds = check(text, { manifests, catchAllCountsAsOwner: true });
    expect(ds.map((d) => d.code)).toEqual(['codeowners/unowned-manifest']);
  });

  it('hints when a rule would match but for case', () => {
    const ds = check(`${SELF}/governance/ @g\n`, { manifests: ['Governance/x.yaml'] });
    expect(ds).toHaveLength(1);
    expect(ds[0].code).toBe('codeowners/unowned-manifest');
    expect(ds[0].message).toContain('no .github/CODEOWNERS rule matches Governance/x.yaml');
    expect(ds[0].message).toContain('line 2 (`/governance/ @g`) would match if case were ignored');
  });
});

describe('validateCodeownersIn', () => {
  it('combines location, syntax and coverage checks over the listed files', () => {
    const src = new MemoryTextSource({
      '.github/CODEOWNERS': '* @a\n/nothing/ @b\n[x] @c\n',
      CODEOWNERS: '* @z\n',
      'src/a.ts': '',
    });
    const r = validateCodeownersIn(src, { manifests: ['src/a.ts'] });
    expect(r.file?.path).toBe(PATH);
    expect(r.diagnostics.map((d) => [d.file, d.line, d.column, d.code])).toEqual([
      ['.github/CODEOWNERS', 2, 1, 'codeowners/unmatched-pattern'],
      ['.github/CODEOWNERS', 3, 1, 'codeowners/invalid-pattern'],
      ['.github/CODEOWNERS', 3, 3, 'codeowners/invalid-pattern'],
      ['CODEOWNERS', 1, 1, 'codeowners/ignored-location'],
      ['src/a.ts', 1, 1, 'codeowners/catch-all-only'],
    ]);
  });

  it('returns only the location problems when GitHub would not load the file', () => {
    const r = validateCodeownersIn(new MemoryTextSource({ 'README.md': '' }));
    expect(r).toEqual({ file: null, diagnostics: [] });
  });
});
