/**
 * GCP service accounts: `gcloud iam service-accounts list --format=json` (a JSON array), also the
 * REST page `{accounts, nextPageToken}`. Proto3 JSON omits false: a missing `disabled` is false.
 * The export has no owner field and no labels, so no owner hints are emitted.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { bool, ids, isObject, requireString, str, type JsonObject } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { evidenceOf, jsonDocs, shapeError, sharedValue, sourceOf, whereOf, type RecordAt } from './cloud-shared.js';

const NAME = 'gcp-service-accounts';
const EXPECTED = 'gcloud iam service-accounts list --format=json output (an array of service accounts)';

export function isGcpServiceAccount(v: unknown): v is JsonObject {
  if (!isObject(v)) return false;
  const name = str(v.name) ?? '';
  return typeof v.uniqueId === 'string' && typeof v.email === 'string' && name.includes('/serviceAccounts/') && !name.includes('/keys/');
}

/** The items of one document: a gcloud array, or a REST page's `accounts`. */
function itemsOf(value: unknown): { items: unknown[]; nextPageToken?: string } | null {
  if (Array.isArray(value)) return { items: value };
  if (isObject(value) && Array.isArray(value.accounts)) return { items: value.accounts, nextPageToken: str(value.nextPageToken) };
  return null;
}

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
    const file = input.file;
    const assets: LiveAsset[] = [];
    const seen = new Set<string>();
    const more: string[] = [];
    let index = 0;
    for (const doc of jsonDocs(input, EXPECTED)) {
      const found = itemsOf(doc.value);
      if (!found) throw shapeError(file, doc.startLine, EXPECTED, doc.value);
      if (found.nextPageToken) more.push(`document ${doc.docIndex + 1} has a nextPageToken: later pages are missing`);
      found.items.forEach((item, j) => {
        const at: RecordAt = { file, index: index++, line: doc.recordLine, record: `document ${doc.docIndex + 1}, item ${j}` };
        if (!isObject(item) || !str(item.email)) throw shapeError(file, doc.startLine, `a service account in ${at.record}`, item);
        const asset = accountAsset(item, at);
        if (seen.has(asset.id)) return;
        seen.add(asset.id);
        assets.push(asset);
      });
    }
    const project = sharedValue(assets.map((a) => str(a.attributes?.projectId)));
    const piece: SnapshotPiece = {
      source: sourceOf(NAME, options, project),
      complete: more.length === 0,
      covers: ['ServiceAccount'],
      assets,
    };
    if (more.length > 0) piece.incompleteReason = more.join('; ');
    return piece;
  },
};
