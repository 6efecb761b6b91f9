/**
 * GitHub deploy keys: `gh api --paginate /repos/{owner}/{repo}/keys` (an array of
 * `{id, key, url, title, verified, created_at, read_only, added_by?, last_used?, enabled?}`).
 *
 * - id / identifiers: `github-deploy-key:<id>`, and the public key's OpenSSH fingerprint
 *   `SHA256:<base64>` (as `ssh-keygen -lf` prints it) when `key` holds a whole public key
 * - permissions: `read` (read_only) or `write`
 * - lastUsedAt: last_used; `null` = never used; a missing field (older servers) = unknown
 * - active: `enabled`, true when the field is missing (older servers have no disabled state)
 * - ownerHints: `@<added_by>`
 * - scope: `options.scope`, else `owner/repo` from the items' `url`
 */
import { createHash } from 'node:crypto';
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { bool, ids, isObject, requireString, str, time } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { distinctAssets, evidenceOf, githubHandle, sharedValue, sourceOf, whereOf } from './shared.js';
import { arrayItems, firstItem, itemObject, type GithubItem } from './github-pages.js';

const NAME = 'github-deploy-keys';
const EXPECTED = 'gh api /repos/{owner}/{repo}/keys output (an array of deploy keys)';

/**
 * OpenSSH SHA256 fingerprint of a public key line (`ssh-ed25519 AAAA… comment`). The blob must
 * decode and start with its own algorithm name, else it is not a whole key (e.g. `ssh-rsa AAA...`).
 */
export function sshFingerprint(publicKey: string): string | undefined {
  const [algorithm, b64] = publicKey.trim().split(/\s+/);
  if (!algorithm || !b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0) return undefined;
  const blob = Buffer.from(b64, 'base64');
  if (blob.length < 4) return undefined;
  const nameLength = blob.readUInt32BE(0);
  if (nameLength > blob.length - 4 || blob.subarray(4, 4 + nameLength).toString('latin1') !== algorithm) return undefined;
  return 'SHA256:' + createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}

function repoOf(url: string | undefined): string | undefined {
  const m = url ? /\/repos\/([^/]+\/[^/]+)\/keys\/\d+$/.exec(url) : null;
  return m ? m[1] : undefined;
}

function keyAsset(item: GithubItem): LiveAsset {
  const k = itemObject(item, 'a deploy key object');
  const where = whereOf(item.at);
  const keyId = requireString(k, 'id', where);
  const fingerprint = sshFingerprint(str(k.key) ?? '');
  const createdAt = time(k.created_at, where, 'created_at');
  const readOnly = bool(k.read_only);
  const addedBy = str(k.added_by);
  const title = str(k.title);
  const asset: LiveAsset = {
    kind: 'Credential',
    id: `github-deploy-key:${keyId}`,
    identifiers: ids(`github-deploy-key:${keyId}`, fingerprint),
    name: title || keyId,
    active: bool(k.enabled) ?? true,
    createdAt,
    // A deploy key cannot be changed in place: replacing it makes a new key.
    rotatedAt: createdAt,
    evidence: evidenceOf(item.at),
    attributes: {
      credentialType: 'deploy-key',
      keyId,
      ...(title ? { title } : {}),
      ...(fingerprint ? { fingerprint } : {}),
      ...(readOnly !== undefined ? { readOnly } : {}),
      ...(typeof k.verified === 'boolean' ? { verified: k.verified } : {}),
      ...(addedBy ? { addedBy } : {}),
      ...(str(k.url) ? { url: str(k.url)! } : {}),
    },
  };
  if (readOnly !== undefined) asset.permissions = [readOnly ? 'read' : 'write'];
  if ('last_used' in k) asset.lastUsedAt = time(k.last_used, where, 'last_used');
  if (addedBy) asset.ownerHints = [githubHandle(addedBy)];
  return asset;
}

export const githubDeployKeys: Adapter = {
  name: NAME,
  description: 'GitHub deploy keys: `gh api --paginate /repos/{owner}/{repo}/keys`',
  markers: ['array of objects with `key`, `read_only` and `verified`'],

  sniff(input) {
    const it = firstItem(input);
    return isObject(it) && typeof it.read_only === 'boolean' && typeof it.key === 'string' && 'verified' in it ? 0.95 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const assets = distinctAssets(arrayItems(input, EXPECTED).map(keyAsset));
    const repo = sharedValue(assets.map((a) => repoOf(str(a.attributes?.url))));
    return { source: sourceOf(NAME, options, repo), complete: true, covers: ['Credential'], assets };
  },
};
