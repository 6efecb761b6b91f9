/**
 * GCP service account keys: `gcloud iam service-accounts keys list --iam-account=EMAIL
 * --format=json` (an array per service account; several may be concatenated or slurped), also the
 * REST response `{keys: [...]}`. The account comes from each key's `name`.
 *
 * SYSTEM_MANAGED keys are skipped (Google holds and rotates them about every two weeks; nobody can
 * govern them) and counted in a warning. Adapters have no "now", so a key is `active: !disabled`
 * and `expiresAt` carries `validBeforeTime`; reconciliation compares it with its pinned now.
 * `9999-12-31T23:59:59Z` means "no expiry" and becomes `expiresAt: null`.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { arr, bool, fieldError, ids, isObject, obj, requireString, str, time, type JsonObject } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import {
  arrayPages,
  distinctAssets,
  evidenceOf,
  gcpResourceName,
  locatedDocs,
  shapeError,
  sharedValue,
  sourceOf,
  whereOf,
  type LocatedDoc,
  type RecordAt,
} from './shared.js';

const NAME = 'gcp-service-account-keys';
const EXPECTED = 'gcloud iam service-accounts keys list --format=json output (an array of keys)';

const KEY_TYPES = new Set(['USER_MANAGED', 'SYSTEM_MANAGED', 'KEY_TYPE_UNSPECIFIED']);

function isGcpKey(v: unknown): v is JsonObject {
  return isObject(v) && KEY_TYPES.has(str(v.keyType) ?? '') && typeof v.name === 'string';
}

function pagesOf(doc: LocatedDoc, file: string): unknown[][] {
  const keys = obj(doc.value)?.keys;
  if (Array.isArray(keys)) return [keys];
  return arrayPages(doc, file, EXPECTED);
}

/** True for the far-future sentinel gcloud uses for keys that never expire. */
function isNoExpiry(iso: string): boolean {
  return iso.startsWith('9999-');
}

function keyAsset(k: JsonObject, at: RecordAt): LiveAsset {
  const where = whereOf(at);
  const name = requireString(k, 'name', where);
  const parts = gcpResourceName(name);
  if (!parts?.keyId) {
    throw fieldError(where, 'name', `expected projects/P/serviceAccounts/EMAIL/keys/KEY, found ${JSON.stringify(name)}`);
  }
  const disabled = bool(k.disabled) ?? false;
  const validAfter = time(k.validAfterTime, where, 'validAfterTime');
  const validBefore = time(k.validBeforeTime, where, 'validBeforeTime');
  const attributes: LiveAsset['attributes'] = {
    credentialType: 'gcp-service-account-key',
    serviceAccountEmail: parts.email,
    projectId: parts.project,
    disabled,
  };
  for (const key of ['keyType', 'keyOrigin', 'keyAlgorithm', 'disableReason', 'creator', 'description'] as const) {
    const v = str(k[key]);
    if (v) attributes[key] = v;
  }
  const extended = arr(k.extendedStatus)
    .map((e) => str(obj(e)?.key))
    .filter((e): e is string => e !== undefined);
  if (extended.length > 0) attributes.extendedStatus = extended;
  const asset: LiveAsset = {
    kind: 'Credential',
    id: parts.keyId,
    identifiers: ids(parts.keyId, parts.relative),
    name: parts.keyId,
    active: !disabled,
    // A key's material never changes: creation is its last rotation.
    createdAt: validAfter,
    rotatedAt: validAfter,
    expiresAt: validBefore !== null && isNoExpiry(validBefore) ? null : validBefore,
    evidence: evidenceOf(at),
    attributes,
  };
  const contact = str(k.contact);
  if (contact) asset.ownerHints = [contact];
  return asset;
}

export const gcpServiceAccountKeys: Adapter = {
  name: NAME,
  description: 'GCP service account keys: `gcloud iam service-accounts keys list --iam-account=EMAIL --format=json`',
  markers: ['array of objects with `keyType` USER_MANAGED|SYSTEM_MANAGED and `name` = projects/P/serviceAccounts/EMAIL/keys/KEY'],

  sniff(input) {
    const first = input.docs?.[0]?.value;
    const keys = obj(first)?.keys;
    let probe: unknown = Array.isArray(keys) ? keys[0] : Array.isArray(first) ? first[0] : undefined;
    if (Array.isArray(probe)) probe = probe[0];
    return isGcpKey(probe) ? 0.95 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const file = input.file;
    const keys: LiveAsset[] = [];
    let systemManaged = 0;
    let index = 0;
    for (const doc of locatedDocs(input, EXPECTED)) {
      for (const page of pagesOf(doc, file)) {
        page.forEach((item, j) => {
          const at: RecordAt = { file, index: index++, line: doc.recordLine, record: `document ${doc.docIndex + 1}, key ${j}` };
          if (!isObject(item) || typeof item.name !== 'string') throw shapeError(file, doc.startLine, `a key object in ${at.record}`, item);
          if (str(item.keyType) === 'SYSTEM_MANAGED') {
            systemManaged++;
            return;
          }
          keys.push(keyAsset(item, at));
        });
      }
    }
    const assets = distinctAssets(keys);
    const accounts = new Set(assets.map((a) => String(a.attributes?.serviceAccountEmail)));
    const project = sharedValue(assets.map((a) => str(a.attributes?.projectId)));
    // The listing is per service account: name that account as the scope when there is one.
    const scope =
      accounts.size === 1 && project ? `projects/${project}/serviceAccounts/${[...accounts][0]}` : project;
    const piece: SnapshotPiece = {
      source: sourceOf(NAME, options, scope),
      complete: true,
      covers: ['Credential'],
      assets,
    };
    if (systemManaged > 0) {
      piece.warnings = [`${systemManaged} SYSTEM_MANAGED key(s) skipped: Google manages and rotates them`];
    }
    return piece;
  },
};
