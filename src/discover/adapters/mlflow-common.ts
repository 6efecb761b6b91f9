/**
 * What the two MLflow registry adapters share: detecting and walking search responses, reading a
 * ModelVersion and tags, and turning a model's versions, aliases and tags into one Model asset.
 *
 * Rules (documented for users):
 * - `active` = the model has a version that is READY (or has no status) and not in stage Archived.
 * - `version` = the version behind the alias `champion`, `production` or `prod` (first found, in
 *   that order, case-insensitive); else the highest READY version in stage Production; else none.
 *   Aliases win because MLflow deprecated stages in 2.9.
 * - `attributes.lifecycle` = tag `lifecycle`, else tag `status`, else `archived` when every version
 *   is Archived. `ownerHints` = tags `owner` and `team`. `environment` = tag `environment` or `env`.
 * - `lastActivityAt` = the latest registry update (model or version), not inference traffic.
 */
import type { AdapterInput } from '../adapter.js';
import type { AttributeValue, LiveAsset, AssetEvidence } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { isObject, latest, requireString, sortedUnique, str, time, type JsonObject, type Where } from '../fields.js';
import { arrayItemLines, head, list, pageObject, pagesOf } from './ml-shared.js';
import { jsonDocs } from './shared.js';

/** Detection of a search response by its top-level `key` array; by the key's name when the text did not parse. */
export function sniffSearch(input: AdapterInput, key: string): number {
  if (input.docs) {
    const v = input.docs[0]?.value;
    const page = Array.isArray(v) ? v[0] : v;
    return isObject(page) && Array.isArray(page[key]) ? 0.95 : 0;
  }
  return head(input).includes(`"${key}"`) ? 0.5 : 0;
}

/**
 * Hands each item of the search pages' `key` arrays to `visit`, in file order, with the Where to
 * cite (the item's own line when the file is a single page). Returns the last page's
 * next_page_token: set when more results exist than the file holds.
 */
export function walkSearch(
  input: AdapterInput,
  key: string,
  response: string,
  visit: (item: JsonObject, where: Where) => void,
): string | undefined {
  const docs = jsonDocs(input, 'MLflow');
  const lines = docs.length === 1 && !Array.isArray(docs[0].value) ? arrayItemLines(input.text, key)[0] : [];
  let token: string | undefined;
  for (const page of pagesOf(docs)) {
    const o = pageObject(page, input.file, `a ${response} response object`);
    list(o[key], { file: input.file, line: page.line, record: page.label }, key).forEach((item, i) => {
      const where: Where = { file: input.file, line: lines?.[i] ?? page.line, record: `${page.label} ${key}[${i}]` };
      if (!isObject(item)) throw new InputError(`${where.record} is not an object`, where);
      visit(item, where);
    });
    token = str(o.next_page_token) || undefined;
  }
  return token;
}

export interface VersionInfo {
  version: string;
  stage?: string;
  status?: string;
  aliases: string[];
  tags: Map<string, string>;
  createdAt: string | null;
  updatedAt: string | null;
  userId?: string;
}

/** `[{key, value}]` → map. */
export function readTags(v: unknown, where: Where, field: string): Map<string, string> {
  const tags = new Map<string, string>();
  list(v, where, field).forEach((t) => {
    if (isObject(t)) {
      const k = str(t.key);
      if (k) tags.set(k, str(t.value) ?? '');
    }
  });
  return tags;
}

export function readVersion(v: JsonObject, where: Where): VersionInfo {
  const info: VersionInfo = {
    version: requireString(v, 'version', where),
    aliases: list(v.aliases, where, 'aliases')
      .map((a) => str(a))
      .filter((a): a is string => !!a),
    tags: readTags(v.tags, where, 'tags'),
    createdAt: time(v.creation_timestamp, where, 'creation_timestamp'),
    updatedAt: time(v.last_updated_timestamp, where, 'last_updated_timestamp'),
  };
  const stage = str(v.current_stage);
  if (stage) info.stage = stage;
  const status = str(v.status);
  if (status) info.status = status;
  const user = str(v.user_id);
  if (user) info.userId = user;
  return info;
}

function compareVersions(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

const CHAMPION_ALIASES = ['champion', 'production', 'prod'];

export interface ModelFacts {
  name: string;
  versions: VersionInfo[];
  /** Registered-model aliases (`alias → version`); version aliases are merged in. */
  aliases: Map<string, string>;
  tags: Map<string, string>;
  createdAt?: string | null;
  updatedAt?: string | null;
  userId?: string;
  /** False when the export could not list versions (a search without `latest_versions`). */
  versionsListed: boolean;
  evidence: AssetEvidence;
}

export function modelAsset(m: ModelFacts): LiveAsset {
  const versions = [...m.versions].sort((a, b) => compareVersions(a.version, b.version));
  const aliases = new Map(m.aliases);
  for (const v of versions) for (const a of v.aliases) aliases.set(a, v.version);

  const asset: LiveAsset = {
    kind: 'Model',
    id: m.name,
    identifiers: [m.name, `mlflow:${m.name}`],
    name: m.name,
  };

  const live = versions.some((v) => (v.status ?? 'READY') === 'READY' && v.stage !== 'Archived');
  // Without a version list, an alias still proves a version exists but not its state: unknown.
  if (m.versionsListed || aliases.size === 0) asset.active = live;

  const byAlias = new Map([...aliases].map(([k, v]) => [k.toLowerCase(), v]));
  const champion = CHAMPION_ALIASES.map((a) => byAlias.get(a)).find((v) => v !== undefined);
  const production = versions.filter((v) => v.stage === 'Production' && (v.status ?? 'READY') === 'READY').pop();
  const current = champion ?? production?.version;
  if (current) asset.version = current;

  if (m.createdAt) asset.createdAt = m.createdAt;
  const activity = latest(m.updatedAt, ...versions.map((v) => v.updatedAt), ...versions.map((v) => v.createdAt));
  if (activity) asset.lastActivityAt = activity;

  const owners = sortedUnique([m.tags.get('owner'), m.tags.get('team')]);
  if (owners.length) asset.ownerHints = owners;
  const env = m.tags.get('environment') ?? m.tags.get('env');
  if (env) asset.environment = env;

  const attributes: Record<string, AttributeValue> = {
    versions: versions.map((v) => v.version),
    stages: versions.filter((v) => v.stage && v.stage !== 'None').map((v) => `${v.version}=${v.stage}`),
    aliases: [...aliases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([a, v]) => `${a}=${v}`),
    tags: [...m.tags].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`),
  };
  const allArchived = versions.length > 0 && versions.every((v) => v.stage === 'Archived');
  const lifecycle = m.tags.get('lifecycle') ?? m.tags.get('status') ?? (allArchived ? 'archived' : undefined);
  if (lifecycle) attributes.lifecycle = lifecycle.toLowerCase();
  if (versions.length) attributes.latestVersion = versions[versions.length - 1].version;
  const failed = versions.filter((v) => v.status && v.status !== 'READY').map((v) => `${v.version}=${v.status}`);
  if (failed.length) attributes.notReady = failed;
  if (m.updatedAt) attributes.lastUpdatedAt = m.updatedAt;
  const creator = m.userId ?? versions.find((v) => v.userId)?.userId;
  if (creator) attributes.createdBy = creator;
  asset.attributes = attributes;
  asset.evidence = m.evidence;
  return asset;
}
