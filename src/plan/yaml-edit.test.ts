import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { InputError } from '../util/errors.js';
import { retireRecord } from './yaml-edit.js';

const DATE = '2026-11-29';
const FILE = 'governance/models.yaml';
const retire = (text: string, index = 0) => retireRecord(text, index, DATE, FILE);

function refusal(text: string, index = 0, date = DATE): InputError {
  try {
    retireRecord(text, index, date, FILE);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('retireRecord: shapes', () => {
  const cases: Array<{ name: string; input: string; index?: number; output: string; changed: number[] }> = [
    {
      name: 'block mapping: sets lifecycle, adds retiredAt right after it, keeps comments and blank lines',
      input: '# header\nkind: Model\n\nspec:\n  # why it exists\n  lifecycle: active\n  owner: "@org/ml"\n\n# trailer\n',
      output: '# header\nkind: Model\n\nspec:\n  # why it exists\n  lifecycle: retired\n  retiredAt: 2026-11-29\n  owner: "@org/ml"\n\n# trailer\n',
      changed: [6, 7],
    },
    {
      name: 'four-space indentation is followed',
      input: 'spec:\n    lifecycle: deprecated\n    sunsetAt: 2026-10-01\n',
      output: 'spec:\n    lifecycle: retired\n    retiredAt: 2026-11-29\n    sunsetAt: 2026-10-01\n',
      changed: [2, 3],
    },
    {
      name: 'CRLF line endings and no final newline: the new line uses CRLF, still no final newline',
      input: 'kind: Model\r\nspec:\r\n  owner: x\r\n  lifecycle: active',
      output: 'kind: Model\r\nspec:\r\n  owner: x\r\n  lifecycle: retired\r\n  retiredAt: 2026-11-29',
      changed: [4, 5],
    },
    {
      name: 'CRLF in the middle of the file',
      input: 'spec:\r\n  lifecycle: active\r\n  owner: x\r\n',
      output: 'spec:\r\n  lifecycle: retired\r\n  retiredAt: 2026-11-29\r\n  owner: x\r\n',
      changed: [2, 3],
    },
    {
      name: 'a BOM stays',
      input: '\uFEFFspec:\n  lifecycle: active\n',
      output: '\uFEFFspec:\n  lifecycle: retired\n  retiredAt: 2026-11-29\n',
      changed: [2, 3],
    },
    {
      name: 'flow mapping: retiredAt goes inside the braces, after lifecycle',
      input: 'kind: Model\nspec: { lifecycle: active, owner: x }\n',
      output: 'kind: Model\nspec: { lifecycle: retired, retiredAt: 2026-11-29, owner: x }\n',
      changed: [2],
    },
    {
      name: 'multi-line flow mapping',
      input: 'spec: {\n  owner: x,\n  lifecycle: "active" ,\n  identifiers: [a, b]\n}\n',
      output: 'spec: {\n  owner: x,\n  lifecycle: "retired", retiredAt: 2026-11-29 ,\n  identifiers: [a, b]\n}\n',
      changed: [3],
    },
    {
      name: 'double-quoted lifecycle keeps its quotes',
      input: 'spec:\n  lifecycle: "active"\n',
      output: 'spec:\n  lifecycle: "retired"\n  retiredAt: 2026-11-29\n',
      changed: [2, 3],
    },
    {
      name: 'single-quoted lifecycle keeps its quotes',
      input: "spec:\n  lifecycle: 'active'\n",
      output: "spec:\n  lifecycle: 'retired'\n  retiredAt: 2026-11-29\n",
      changed: [2, 3],
    },
    {
      name: 'a trailing comment on the lifecycle line is kept, spacing and all',
      input: 'spec:\n  lifecycle: active    # since 2024, see JIRA-12\n  owner: x\n',
      output: 'spec:\n  lifecycle: retired    # since 2024, see JIRA-12\n  retiredAt: 2026-11-29\n  owner: x\n',
      changed: [2, 3],
    },
    {
      name: 'an existing retiredAt is replaced in place, wherever it is, keeping its quotes and comment',
      input: "spec:\n  retiredAt: '2025-01-01' # old\n  owner: x\n  lifecycle: active\n",
      output: "spec:\n  retiredAt: '2026-11-29' # old\n  owner: x\n  lifecycle: retired\n",
      changed: [2, 4],
    },
    {
      name: 'an empty retiredAt with a comment is filled in',
      input: 'spec:\n  lifecycle: active\n  retiredAt: # fill me\n',
      output: 'spec:\n  lifecycle: retired\n  retiredAt: 2026-11-29 # fill me\n',
      changed: [2, 3],
    },
    {
      name: 'sunsetAt of a deprecated record stays',
      input: 'spec:\n  lifecycle: deprecated\n  sunsetAt: 2026-06-30\n',
      output: 'spec:\n  lifecycle: retired\n  retiredAt: 2026-11-29\n  sunsetAt: 2026-06-30\n',
      changed: [2, 3],
    },
    {
      name: 'anchors and aliases around it keep working; an anchor on the value itself stays',
      input:
        'metadata: &meta\n  name: m1\nspec:\n  labels: *meta\n  lifecycle: &lc !!str active\n  owner: &o x\n  backup: *o\n',
      output:
        'metadata: &meta\n  name: m1\nspec:\n  labels: *meta\n  lifecycle: &lc !!str retired\n  retiredAt: 2026-11-29\n  owner: &o x\n  backup: *o\n',
      changed: [5, 6],
    },
    {
      name: 'only the chosen document of several is edited',
      index: 1,
      input: 'kind: Model\nspec:\n  lifecycle: active\n---\n# second\nkind: Model\nspec:\n  lifecycle: active\n...\n---\nspec:\n  lifecycle: active\n',
      output:
        'kind: Model\nspec:\n  lifecycle: active\n---\n# second\nkind: Model\nspec:\n  lifecycle: retired\n  retiredAt: 2026-11-29\n...\n---\nspec:\n  lifecycle: active\n',
      changed: [8, 9],
    },
    {
      name: 'lifecycle as the last line of a document followed by ---',
      index: 0,
      input: 'spec:\n  lifecycle: active\n---\nspec:\n  lifecycle: active\n',
      output: 'spec:\n  lifecycle: retired\n  retiredAt: 2026-11-29\n---\nspec:\n  lifecycle: active\n',
      changed: [2, 3],
    },
    {
      name: 'retired without a date: only the date is added',
      input: 'spec:\n  lifecycle: retired\n  owner: x\n',
      output: 'spec:\n  lifecycle: retired\n  retiredAt: 2026-11-29\n  owner: x\n',
      changed: [3],
    },
    {
      name: 'retired without a date at the end of a file with no final newline: the old last line is not reported',
      input: 'spec:\n  lifecycle: retired',
      output: 'spec:\n  lifecycle: retired\n  retiredAt: 2026-11-29',
      changed: [3],
    },
    {
      name: 'value on the line after its key: retiredAt follows the value line, at key indentation',
      input: 'spec:\n  lifecycle:\n    active\n  owner: x\n',
      output: 'spec:\n  lifecycle:\n    retired\n  retiredAt: 2026-11-29\n  owner: x\n',
      changed: [3, 4],
    },
    {
      name: 'explicit key syntax',
      input: 'spec:\n  ? lifecycle\n  : active\n',
      output: 'spec:\n  ? lifecycle\n  : retired\n  retiredAt: 2026-11-29\n',
      changed: [3, 4],
    },
    {
      name: 'a comment that mentions lifecycle is not mistaken for the field',
      input: 'spec:\n  # lifecycle: active\n  lifecycle: proposed\n',
      output: 'spec:\n  # lifecycle: active\n  lifecycle: retired\n  retiredAt: 2026-11-29\n',
      changed: [3, 4],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const r = retire(c.input, c.index ?? 0);
      expect(r.text).toBe(c.output);
      expect(r.changed).toEqual(c.changed);
    });
  }

  it('already retired with a date: the same text and no changed lines, even for another date', () => {
    const input = 'spec:\n  lifecycle: retired\n  retiredAt: 2025-03-01\n';
    expect(retire(input)).toEqual({ text: input, changed: [] });
    expect(retireRecord(input, 0, '2027-01-01', FILE)).toEqual({ text: input, changed: [] });
  });

  it('a realistic manifest fixture round-trips to the expected file', () => {
    const dir = new URL('../../test/fixtures/yaml-edit/', import.meta.url);
    const input = readFileSync(new URL('credentials.yaml', dir), 'utf8');
    const expected = readFileSync(new URL('credentials.retired-1.yaml', dir), 'utf8');
    const r = retire(input, 1);
    expect(r.text).toBe(expected);
    expect(r.changed).toEqual([22, 23]);
  });
});

describe('retireRecord: refusals name the file and line', () => {
  const cases: Array<{ name: string; input: string; index?: number; date?: string; line: number; message: RegExp }> = [
    { name: 'index past the end', input: 'spec:\n  lifecycle: active\n', index: 1, line: 1, message: /document 1: the file has 1 YAML document/ },
    { name: 'negative index', input: 'spec:\n  lifecycle: active\n', index: -1, line: 1, message: /document -1/ },
    { name: 'no spec', input: 'kind: Model\n---\nkind: Model\nmetadata: {}\n', index: 1, line: 3, message: /document 1 has no spec mapping/ },
    { name: 'empty document', input: 'a: 1\n---\n---\nb: 2\n', index: 1, line: 2, message: /no spec mapping/ },
    { name: 'spec is a list', input: 'kind: Model\nspec:\n  - lifecycle: active\n', line: 3, message: /spec is not a mapping/ },
    { name: 'spec is an alias', input: 'base: &b\n  lifecycle: active\nspec: *b\n', line: 3, message: /spec is an alias/ },
    { name: 'no lifecycle', input: 'spec:\n  owner: x\n', line: 2, message: /no lifecycle/ },
    { name: 'lifecycle is a list', input: 'spec:\n  owner: x\n  lifecycle: [active]\n', line: 3, message: /not a plain string/ },
    { name: 'lifecycle is a block scalar', input: 'spec:\n  lifecycle: |\n    active\n', line: 2, message: /block scalar/ },
    { name: 'retiredAt is a mapping', input: 'spec:\n  lifecycle: active\n  retiredAt:\n    on: 2025-01-01\n', line: 3, message: /retiredAt is not a plain value/ },
    {
      name: 'an alias shares the lifecycle value (the re-parse guard)',
      input: 'spec:\n  lifecycle: &lc active\n  previous: *lc\n',
      line: 2,
      message: /other fields would change too/,
    },
    { name: 'YAML syntax error', input: 'spec:\n  lifecycle: active\n  owner: x: y\n', line: 3, message: /YAML errors/ },
    { name: 'duplicate keys', input: 'spec:\n  lifecycle: active\n  lifecycle: proposed\n', line: 3, message: /YAML errors/ },
    { name: 'not a date', input: 'spec:\n  lifecycle: active\n', date: '2026-02-30', line: 0, message: /YYYY-MM-DD/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const err = refusal(c.input, c.index ?? 0, c.date ?? DATE);
      expect(err.message).toMatch(c.message);
      expect(err.file).toBe(FILE);
      if (c.line > 0) expect(err.line).toBe(c.line);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Properties over generated manifests.

interface Line {
  text: string;
  role?: 'lifecycle' | 'retiredAt';
}

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const commentText = fc.stringMatching(/^[ -~]{0,24}$/).map((s) => `#${s}`);
const quote = (s: string, style: number) => (style === 1 ? `"${s}"` : style === 2 ? `'${s}'` : s);
const trailing = fc.option(commentText.map((c) => ` ${c}`), { nil: '' });

function recordArb(withRoles: boolean): fc.Arbitrary<{ lines: Line[]; hasDate: boolean }> {
  return fc
    .record({
      unit: fc.constantFrom('  ', '    '),
      name: word,
      lifecycle: fc.constantFrom('proposed', 'active', 'deprecated'),
      lifecycleQuote: fc.integer({ min: 0, max: 2 }),
      lifecycleComment: trailing,
      date: fc.option(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 2 }), trailing), { nil: undefined }),
      sunset: fc.boolean(),
      ids: fc.array(word, { minLength: 1, maxLength: 3 }),
      flowIds: fc.boolean(),
      anchor: fc.boolean(),
      topOrder: fc.shuffledSubarray(['apiVersion', 'kind', 'metadata', 'spec'], { minLength: 4 }),
      specOrder: fc.shuffledSubarray(['lifecycle', 'owner', 'identifiers', 'retiredAt', 'sunsetAt', 'team', 'approval'], { minLength: 7 }),
      comments: fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '  ', '    ', '      '), commentText), { maxLength: 6 }),
      blanks: fc.array(fc.nat(), { maxLength: 3 }),
      valueComments: fc.array(trailing, { minLength: 8, maxLength: 8 }),
    })
    .map((g) => {
      const u = g.unit;
      const spec: Record<string, Line[]> = {
        lifecycle: [{ text: `${u}lifecycle: ${quote(g.lifecycle, g.lifecycleQuote)}${g.lifecycleComment}`, role: 'lifecycle' }],
        owner: [{ text: `${u}owner: '@org/${g.name}'${g.valueComments[0]}` }],
        identifiers: g.flowIds
          ? [{ text: `${u}identifiers: [${g.ids.join(', ')}]${g.valueComments[1]}` }]
          : [{ text: `${u}identifiers:${g.valueComments[2]}` }, ...g.ids.map((id) => ({ text: `${u}${u}- ${id}` }))],
        retiredAt: g.date
          ? [{ text: `${u}retiredAt: ${quote(`2020-${String(g.date[0]).padStart(2, '0')}-01`, g.date[1])}${g.date[2]}`, role: 'retiredAt' }]
          : [],
        sunsetAt: g.sunset ? [{ text: `${u}sunsetAt: 2026-01-31${g.valueComments[3]}` }] : [],
        // An alias to an anchor in metadata: editing near it must not break the link.
        team: g.anchor ? [{ text: `${u}team: *team${g.valueComments[4]}` }] : [],
        approval: [{ text: `${u}approval:` }, { text: `${u}${u}ref: ${g.name}${g.valueComments[5]}` }],
      };
      const top: Record<string, Line[]> = {
        apiVersion: [{ text: `apiVersion: blindspot.dev/v1${g.valueComments[6]}` }],
        kind: [{ text: `kind: Model${g.valueComments[7]}` }],
        metadata: [{ text: 'metadata:' }, { text: `${u}name: ${g.name}` }, ...(g.anchor ? [{ text: `${u}team: &team ${g.name}` }] : [])],
        spec: [{ text: 'spec:' }, ...g.specOrder.flatMap((k) => spec[k])],
      };
      // An alias must come after its anchor.
      const order = [...g.topOrder];
      const [m, sp] = [order.indexOf('metadata'), order.indexOf('spec')];
      if (g.anchor && sp < m) [order[m], order[sp]] = [order[sp], order[m]];
      let lines = order.flatMap((k) => top[k]);
      if (!withRoles) lines = lines.map((l) => ({ text: l.text }));
      for (const [at, indent, text] of g.comments) lines.splice(at % (lines.length + 1), 0, { text: `${indent}${text}` });
      for (const at of g.blanks) lines.splice(at % (lines.length + 1), 0, { text: '' });
      return { lines, hasDate: g.date !== undefined };
    });
}

