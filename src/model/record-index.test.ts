/**
 * The record index against a plain reference: every record filed once under each normalised
 * identifier and its secret fingerprint, in record order, and the first record of each key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeIdentifier } from './identifiers.js';
import type { RecordKind } from './kinds.js';
import type { GovernanceRecord } from './record.js';
import { indexRecords } from './record-index.js';
import { matchSources } from '../reconcile/match.js';

const recordArb = fc.record({
  kind: fc.constantFrom<RecordKind>('ServiceAccount', 'Credential'),
  name: fc.constantFrom('a', 'b', 'c'),
  identifiers: fc.array(fc.constantFrom('x', 'X', 'Bot@Example.com', 'bot@example.com', ' x', 'y'), { minLength: 1, maxLength: 3 }),
  fingerprint: fc.option(fc.constantFrom('x', 'hmac-sha256:01'), { nil: undefined }),
});

type Spec = typeof recordArb extends fc.Arbitrary<infer T> ? T : never;

function records(specs: Spec[]): GovernanceRecord[] {
  return specs.map((s, n) => ({
    key: `${s.kind}/${s.name}`,
    apiVersion: 'blindspot.dev/v1',
    kind: s.kind,
    name: s.name,
    location: { file: `governance/${n}.yaml`, line: 1, column: 1 },
    documentIndex: 0,
    lifecycle: 'active',
    identifiers: s.identifiers,
    monitoring: [],
    labels: {},
    fields: {},
    ...(s.fingerprint !== undefined ? { credential: { secretFingerprint: s.fingerprint } } : {}),
  }));
}

describe('indexRecords', () => {
  it('files each record once per normalised identifier or fingerprint, in order, and finds each key’s first record', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 8 }), (specs) => {
        const rs = records(specs);
        const want = new Map<string, Map<string, number[]>>();
        const first = new Map<string, number>();
        rs.forEach((r, pos) => {
          const byId = want.get(r.kind) ?? new Map<string, number[]>();
          want.set(r.kind, byId);
          for (const id of [...r.identifiers.map(normalizeIdentifier), ...(r.credential?.secretFingerprint ? [r.credential.secretFingerprint] : [])]) {
            const list = byId.get(id) ?? [];
            if (!list.includes(pos)) list.push(pos);
            byId.set(id, list);
          }
          if (!first.has(r.key)) first.set(r.key, pos);
        });
        const index = indexRecords(rs);
        expect(index.records).toBe(rs);
        expect(index.byKind).toEqual(want);
        expect(index.firstOfKey.byKey).toEqual(first);
        expect([...index.firstOfKey.at]).toEqual(rs.map((r) => first.get(r.key)));
      }),
      { numRuns: 300 },
    );
  });

  it('serves only the records it was built from', () => {
    const rs = records([{ kind: 'ServiceAccount', name: 'a', identifiers: ['x'], fingerprint: undefined }]);
    expect(() => matchSources(rs, [], indexRecords([...rs]))).toThrow(/not of these records/);
    expect(matchSources(rs, [], indexRecords(rs)).assets).toBe(0);
  });
});
