import { describe, expect, it } from 'vitest';
import type { LiveAsset } from '../../model/snapshot.js';
import { adapterInput } from '../detect.js';
import { parseFixture } from './ml-testing.js';
import { sagemakerAdapter } from './sagemaker.js';

const byName = (assets: LiveAsset[]): Record<string, LiveAsset> => Object.fromEntries(assets.map((a) => [a.name, a]));
const ARN = (name: string) => `arn:aws:sagemaker:us-east-1:123456789012:endpoint/${name}`;

describe('sagemaker', () => {
  it('list-endpoints: ModelEndpoint per endpoint, id = ARN, identifiers name and ARN, covers ModelEndpoint', () => {
    const piece = parseFixture(sagemakerAdapter, 'sagemaker/list-endpoints.json');
    expect(piece).toMatchObject({
      source: { type: 'sagemaker', scope: 'arn:aws:sagemaker:us-east-1:123456789012' },
      complete: true,
      covers: ['ModelEndpoint'],
    });
    expect(piece.assets[0]).toMatchObject({
      kind: 'ModelEndpoint',
      id: ARN('fraud-v2'),
      identifiers: ['fraud-v2', ARN('fraud-v2')],
      createdAt: '2024-01-10T09:30:12.412Z',
      evidence: { file: 'sagemaker/list-endpoints.json', index: 0, line: 3 },
      attributes: { status: 'InService', lastModifiedAt: '2024-03-01T16:02:45.118Z' },
    });
  });

  it('active = can take requests (InService, Updating, rollbacks), not OutOfService/Failed/Creating', () => {
    const list = byName(parseFixture(sagemakerAdapter, 'sagemaker/list-endpoints.json').assets);
    expect(Object.fromEntries(Object.entries(list).map(([k, a]) => [k, a.active]))).toEqual({
      'fraud-v2': true,
      'churn-batch': false,
      'recs-canary': false,
      'sentiment-legacy': true,
      'embedder-new': false,
    });
    expect(byName(parseFixture(sagemakerAdapter, 'sagemaker/combined-array.json').assets)['search-rerank'].active).toBe(true);
  });

  it('joins describe-endpoint to describe-endpoint-config: model of the heaviest current variant', () => {
    const piece = parseFixture(sagemakerAdapter, 'sagemaker/describe-all.json');
    // describe-only files enrich: they are not an inventory.
    expect(piece.covers).toEqual([]);
    const e = byName(piece.assets);
    // The config splits 0.5/0.5, but CurrentWeight (0.9 champion) wins.
    expect(e['fraud-v2']).toMatchObject({
      model: 'fraud-detector-v3',
      attributes: { endpointConfig: 'fraud-v2-config-20240301', models: ['fraud-detector-v4', 'fraud-detector-v3'], variants: ['challenger', 'champion'] },
    });
    // CLI v1 epoch seconds.
    expect(e['sentiment-legacy']).toMatchObject({
      model: 'sentiment-v1-7',
      createdAt: '2021-02-11T10:00:00.000Z',
      attributes: { failureReason: 'Rolling deployment failed: the new variant failed health checks' },
    });
    expect(piece.warnings).toEqual(['endpoint config orphan-config is used by no endpoint in the file']);
  });

  it('accepts list + describe + config in one array, and warns when a config is missing', () => {
    const piece = parseFixture(sagemakerAdapter, 'sagemaker/combined-array.json');
    expect(piece.covers).toEqual(['ModelEndpoint']);
    expect(byName(piece.assets)['churn-batch']).toMatchObject({ model: 'churn-model-5', active: true });
    const alone = JSON.stringify({ EndpointName: 'x', EndpointStatus: 'InService', EndpointConfigName: 'cfg' });
    expect(sagemakerAdapter.parse(adapterInput('d.json', alone), {}).warnings).toEqual([
      'endpoint x uses config cfg, which is not in the file: its model is unknown',
    ]);
  });

  it('NextToken makes it incomplete; epoch seconds are read; an empty list is complete', () => {
    const t = parseFixture(sagemakerAdapter, 'sagemaker/list-endpoints-truncated.json');
    expect(t).toMatchObject({ complete: false, incompleteReason: expect.stringContaining('NextToken') });
    expect(t.assets[0].createdAt).toBe('2024-01-10T09:30:12.412Z');
    expect(parseFixture(sagemakerAdapter, 'sagemaker/list-empty.json')).toMatchObject({ complete: true, covers: ['ModelEndpoint'], assets: [] });
  });

  it('cites each list item\'s own line in concatenated pages, and the array\'s line in slurped pages', () => {
    const ep = (n: string) => ({ EndpointName: n, EndpointArn: ARN(n), EndpointStatus: 'InService' });
    const evidence = (text: string) => sagemakerAdapter.parse(adapterInput('s.json', text), {}).assets.map((a) => [a.name, a.evidence]);
    const pages = [{ Endpoints: [ep('a')] }, { Endpoints: [ep('b'), ep('c')] }];
    expect(evidence(pages.map((p) => JSON.stringify(p, null, 2)).join('\n'))).toEqual([
      ['a', { file: 's.json', index: 0, line: 3 }],
      ['b', { file: 's.json', index: 1, line: 12 }],
      ['c', { file: 's.json', index: 2, line: 17 }],
    ]);
    expect(evidence(JSON.stringify(pages, null, 2))).toEqual([
      ['a', { file: 's.json', index: 0, line: 1 }],
      ['b', { file: 's.json', index: 1, line: 1 }],
      ['c', { file: 's.json', index: 2, line: 1 }],
    ]);
  });

  it('rejects unknown statuses and foreign documents', () => {
    expect(() => parseFixture(sagemakerAdapter, 'sagemaker/bad-status.json')).toThrow(
      expect.objectContaining({ line: 3, message: 'document 1 Endpoints[0]: unknown EndpointStatus "Sleeping"' }),
    );
    expect(() => sagemakerAdapter.parse(adapterInput('x.json', '{"Endpoints": []}\n{"Datapoints": []}'), {})).toThrow(/not a SageMaker/);
  });
});
