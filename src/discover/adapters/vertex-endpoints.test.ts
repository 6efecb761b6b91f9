import { describe, expect, it } from 'vitest';
import type { LiveAsset } from '../../model/snapshot.js';
import { parseFixture } from './ml-testing.js';
import { vertexEndpointsAdapter } from './vertex-endpoints.js';

const byName = (assets: LiveAsset[]): Record<string, LiveAsset> => Object.fromEntries(assets.map((a) => [a.name, a]));
const EP = 'projects/884112233445/locations/us-central1/endpoints/';

describe('vertex-endpoints', () => {
  it('emits ModelEndpoint per endpoint: id = name, identifiers name and displayName, scope = the region', () => {
    const piece = parseFixture(vertexEndpointsAdapter, 'vertex-endpoints/endpoints.json');
    expect(piece).toMatchObject({
      source: { type: 'vertex-endpoints', scope: 'projects/884112233445/locations/us-central1' },
      complete: true,
      covers: ['ModelEndpoint'],
      claims: ['projects/884112233445/locations/us-central1/endpoints/*'],
    });
    expect(piece.assets[0]).toMatchObject({
      kind: 'ModelEndpoint',
      id: `${EP}1234567890123456789`,
      identifiers: [`${EP}1234567890123456789`, 'fraud-scoring'],
      createdAt: '2024-02-01T10:15:30.123Z', // nanoseconds truncated to ms
      evidence: { index: 0, line: 2 },
    });
  });

  it('model/version = the deployed model with the most traffic; service accounts as identities, labels as owners', () => {
    const e = byName(parseFixture(vertexEndpointsAdapter, 'vertex-endpoints/endpoints.json').assets)['fraud-scoring'];
    expect(e).toMatchObject({
      active: true,
      model: 'projects/884112233445/locations/us-central1/models/7001234567890123456',
      version: '3',
      ownerHints: ['team-risk'],
      environment: 'prod',
      attributes: {
        serviceAccounts: ['vertex-canary@acme-ml-prod.iam.gserviceaccount.com', 'vertex-serving@acme-ml-prod.iam.gserviceaccount.com'],
        updatedAt: '2024-03-01T08:05:12.000Z',
      },
    });
    expect(e.attributes?.deployedModels).toHaveLength(2);
  });

  it('a model at 0 % traffic does not serve; an endpoint without deployedModels is inactive', () => {
    const e = byName(parseFixture(vertexEndpointsAdapter, 'vertex-endpoints/endpoints.json').assets);
    expect(e['churn-scoring'].active).toBe(false);
    expect(e['churn-scoring'].model).toBeUndefined();
    expect(e['embedder-staging']).toMatchObject({ active: false, ownerHints: ['search'], attributes: { deployedModels: [] } });
  });

  it('REST pages with nextPageToken are incomplete; an empty list is complete', () => {
    const t = parseFixture(vertexEndpointsAdapter, 'vertex-endpoints/endpoints-rest-truncated.json');
    expect(t).toMatchObject({ complete: false, assets: [{ name: 'translate-eu', active: true, version: '1' }] });
    // An empty listing proves nothing absent unless the scope names the region it listed.
    const empty = parseFixture(vertexEndpointsAdapter, 'vertex-endpoints/empty.undetectable.json');
    expect(empty).toMatchObject({ complete: true, assets: [], claims: [] });
    const scoped = parseFixture(vertexEndpointsAdapter, 'vertex-endpoints/empty.undetectable.json', { scope: 'projects/884112233445/locations/us-east4' });
    expect(scoped.claims).toEqual(['projects/884112233445/locations/us-east4/endpoints/*']);
  });

  it('rejects resources that are not endpoints, naming the record and line', () => {
    expect(() => parseFixture(vertexEndpointsAdapter, 'vertex-endpoints/bad-name.json')).toThrow(
      expect.objectContaining({ line: 3, message: expect.stringContaining('endpoint [1]: name') }),
    );
  });
});
