/**
 * The cross-record checks against the plain loop they replaced (kept here as the reference): the
 * same diagnostics on random records built to collide. Credentials carry secret fingerprints from
 * the same few strings: the record index files them beside the identifiers, and a fingerprint is
 * never a claim.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeIdentifier } from '../model/identifiers.js';
import type { RecordKind } from '../model/kinds.js';
import { compareDiagnostics, type Diagnostic, type SourceLocation } from '../model/location.js';
import { recordKey, type GovernanceRecord } from '../model/record.js';
import { crossRecordDiagnostics } from './record-checks.js';

function where(l: SourceLocation): string {
  return `${l.file}:${l.line}`;
}

function fieldAt(r: GovernanceRecord, field: string): SourceLocation {
  return r.fields[field] ?? r.location;
}

/** The checks as they were: one map keyed by `kind/name`, one by `kind NUL identifier`. */
function reference(records: readonly GovernanceRecord[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byKey = new Map<string, GovernanceRecord[]>();
  for (const r of records) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    for (const r of list) {
      const others = list.filter((o) => o !== r).map((o) => where(o.location));
      out.push({ ...fieldAt(r, 'metadata.name'), level: 'error', code: 'manifest/duplicate-record', field: 'metadata.name', message: `${key} is defined more than once: also at ${others.join(', ')}` });
    }
  }
  const claims = new Map<string, Array<{ r: GovernanceRecord; i: number }>>();
  for (const r of records) {
    r.identifiers.forEach((raw, i) => {
      const k = r.kind + '\u0000' + normalizeIdentifier(raw);
      const list = claims.get(k) ?? [];
      if (!list.some((c) => c.r === r)) list.push({ r, i });
      claims.set(k, list);
    });
  }
  for (const [k, list] of claims) {
    if (list.length < 2) continue;
    const id = k.split('\u0000')[1];
    for (const { r, i } of list) {
      const others = list.filter((c) => c.r !== r).map((c) => `${c.r.key} (${where(fieldAt(c.r, `spec.identifiers[${c.i}]`))})`);
      out.push({ ...fieldAt(r, `spec.identifiers[${i}]`), level: 'error', code: 'manifest/identifier-claimed-twice', field: `spec.identifiers[${i}]`, message: `identifier "${id}" is also claimed by ${others.join(', ')}` });
    }
  }
  const dangling = (r: GovernanceRecord, field: string, target: string, what: string) => {
    if (!byKey.has(target)) out.push({ ...fieldAt(r, field), level: 'error', code: 'manifest/dangling-reference', field, message: `${field}: ${what} ${target} does not exist` });
  };
  for (const r of records) {
    if (r.serves !== undefined) dangling(r, 'spec.serves', recordKey('Model', r.serves), 'the served model');
    if (r.runsAs !== undefined) dangling(r, 'spec.runsAs', recordKey('ServiceAccount', r.runsAs), 'the service account');
    if (r.belongsTo) dangling(r, 'spec.belongsTo.name', recordKey(r.belongsTo.kind, r.belongsTo.name), 'the holder');
  }
  return out;
}

const NAMES = ['a', 'b', 'c'];
const recordArb = fc.record({
  kind: fc.constantFrom<RecordKind>('Model', 'ModelEndpoint', 'ServiceAccount', 'Credential', 'Agent'),
  name: fc.constantFrom(...NAMES),
  identifiers: fc.array(fc.constantFrom('x', 'y', 'Bot@Example.com', 'bot@example.com', ' x', 'a\u0000b'), { minLength: 1, maxLength: 3 }),
  serves: fc.option(fc.constantFrom(...NAMES), { nil: undefined }),
  runsAs: fc.option(fc.constantFrom(...NAMES), { nil: undefined }),
  holder: fc.option(fc.tuple(fc.constantFrom<RecordKind>('ServiceAccount', 'Agent'), fc.constantFrom(...NAMES)), { nil: undefined }),
  fingerprint: fc.option(fc.constantFrom('x', 'y', 'bot@example.com'), { nil: undefined }),
  line: fc.integer({ min: 1, max: 9 }),
});

describe('crossRecordDiagnostics', () => {
  it('reports what the plain loop reported: duplicates, identifiers claimed twice, dangling references', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 8 }), (specs) => {
        const records: GovernanceRecord[] = specs.map((s, n) => ({
          key: recordKey(s.kind, s.name),
          apiVersion: 'blindspot.dev/v1',
          kind: s.kind,
          name: s.name,
          location: { file: `governance/${n}.yaml`, line: s.line, column: 1 },
          documentIndex: 0,
          lifecycle: 'active',
          identifiers: s.identifiers,
          serves: s.serves,
          runsAs: s.runsAs,
          belongsTo: s.holder && { kind: s.holder[0], name: s.holder[1] },
          ...(s.kind === 'Credential' && s.fingerprint !== undefined ? { credential: { secretFingerprint: s.fingerprint } } : {}),
          monitoring: [],
          labels: {},
          fields: { 'metadata.name': { file: `governance/${n}.yaml`, line: s.line + 1, column: 3 } },
        }));
        expect(crossRecordDiagnostics(records).sort(compareDiagnostics)).toEqual(reference(records).sort(compareDiagnostics));
      }),
      { numRuns: 500 },
    );
  });
});
