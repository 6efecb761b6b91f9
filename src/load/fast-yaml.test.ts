import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { SourceLocation } from '../model/location.js';
import { CORPUS } from '../../test/load/corpus.js';
import { parseSimpleYaml, resolvePlain } from './fast-yaml.js';

interface Expected {
  index: number;
  value: unknown;
  line: number;
  column: number;
  fields: Record<string, SourceLocation>;
}

/** What the `yaml` library makes of the text, with the same options and walks the loaders use. */
function reference(text: string, file: string): Expected[] | 'error' {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true, logLevel: 'error', strict: true });
  if (!Array.isArray(docs)) return 'error';
  const out: Expected[] = [];
  for (const [index, doc] of docs.entries()) {
    if (doc.errors.length) return 'error';
    const at = (offset: number | undefined): SourceLocation => {
      const p = lc.linePos(offset ?? 0);
      return { file, line: p.line, column: p.col };
    };
    const fields: Record<string, SourceLocation> = {};
    const walk = (node: unknown, name: string) => {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isScalar(pair.key)) continue;
          const child = name ? `${name}.${String(pair.key.value)}` : String(pair.key.value);
          fields[child] = at(pair.key.range?.[0]);
          walk(pair.value, child);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          fields[`${name}[${i}]`] = at((item as { range?: [number, number, number] } | null)?.range?.[0]);
          walk(item, `${name}[${i}]`);
        });
      }
    };
    walk(doc.contents, '');
    const start = at(doc.contents?.range?.[0] ?? doc.range[0]);
    out.push({ index, value: doc.toJS({ maxAliasCount: 100 }), line: start.line, column: start.column, fields });
  }
  return out;
}

/** The fast reader either declines or agrees with the library on values, positions and every field. */
function agrees(text: string): 'fast' | 'declined' {
  const fast = parseSimpleYaml(text, 'f.yaml');
  if (fast === null) return 'declined';
  const ref = reference(text, 'f.yaml');
  expect(ref, `the library rejects what the fast reader accepted:\n${text}`).not.toBe('error');
  const got = fast.map((d) => ({ index: d.index, value: d.value, line: d.line, column: d.column, fields: { ...d.fields } }));
  expect(got).toEqual(ref);
  // Same key order too: JSON output and Map iteration follow it.
  expect(JSON.stringify(got)).toBe(JSON.stringify(ref));
  return 'fast';
}

const ACME = join(import.meta.dirname, '../../examples/acme/governance');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));
}

const RECORDS = `# yaml-language-server: $schema=https://blindspot.dev/schema/manifest.schema.json
# Team t001: 2 records.
---
apiVersion: blindspot.dev/v1
kind: Credential
metadata:
  name: key-t001-000001
  labels:
    team: t001
    acme.io/tier: "gold"
spec:
  lifecycle: active
  credentialType: aws-access-key
  belongsTo: { kind: ServiceAccount, name: sa-t001-000001 }
  identifiers:
    - AKIA00000001ABCDEFGH
    - arn:aws:iam::111111111111:user/sa-t001-000001#access_key_1
  issuedAt: 2026-03-01
---
# reviewed in the spring access review
apiVersion: blindspot.dev/v1
kind: Agent
metadata:
  name: agent-t001-000002
  description: Answers tickets. It's fast; C# and "quotes" inside are text.
spec:
  lifecycle: retired
  retiredAt: 2026-09-01T10:00:00Z   # after the migration
  identifiers:
  - agent-t001-000002
  expected:
    toolsetVersion: '2.0'
    modelVersion: 3
  monitoring:
    - system: prometheus
      ref: BenchAlert0000001
      verifiedAt: 2026-11-01
    -   system: datadog
        ref: "5154"
  approval:
    tools: [search_kb, 'create_ticket', lookup]
    mcpServers: []
    dataSources:
      - postgres://t001-ro.acme.internal/kb
    extra: {}
`;

