import { describe, expect, it } from 'vitest';
import type { LiveAsset } from '../../model/snapshot.js';
import { mlflowModelsAdapter } from './mlflow-models.js';
import { mlflowVersionsAdapter } from './mlflow-versions.js';
import { adapterInput } from '../detect.js';
import { parseFixture } from './ml-testing.js';

const byId = (assets: LiveAsset[]): Record<string, LiveAsset> => Object.fromEntries(assets.map((a) => [a.id, a]));

describe('mlflow-models', () => {
  it('emits Model assets with name and mlflow:<name> identifiers and epoch-ms timestamps', () => {
    const piece = parseFixture(mlflowModelsAdapter, 'mlflow-models/models-page.json');
    expect(piece).toMatchObject({ source: { type: 'mlflow-models' }, complete: true, covers: ['Model'] });
    const m = byId(piece.assets);
    expect(m['fraud-detector']).toMatchObject({
      kind: 'Model',
      identifiers: ['fraud-detector', 'mlflow:fraud-detector'],
      active: true,
      version: '3',
      createdAt: '2023-09-01T00:00:00.000Z',
      lastActivityAt: '2024-03-01T08:00:00.000Z',
      ownerHints: ['team-risk'],
      environment: 'prod',
      evidence: { file: 'mlflow-models/models-page.json', index: 0, line: 3 },
      attributes: { stages: ['2=Archived', '3=Production'], aliases: ['champion=3'], lifecycle: 'active' },
    });
  });

  it('reads epoch-ms strings, and a model whose versions are all Archived as inactive and archived', () => {
    const churn = byId(parseFixture(mlflowModelsAdapter, 'mlflow-models/models-page.json').assets)['churn-model'];
    expect(churn).toMatchObject({ active: false, createdAt: '2022-01-01T00:00:00.000Z', ownerHints: ['growth-ds'] });
    expect(churn.attributes?.lifecycle).toBe('archived');
    expect(churn.version).toBeUndefined();
  });

  it('takes lifecycle from the status tag, and a Staging version as live', () => {
    const s = byId(parseFixture(mlflowModelsAdapter, 'mlflow-models/models-page.json').assets)['sentiment-v1'];
    expect(s).toMatchObject({ active: true, attributes: { lifecycle: 'retired', stages: ['7=Staging'] } });
    expect(s.version).toBeUndefined();
  });

  it('a model never versioned is inactive; one known only by an alias has unknown activity', () => {
    const m = byId(parseFixture(mlflowModelsAdapter, 'mlflow-models/models-page.json').assets);
    expect(m['new-embedder'].active).toBe(false);
    expect(m['main.ml.recsys'].active).toBeUndefined();
    expect(m['main.ml.recsys'].version).toBe('12'); // alias match is case-insensitive
  });

  it('a next_page_token on the last page makes the snapshot incomplete; a later last page completes it', () => {
    const truncated = parseFixture(mlflowModelsAdapter, 'mlflow-models/models-truncated.json');
    expect(truncated.complete).toBe(false);
    expect(truncated.incompleteReason).toMatch(/next_page_token/);
    const two = parseFixture(mlflowModelsAdapter, 'mlflow-models/models-two-pages.json');
    expect(two.complete).toBe(true);
    expect(two.assets.map((a) => a.id)).toEqual(['fraud-detector', 'churn-model']);
  });

  it('empty responses ({} and an empty list) are complete and empty', () => {
    for (const f of ['mlflow-models/models-empty.json', 'mlflow-models/empty.undetectable.json']) {
      expect(parseFixture(mlflowModelsAdapter, f)).toMatchObject({ complete: true, covers: ['Model'], assets: [] });
    }
  });

  it('rejects a model without a name, and the same model twice', () => {
    expect(() => parseFixture(mlflowModelsAdapter, 'mlflow-models/bad-no-name.json')).toThrow(
      expect.objectContaining({ line: 4, message: 'missing required field name in document 1 registered_models[1]' }),
    );
    const twice = JSON.stringify({ registered_models: [{ name: 'a' }, { name: 'a' }] });
    expect(() => mlflowModelsAdapter.parse(adapterInput('m.json', twice), {})).toThrow(/appears twice/);
  });
});

describe('mlflow-versions', () => {
  it('builds one Model per name from every version; enrichment only (covers nothing)', () => {
    const piece = parseFixture(mlflowVersionsAdapter, 'mlflow-versions/versions.json');
    expect(piece).toMatchObject({ source: { type: 'mlflow-versions' }, complete: true, covers: [] });
    const m = byId(piece.assets);
    expect(m['fraud-detector']).toMatchObject({
      identifiers: ['fraud-detector', 'mlflow:fraud-detector'],
      active: true,
      version: '3', // alias champion on a stage-less version (MLflow ≥ 2.9)
      lastActivityAt: '2024-04-01T00:00:00.000Z',
      ownerHints: ['team-risk'],
      attributes: { versions: ['1', '2', '3', '4'], latestVersion: '4', notReady: ['4=FAILED_REGISTRATION'], createdBy: 'dana@acme.example' },
    });
  });

  it('all-Archived models are inactive; a Production version still registering is neither live nor current', () => {
    const m = byId(parseFixture(mlflowVersionsAdapter, 'mlflow-versions/versions.json').assets);
    expect(m['churn-model']).toMatchObject({ active: false, attributes: { lifecycle: 'retired' } });
    expect(m.ranker.active).toBe(false);
    expect(m.ranker.version).toBeUndefined();
  });

  it('a next_page_token makes it incomplete; bad timestamps are located errors', () => {
    expect(parseFixture(mlflowVersionsAdapter, 'mlflow-versions/versions-truncated.json').complete).toBe(false);
    expect(parseFixture(mlflowVersionsAdapter, 'mlflow-versions/versions-empty.json')).toMatchObject({ complete: true, assets: [] });
    expect(() => parseFixture(mlflowVersionsAdapter, 'mlflow-versions/bad-timestamp.json')).toThrow(
      expect.objectContaining({ line: 3, message: expect.stringContaining('creation_timestamp') }),
    );
  });
});
