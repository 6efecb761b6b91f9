/**
 * MLflow `registered-models/search` responses → Model assets (see mlflow-common.ts for the rules).
 * One or more pages: concatenated, NDJSON or wrapped in an array. The file is complete when its
 * last page has no `next_page_token`.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { isObject, requireString, str, time, type Where } from '../fields.js';
import { arrayItemLines, head, jsonDocs, list, pageObject, pagesOf, sourceFor } from './ml-shared.js';
import { modelAsset, readTags, readVersion } from './mlflow-common.js';

const NAME = 'mlflow-models';

function isPage(v: unknown): boolean {
  return isObject(v) && Array.isArray(v.registered_models);
}

export const mlflowModelsAdapter: Adapter = {
  name: NAME,
  description:
    'MLflow registered models: `GET /api/2.0/mlflow/registered-models/search?max_results=1000` (one or more pages)',
  markers: ['top-level registered_models array'],

  sniff(input: AdapterInput): number {
    if (input.docs) {
      const v = input.docs[0]?.value;
      return isPage(Array.isArray(v) ? v[0] : v) ? 0.95 : 0;
    }
    return head(input).includes('"registered_models"') ? 0.5 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const docs = jsonDocs(input, 'MLflow');
    const lines = docs.length === 1 && !Array.isArray(docs[0].value) ? arrayItemLines(input.text, 'registered_models')[0] : [];
    const assets: LiveAsset[] = [];
    const seen = new Set<string>();
    let token: string | undefined;
    for (const page of pagesOf(docs)) {
      const o = pageObject(page, input.file, 'a registered-models/search response object');
      const models = list(o.registered_models, { file: input.file, line: page.line, record: page.label }, 'registered_models');
      models.forEach((m, i) => {
        const record = `${page.label} registered_models[${i}]`;
        const where: Where = { file: input.file, line: lines?.[i] ?? page.line, record };
        if (!isObject(m)) throw new InputError(`${record} is not an object`, where);
        const name = requireString(m, 'name', where);
        if (seen.has(name)) throw new InputError(`${record}: model ${JSON.stringify(name)} appears twice`, where);
        seen.add(name);
        const aliases = new Map<string, string>();
        list(m.aliases, where, 'aliases').forEach((a) => {
          if (isObject(a) && str(a.alias) && str(a.version)) aliases.set(str(a.alias)!, str(a.version)!);
        });
        const latestVersions = list(m.latest_versions, where, 'latest_versions').map((v, j) => {
          const vw: Where = { ...where, record: `${record}.latest_versions[${j}]` };
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
            evidence: { file: input.file, index: assets.length, ...(where.line ? { line: where.line } : {}) },
          }),
        );
      });
      token = str(o.next_page_token) || undefined;
    }
    const piece: SnapshotPiece = { source: sourceFor(NAME, options), complete: !token, covers: ['Model'], assets };
    if (token) piece.incompleteReason = 'the last registered-models page has a next_page_token: more models exist';
    return piece;
  },
};
