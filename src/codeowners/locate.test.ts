import { describe, expect, it } from 'vitest';
import { InputError } from '../util/errors.js';
import { MemoryTextSource, type TextFile, type TextSource } from '../util/reader.js';
import { loadCodeowners, locateCodeowners, MAX_CODEOWNERS_BYTES } from './locate.js';
import { effectiveRule, isCatchAll, ownersOf, ownershipFor, resolveOwners } from './lookup.js';
import { parseCodeowners } from './parse.js';

describe('locateCodeowners', () => {
  it('prefers .github/, then the root, then docs/, and warns about the ignored ones', () => {
    const src = new MemoryTextSource({
      'docs/CODEOWNERS': '* @docs\n',
      CODEOWNERS: '* @root\n',
      '.github/CODEOWNERS': '* @github\n',
    });
    const r = locateCodeowners(src);
    expect(r.found?.path).toBe('.github/CODEOWNERS');
    expect(r.usable).toBe(true);
    expect(r.ignored).toEqual(['CODEOWNERS', 'docs/CODEOWNERS']);
    expect(r.diagnostics.map((d) => [d.file, d.line, d.column, d.code, d.level])).toEqual([
      ['CODEOWNERS', 1, 1, 'codeowners/ignored-location', 'warning'],
      ['docs/CODEOWNERS', 1, 1, 'codeowners/ignored-location', 'warning'],
    ]);
  });

  it('falls back to the root and then docs/', () => {
    expect(locateCodeowners(new MemoryTextSource({ CODEOWNERS: '', 'docs/CODEOWNERS': '' })).found?.path).toBe(
      'CODEOWNERS',
    );
    expect(locateCodeowners(new MemoryTextSource({ 'docs/CODEOWNERS': '' })).found?.path).toBe('docs/CODEOWNERS');
  });

  it('reports nothing when there is no file', () => {
    expect(locateCodeowners(new MemoryTextSource({ 'README.md': '' }))).toEqual({
      found: null,
      usable: false,
      ignored: [],
      diagnostics: [],
    });
  });

  it('refuses a file of 3 MB or more, as GitHub does', () => {
    const big = `* @a\n${'#'.repeat(MAX_CODEOWNERS_BYTES)}\n`;
    const r = loadCodeowners(new MemoryTextSource({ '.github/CODEOWNERS': big }));
    expect(r.file).toBeNull();
    expect(r.path).toBe('.github/CODEOWNERS');
    expect(r.diagnostics).toMatchObject([{ code: 'codeowners/too-large', level: 'error', line: 1, column: 1 }]);
  });

  it('counts multi-byte characters and the BOM toward the limit', () => {
    // 2 bytes per character: under the limit in characters, over it in bytes.
    const text = 'é'.repeat(MAX_CODEOWNERS_BYTES / 2 - 1);
    expect(locateCodeowners(new MemoryTextSource({ CODEOWNERS: text })).usable).toBe(true);
    expect(locateCodeowners(new MemoryTextSource({ CODEOWNERS: `\uFEFF${text}` })).usable).toBe(false);
  });

  it('turns an unreadable file into a diagnostic', () => {
    const src: TextSource = {
      exists: (p) => p === 'CODEOWNERS',
      read: (p): TextFile => {
        throw new InputError('not valid UTF-8 text', { file: p, line: 3 });
      },
      list: () => ['CODEOWNERS'],
    };
    const r = loadCodeowners(src);
    expect(r.file).toBeNull();
    expect(r.diagnostics).toMatchObject([{ code: 'codeowners/unreadable', file: 'CODEOWNERS', line: 3 }]);
  });

  it('loads and parses the chosen file with its path', () => {
    const r = loadCodeowners(new MemoryTextSource({ CODEOWNERS: '\uFEFF/docs/ @a\n' }));
    expect(r.file?.path).toBe('CODEOWNERS');
    expect(r.file?.bom).toBe(true);
    expect(r.file && ownersOf(r.file, 'docs/x.md')).toEqual({ owners: ['@a'], line: 1, pattern: '/docs/' });
  });
});

describe('lookup helpers', () => {
  const file = parseCodeowners('* @default\n/governance/ @org/gov\n/governance/legacy/\n', '.github/CODEOWNERS');

  it('ownersOf: owned, no-owner rule, and unowned', () => {
    expect(ownersOf(file, 'governance/a.yaml')).toEqual({ owners: ['@org/gov'], line: 2, pattern: '/governance/' });
    expect(ownersOf(file, 'governance/legacy/a.yaml')).toEqual({ owners: [], line: 3, pattern: '/governance/legacy/' });
    expect(ownersOf(parseCodeowners('/x/ @a'), 'y')).toEqual({ owners: [], line: null, pattern: null });
  });

  it('returns fresh owner arrays (callers may keep or change them)', () => {
    const a = ownersOf(file, 'README.md');
    a.owners.push('@mutated');
    expect(ownersOf(file, 'README.md').owners).toEqual(['@default']);
  });

  it('resolveOwners keeps the order of the input', () => {
    expect(resolveOwners(file, ['README.md', 'governance/x']).map((r) => r.line)).toEqual([1, 2]);
  });

  it('ownershipFor adds the catch-all flag and tolerates a missing file', () => {
    expect(ownershipFor(file, 'README.md')).toEqual({ owners: ['@default'], line: 1, pattern: '*', catchAll: true });
    expect(ownershipFor(file, 'governance/a.yaml').catchAll).toBe(false);
    expect(ownershipFor(null, 'x')).toEqual({ owners: [], line: null, pattern: null, catchAll: false });
  });

  it('isCatchAll tells default rules from specific ones', () => {
    expect(isCatchAll(effectiveRule(file, 'README.md')!)).toBe(true);
    expect(isCatchAll(effectiveRule(file, 'governance/a.yaml')!)).toBe(false);
    expect(isCatchAll(parseCodeowners('[*] @a').rules[0])).toBe(false);
  });
});
