import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_CATALOG } from '../../reconcile/catalog.js';
import { lookupStandard } from '../../reconcile/standards.js';
import { ADAPTER_NOTES } from './adapter-notes.js';
import { describeType, fieldRows, kindSpecs, renderConfiguration, resolveRef } from './configuration.js';
import { noteGaps, renderExportFormats } from './export-formats.js';
import { renderFindingTypes } from './finding-types.js';
import { anchor, cell, code, table } from './markdown.js';

describe('markdown helpers', () => {
  it('code spans survive backticks inside (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (s) => {
        const c = code(s);
        const fence = /^`+/.exec(c)![0];
        // No run of backticks inside is as long as the fence.
        expect(s.includes(fence)).toBe(false);
        expect(c.endsWith(fence)).toBe(true);
      }),
    );
  });

  it('table cells escape pipes and fold line breaks', () => {
    expect(cell('a|b\nc')).toBe('a\\|b c');
    expect(table(['x', 'y'], [['1|2', '3']])).toBe('| x | y |\n|---|---|\n| 1\\|2 | 3 |');
  });

  it('anchors follow GitHub: lower case, punctuation dropped, spaces to dashes', () => {
    expect(anchor('How do claims decide missing versus unverifiable?')).toBe('how-do-claims-decide-missing-versus-unverifiable');
    expect(anchor('retired-but-active')).toBe('retired-but-active');
    expect(anchor('`spec` of a Credential')).toBe('spec-of-a-credential');
  });
});

describe('schema walking', () => {
  const root = {
    $defs: {
      date: { type: 'string', description: 'A date.' },
      item: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, at: { $ref: '#/$defs/date', description: 'When.' } } },
    },
    type: 'object',
    properties: {
      count: { type: 'integer', minimum: 1, default: 3, description: 'How many.' },
      kind: { enum: ['a', 'b'] },
      items: { type: 'array', items: { $ref: '#/$defs/item' } },
      tags: { type: 'object', additionalProperties: { type: 'string' } },
    },
  };

  it('resolves local refs, the referring node winning', () => {
    expect(resolveRef({ $ref: '#/$defs/date', description: 'x' }, root)).toEqual({ type: 'string', description: 'x' });
    expect(() => resolveRef({ $ref: '#/$defs/nope' }, root)).toThrow(/dangling/);
  });

  it('describes types with their constraints and named definitions', () => {
    expect(describeType(root.properties.count, root)).toBe('integer (≥ 1)');
    expect(describeType(root.properties.kind, root)).toBe('one of `a`, `b`');
    expect(describeType(root.properties.items, root)).toBe('list of objects');
    expect(describeType(root.properties.tags, root)).toBe('map of strings');
    expect(describeType({ $ref: '#/$defs/date' }, root)).toBe('date');
  });

  it('lists nested fields with paths, required marks, defaults and descriptions', () => {
    expect(fieldRows(root, root)).toEqual([
      { path: 'count', type: 'integer (≥ 1)', required: false, default: '`3`', description: 'How many.' },
      { path: 'kind', type: 'one of `a`, `b`', required: false, default: null, description: '' },
      { path: 'items', type: 'list of objects', required: false, default: null, description: '' },
      { path: 'items[].id', type: 'string', required: true, default: null, description: '' },
      { path: 'items[].at', type: 'date', required: false, default: null, description: 'When.' },
      { path: 'tags', type: 'map of strings', required: false, default: null, description: '' },
    ]);
  });
});

describe('renderers', () => {
  it('finding types: every entry with its severity, fix and named standards', () => {
    const md = renderFindingTypes({ catalog: FINDING_CATALOG, lookup: lookupStandard, owaspUrl: 'https://o', nistUrl: 'https://n' });
    for (const e of FINDING_CATALOG) {
      expect(md).toContain(`## ${e.type}\n\n**${e.title}** · default severity **${e.defaultSeverity}**`);
      expect(md).toContain(e.fix);
      for (const id of e.standards.nistCsf) expect(md).toContain(`\`${id}\` ${lookupStandard(id)!.name}`);
    }
  });

  it('configuration: every kind gets its spec section', () => {
    const md = renderConfiguration({ $id: 'c', properties: { a: { type: 'string', default: 'x' } } }, {
      $id: 'm',
      properties: { kind: { enum: ['A'] }, spec: { type: 'object' } },
      $defs: { commonSpec: { properties: { name: { type: 'string' } } }, aSpec: { allOf: [{ $ref: '#/$defs/commonSpec' }], properties: { extra: { type: 'boolean' } } } },
      allOf: [{ if: { properties: { kind: { const: 'A' } } }, then: { properties: { spec: { $ref: '#/$defs/aSpec' } } } }],
    });
    expect(md).toContain('| `a` | string | `x` |');
    expect(md).toContain('### `spec` of a A');
    expect(md).toContain('| `spec.extra` | boolean |');
    expect(md).toContain('| `spec.name` | string |');
  });

  it('kindSpecs finds every kind of the real manifest schema', async () => {
    const schema = (await import('../../../schema/manifest.schema.json', { with: { type: 'json' } })).default as Record<string, unknown>;
    expect(kindSpecs(schema).map(([k]) => k)).toEqual(['Model', 'ModelEndpoint', 'ServiceAccount', 'Credential', 'Agent']);
  });

  it('export formats: refuses an adapter with no notes, and reports stale notes', () => {
    const adapters = [{ name: 'x', description: 'X export', markers: ['m'] }];
    expect(() => renderExportFormats(adapters, {})).toThrow(/no export-format notes for adapter\(s\): x/);
    expect(noteGaps(adapters, { x: ADAPTER_NOTES.gitleaks, y: ADAPTER_NOTES.gitleaks })).toEqual({ missing: [], stale: ['y'] });
    const md = renderExportFormats(adapters, { x: { commands: ['run-x > x.json'], covers: 'Credential', identifiers: 'ids' } });
    expect(md).toContain('## x\n\nX export\n\n```sh\nrun-x > x.json\n```');
  });
});