describe('parseSimpleYaml', () => {
  it('reads realistic manifests exactly as the yaml library does', () => {
    expect(agrees(RECORDS)).toBe('fast');
  });

  it('reads every acme example manifest exactly as the yaml library does', () => {
    const files = yamlFiles(ACME);
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(agrees(readFileSync(f, 'utf8')), f).toBe('fast');
  });

  it('declines or agrees on every file of the broken-input corpus', () => {
    let declined = 0;
    for (const c of CORPUS) {
      for (const [path, text] of Object.entries(c.files)) {
        if (!path.endsWith('.yaml') && !path.endsWith('.yml')) continue;
        const raw = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
        if (agrees(raw.replace(/^\ufeff/, '')) === 'declined') declined++;
      }
    }
    expect(declined).toBeGreaterThanOrEqual(5);
  });

  it('declines what it leaves to the library', () => {
    const declined = [
      'a: &x 1\nb: *x\n', // anchors and aliases
      'a: !!str 1\n', // tags
      'a: |\n  text\n', // block scalars
      'a: >\n  text\n',
      'a:\tb\n', // tabs
      'a: b\r\nc: d\r\n', // CR line ends
      'a: 1\na: 2\n', // duplicate keys (an error for the library)
      'a: first\n  continued\n', // multi-line plain scalar
      'a: "x\\ty"\n', // escapes
      'a: "open\n  close"\n', // multi-line quoted
      '---\n---\na: 1\n', // an empty document
      'a: 1\n...\n', // document end marker
      '%YAML 1.2\n---\na: 1\n', // directives
      '- a\n- b\n', // a sequence at the root
      '  a: 1\n', // an indented root
      'a: [1, [2]]\n', // nested flow
      'a: [1,\n  2]\n', // multi-line flow
      'a: [1, 2,]\n', // trailing comma
      '"a": 1\n', // quoted key
      'a b: 1\n', // key with a space
      '__proto__: 1\n', // prototype keys
      'a: b: c\n', // a mapping value where none may be
      'a: -1\n', // plain scalar starting with an indicator
      'a: @x\n',
      'a:\n  - b\n   - c\n', // odd indentation
      '? a\n: b\n', // explicit keys
    ];
    for (const text of declined) expect(parseSimpleYaml(text, 'f.yaml'), JSON.stringify(text)).toBeNull();
  });

  it('resolves plain scalars under the YAML 1.2 core schema', () => {
    const cases: Array<[string, unknown]> = [
      ['~', null],
      ['null', null],
      ['NULL', null],
      ['true', true],
      ['False', false],
      ['0o17', 15],
      ['42', 42],
      ['+7', 7],
      ['0x1F', 31],
      ['.inf', Infinity],
      ['-.Inf', -Infinity],
      ['1.5', 1.5],
      ['2e3', 2000],
      ['2026-09-01', '2026-09-01'],
      ['yes', 'yes'],
      ['nan', 'nan'],
      ['0o9', '0o9'],
    ];
    for (const [text, value] of cases) expect(resolvePlain(text), text).toEqual(value);
    expect(resolvePlain('.nan')).toBeNaN();
  });

  it('builds field locations on first use, and every way of reading them sees the same entries', () => {
    const [doc] = parseSimpleYaml('a:\n  b: [x, y]\n', 'f.yaml')!;
    expect(doc.fields['a.b[1]']).toEqual({ file: 'f.yaml', line: 2, column: 10 });
    expect('a.b' in doc.fields).toBe(true);
    expect(Object.keys(doc.fields)).toEqual(['a', 'a.b', 'a.b[0]', 'a.b[1]']);
    expect(JSON.parse(JSON.stringify(doc.fields))).toEqual({ ...doc.fields });
  });

  // Documents built from the subset and from its edges: the reader must decline or agree.
  // Mostly what manifests hold, and now and then an edge the reader must decline or get right.
  const key = fc.oneof({ weight: 19, arbitrary: fc.constantFrom('name', 'kind', 'spec', 'a', 'b_c', 'x.y/z', 'ref-1', 'toString') }, { weight: 1, arbitrary: fc.constantFrom('true', 'null', 'constructor', 'a b') });
  const plain = fc.oneof(
    { weight: 19, arbitrary: fc.constantFrom('text', 'two words', '2026-09-01', '42', '0x1f', '1e3', '.5', 'true', '~', 'a:b', 'c#d', 'e #f', 'x]y', "it's", 'é', 'arn:aws:iam::1:user/x', 'https://x/y?z=1') },
    { weight: 1, arbitrary: fc.constantFrom('-3', 'a: b', 'g:', '@h', '*i', '&j', '[k]', '{l}', '|', '') },
  );
  const quoted = fc.constantFrom('"q"', "'s'", "'it''s'", '""', "''", '"a # b"', '"a\\nb"');
  const flow = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('[a, b]', '[]', '{ k: v, n: 1 }', '{}', '[a,b]', '["x", y]', '{k: v}') }, { weight: 1, arbitrary: fc.constantFrom('[a, [b]]', '[a, ]', '{ k }') });
  const scalar = fc.oneof({ weight: 6, arbitrary: plain }, { weight: 1, arbitrary: quoted }, { weight: 1, arbitrary: flow });
  const comment = fc.constantFrom('', '  # note', ' #x');
  type Node = { map: Array<[string, Node]> } | { seq: Node[] } | { scalar: string };
  const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar.map((s) => ({ scalar: s })),
      fc.uniqueArray(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4, selector: ([k]) => k }).map((map) => ({ map })),
      // Lists of lists are rare in manifests (and declined): mostly scalars and mappings in lists.
      fc.array(fc.oneof({ weight: 8, arbitrary: tie('node').filter((n) => !('seq' in n)) }, { weight: 1, arbitrary: tie('node') }), { minLength: 1, maxLength: 3 }).map((seq) => ({ seq })),
    ),
  })).node;
  const render = (n: Node, indent: number, compact: boolean, note: string): string[] => {
    const pad = ' '.repeat(indent);
    if ('scalar' in n) return [`${pad}${n.scalar}`];
    if ('map' in n) {
      return n.map.flatMap(([k, v]) => {
        if ('scalar' in v) return [`${pad}${k}: ${v.scalar}${note}`.trimEnd()];
        return [`${pad}${k}:${note}`, ...render(v, 'seq' in v && compact ? indent : indent + 2, compact, note)];
      });
    }
    return n.seq.flatMap((v) => {
      if ('scalar' in v) return [`${pad}- ${v.scalar}`.trimEnd()];
      const inner = render(v, indent + 2, compact, note);
      if ('map' in v) return [`${pad}- ${inner[0].slice(indent + 2)}`, ...inner.slice(1)];
      return [`${pad}-`, ...inner];
    });
  };

  it('declines or agrees on generated documents', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.tuple(key, node), { minLength: 1, maxLength: 4, selector: ([k]) => k }), { minLength: 1, maxLength: 3 }), fc.boolean(), comment, fc.boolean(), (docs, compact, note, markers) => {
        const text = docs.map((d) => (markers ? '---\n' : '') + render({ map: d }, 0, compact, note).join('\n')).join(markers ? '\n' : '\n---\n') + '\n';
        if (agrees(text) === 'fast') fast++;
      }),
      { numRuns: 600 },
    );
    // The subset is not vacuous: a fair share of generated documents is read fast.
    expect(fast).toBeGreaterThan(40);
  });
});
