import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../util/errors.js';
import { assignOwners, MANAGED_BEGIN, MANAGED_END } from './edit.js';
import { MAX_CODEOWNERS_BYTES } from './locate.js';
import { ownersOf } from './lookup.js';
import { parseCodeowners, serializeCodeowners } from './parse.js';
import { codeownersTextArb, pathArb } from './reference.testkit.js';

const PATH = '.github/CODEOWNERS';
const parse = (text: string) => parseCodeowners(text, PATH);

describe('assignOwners', () => {
  it('appends an anchored exact rule in a new managed block at the end', () => {
    const file = parse('* @default\n/governance/ @org/gov\n');
    const r = assignOwners(file, 'governance/teams/payments.yaml', ['@org/payments'], ['governance/teams/payments.yaml', 'README.md']);
    expect(r.text).toBe(
      `* @default\n/governance/ @org/gov\n\n${MANAGED_BEGIN}\n/governance/teams/payments.yaml @org/payments\n${MANAGED_END}\n`,
    );
    expect(r.line).toBe(5);
    expect(r.changes).toEqual([
      { kind: 'added', line: 3, text: '' },
      { kind: 'added', line: 4, text: MANAGED_BEGIN },
      { kind: 'added', line: 5, text: '/governance/teams/payments.yaml @org/payments' },
      { kind: 'added', line: 6, text: MANAGED_END },
    ]);
    expect(ownersOf(r.file, 'governance/teams/payments.yaml')).toEqual({
      owners: ['@org/payments'],
      line: 5,
      pattern: '/governance/teams/payments.yaml',
    });
  });

  it('adds to the existing block in sorted order', () => {
    const file = parse(`* @d\n${MANAGED_BEGIN}\n/a.yaml @x\n/c.yaml @y\n${MANAGED_END}\n`);
    const r = assignOwners(file, 'b.yaml', ['@z'], ['a.yaml', 'b.yaml', 'c.yaml']);
    expect(r.text).toBe(`* @d\n${MANAGED_BEGIN}\n/a.yaml @x\n/b.yaml @z\n/c.yaml @y\n${MANAGED_END}\n`);
    expect(r.changes).toEqual([{ kind: 'added', line: 4, text: '/b.yaml @z' }]);
  });

  it('escapes spaces, wildcards, brackets and backslashes; anchoring neutralises a leading !', () => {
    const path = '!odd dir/[x]*?\\.yaml';
    const r = assignOwners(parse(''), path, ['@a'], [path, 'other']);
    expect(r.text).toContain('/!odd\\ dir/\\[x\\]\\*\\?\\\\.yaml @a\n');
    expect(ownersOf(r.file, path).owners).toEqual(['@a']);
    expect(ownersOf(r.file, 'other').owners).toEqual([]);
  });

  it('rewrites the existing exact rule when it is the effective one, keeping its comment', () => {
    const file = parse('* @d\n  /governance/x.yaml   @old # keep me\n/docs/ @docs\n');
    const r = assignOwners(file, 'governance/x.yaml', ['@new', '@org/t'], ['governance/x.yaml', 'docs/a.md']);
    expect(r.text).toBe('* @d\n  /governance/x.yaml @new @org/t # keep me\n/docs/ @docs\n');
    expect(r.changes).toEqual([
      { kind: 'replaced', line: 2, text: '  /governance/x.yaml @new @org/t # keep me', before: '  /governance/x.yaml   @old # keep me' },
    ]);
  });

  it('does not rewrite an exact rule that a later broader rule overrides: appends instead', () => {
    const file = parse('/governance/x.yaml @old\n* @default\n');
    const r = assignOwners(file, 'governance/x.yaml', ['@new'], ['governance/x.yaml', 'README.md']);
    expect(r.text.startsWith('/governance/x.yaml @old\n* @default\n')).toBe(true);
    expect(ownersOf(r.file, 'governance/x.yaml')).toMatchObject({ owners: ['@new'], line: r.line });
    expect(ownersOf(r.file, 'README.md').owners).toEqual(['@default']);
  });

  it('changes nothing when the file already says exactly this', () => {
    const text = '* @d\n/x.yaml @a\n';
    const r = assignOwners(parse(text), 'x.yaml', ['@a'], ['x.yaml']);
    expect(r.text).toBe(text);
    expect(r.changes).toEqual([]);
  });

  it('moves a managed block that is no longer last to the end', () => {
    const file = parse(`${MANAGED_BEGIN}\n/a.yaml @x\n${MANAGED_END}\n/docs/ @docs\n`);
    const r = assignOwners(file, 'b.yaml', ['@y'], ['a.yaml', 'b.yaml', 'docs/z.md']);
    expect(r.text).toBe(`/docs/ @docs\n\n${MANAGED_BEGIN}\n/a.yaml @x\n/b.yaml @y\n${MANAGED_END}\n`);
    expect(r.changes).toEqual([
      { kind: 'added', line: 2, text: '' },
      { kind: 'moved', line: 3, text: MANAGED_BEGIN, fromLine: 1 },
      { kind: 'moved', line: 4, text: '/a.yaml @x', fromLine: 2 },
      { kind: 'added', line: 5, text: '/b.yaml @y' },
      { kind: 'moved', line: 6, text: MANAGED_END, fromLine: 3 },
    ]);
  });

  it('rewrites the path’s entry inside a block that had to move, instead of adding a second one', () => {
    const file = parse(`${MANAGED_BEGIN}\n/a.yaml @x\n${MANAGED_END}\n*.yaml @later\n`);
    const r = assignOwners(file, 'a.yaml', ['@y'], ['a.yaml', 'b.yaml']);
    expect(r.text).toBe(`*.yaml @later\n\n${MANAGED_BEGIN}\n/a.yaml @y\n${MANAGED_END}\n`);
    expect(r.changes).toEqual([
      { kind: 'added', line: 2, text: '' },
      { kind: 'moved', line: 3, text: MANAGED_BEGIN, fromLine: 1 },
      { kind: 'replaced', line: 4, text: '/a.yaml @y', before: '/a.yaml @x' },
      { kind: 'moved', line: 5, text: MANAGED_END, fromLine: 3 },
    ]);
    expect(ownersOf(r.file, 'b.yaml').owners).toEqual(['@later']);
  });

  it('keeps CRLF line endings, the BOM and a missing final newline', () => {
    const file = parse('\uFEFF* @d\r\n/docs/ @x\r\n/y @z');
    const r = assignOwners(file, 'a.yaml', ['@a'], ['a.yaml']);
    expect(r.text).toBe(`\uFEFF* @d\r\n/docs/ @x\r\n/y @z\r\n\r\n${MANAGED_BEGIN}\r\n/a.yaml @a\r\n${MANAGED_END}`);
    expect(serializeCodeowners(r.file)).toBe(r.text);
  });

  it('uses the dominant line ending of a mixed file', () => {
    const r = assignOwners(parse('a @x\r\nb @y\r\nc @z\n'), 'q', ['@q'], ['q']);
    expect(r.text.endsWith(`/q @q\r\n${MANAGED_END}\r\n`)).toBe(true);
  });

  it('refuses paths CODEOWNERS cannot express', () => {
    const file = parse('* @d\n');
    for (const bad of ['a#b.yaml', 'a\nb', 'a\rb', 'a\tb', '', 'a//b', '../x', './x', 'a/.']) {
      expect(() => assignOwners(file, bad, ['@a'], [])).toThrow(InputError);
    }
    expect(() => assignOwners(file, 'x#y', ['@a'], [])).toThrow(/`#` cannot be escaped/);
  });

  it('refuses invalid owners', () => {
    expect(() => assignOwners(parse(''), 'x', ['@a,'], [])).toThrow(/contains a comma/);
    expect(() => assignOwners(parse(''), 'x', ['bob'], [])).toThrow(InputError);
  });

  it('refuses an edit that would change other files’ owners', () => {
    const file = parse('* @d\n');
    expect(() => assignOwners(file, 'governance', ['@g'], ['governance/a.yaml', 'governance'])).toThrow(
      /would also change the owners of governance\/a\.yaml \(@d → @g\)/,
    );
  });

  it('refuses a block with no END marker', () => {
    expect(() => assignOwners(parse(`${MANAGED_BEGIN}\n/a @b\n`), 'x', ['@a'], [])).toThrow(/has no/);
  });

  it('refuses to grow the file past 3 MB', () => {
    const big = `# ${'x'.repeat(MAX_CODEOWNERS_BYTES - 20)}\n`;
    expect(() => assignOwners(parse(big), 'some/long/path.yaml', ['@a'], [])).toThrow(/3 MB/);
  });
});

