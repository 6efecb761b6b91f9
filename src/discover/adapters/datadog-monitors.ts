/**
 * Datadog monitors from `GET /api/v1/monitor` (optionally `?with_downtimes=true`) → Monitor assets.
 *
 * Rules (documented for users):
 * - id = String(id); identifiers = the id and the monitor name.
 * - active = not muted and not deleted. Muted = `options.silenced` has any entry (scope →
 *   end time in epoch seconds, or null for "until unmuted") or `matching_downtimes` has an active
 *   downtime. The adapter has no clock, so a silence whose end time has passed still counts as
 *   muted; the end times are kept in `attributes.silencedUntil` (`scope=ISO` or `scope=never`) so
 *   a reader with a clock can judge.
 * - `attributes.references` = query, name and tags: the text reconciliation searches for an
 *   asset's identifiers. `attributes.system` = `datadog`.
 * - ownerHints = values of `owner:` and `team:` tags. The creator is kept as `attributes.creator`.
 * - The endpoint has no truncation marker (`page`/`page_size` pages are plain arrays): pass every
 *   page, concatenated or in one array, and the file is taken as complete.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { AttributeValue, LiveAsset } from '../../model/snapshot.js';
import { bool, isObject, requireString, sortedUnique, str, time, type JsonObject, type Where } from '../fields.js';
import { head, list, objField, walkArrayDocuments } from './ml-shared.js';
import { evidenceAt, sourceOf } from './shared.js';

const NAME = 'datadog-monitors';

function isMonitor(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.id === 'number' &&
    typeof v.type === 'string' &&
    'query' in v &&
    ('overall_state' in v || 'options' in v || 'message' in v)
  );
}

function toAsset(m: JsonObject, where: Where, index: number): LiveAsset {
  const id = requireString(m, 'id', where);
  const name = str(m.name) ?? '';
  const query = str(m.query) ?? '';
  const tags = list(m.tags, where, 'tags')
    .map((t) => str(t))
    .filter((t): t is string => !!t);
  const options = objField(m.options, where, 'options');
  const silenced = objField(options?.silenced, where, 'options.silenced') ?? {};
  const silencedUntil = Object.keys(silenced)
    .sort()
    .map((scope) => {
      const end = time(silenced[scope], where, `options.silenced.${scope}`);
      return `${scope}=${end ?? 'never'}`;
    });
  const downtimes = list(m.matching_downtimes, where, 'matching_downtimes').filter(
    (d) => isObject(d) && bool(d.active) !== false,
  );
  const deleted = time(m.deleted, where, 'deleted');

  const attributes: Record<string, AttributeValue> = {
    system: 'datadog',
    type: str(m.type) ?? '',
    query,
    tags,
    references: [query, name, ...tags],
  };
  const state = str(m.overall_state);
  if (state) attributes.overallState = state;
  if (silencedUntil.length) attributes.silencedUntil = silencedUntil;
  if (downtimes.length) attributes.activeDowntimes = downtimes.length;
  if (deleted) attributes.deletedAt = deleted;
  const modified = time(m.modified, where, 'modified');
  if (modified) attributes.modifiedAt = modified;
  const creator = objField(m.creator, where, 'creator');
  const creatorId = str(creator?.email) ?? str(creator?.handle);
  if (creatorId) attributes.creator = creatorId;
  const priority = str(m.priority);
  if (priority) attributes.priority = priority;

  const asset: LiveAsset = {
    kind: 'Monitor',
    id,
    identifiers: name && name !== id ? [id, name] : [id],
    active: silencedUntil.length === 0 && downtimes.length === 0 && !deleted,
    evidence: evidenceAt(where.file, index, where.line),
    attributes,
  };
  if (name) asset.name = name;
  const created = time(m.created, where, 'created');
  if (created) asset.createdAt = created;
  const owners = sortedUnique(
    tags.filter((t) => t.startsWith('owner:') || t.startsWith('team:')).map((t) => t.slice(t.indexOf(':') + 1)),
  );
  if (owners.length) asset.ownerHints = owners;
  return asset;
}

export const datadogMonitorsAdapter: Adapter = {
  name: NAME,
  description: 'Datadog monitors: `GET /api/v1/monitor` (e.g. `curl -H "DD-API-KEY: …" -H "DD-APPLICATION-KEY: …" https://api.datadoghq.com/api/v1/monitor?with_downtimes=true`)',
  markers: ['JSON array of monitors with numeric id, type, query, options/overall_state'],

  sniff(input: AdapterInput): number {
    if (input.docs) {
      const v = input.docs[0]?.value;
      return Array.isArray(v) && v.length > 0 && isMonitor(v[0]) ? 0.9 : 0;
    }
    const h = head(input);
    return /^\s*\[/.test(h) && h.includes('"overall_state"') && h.includes('"query"') ? 0.4 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const assets: LiveAsset[] = [];
    const seen = new Set<string>();
    // Evidence points at the record's place in the file, repeats included (not at its place among kept assets).
    let index = 0;
    walkArrayDocuments(input, 'Datadog', 'GET /api/v1/monitor returns a JSON array of monitors', 'monitor', (m, where) => {
      const asset = toAsset(m, where, index++);
      // Overlapping pages repeat monitors; the same id twice is the same monitor.
      if (seen.has(asset.id)) return;
      seen.add(asset.id);
      assets.push(asset);
    });
    return { source: sourceOf(NAME, options), complete: true, covers: ['Monitor'], assets };
  },
};
