import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MANAGED_BEGIN, MANAGED_END, compileOwnership, parseCodeowners } from '../codeowners/index.js';
import { InputError } from '../util/errors.js';
import type { TextFile } from '../util/reader.js';
import { INIT_BLOCK_BEGIN, INIT_BLOCK_END, planCodeowners, type CodeownersRequest } from './codeowners-block.js';

const NEW_FILES = ['governance/models/m.yaml', 'governance/agents/a.yaml', '.github/blindspot.yml'];
const PATTERNS = ['/governance/', '/.github/blindspot.yml', '/CODEOWNERS'];

function request(over: Partial<CodeownersRequest> = {}): CodeownersRequest {
  return { owner: '@acme/gov', patterns: PATTERNS, newFiles: NEW_FILES, trackedFiles: ['README.md', 'src/a.ts', 'CODEOWNERS'], force: false, ...over };
}

function file(text: string, path = 'CODEOWNERS'): TextFile {
  const bom = text.startsWith('\uFEFF');
  return { path, text: bom ? text.slice(1) : text, bom };
}

function plan(text: string, over: Partial<CodeownersRequest> = {}) {
  return planCodeowners(file(text), '.github/CODEOWNERS', request(over));
}

function ownersOf(text: string, path: string): string[] {
  return compileOwnership(parseCodeowners(text.replace(/^\uFEFF/, ''))).ownersOf(path).owners;
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('planCodeowners: no CODEOWNERS yet', () => {
  it('creates .github/CODEOWNERS holding the block', () => {
    const c = planCodeowners(null, '.github/CODEOWNERS', request({ patterns: ['/governance/', '/.github/CODEOWNERS'] }));
    expect(c).toMatchObject({ path: '.github/CODEOWNERS', action: 'create' });
    expect(c.text.endsWith('\n')).toBe(true);
    expect(count(c.text, INIT_BLOCK_BEGIN)).toBe(1);
    expect(ownersOf(c.text, 'governance/models/m.yaml')).toEqual(['@acme/gov']);
    expect(ownersOf(c.text, '.github/CODEOWNERS')).toEqual(['@acme/gov']);
    expect(parseCodeowners(c.text).rules.every((r) => r.valid)).toBe(true);
  });
});

describe('planCodeowners: appending to an existing file', () => {
  it('keeps every existing byte as a prefix and adds the block once (LF, final newline)', () => {
    const original = '# team\n/src/ @acme/dev\n';
    const c = plan(original);
    expect(c.action).toBe('append');
    expect(c.text.startsWith(original)).toBe(true);
    expect(c.text.endsWith(`${INIT_BLOCK_END}\n`)).toBe(true);
    expect(ownersOf(c.text, 'governance/agents/a.yaml')).toEqual(['@acme/gov']);
    expect(ownersOf(c.text, 'src/a.ts')).toEqual(['@acme/dev']);
  });

  it('writes the block with CRLF in a CRLF file and keeps a missing final newline missing', () => {
    const original = '* @acme/admins\r\n/src/ @acme/dev';
    const c = plan(original);
    expect(c.text.startsWith(original + '\r\n')).toBe(true);
    const added = c.text.slice(original.length);
    expect(added.replace(/\r\n/g, '')).not.toContain('\n');
    expect(c.text.endsWith(INIT_BLOCK_END)).toBe(true);
  });

  it('keeps a BOM', () => {
    const c = plan('\uFEFF/src/ @acme/dev\n');
    expect(c.text.startsWith('\uFEFF/src/ @acme/dev\n')).toBe(true);
    expect(count(c.text, '\uFEFF')).toBe(1);
  });

  it('does nothing when the block is already there, and rewrites it in place with --force', () => {
    const once = plan('/src/ @acme/dev\n').text;
    expect(plan(once)).toMatchObject({ action: 'unchanged', text: once });
    const forced = plan(once, { force: true, owner: '@acme/other' });
    expect(forced.action).toBe('update');
    expect(count(forced.text, INIT_BLOCK_BEGIN)).toBe(1);
    expect(forced.text.startsWith('/src/ @acme/dev\n')).toBe(true);
    expect(ownersOf(forced.text, 'governance/models/m.yaml')).toEqual(['@acme/other']);
    expect(plan(forced.text, { force: true, owner: '@acme/other' }).action).toBe('unchanged');
  });

  it('goes above blindspot’s managed owner block, which must stay last', () => {
    const original = ['/src/ @acme/dev', '', MANAGED_BEGIN, '/governance/models/m.yaml @acme/ml', MANAGED_END, ''].join('\n');
    const c = plan(original);
    expect(c.text.indexOf(INIT_BLOCK_END)).toBeLessThan(c.text.indexOf(MANAGED_BEGIN));
    expect(c.text.endsWith(`${MANAGED_END}\n`)).toBe(true);
    // The managed exact rule still wins for its file; the folder rule owns the rest.
    expect(ownersOf(c.text, 'governance/models/m.yaml')).toEqual(['@acme/ml']);
    expect(ownersOf(c.text, 'governance/agents/a.yaml')).toEqual(['@acme/gov']);
  });

  it('never takes a file away from its owner: a folder rule that would becomes exact rules for the unowned new files', () => {
    const original = '* @acme/admins\n/governance/models/ @acme/ml\n/.github/ @acme/platform\n';
    const c = plan(original, { trackedFiles: ['governance/models/old.yaml', 'CODEOWNERS'] });
    expect(c.action).toBe('append');
    expect(ownersOf(c.text, 'governance/models/old.yaml')).toEqual(['@acme/ml']);
    expect(ownersOf(c.text, 'governance/models/m.yaml')).toEqual(['@acme/ml']);
    expect(ownersOf(c.text, '.github/blindspot.yml')).toEqual(['@acme/platform']);
    expect(ownersOf(c.text, 'governance/agents/a.yaml')).toEqual(['@acme/gov']);
    expect(c.text).toContain('/governance/agents/a.yaml');
    expect(c.text).not.toMatch(/^\/governance\/ /m);
    expect(c.detail).toContain('would override the owner of');
  });

  it('leaves the file alone when every new file already has a real owner', () => {
    const original = '/governance/ @acme/ml\n/.github/ @acme/platform\n/CODEOWNERS @acme/platform\n';
    expect(plan(original)).toMatchObject({ action: 'unchanged', text: original });
  });

  it('refuses an unterminated block, naming the file and line', () => {
    expect(() => plan(`/src/ @a\n${INIT_BLOCK_BEGIN}\n/governance/ @b\n`)).toThrow(InputError);
    expect(() => plan(`/src/ @a\n${INIT_BLOCK_BEGIN}\n/governance/ @b\n`)).toThrow(/line 2 has no "# END blindspot init"/);
  });
});

describe('planCodeowners: properties over arbitrary existing files', () => {
  const line = fc.constantFrom(
    '* @acme/admins',
    '/src/ @acme/dev',
    '/governance/models/ @acme/ml',
    '/governance/agents/a.yaml @acme/ai',
    '/.github/ @acme/platform',
    'docs/** @acme/docs',
    '# a comment',
    '',
    '   ',
    '/governance/legacy.yaml',
  );
  const files = fc.record({
    lines: fc.array(line, { maxLength: 8 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
    bom: fc.boolean(),
  });
  const TRACKED = ['src/a.ts', 'governance/models/old.yaml', 'governance/legacy.yaml', 'docs/x/y.md', '.github/CODEOWNERS', 'README.md'];

  it('keeps the original bytes, adds one block, never changes a real owner, and is idempotent', () => {
    fc.assert(
      fc.property(files, ({ lines, crlf, finalNewline, bom }) => {
        const eol = crlf ? '\r\n' : '\n';
        const body = lines.join(eol) + (finalNewline && lines.length ? eol : '');
        const original = (bom ? '\uFEFF' : '') + body;
        const c = plan(original, { trackedFiles: TRACKED });
        if (c.action === 'unchanged') {
          expect(c.text).toBe(original);
          return;
        }
        expect(c.action).toBe('append');
        // The file's dominant line ending: CRLF when any line ends with CRLF here (LF otherwise).
        const dominant = crlf && (lines.length > 1 || (lines.length === 1 && finalNewline)) ? '\r\n' : '\n';
        // Original bytes first (plus the line ending a last line without one needs).
        const prefix = body.length && !/\n$/.test(body) ? original + dominant : original;
        expect(c.text.startsWith(prefix)).toBe(true);
        expect(count(c.text, INIT_BLOCK_BEGIN)).toBe(1);
        // The added lines use the file's line ending.
        const added = c.text.slice(prefix.length);
        if (dominant === '\r\n') expect(added.replace(/\r\n/g, '')).not.toContain('\n');
        else expect(added).not.toContain('\r');
        // Final-newline state kept (an empty file counts as ending in a newline).
        expect(/\n$/.test(c.text)).toBe(body.length === 0 || /\n$/.test(body));
        // No file with a real owner changed hands.
        const before = compileOwnership(parseCodeowners(body));
        const after = compileOwnership(parseCodeowners(c.text.replace(/^\uFEFF/, '')));
        for (const f of [...TRACKED, ...NEW_FILES]) {
          const rule = before.effectiveRule(f);
          if (rule && rule.owners.length > 0 && rule.pattern.text !== '*') {
            expect(after.ownersOf(f).owners, f).toEqual(before.ownersOf(f).owners);
          }
        }
        // Files no block rule is about keep exactly the owners they had, catch-all or none.
        for (const f of ['src/a.ts', 'docs/x/y.md', 'README.md']) expect(after.ownersOf(f).owners, f).toEqual(before.ownersOf(f).owners);
        // Every new file has an owner afterwards.
        for (const f of NEW_FILES) expect(after.ownersOf(f).owners.length, f).toBeGreaterThan(0);
        // A second run changes nothing.
        expect(plan(c.text, { trackedFiles: TRACKED })).toMatchObject({ action: 'unchanged', text: c.text });
      }),
      { numRuns: 300 },
    );
  });
});
