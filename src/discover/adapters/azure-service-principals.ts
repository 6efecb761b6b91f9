/**
 * Azure service principals: `az ad sp list --all` (a JSON array of Microsoft Graph v1.0
 * servicePrincipal objects), also a Graph page `{value, @odata.nextLink}`.
 *
 * A ServiceAccount per principal and a Credential per `passwordCredentials` / `keyCredentials`
 * entry. Covers ServiceAccount only: client secrets usually live on the *application* object
 * (`az ad app list`), so this export is not authoritative for credentials.
 * Credential `active` is the principal's `accountEnabled`; validity against "now" is left to
 * reconciliation through `expiresAt` (endDateTime). `secretText` and `key` are never read.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { arr, bool, ids, isObject, obj, requireString, str, time, type JsonObject } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { walkPagedList, type DocumentItems, type PagedList } from './paged-list.js';
import { completeness, distinctAssets, evidenceOf, shapeError, sourceOf, whereOf, type RecordAt } from './shared.js';

const NAME = 'azure-service-principals';
const EXPECTED = 'az ad sp list --all output (an array of servicePrincipal objects)';

function isServicePrincipal(v: unknown): v is JsonObject {
  return isObject(v) && typeof v.appId === 'string' && (typeof v.servicePrincipalType === 'string' || Array.isArray(v.servicePrincipalNames));
}

function itemsOf(value: unknown): DocumentItems | null {
  if (Array.isArray(value)) return { items: value };
  if (isObject(value) && Array.isArray(value.value)) return { items: value.value, next: str(value['@odata.nextLink']) };
  return null;
}

const PRINCIPALS: PagedList = {
  expected: EXPECTED,
  itemsOf,
  nextMarker: '@odata.nextLink',
  itemNoun: 'item',
  isItem: isObject,
  itemShape: 'a servicePrincipal object',
};

function credentialAssets(
  sp: JsonObject,
  list: 'passwordCredentials' | 'keyCredentials',
  appId: string,
  active: boolean | undefined,
  spAt: RecordAt,
): LiveAsset[] {
  return arr(sp[list]).map((c, j) => {
    const at: RecordAt = { ...spAt, record: `${spAt.record}.${list}[${j}]` };
    const where = whereOf(at);
    const cred = obj(c);
    if (!cred) throw shapeError(at.file, at.line, `a credential object in ${at.record}`, c);
    const keyId = requireString(cred, 'keyId', where);
    const startedAt = time(cred.startDateTime, where, 'startDateTime');
    const attributes: LiveAsset['attributes'] = {
      credentialType: list === 'passwordCredentials' ? 'azure-client-secret' : 'azure-certificate',
      appId,
      servicePrincipalId: str(sp.id) ?? null,
    };
    // Descriptive fields only: secretText / key are secret material and are never copied.
    for (const key of ['displayName', 'hint', 'type', 'usage'] as const) {
      const v = str(cred[key]);
      if (v) attributes[key] = v;
    }
    const asset: LiveAsset = {
      kind: 'Credential',
      id: keyId,
      identifiers: ids(keyId, `${appId}#${keyId}`),
      name: str(cred.displayName) || keyId,
      createdAt: startedAt,
      rotatedAt: startedAt,
      expiresAt: time(cred.endDateTime, where, 'endDateTime'),
      evidence: evidenceOf(at),
      attributes,
    };
    if (active !== undefined) asset.active = active;
    return asset;
  });
}

function principalAssets(sp: JsonObject, at: RecordAt): LiveAsset[] {
  const where = whereOf(at);
  const id = requireString(sp, 'id', where);
  const appId = requireString(sp, 'appId', where);
  const enabled = bool(sp.accountEnabled);
  const attributes: LiveAsset['attributes'] = { appId };
  for (const key of ['displayName', 'servicePrincipalType', 'appOwnerOrganizationId'] as const) {
    const v = str(sp[key]);
    if (v) attributes[key] = v;
  }
  const names = arr(sp.servicePrincipalNames).map(str);
  const principal: LiveAsset = {
    kind: 'ServiceAccount',
    id,
    identifiers: ids(id, appId, str(sp.displayName), ...names),
    name: str(sp.displayName) || appId,
    evidence: evidenceOf(at),
    attributes,
  };
  if (enabled !== undefined) principal.active = enabled;
  return [
    principal,
    ...credentialAssets(sp, 'passwordCredentials', appId, enabled, at),
    ...credentialAssets(sp, 'keyCredentials', appId, enabled, at),
  ];
}

export const azureServicePrincipals: Adapter = {
  name: NAME,
  description: 'Azure service principals with their credentials: `az ad sp list --all`',
  markers: ['array of objects with `appId` and `servicePrincipalType` / `servicePrincipalNames`'],

  sniff(input) {
    const found = itemsOf(input.docs?.[0]?.value);
    return found && isServicePrincipal(found.items[0]) ? 0.95 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const assets: LiveAsset[] = [];
    const missing = walkPagedList(input, PRINCIPALS, (sp, at) => assets.push(...principalAssets(sp, at)));
    // No tenant id in the data: appOwnerOrganizationId is the app's home tenant, not ours.
    return { source: sourceOf(NAME, options), ...completeness(missing), covers: ['ServiceAccount'], assets: distinctAssets(assets) };
  },
};
