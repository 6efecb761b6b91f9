import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryTextSource } from '../util/reader.js';
import { parseCodeowners, parseCodeownersFile, serializeCodeowners, type RuleLine } from './parse.js';

function rule(text: string, line = 1): RuleLine {
  const r = parseCodeowners(text).lines[line - 1];
  if (r.kind !== 'rule') throw new Error(`line ${line} is ${r.kind}`);
  return r;
}

describe('line model', () => {
  it('keeps comments, blanks and rules with their numbers', () => {
    const f = parseCodeowners('# c\n\n*.js @a\n   \n  # indented comment\n');
    expect(f.lines.map((l) => [l.line, l.kind])).toEqual([
      [1, 'comment'],
      [2, 'blank'],
      [3, 'rule'],
      [4, 'blank'],
      [5, 'comment'],
    ]);
    expect(f.rules.map((r) => r.line)).toEqual([3]);
  });

  it('records tokens with 1-based columns', () => {
    const r = rule('  /docs/   @org/team\t@user  x@example.com   # owners of docs');
    expect(r.pattern).toEqual({ text: '/docs/', column: 3 });
    expect(r.owners.map((o) => [o.text, o.column, o.kind])).toEqual([
      ['@org/team', 12, 'team'],
      ['@user', 22, 'user'],
      ['x@example.com', 29, 'email'],
    ]);
    expect(r.comment).toEqual({ text: '# owners of docs', column: 45 });
    expect(r.valid).toBe(true);
  });

  it('reads an inline comment right after an owner (GitHub docs example)', () => {
    const r = rule('*.js    @js-owner #This is an inline comment.');
    expect(r.owners.map((o) => o.text)).toEqual(['@js-owner']);
    expect(r.comment?.text).toBe('#This is an inline comment.');
  });

  it('keeps escaped spaces inside the pattern', () => {
    const r = rule('docs/my\\ file.txt @a');
    expect(r.pattern.text).toBe('docs/my\\ file.txt');
    expect(r.owners.map((o) => o.column)).toEqual([19]);
  });

  it('a pattern without owners is a valid rule with no owners', () => {
    const r = rule('/apps/github');
    expect(r.valid).toBe(true);
    expect(r.owners).toEqual([]);
  });

  it('marks invalid lines and keeps them', () => {
    const f = parseCodeowners('[abc] @a\n!x @b\n\\#x @c\n* @d,\n* bare\n/ @e\n* @ok\n');
    expect(f.rules.map((r) => r.valid)).toEqual([false, false, false, false, false, false, true]);
    expect(f.rules[0].problems[0]).toMatchObject({ code: 'codeowners/invalid-pattern', column: 1 });
    expect(f.rules[3].problems[0]).toMatchObject({ code: 'codeowners/invalid-owner', column: 3 });
    expect(f.rules[5].problems[0].hint).toBe('did you mean `*` instead?');
    expect(serializeCodeowners(f)).toBe('[abc] @a\n!x @b\n\\#x @c\n* @d,\n* bare\n/ @e\n* @ok\n');
  });

  it('records CRLF per line, a missing final newline and the BOM', () => {
    const text = '\uFEFF* @a\r\n/x @b\n/y @c';
    const f = parseCodeowners(text);
    expect(f.bom).toBe(true);
    expect(f.lines.map((l) => l.eol)).toEqual(['\r\n', '\n', '']);
    expect(f.rules[0].pattern.column).toBe(1);
    expect(serializeCodeowners(f)).toBe(text);
  });

  it('restores the BOM of a file read through a TextSource', () => {
    const src = new MemoryTextSource({ CODEOWNERS: '\uFEFF* @a\n' });
    const f = parseCodeownersFile(src.read('CODEOWNERS'));
    expect(f.path).toBe('CODEOWNERS');
    expect(serializeCodeowners(f)).toBe('\uFEFF* @a\n');
  });

  it('parses an empty file to no lines', () => {
    expect(parseCodeowners('').lines).toEqual([]);
    expect(serializeCodeowners(parseCodeowners(''))).toBe('');
  });
});

describe('round trip', () => {
  const piece = fc.constantFrom(
    '* @a',
    '# comment',
    '',
    '   ',
    '\t/docs/ @org/t # note',
    'a\\ b @x',
    '[bad] @a',
    '*.js @a,',
    '\r',
    'x\ry @a',
    'ünïcödé/ @a',
    '@only',
  );
  const eol = fc.constantFrom('\n', '\r\n');

  it('serialize(parse(text)) === text for random files (CRLF, BOM, no final newline)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(piece, eol), { maxLength: 15 }),
        fc.boolean(),
        (bom, lines, finalNewline) => {
          let text = (bom ? '\uFEFF' : '') + lines.map(([l, e]) => l + e).join('');
          if (!finalNewline && text.endsWith('\n')) text = text.replace(/\r?\n$/, '');
          expect(serializeCodeowners(parseCodeowners(text))).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\r', '\n', '#', '\\', '@', '/', '*', '\uFEFF') }), (text) => {
        expect(serializeCodeowners(parseCodeowners(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
