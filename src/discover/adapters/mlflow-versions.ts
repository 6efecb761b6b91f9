/**
 * MLflow `model-versions/search` responses → Model assets built from every version (see
 * mlflow-common.ts for the rules). Versions carry no model-level tags or timestamps, so owner and
 * lifecycle hints come from the tags of each model's highest version. A version search is usually
 * filtered (`filter=name='X'`), so it covers no kind: it enriches the Model assets of
 * `mlflow-models` (same ids), and never makes other model records look missing.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { AssetEvidence, LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { requireString } from '../fields.js';
import { evidenceAt, sourceOf } from './shared.js';
import { modelAsset, readVersion, sniffSearch, walkSearch, type VersionInfo } from './mlflow-common.js';

const NAME = 'mlflow-versions';

export const mlflowVersionsAdapter: Adapter = {
  name: NAME,
  description: "MLflow model versions: `GET /api/2.0/mlflow/model-versions/search?filter=name='X'` (one or more pages)",
  markers: ['top-level model_versions array'],

  sniff: (input) => sniffSearch(input, 'model_versions'),

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const byModel = new Map<string, { versions: VersionInfo[]; evidence: AssetEvidence }>();
    const seen = new Set<string>();
    let index = 0;
    const token = walkSearch(input, 'model_versions', 'model-versions/search', (v, where) => {
      const name = requireString(v, 'name', where);
      const info = readVersion(v, where);
      const key = `${name}\u0000${info.version}`;
      if (seen.has(key)) throw new InputError(`${where.record}: ${name} version ${info.version} appears twice`, where);
      seen.add(key);
      let entry = byModel.get(name);
      if (!entry) {
        entry = { versions: [], evidence: evidenceAt(input.file, index, where.line) };
        byModel.set(name, entry);
      }
      entry.versions.push(info);
      index++;
    });
    const assets: LiveAsset[] = [...byModel].map(([name, { versions, evidence }]) => {
      const newest = versions.reduce((a, b) => (Number(b.version) > Number(a.version) ? b : a));
      return modelAsset({ name, versions, aliases: new Map(), tags: newest.tags, versionsListed: true, evidence });
    });
    const piece: SnapshotPiece = { source: sourceOf(NAME, options), complete: !token, covers: [], assets };
    if (token) piece.incompleteReason = 'the last model-versions page has a next_page_token: more versions exist';
    return piece;
  },
};
