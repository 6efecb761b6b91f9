/**
 * GCP service accounts: `gcloud iam service-accounts list --format=json` (a JSON array), also the
 * REST page `{accounts, nextPageToken}`. Proto3 JSON omits false: a missing `disabled` is false.
 * The export has no owner field and no labels, so no owner hints are emitted.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { bool, ids, isObject, requireString, str, type JsonObject } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { walkPagedList, type DocumentItems, type PagedList } from './paged-list.js';
import { completeness, distinctAssets, evidenceOf, sharedValue, sourceOf, whereOf, type RecordAt } from './shared.js';

const NAME = 'gcp-service-accounts';
const EXPECTED = 'gcloud iam service-accounts list --format=json output (an array of service accounts)';

export function isGcpServiceAccount(v: unknown): v is JsonObject {
  if (!isObject(v)) return false;
  const name = str(v.name) ?? '';
  return typeof v.uniqueId === 'string' && typeof v.email === 'string' && name.includes('/serviceAccounts/') && !name.includes('/keys/');
}

/** The items of one document: a gcloud array, or a REST page's `accounts`. */
function itemsOf(value: unknown): DocumentItems | null {
  if (Array.isArray(value)) return { items: value };
  if (isObject(value) && Array.isArray(value.accounts)) return { items: value.accounts, next: str(value.nextPageToken) };
  return null;
}

const ACCOUNTS: PagedList = {
  expected: EXPECTED,
  itemsOf,
  nextMarker: 'a nextPageToken',
  itemNoun: 'item',
  isItem: (v): v is JsonObject => isObject(v) && !!str(v.email),
  itemShape: 'a service account',
};

function accountAsset(sa: JsonObject, at: RecordAt): LiveAsset {
  const where = whereOf(at);
  const email = requireString(sa, 'email', where);
  const uniqueId = requireString(sa, 'uniqueId', where);
  const resourceName = str(sa.name);
  const projectId = str(sa.projectId);
  const disabled = bool(sa.disabled) ?? false;
  const attributes: LiveAsset['attributes'] = { disabled };
  for (const key of ['projectId', 'displayName', 'description', 'oauth2ClientId'] as const) {
    const v = str(sa[key]);
    if (v) attributes[key] = v;
  }
  return {
    kind: 'ServiceAccount',
    id: uniqueId,
    identifiers: ids(email, uniqueId, resourceName, projectId && `projects/${projectId}/serviceAccounts/${email}`),
    name: email,
    active: !disabled,
    evidence: evidenceOf(at),
    attributes,
  };
}

export const gcpServiceAccounts: Adapter = {
  name: NAME,
  description: 'GCP service accounts: `gcloud iam service-accounts list --format=json`',
  markers: ['array of objects with `uniqueId`, `email` and `name` = projects/P/serviceAccounts/EMAIL'],

  sniff(input) {
    const found = itemsOf(input.docs?.[0]?.value);
    return found && isGcpServiceAccount(found.items[0]) ? 0.95 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const listed: LiveAsset[] = [];
    const missing = walkPagedList(input, ACCOUNTS, (sa, at) => listed.push(accountAsset(sa, at)));
    const assets = distinctAssets(listed);
    const project = sharedValue(assets.map((a) => str(a.attributes?.projectId)));
    return { source: sourceOf(NAME, options, project), ...completeness(missing), covers: ['ServiceAccount'], assets };
  },
};
