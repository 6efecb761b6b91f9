/**
 * GCP Policy Intelligence Activity Analyzer: `gcloud policy-intelligence query-activity
 * --activity-type=serviceAccountLastAuthentication|serviceAccountKeyLastAuthentication
 * --project=P --format=json` (an array of activities) or the REST page `{activities, nextPageToken}`.
 *
 * Enrichment only (covers nothing): an account or key that did not authenticate in the window is
 * simply absent, which means "no observed use", never "does not exist". Each activity becomes a
 * ServiceAccount or Credential fragment carrying `lastUsedAt` = `activity.lastAuthenticatedTime`
 * (daily precision, US Pacific date). `collectedAt` is the latest observation-period end.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { fieldError, ids, isObject, latest, obj, requireString, str, time, type JsonObject } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { walkPagedList, type DocumentItems, type PagedList } from './paged-list.js';
import { completeness, evidenceOf, gcpResourceName, sharedValue, sourceOf, whereOf, type RecordAt } from './shared.js';

const NAME = 'gcp-activity';
const EXPECTED =
  'gcloud policy-intelligence query-activity --format=json output (an array of activities, or {activities, nextPageToken})';

const SA_ACTIVITY = 'serviceAccountLastAuthentication';
const KEY_ACTIVITY = 'serviceAccountKeyLastAuthentication';

function isActivity(v: unknown): v is JsonObject {
  return isObject(v) && typeof v.activityType === 'string' && typeof v.fullResourceName === 'string';
}

function itemsOf(value: unknown): DocumentItems | null {
  if (Array.isArray(value)) {
    // `jq -s` of REST pages: an array of {activities} objects.
    if (value.length > 0 && value.every((p) => isObject(p) && Array.isArray(p.activities))) {
      const items = value.flatMap((p) => (p as JsonObject).activities as unknown[]);
      const tokens = value.map((p) => str((p as JsonObject).nextPageToken)).filter(Boolean);
      return { items, next: tokens[tokens.length - 1] };
    }
    return { items: value };
  }
  if (isObject(value) && Array.isArray(value.activities)) {
    return { items: value.activities, next: str(value.nextPageToken) };
  }
  // A page with no activities at all: proto3 JSON omits the empty list.
  if (isObject(value) && Object.keys(value).every((k) => k === 'nextPageToken')) {
    return { items: [], next: str(value.nextPageToken) };
  }
  return null;
}

const ACTIVITIES: PagedList = {
  expected: EXPECTED,
  itemsOf,
  nextMarker: 'a nextPageToken',
  itemNoun: 'activity',
  isItem: isActivity,
  itemShape: 'an activity (activityType, fullResourceName)',
};

function activityAsset(a: JsonObject, at: RecordAt): LiveAsset | null {
  const where = whereOf(at);
  const type = requireString(a, 'activityType', where);
  const fullName = requireString(a, 'fullResourceName', where);
  const parts = gcpResourceName(fullName);
  if (!parts) {
    throw fieldError(where, 'fullResourceName', `expected //iam.googleapis.com/projects/P/serviceAccounts/EMAIL[/keys/KEY], found ${JSON.stringify(fullName)}`);
  }
  const body = obj(a.activity) ?? {};
  const nested = obj(body.serviceAccount) ?? obj(body.serviceAccountKey);
  const serviceAccountId = str(nested?.serviceAccountId);
  const period = obj(a.observationPeriod);
  const attributes: LiveAsset['attributes'] = {
    activityType: type,
    projectId: parts.project,
    serviceAccountEmail: parts.email,
    observationStart: time(period?.startTime, where, 'observationPeriod.startTime'),
    observationEnd: time(period?.endTime, where, 'observationPeriod.endTime'),
  };
  const projectNumber = str(nested?.projectNumber);
  if (projectNumber) attributes.projectNumber = projectNumber;
  if (serviceAccountId) attributes.serviceAccountId = serviceAccountId;
  // Present means it authenticated; a missing time is unknown, not "never".
  const lastUsedAt = 'lastAuthenticatedTime' in body ? time(body.lastAuthenticatedTime, where, 'activity.lastAuthenticatedTime') : undefined;
  const base = { evidence: evidenceOf(at), attributes, ...(lastUsedAt !== undefined ? { lastUsedAt } : {}) };

  if (type === KEY_ACTIVITY) {
    if (!parts.keyId) {
      throw fieldError(where, 'fullResourceName', 'a key activity needs a …/keys/KEY resource name');
    }
    return { kind: 'Credential', id: parts.keyId, identifiers: ids(parts.keyId, parts.relative, parts.full), name: parts.keyId, ...base };
  }
  if (type === SA_ACTIVITY) {
    return {
      kind: 'ServiceAccount',
      // The stable uniqueId when the activity carries it, as the service-account adapter uses.
      id: serviceAccountId ?? parts.email,
      identifiers: ids(parts.email, serviceAccountId, parts.relative, parts.full),
      name: parts.email,
      ...base,
    };
  }
  return null;
}

export const gcpActivity: Adapter = {
  name: NAME,
  description:
    'GCP last authentication: `gcloud policy-intelligence query-activity --activity-type=serviceAccountLastAuthentication|serviceAccountKeyLastAuthentication --project=P --format=json`',
  markers: ['array of objects with `activityType` and `fullResourceName`', 'top-level key `activities`'],

  sniff(input) {
    const found = itemsOf(input.docs?.[0]?.value);
    if (!found) return 0;
    if (isActivity(found.items[0])) return 0.95;
    // An empty REST page is still unmistakably this API.
    const v = input.docs?.[0]?.value;
    return isObject(v) && Array.isArray(v.activities) ? 0.6 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const assets: LiveAsset[] = [];
    const unknownTypes = new Set<string>();
    const missing = walkPagedList(input, ACTIVITIES, (item, at) => {
      const asset = activityAsset(item, at);
      if (asset) assets.push(asset);
      else unknownTypes.add(String(item.activityType));
    });
    const ends = assets.map((a) => a.attributes?.observationEnd as string | null);
    const collectedAt = latest(...ends);
    const piece: SnapshotPiece = {
      source: sourceOf(NAME, options, sharedValue(assets.map((a) => str(a.attributes?.projectId)))),
      ...completeness(missing),
      covers: [],
      assets,
    };
    if (collectedAt) {
      piece.collectedAt = collectedAt;
      piece.collectedAtFrom = 'data';
    }
    if (unknownTypes.size > 0) piece.warnings = [`activities of unknown type skipped: ${[...unknownTypes].join(', ')}`];
    return piece;
  },
};
