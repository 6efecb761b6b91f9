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
import { isObject, requireString, str, type Where } from '../fields.js';
import { arrayItemLines, head, jsonDocs, list, pageObject, pagesOf, sourceFor } from './ml-shared.js';
import { modelAsset, readVersion, type VersionInfo } from './mlflow-common.js';

const NAME = 'mlflow-versions';

function isPage(v: unknown): boolean {
  return isObject(v) && Array.isArray(v.model_versions);
}

export const mlflowVersionsAdapter: Adapter = {
  name: NAME,
  description: "MLflow model versions: `GET /api/2.0/mlflow/model-versions/search?filter=name='X'` (one or more pages)",
  markers: ['top-level model_versions array'],

  sniff(input: AdapterInput): number {
    if (input.docs) {
      const v = input.docs[0]?.value;
      return isPage(Array.isArray(v) ? v[0] : v) ? 0.95 : 0;
    }
    return head(input).includes('"model_versions"') ? 0.5 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const docs = jsonDocs(input, 'MLflow');
    const lines = docs.length === 1 && !Array.isArray(docs[0].value) ? arrayItemLines(input.text, 'model_versions')[0] : [];
    const byModel = new Map<string, { versions: VersionInfo[]; evidence: AssetEvidence }>();
    const seen = new Set<string>();
    let token: string | undefined;
    let index = 0;
    for (const page of pagesOf(docs)) {
      const o = pageObject(page, input.file, 'a model-versions/search response object');
      list(o.model_versions, { file: input.file, line: page.line, record: page.label }, 'model_versions').forEach((v, i) => {
        const record = `${page.label} model_versions[${i}]`;
        const where: Where = { file: input.file, line: lines?.[i] ?? page.line, record };
        if (!isObject(v)) throw new InputError(`${record} is not an object`, where);
        const name = requireString(v, 'name', where);
        const info = readVersion(v, where);
        const key = `${name}\u0000${info.version}`;
        if (seen.has(key)) throw new InputError(`${record}: ${name} version ${info.version} appears twice`, where);
        seen.add(key);
        let entry = byModel.get(name);
        if (!entry) {
          entry = { versions: [], evidence: { file: input.file, index, ...(where.line ? { line: where.line } : {}) } };
          byModel.set(name, entry);
        }
        entry.versions.push(info);
        index++;
      });
      token = str(o.next_page_token) || undefined;
    }
    const assets: LiveAsset[] = [...byModel].map(([name, { versions, evidence }]) => {
      const newest = versions.reduce((a, b) => (Number(b.version) > Number(a.version) ? b : a));
      return modelAsset({ name, versions, aliases: new Map(), tags: newest.tags, versionsListed: true, evidence });
    });
    const piece: SnapshotPiece = { source: sourceFor(NAME, options), complete: !token, covers: [], assets };
    if (token) piece.incompleteReason = 'the last model-versions page has a next_page_token: more versions exist';
    return piece;
  },
};