describe('edit properties', () => {
  /** Git cannot track both `a` and `a/b`, so drop paths that are directories of other paths. */
  const trackedArb = fc
    .uniqueArray(pathArb, { minLength: 1, maxLength: 12 })
    .map((ps) => ps.filter((p) => !ps.some((q) => q.startsWith(`${p}/`))));
  const ownersArb = fc.subarray(['@new', '@org/new', 'n@example.com'], { minLength: 1 });

  it('changes only the intended path’s owners', () => {
    fc.assert(
      fc.property(
        codeownersTextArb,
        fc.boolean(),
        trackedArb,
        fc.nat(),
        ownersArb,
        (text, crlf, tracked, pick, owners) => {
          const file = parse(crlf ? text.replace(/\n/g, '\r\n') : text);
          const target = tracked[pick % tracked.length];
          const r = assignOwners(file, target, owners, tracked);
          expect(ownersOf(r.file, target)).toMatchObject({ owners, line: r.line });
          for (const other of tracked) {
            if (other !== target) expect(ownersOf(r.file, other).owners).toEqual(ownersOf(file, other).owners);
          }
          expect(serializeCodeowners(r.file)).toBe(r.text);
          const original = serializeCodeowners(file);
          if (original !== '') expect(r.text.endsWith('\n')).toBe(original.endsWith('\n'));
          if (original.includes('\r\n')) expect(r.text.replace(/\r\n/g, '')).not.toContain('\n');
          // A second edit for the same path rewrites its line instead of adding another.
          const again = assignOwners(r.file, target, ['@again'], tracked);
          expect(again.changes.map((c) => c.kind)).toEqual(['replaced']);
          // Lines that were there before are still there, in order (edits only add or rewrite one).
          const kept = file.lines.filter((l) => l.line !== r.changes.find((c) => c.kind === 'replaced')?.line);
          let at = 0;
          const now = r.file.lines.map((l) => l.raw);
          for (const l of kept) {
            at = now.indexOf(l.raw, at);
            expect(at).toBeGreaterThanOrEqual(0);
            at++;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