const manifestArb = fc
  .record({
    others: fc.array(recordArb(false), { minLength: 0, maxLength: 3 }),
    target: recordArb(true),
    at: fc.nat(),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    leadingMarker: fc.boolean(),
  })
  .map((m) => {
    const index = m.at % (m.others.length + 1);
    const docs = [...m.others.map((o) => o.lines)];
    docs.splice(index, 0, m.target.lines);
    const lines: Line[] = [];
    docs.forEach((doc, i) => {
      if (i > 0 || m.leadingMarker) lines.push({ text: '---' });
      lines.push(...doc);
    });
    const text = (m.bom ? '\uFEFF' : '') + lines.map((l) => l.text).join(m.eol) + (m.finalNewline ? m.eol : '');
    const lineOf = (role: Line['role']) => lines.findIndex((l) => l.role === role) + 1;
    return { text, index, eol: m.eol, lifecycleLine: lineOf('lifecycle'), dateLine: m.target.hasDate ? lineOf('retiredAt') : 0 };
  });

const values = (text: string) => parseAllDocuments(text).map((d) => d.toJS() as Record<string, Record<string, unknown>>);
const splitLines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/);

describe('retireRecord: properties', () => {
  it('the target reads back retired with the date, and every other document is unchanged', () => {
    fc.assert(
      fc.property(manifestArb, (m) => {
        const r = retire(m.text, m.index);
        const before = values(m.text);
        const after = values(r.text);
        expect(after).toHaveLength(before.length);
        expect(after[m.index].spec.lifecycle).toBe('retired');
        expect(after[m.index].spec.retiredAt).toBe(DATE);
        before.forEach((doc, i) => {
          if (i !== m.index) expect(after[i]).toEqual(doc);
        });
        const { lifecycle: _l, retiredAt: _r, ...restAfter } = after[m.index].spec;
        const { lifecycle: _l0, retiredAt: _r0, ...restBefore } = before[m.index].spec;
        expect(restAfter).toEqual(restBefore);
      }),
      { numRuns: 200 },
    );
  });

  it('every comment line survives verbatim, and only the lifecycle and retiredAt lines change', () => {
    fc.assert(
      fc.property(manifestArb, (m) => {
        const r = retire(m.text, m.index);
        const oldLines = splitLines(m.text);
        const newLines = splitLines(r.text);
        for (const line of oldLines.filter((l) => l.trim().startsWith('#'))) expect(newLines).toContain(line);
        const L = m.lifecycleLine;
        const expected = m.dateLine ? [L, m.dateLine].sort((a, b) => a - b) : [L, L + 1];
        expect(r.changed).toEqual(expected);
        const untouchedOld = oldLines.filter((_, i) => i + 1 !== L && i + 1 !== m.dateLine);
        const untouchedNew = newLines.filter((_, i) => !r.changed.includes(i + 1));
        expect(untouchedNew).toEqual(untouchedOld);
        // The lifecycle line keeps its key, indentation and trailing comment.
        const comment = /\s#.*$/.exec(oldLines[L - 1])?.[0] ?? '';
        expect(newLines[L - 1].endsWith(comment)).toBe(true);
        expect(newLines[L - 1].replace(/(proposed|active|deprecated|retired)/, 'X')).toBe(
          oldLines[L - 1].replace(/(proposed|active|deprecated|retired)/, 'X'),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the BOM, the line ending style and the final newline', () => {
    fc.assert(
      fc.property(manifestArb, (m) => {
        const r = retire(m.text, m.index);
        expect(r.text.startsWith('\uFEFF')).toBe(m.text.startsWith('\uFEFF'));
        expect(r.text.endsWith(m.eol)).toBe(m.text.endsWith(m.eol));
        const bareLf = (t: string) => t.replace(/\r\n/g, '').includes('\n');
        expect(bareLf(r.text)).toBe(m.eol === '\n');
        expect(r.text.replace(/\r\n/g, '').includes('\r')).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('is idempotent: a second run changes nothing', () => {
    fc.assert(
      fc.property(manifestArb, (m) => {
        const once = retire(m.text, m.index);
        expect(retire(once.text, m.index)).toEqual({ text: once.text, changed: [] });
      }),
      { numRuns: 100 },
    );
  });
});
