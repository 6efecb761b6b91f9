import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GovernanceRecord } from '../model/record.js';
import { lazyFieldsSource } from './fast-yaml.js';
import { loadManifest } from './manifest.js';

const ROOT = join(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));
}

/** Records as plain data, field locations read out of their lazy object. */
function plain(records: GovernanceRecord[]): unknown {
  return records.map((r) => ({ ...r, fields: { ...r.fields } }));
}

/**
 * The same file twice: as written (the fast reader takes it) and with a tab in a comment, which
 * sends it down the full `yaml` path without changing any value or position.
 */
function bothPaths(path: string, text: string) {
  const fast = loadManifest({ path, text, bom: false });
  const full = loadManifest({ path, text: `# \t(forces the full parser)\n${text}`, bom: false });
  return { fast, full };
}

describe('loadManifest: the fast path gives what the full path gives', () => {
  it('for every acme manifest', () => {
    for (const abs of yamlFiles(join(ROOT, 'examples/acme/governance'))) {
      const path = relative(join(ROOT, 'examples/acme'), abs);
      const { fast, full } = bothPaths(path, readFileSync(abs, 'utf8'));
      expect(fast.diagnostics).toEqual([]);
      // The fast reader answered (its records carry lazily located fields), or this compares the full path with itself.
      expect(fast.records.every((r) => lazyFieldsSource(r.fields) !== undefined)).toBe(true);
      expect(full.records.some((r) => lazyFieldsSource(r.fields) !== undefined)).toBe(false);
      // The comment line shifts every line by one.
      const shifted = (full.records as GovernanceRecord[]).map((r) => ({
        ...r,
        location: { ...r.location, line: r.location.line - 1 },
        fields: Object.fromEntries(Object.entries(r.fields).map(([k, l]) => [k, { ...l, line: l.line - 1 }])),
      }));
      expect(plain(fast.records)).toEqual(shifted);
    }
  });

  it('and falls back to the full path, with the same located errors, when a document is invalid', () => {
    const text = 'apiVersion: blindspot.dev/v1\nkind: Model\nmetadata:\n  name: m1\nspec:\n  lifecycle: active\n  identifiers: [m1]\n---\napiVersion: blindspot.dev/v1\nkind: Model\nmetadata:\n  name: m2\nspec:\n  lifecycle: retired\n  identifiers: [m2]\n';
    const loaded = loadManifest({ path: 'governance/m.yaml', text, bom: false });
    expect(loaded.records.map((r) => r.name)).toEqual(['m1']);
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ file: 'governance/m.yaml', line: 14, code: 'manifest/retired-without-date' })]);
    const badDate = loadManifest({ path: 'g.yaml', text: text.replace('lifecycle: retired', 'lifecycle: retired\n  retiredAt: someday'), bom: false });
    expect(badDate.diagnostics).toEqual([expect.objectContaining({ line: 15, code: 'manifest/invalid-date', field: 'spec.retiredAt' })]);
  });

  it('keeps field locations exact, first read on demand', () => {
    const text = '# header\n---\napiVersion: blindspot.dev/v1\nkind: Credential\nmetadata:\n  name: k1\nspec:\n  lifecycle: active\n  belongsTo: { kind: ServiceAccount, name: sa1 }\n  identifiers:\n    - AKIA0000000000000001\n';
    const [r] = loadManifest({ path: 'c.yaml', text, bom: false }).records;
    expect(r.location).toEqual({ file: 'c.yaml', line: 3, column: 1 });
    expect(r.fields['spec.belongsTo.name']).toEqual({ file: 'c.yaml', line: 9, column: 38 });
    expect(r.fields['spec.identifiers[0]']).toEqual({ file: 'c.yaml', line: 11, column: 7 });
  });
});

describe('loadManifest: dates', () => {
  it('refuses a bare epoch number on either path, decimal or not, naming the field', () => {
    for (const raw of ['"1700000000"', '"1700000000.5"']) {
      const text = `apiVersion: blindspot.dev/v1\nkind: Model\nmetadata:\n  name: m\nspec:\n  lifecycle: retired\n  retiredAt: ${raw}\n  identifiers: [m]\n`;
      const { fast, full } = bothPaths('governance/m.yaml', text);
      for (const loaded of [fast, full]) {
        expect(loaded.records).toEqual([]);
        expect(loaded.diagnostics).toEqual([expect.objectContaining({ code: 'manifest/invalid-date', field: 'spec.retiredAt', level: 'error' })]);
      }
    }
  });
});
