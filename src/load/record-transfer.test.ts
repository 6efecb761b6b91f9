import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GovernanceRecord } from '../model/record.js';
import { lazyFieldsSource } from './fast-yaml.js';
import { loadManifest } from './manifest.js';
import { decodeRecords, RecordEncoder, type EncodedRecords } from './record-transfer.js';

const ROOT = join(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));
}

/** A record as text that keeps key order and explicit `undefined`s; fields read out of their lazy object. */
function exact(r: GovernanceRecord): string {
  return JSON.stringify({ ...r, fields: { ...r.fields } }, (_k, v: unknown) => (v === undefined ? '<undefined>' : v));
}

/** What posting to another thread does: a structured clone, the buffers transferred. */
function posted(data: EncodedRecords): EncodedRecords {
  return structuredClone(data, { transfer: [data.ints.buffer as ArrayBuffer, data.textBytes.buffer as ArrayBuffer] });
}

function roundTrip(batches: GovernanceRecord[][]): GovernanceRecord[] {
  const encoder = new RecordEncoder();
  const out: GovernanceRecord[] = [];
  for (const b of batches) {
    expect(encoder.add(b)).toBe(true);
    decodeRecords(posted(encoder.flush()), out);
  }
  return out;
}

/** Every acme manifest as written (fast reader, lazy fields) and with a tab in a comment (full `yaml` path, plain fields). */
function acmeRecords(): { fast: GovernanceRecord[]; full: GovernanceRecord[] } {
  const fast: GovernanceRecord[] = [];
  const full: GovernanceRecord[] = [];
  for (const abs of yamlFiles(join(ROOT, 'examples/acme/governance'))) {
    const path = relative(join(ROOT, 'examples/acme'), abs);
    const text = readFileSync(abs, 'utf8');
    fast.push(...loadManifest({ path, text, bom: false }).records);
    full.push(...loadManifest({ path, text: `# \t(forces the full parser)\n${text}`, bom: false }).records);
  }
  return { fast, full };
}

describe('record transfer: records rebuilt on the other side are the records sent', () => {
  it('for every acme manifest, through both YAML paths, in several batches', () => {
    const { fast, full } = acmeRecords();
    expect(fast.length).toBeGreaterThan(10);
    const records = [...fast, ...full];
    // Encoding reads no lazy fields: the sent records stay lazy, and so do the rebuilt ones.
    const got = roundTrip([records.slice(0, 7), records.slice(7)]);
    expect(got.map(exact)).toEqual(records.map(exact));
    expect(got.slice(0, fast.length).every((r) => lazyFieldsSource(r.fields) !== undefined)).toBe(true);
    expect(got.slice(fast.length).every((r) => lazyFieldsSource(r.fields) === undefined)).toBe(true);
  });

  it('for generated manifests with awkward text (quotes, unicode, empty strings, NUL and lone surrogates on the full path)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('"', "'", '\\', '\u0000', '\ud800', '\udc00', 'é', '😀', ' ', ':', '#', '\n', '\t'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 });
    const doc = fc.record({
      name: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/),
      description: fc.option(text, { nil: undefined }),
      ids: fc.uniqueArray(fc.stringMatching(/^[a-z0-9:/@._-]{1,16}$/), { minLength: 1, maxLength: 3 }),
      label: fc.option(text, { nil: undefined }),
      credential: fc.boolean(),
    });
    const yamlOf = (d: { name: string; description?: string; ids: string[]; label?: string; credential: boolean }) =>
      [
        'apiVersion: blindspot.dev/v1',
        `kind: ${d.credential ? 'Credential' : 'Model'}`,
        'metadata:',
        `  name: ${d.name}`,
        ...(d.description !== undefined ? [`  description: ${JSON.stringify(d.description)}`] : []),
        ...(d.label !== undefined ? ['  labels:', `    team: ${JSON.stringify(d.label)}`] : []),
        'spec:',
        '  lifecycle: active',
        ...(d.credential ? ['  credentialType: api-key', '  issuedAt: 2026-01-02'] : []),
        '  identifiers:',
        ...d.ids.map((i) => `    - ${JSON.stringify(i)}`),
      ].join('\n') + '\n';
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 4 }), (docs) => {
        const text = docs.map(yamlOf).join('---\n');
        const records = loadManifest({ path: 'governance/g.yaml', text, bom: false }).records;
        const got = roundTrip([records]);
        expect(got.map(exact)).toEqual(records.map(exact));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a record it cannot carry, and keeps what was added before it', () => {
    const { fast } = acmeRecords();
    const encoder = new RecordEncoder();
    expect(encoder.add(fast.slice(0, 2))).toBe(true);
    const odd = { ...fast[2], owner: 42 as unknown as string };
    expect(encoder.add([fast[3], odd])).toBe(false);
    expect(encoder.count).toBe(2);
    expect(encoder.add([fast[4]])).toBe(true);
    const got = decodeRecords(posted(encoder.flush()));
    expect(got.map(exact)).toEqual([fast[0], fast[1], fast[4]].map(exact));
  });

  it('sends a value many records repeat once per batch, and every record gets it back', () => {
    const { fast } = acmeRecords();
    const encoder = new RecordEncoder();
    expect(encoder.add(fast)).toBe(true);
    const data = encoder.flush();
    const strings = JSON.parse(data.strings) as string[];
    expect(strings.filter((s) => s === 'blindspot.dev/v1')).toHaveLength(1);
    expect(strings.filter((s) => s === 'active')).toHaveLength(1);
    const got = decodeRecords(posted(data));
    expect(got.map(exact)).toEqual(fast.map(exact));
    expect(got.every((r) => r.apiVersion === 'blindspot.dev/v1')).toBe(true);
  });

  it('forgets the repeated values of a refused record: a later record with one of them still gets it', () => {
    const { fast } = acmeRecords();
    const encoder = new RecordEncoder();
    expect(encoder.add(fast.slice(0, 2))).toBe(true);
    // The lifecycle is written (and remembered) before the owner is refused.
    const odd = { ...fast[2], lifecycle: 'zz-only-here' as GovernanceRecord['lifecycle'], owner: 42 as unknown as string };
    expect(encoder.add([odd])).toBe(false);
    const later = { ...fast[3], lifecycle: 'zz-only-here' as GovernanceRecord['lifecycle'] };
    expect(encoder.add([later])).toBe(true);
    const got = decodeRecords(posted(encoder.flush()));
    expect(got.map(exact)).toEqual([fast[0], fast[1], later].map(exact));
  });
});
