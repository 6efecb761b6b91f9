/**
 * GCP Vertex AI endpoints → ModelEndpoint assets, from `gcloud ai endpoints list --format=json`
 * (an array; several regions may be concatenated) or REST pages `{endpoints, nextPageToken}`.
 *
 * Rules (documented for users):
 * - id = `name` (`projects/NUM/locations/R/endpoints/ID`); identifiers = name, displayName.
 * - active = some deployed model has `trafficSplit[id] > 0` (a model at 0 % holds replicas but
 *   serves nothing). An endpoint without deployedModels is not active.
 * - model = `model` of the deployed model with the most traffic (ties: first listed);
 *   version = its `modelVersionId`. Every deployed model is in `attributes.deployedModels`.
 * - `deployedModels[].serviceAccount` is the identity the model runs as: it goes to
 *   `attributes.serviceAccounts`, not to ownerHints (an identity is not an owner, and treating it
 *   as one would raise owner conflicts). ownerHints = labels `owner` and `team`;
 *   environment = label `environment` or `env`.
 * - covers ModelEndpoint; claims `projects/P/locations/R/endpoints/*` for each region seen in the
 *   listing (or named by `options.scope` in that form), so an empty or one-region listing cannot
 *   make endpoints of other regions look missing. A REST page with nextPageToken is incomplete.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { AttributeValue, LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { isObject, requireString, sortedUnique, str, time, type JsonObject, type Where } from '../fields.js';
import { arrayItemLines, head, list, literalClaim, num, objField, pairs } from './ml-shared.js';
import { evidenceAt, jsonDocs, sourceOf } from './shared.js';

const NAME = 'vertex-endpoints';
const ENDPOINT_NAME = /^(projects\/[^/]+\/locations\/[^/]+)\/endpoints\/[^/]+$/;
const LOCATION = /^projects\/[^/]+\/locations\/[^/]+$/;

function isEndpoint(v: unknown): boolean {
  return isObject(v) && typeof v.name === 'string' && ENDPOINT_NAME.test(v.name);
}

function toAsset(e: JsonObject, where: Where, index: number): LiveAsset {
  const name = requireString(e, 'name', where);
  if (!ENDPOINT_NAME.test(name)) {
    throw new InputError(`${where.record}: name ${JSON.stringify(name)} is not projects/*/locations/*/endpoints/*`, where);
  }
  const displayName = str(e.displayName);
  const split = objField(e.trafficSplit, where, 'trafficSplit') ?? {};
  const labels = objField(e.labels, where, 'labels');
  let best: { model: string; version?: string; share: number } | undefined;
  const deployed: string[] = [];
  const accounts: string[] = [];
  list(e.deployedModels, where, 'deployedModels').forEach((dm, i) => {
    const dw: Where = { ...where, record: `${where.record}.deployedModels[${i}]` };
    if (!isObject(dm)) throw new InputError(`${dw.record} is not an object`, dw);
    const id = requireString(dm, 'id', dw);
    const model = str(dm.model);
    const version = str(dm.modelVersionId);
    const share = num(split[id], dw, `trafficSplit.${id}`) ?? 0;
    deployed.push(`${id}=${model ?? '?'}${version ? `@${version}` : ''}:${share}%`);
    const sa = str(dm.serviceAccount);
    if (sa) accounts.push(sa);
    if (model && share > 0 && (!best || share > best.share)) best = { model, version, share };
  });

  const asset: LiveAsset = {
    kind: 'ModelEndpoint',
    id: name,
    identifiers: displayName && displayName !== name ? [name, displayName] : [name],
    name: displayName ?? name,
    active: best !== undefined,
    evidence: evidenceAt(where.file, index, where.line),
  };
  const created = time(e.createTime, where, 'createTime');
  if (created) asset.createdAt = created;
  if (best) {
    asset.model = best.model;
    if (best.version) asset.version = best.version;
  }
  const owners = sortedUnique([str(labels?.owner), str(labels?.team)]);
  if (owners.length) asset.ownerHints = owners;
  const env = str(labels?.environment) ?? str(labels?.env);
  if (env) asset.environment = env;
  const attributes: Record<string, AttributeValue> = { deployedModels: deployed };
  if (accounts.length) attributes.serviceAccounts = sortedUnique(accounts);
  const updated = time(e.updateTime, where, 'updateTime');
  if (updated) attributes.updatedAt = updated;
  if (labels) attributes.labels = pairs(labels);
  if (displayName) attributes.displayName = displayName;
  asset.attributes = attributes;
  return asset;
}

export const vertexEndpointsAdapter: Adapter = {
  name: NAME,
  description: 'GCP Vertex AI endpoints: `gcloud ai endpoints list --region=R --format=json` (or REST endpoints.list pages)',
  markers: ['array of objects named projects/*/locations/*/endpoints/*', 'endpoints[] + nextPageToken'],

  sniff(input: AdapterInput): number {
    if (input.docs) {
      const v = input.docs[0]?.value;
      if (Array.isArray(v)) return v.length > 0 && isEndpoint(v[0]) ? 0.9 : 0;
      return isObject(v) && Array.isArray(v.endpoints) && v.endpoints.length > 0 && isEndpoint(v.endpoints[0]) ? 0.9 : 0;
    }
    return /"name"\s*:\s*"projects\/[^"/]+\/locations\/[^"/]+\/endpoints\//.test(head(input)) ? 0.4 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const docs = jsonDocs(input, 'Vertex AI');
    const topLines = arrayItemLines(input.text);
    const restLines = arrayItemLines(input.text, 'endpoints');
    const assets: LiveAsset[] = [];
    let token: string | undefined;
    docs.forEach((doc, d) => {
      const v = doc.value;
      let items: unknown[];
      let lines: number[] | undefined;
      let label: string;
      if (Array.isArray(v)) {
        items = v;
        lines = topLines[d];
        label = 'endpoint ';
      } else if (isObject(v) && (Array.isArray(v.endpoints) || Object.keys(v).length === 0 || 'nextPageToken' in v)) {
        items = list(v.endpoints, { file: input.file, line: doc.line }, 'endpoints');
        lines = restLines[d];
        label = 'endpoints';
        token = str(v.nextPageToken) || undefined;
      } else {
        throw new InputError(`document ${d + 1}: expected an array of Vertex AI endpoints`, { file: input.file, line: doc.line });
      }
      items.forEach((item, i) => {
        const where: Where = { file: input.file, line: lines?.[i] ?? doc.line, record: `${label}[${i}]` };
        if (!isObject(item)) throw new InputError(`${where.record} is not an object`, where);
        assets.push(toAsset(item, where, assets.length));
      });
    });
    const regions = sortedUnique([
      ...assets.map((a) => ENDPOINT_NAME.exec(a.id)?.[1]),
      options.scope && LOCATION.test(options.scope) ? options.scope : undefined,
    ]);
    const piece: SnapshotPiece = {
      source: sourceOf(NAME, options, regions.length === 1 ? regions[0] : undefined),
      complete: !token,
      covers: ['ModelEndpoint'],
      claims: regions.map((r) => `${literalClaim(r)}/endpoints/*`),
      assets,
    };
    if (token) piece.incompleteReason = 'the last endpoints page has a nextPageToken: more endpoints exist';
    return piece;
  },
};
