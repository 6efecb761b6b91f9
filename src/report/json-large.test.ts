/**
 * Large reports write their attestations a chunk at a time; the text must be exactly the text of
 * the report object, whatever the attestations hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attestation, ReconcileResult } from '../model/result.js';
import { emptyResult, richResult } from '../../test/fixtures/report/rich-result.js';
import { buildJsonReport, renderJson } from './json.js';

const awkward = fc.string({ unit: fc.oneof(fc.constantFrom('"', '\\', '\n', '\u0000', '\u2028', '\ud800', 'é', '😀', '  "attestations": [],'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 8 });

const proof = fc.option(fc.record({ proof: awkward, at: fc.option(awkward, { nil: null }) }), { nil: null });
const attestationArb: fc.Arbitrary<Attestation> = fc.record({
  record: awkward,
  file: fc.constantFrom('governance/a.yaml', 'governance/b.yaml', 'governance/c "q".yaml'),
  line: fc.integer({ min: 1, max: 50 }),
  ownership: fc.record({ owners: fc.array(awkward, { maxLength: 2 }), codeownersLine: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }), proof: awkward }),
  monitoring: proof,
  retirement: proof,
  liveMatches: fc.array(awkward, { maxLength: 2 }),
});

function withAttestations(base: ReconcileResult, attestations: Attestation[]): ReconcileResult {
  return { ...base, attestations };
}

describe('renderJson for large reports', () => {
  it('writes the report object exactly, attestation chunks and all', () => {
    fc.assert(
      fc.property(fc.array(attestationArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 10_001, max: 25_000 }), fc.boolean(), (sample, count, rich) => {
        const attestations = Array.from({ length: count }, (_, i) => ({ ...sample[i % sample.length], line: (i % 97) + 1 }));
        const result = withAttestations(rich ? richResult() : emptyResult(), attestations);
        expect(renderJson(result)).toBe(JSON.stringify(buildJsonReport(result), null, 2) + '\n');
      }),
      { numRuns: 12 },
    );
  });
});
