import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../util/errors.js';
import { adapterInput } from '../detect.js';
import { parseFixture } from './ml-testing.js';
import { nativeAdapter, readAsset } from './native.js';
import { snapshotValidator } from './snapshot-schema-testing.js';

describe('native', () => {
  it('JSON snapshot: keeps the original source type, normalises timestamps, keeps asset evidence', () => {
    const piece = parseFixture(nativeAdapter, 'native/snapshot.json', { scope: 'override-scope' });
    expect(piece).toMatchObject({
      source: { type: 'aws-credential-report', name: 'aws-prod', scope: 'override-scope' },
      collectedAt: '2024-06-04T06:00:00.000Z',
      collectedAtFrom: 'data',
      complete: true,
      covers: ['Credential', 'ServiceAccount'],
    });
    const [sa, key, endpoint] = piece.assets;
    expect(sa).toMatchObject({ createdAt: '2021-05-01T10:00:00.000Z', evidence: { file: 'exports/aws/credential-report.csv', index: 3, line: 5 } });
    // No evidence written: this file's position.
    expect(key.evidence).toEqual({ file: 'native/snapshot.json', index: 1, line: 19 });
    expect(key).toMatchObject({ lastUsedAt: null, attributes: { slot: 1, lastUsedService: null, regions: ['us-east-1'], mfa: false } });
    expect(endpoint.traffic).toEqual({ window: { start: '2024-05-28T00:00:00.000Z', end: null }, count: 55647, lastAt: '2024-06-03T00:00:00.000Z' });
  });

  it('JSONL snapshot: header line, then one asset per line (blank lines allowed)', () => {
    const piece = parseFixture(nativeAdapter, 'native/snapshot.jsonl');
    expect(piece).toMatchObject({ source: { type: 'mcp-config', name: 'ide-configs' }, collectedAt: '2024-06-04T06:00:00.000Z', collectedAtFrom: 'data', covers: ['Agent'] });
    expect(piece.assets.map((a) => [a.id, a.evidence])).toEqual([
      ['.mcp.json', { file: 'native/snapshot.jsonl', index: 0, line: 2 }],
      ['mcp:github', { file: 'exports/github-tools.json', index: 0, line: 1 }],
      ['ml-serving/FraudEndpointErrorRate', { file: 'native/snapshot.jsonl', index: 2, line: 5 }],
    ]);
  });

  it('a header without assets is an empty snapshot that keeps its completeness', () => {
    const piece = parseFixture(nativeAdapter, 'native/header-only.jsonl');
    expect(piece).toMatchObject({ complete: false, incompleteReason: 'nextPageToken', covers: ['ModelEndpoint'], assets: [] });
    expect(piece.collectedAt).toBeUndefined();
  });

  it('rejects unknown fields and bad timestamps, naming the line', () => {
    expect(() => parseFixture(nativeAdapter, 'native/bad-unknown-field.jsonl')).toThrow(
      expect.objectContaining({ line: 3, message: 'asset on line 3: unknown asset field "secret"' }),
    );
    expect(() => parseFixture(nativeAdapter, 'native/bad-timestamp.json')).toThrow(
      expect.objectContaining({ line: 10, message: 'assets[1]: createdAt: "last week" is not an ISO-8601 timestamp with a zone' }),
    );
    expect(() => nativeAdapter.parse(adapterInput('s.json', '{"source":{"type":"x"}}\n{"source":{"type":"y"}}'), {})).toThrow();
  });

  it('readAsset accepts exactly what the JSON Schema accepts (property)', () => {
    const validate = snapshotValidator('asset');
    const ts = fc.constantFrom('2024-06-04T06:00:00.000Z', '2024-06-04T06:00:00+02:00', null, 'yesterday', 5, '2024-06-04');
    const stringList = fc.oneof(fc.array(fc.string(), { maxLength: 2 }), fc.constant([1]), fc.constant('x'));
    const asset = fc.record(
      {
        kind: fc.constantFrom('Model', 'Agent', 'Monitor', 'Robot'),
        id: fc.oneof(fc.constant('a'), fc.constant(''), fc.constant(3)),
        identifiers: stringList,
        active: fc.oneof(fc.boolean(), fc.constant('yes')),
        lastUsedAt: ts,
        tools: stringList,
        version: fc.oneof(fc.string(), fc.constant(2)),
        evidence: fc.oneof(
          fc.record({ file: fc.string(), index: fc.constantFrom(0, 3, -1, 1.5), line: fc.constantFrom(1, 0) }, { requiredKeys: ['file'] }),
          fc.constant({ index: 2 }),
        ),
        traffic: fc.oneof(
          fc.record({ window: fc.record({ start: ts, end: ts }), count: fc.constantFrom(0, 7.5, -1), lastAt: ts }, { requiredKeys: ['window', 'count'] }),
          fc.constant({ count: 1 }),
        ),
        attributes: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.constant({ a: 1 }), fc.constant([1]))),
        bogus: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(asset, (a) => {
        const copy = structuredClone(a);
        let ours = true;
        try {
          readAsset(copy, { file: 'x' });
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          ours = false;
        }
        expect(ours).toBe(validate(a) as boolean);
      }),
      { numRuns: 400 },
    );
  });
});
