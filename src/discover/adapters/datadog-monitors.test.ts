import { describe, expect, it } from 'vitest';
import type { LiveAsset } from '../../model/snapshot.js';
import { datadogMonitorsAdapter } from './datadog-monitors.js';
import { adapterInput } from '../detect.js';
import { parseFixture } from './ml-testing.js';

const byId = (assets: LiveAsset[]): Record<string, LiveAsset> => Object.fromEntries(assets.map((a) => [a.id, a]));

describe('datadog-monitors', () => {
  it('Monitor per monitor: id = String(id), identifiers id and name, references = query, name, tags', () => {
    const piece = parseFixture(datadogMonitorsAdapter, 'datadog-monitors/monitors.json');
    expect(piece).toMatchObject({ source: { type: 'datadog-monitors' }, complete: true, covers: ['Monitor'] });
    const m = byId(piece.assets)['91879'];
    expect(m).toMatchObject({
      kind: 'Monitor',
      identifiers: ['91879', 'fraud-v2 invocation errors high'],
      name: 'fraud-v2 invocation errors high',
      active: true,
      createdAt: '2024-01-12T10:00:00.000Z',
      ownerHints: ['risk'],
      evidence: { index: 0, line: 2 },
      attributes: { system: 'datadog', overallState: 'OK', creator: 'dana@acme.example', priority: '2' },
    });
    expect(m.attributes?.references).toEqual([
      'avg(last_5m):sum:aws.sagemaker.invocation5xxerrors{endpointname:fraud-v2}.as_count() > 50',
      'fraud-v2 invocation errors high',
      'service:fraud-scoring',
      'team:risk',
      'endpoint:fraud-v2',
    ]);
  });

  it('muted (any silence, even one whose end has passed), deleted, or in downtime → not active', () => {
    const m = byId(parseFixture(datadogMonitorsAdapter, 'datadog-monitors/monitors.json').assets);
    expect(m['91880']).toMatchObject({ active: false, attributes: { silencedUntil: ['*=never'] } });
    expect(m['91881']).toMatchObject({
      active: false,
      attributes: { silencedUntil: ['endpointname:sentiment-legacy=2024-01-01T00:00:00.000Z', 'region:us-east-1=never'] },
    });
    expect(m['91882']).toMatchObject({ active: false, attributes: { deletedAt: '2024-04-10T09:00:00.000Z' } });
    expect(m['91883']).toMatchObject({ active: false, attributes: { activeDowntimes: 1 } });
  });

  it('overlapping pages: the same monitor twice counts once', () => {
    const one = { id: 7, type: 'metric alert', name: 'x', query: 'q', options: {}, overall_state: 'OK' };
    const piece = datadogMonitorsAdapter.parse(adapterInput('p.json', `${JSON.stringify([one])}\n${JSON.stringify([one])}`), {});
    expect(piece.assets.map((a) => a.id)).toEqual(['7']);
  });

  it('evidence indexes count every record in the file, repeats included', () => {
    const m = (id: number) => ({ id, type: 'metric alert', name: `m${id}`, query: 'q', options: {}, overall_state: 'OK' });
    const text = `${JSON.stringify([m(1), m(2)])}\n${JSON.stringify([m(2), m(3)])}`;
    const piece = datadogMonitorsAdapter.parse(adapterInput('p.json', text), {});
    expect(piece.assets.map((a) => [a.id, a.evidence?.index])).toEqual([['1', 0], ['2', 1], ['3', 3]]);
  });

  it('an empty list is complete; a bad silence end time is a located error', () => {
    expect(parseFixture(datadogMonitorsAdapter, 'datadog-monitors/empty.undetectable.json')).toMatchObject({ complete: true, assets: [] });
    expect(() => parseFixture(datadogMonitorsAdapter, 'datadog-monitors/bad-silenced.json')).toThrow(
      expect.objectContaining({ line: 3, message: 'field options.silenced.* in monitor [1]: cannot read "next week" as a timestamp' }),
    );
    expect(() => datadogMonitorsAdapter.parse(adapterInput('m.json', '{"monitors": []}'), {})).toThrow(/JSON array of monitors/);
  });
});
