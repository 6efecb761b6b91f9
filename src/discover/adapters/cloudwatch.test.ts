import { describe, expect, it } from 'vitest';
import type { LiveAsset } from '../../model/snapshot.js';
import { cloudwatchAdapter } from './cloudwatch.js';
import { adapterInput } from '../detect.js';
import { parseFixture } from './ml-testing.js';

const byId = (assets: LiveAsset[]): Record<string, LiveAsset> => Object.fromEntries(assets.map((a) => [a.id, a]));

describe('cloudwatch', () => {
  it('get-metric-data: one ModelEndpoint fragment per Label, traffic summed, lastAt = latest non-zero', () => {
    const piece = parseFixture(cloudwatchAdapter, 'cloudwatch/metric-data.json');
    expect(piece).toMatchObject({
      source: { type: 'cloudwatch' },
      complete: true,
      covers: [],
      collectedAt: '2024-06-03T00:00:00.000Z',
      collectedAtFrom: 'data',
    });
    const e = byId(piece.assets);
    expect(e['fraud-v2']).toMatchObject({
      kind: 'ModelEndpoint',
      identifiers: ['fraud-v2'],
      traffic: { window: { start: '2024-06-01T00:00:00.000Z', end: '2024-06-03T00:00:00.000Z' }, count: 58632, lastAt: '2024-06-03T00:00:00.000Z' },
      lastActivityAt: '2024-06-03T00:00:00.000Z',
    });
    expect(e['churn-batch']).toMatchObject({ traffic: { count: 41, lastAt: '2024-06-01T00:00:00.000Z' }, attributes: { variants: ['AllTraffic'] } });
  });

  it('all-zero values and no datapoints both mean no traffic (count 0, lastAt null, no lastActivityAt)', () => {
    const e = byId(parseFixture(cloudwatchAdapter, 'cloudwatch/metric-data.json').assets);
    for (const name of ['sentiment-legacy', 'embedder-new']) {
      expect(e[name].traffic).toMatchObject({ count: 0, lastAt: null });
      expect(e[name].lastActivityAt).toBeUndefined();
    }
    expect(e['embedder-new'].traffic?.window).toEqual({ start: null, end: null });
  });

  it('get-metric-statistics wrapped with EndpointName: unordered datapoints, window from StartTime/EndTime', () => {
    const piece = parseFixture(cloudwatchAdapter, 'cloudwatch/statistics-wrapped.json');
    const e = byId(piece.assets);
    expect(e['fraud-v2'].traffic).toEqual({
      window: { start: '2024-05-28T00:00:00.000Z', end: '2024-06-04T00:00:00.000Z' },
      count: 55647,
      lastAt: '2024-06-03T00:00:00.000Z',
    });
    // Epoch-second window, no datapoints: never used in the window.
    expect(e['churn-batch'].traffic).toEqual({ window: { start: '2024-05-28T00:00:00.000Z', end: '2024-06-04T00:00:00.000Z' }, count: 0, lastAt: null });
  });

  it('PartialData and NextToken make it incomplete; Forbidden results are dropped with a warning', () => {
    const piece = parseFixture(cloudwatchAdapter, 'cloudwatch/metric-data-partial.json');
    expect(piece.complete).toBe(false);
    expect(piece.incompleteReason).toBe(
      'fraud-v2: PartialData (more datapoints behind NextToken); recs-canary: Forbidden; get-metric-data returned a NextToken',
    );
    expect(piece.assets.map((a) => a.id)).toEqual(['fraud-v2']);
    expect(piece.warnings).toContain('CloudWatch: MaxMetricsExceeded Some metrics were not returned');
  });

  it('an empty result list is complete, with no traffic facts and no collection time', () => {
    const piece = parseFixture(cloudwatchAdapter, 'cloudwatch/metric-data-empty.json');
    expect(piece).toMatchObject({ complete: true, assets: [] });
    expect(piece.collectedAt).toBeUndefined();
  });

  it('sums variants of one endpoint, and falls back to Id when there is no Label', () => {
    const text = JSON.stringify({
      MetricDataResults: [
        { Id: 'a', Label: 'fraud-v2/champion', Timestamps: ['2024-06-01T00:00:00Z'], Values: [5] },
        { Id: 'b', Label: 'fraud-v2/challenger', Timestamps: ['2024-06-02T00:00:00Z'], Values: [2] },
        { Id: 'fraudv3', Timestamps: [], Values: [] },
      ],
    });
    const e = byId(cloudwatchAdapter.parse(adapterInput('m.json', text), {}).assets);
    expect(e['fraud-v2']).toMatchObject({ traffic: { count: 7, lastAt: '2024-06-02T00:00:00.000Z' }, attributes: { variants: ['challenger', 'champion'] } });
    expect(e.fraudv3.traffic?.count).toBe(0);
  });

  it('rejects outputs that do not name the endpoint, and non-Invocations or non-Sum data', () => {
    expect(() => parseFixture(cloudwatchAdapter, 'cloudwatch/bad-unwrapped.json')).toThrow(/wrap it as \{"EndpointName"/);
    expect(() => parseFixture(cloudwatchAdapter, 'cloudwatch/bad-default-label.json')).toThrow(/Label "Invocations" does not name an endpoint/);
    const avg = JSON.stringify({ EndpointName: 'x', Label: 'Invocations', Datapoints: [{ Timestamp: '2024-06-01T00:00:00Z', Average: 3 }] });
    expect(() => cloudwatchAdapter.parse(adapterInput('s.json', avg), {})).toThrow(/no Sum; request --statistics Sum/);
    const latency = JSON.stringify({ EndpointName: 'x', Label: 'ModelLatency', Datapoints: [] });
    expect(() => cloudwatchAdapter.parse(adapterInput('s.json', latency), {})).toThrow(/expected Invocations/);
    const uneven = JSON.stringify({ MetricDataResults: [{ Id: 'a', Label: 'x', Timestamps: ['2024-06-01T00:00:00Z'], Values: [] }] });
    expect(() => cloudwatchAdapter.parse(adapterInput('m.json', uneven), {})).toThrow(/1 Timestamps but 0 Values/);
  });
});
