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
import { evidenceOf, jsonDocs, shapeError, sourceOf, whereOf, type RecordAt } from './cloud-shared.js';

const NAME = 'azure-service-principals';
const EXPECTED = 'az ad sp list --all output (an array of servicePrincipal objects)';

function isServicePrincipal(v: unknown): v is JsonObject {
  return isObject(v) && typeof v.appId === 'string' && (typeof v.servicePrincipalType === 'string' || Array.isArray(v.servicePrincipalNames));
}

function itemsOf(value: unknown): { items: unknown[]; nextLink?: string } | null {
  if (Array.isArray(value)) return { items: value };
  if (isObject(value) && Array.isArray(value.value)) return { items: value.value, nextLink: str(value['@odata.nextLink']) };
  return null;
}

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
    const file = input.file;
    const assets: LiveAsset[] = [];
    const seen = new Set<string>();
    const more: string[] = [];
    let index = 0;
    for (const doc of jsonDocs(input, EXPECTED)) {
      const found = itemsOf(doc.value);
      if (!found) throw shapeError(file, doc.startLine, EXPECTED, doc.value);
      if (found.nextLink) more.push(`document ${doc.docIndex + 1} has @odata.nextLink: later pages are missing`);
      found.items.forEach((item, j) => {
        const at: RecordAt = { file, index: index++, line: doc.recordLine, record: `document ${doc.docIndex + 1}, item ${j}` };
        if (!isObject(item)) throw shapeError(file, doc.startLine, `a servicePrincipal object in ${at.record}`, item);
        for (const asset of principalAssets(item, at)) {
          const key = `${asset.kind}/${asset.id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          assets.push(asset);
        }
      });
    }
    // No tenant id in the data: appOwnerOrganizationId is the app's home tenant, not ours.
    const piece: SnapshotPiece = {
      source: sourceOf(NAME, options),
      complete: more.length === 0,
      covers: ['ServiceAccount'],
      assets,
    };
    if (more.length > 0) piece.incompleteReason = more.join('; ');
    return piece;
  },
};
