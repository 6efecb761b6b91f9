/**
 * MLflow `registered-models/search` responses → Model assets (see mlflow-common.ts for the rules).
 * One or more pages: concatenated, NDJSON or wrapped in an array. The file is complete when its
 * last page has no `next_page_token`.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { isObject, requireString, str, time, type Where } from '../fields.js';
import { list } from './ml-shared.js';
import { evidenceAt, sourceOf } from './shared.js';
import { modelAsset, readTags, readVersion, sniffSearch, walkSearch } from './mlflow-common.js';

const NAME = 'mlflow-models';

export const mlflowModelsAdapter: Adapter = {
  name: NAME,
  description:
    'MLflow registered models: `GET /api/2.0/mlflow/registered-models/search?max_results=1000` (one or more pages)',
  markers: ['top-level registered_models array'],

  sniff: (input) => sniffSearch(input, 'registered_models'),

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const assets: LiveAsset[] = [];
    const seen = new Set<string>();
    const token = walkSearch(input, 'registered_models', 'registered-models/search', (m, where) => {
      const name = requireString(m, 'name', where);
      if (seen.has(name)) throw new InputError(`${where.record}: model ${JSON.stringify(name)} appears twice`, where);
      seen.add(name);
      const aliases = new Map<string, string>();
      list(m.aliases, where, 'aliases').forEach((a) => {
        if (isObject(a) && str(a.alias) && str(a.version)) aliases.set(str(a.alias)!, str(a.version)!);
      });
      const latestVersions = list(m.latest_versions, where, 'latest_versions').map((v, j) => {
        const vw: Where = { ...where, record: `${where.record}.latest_versions[${j}]` };
        if (!isObject(v)) throw new InputError(`${vw.record} is not an object`, vw);
        return readVersion(v, vw);
      });
      assets.push(
        modelAsset({
          name,
          versions: latestVersions,
          aliases,
          tags: readTags(m.tags, where, 'tags'),
          createdAt: time(m.creation_timestamp, where, 'creation_timestamp'),
          updatedAt: time(m.last_updated_timestamp, where, 'last_updated_timestamp'),
          userId: str(m.user_id),
          versionsListed: m.latest_versions !== undefined,
          evidence: evidenceAt(input.file, assets.length, where.line),
        }),
      );
    });
    const piece: SnapshotPiece = { source: sourceOf(NAME, options), complete: !token, covers: ['Model'], assets };
    if (token) piece.incompleteReason = 'the last registered-models page has a next_page_token: more models exist';
    return piece;
  },
};
