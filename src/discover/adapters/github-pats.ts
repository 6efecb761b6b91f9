/**
 * Fine-grained personal access tokens with access to an organisation:
 * `gh api --paginate /orgs/{org}/personal-access-tokens` (callable by GitHub Apps only).
 * A Credential per token grant:
 * - id `github-pat:<token_id>`; identifiers that, `github-pat-grant:<id>` and `<owner login>/<token_name>`
 * - permissions `<category>.<permission>:<level>` over organization / repository / other,
 *   e.g. `repository.contents:write`, `organization.members:read` (sorted)
 * - active: not `token_expired`; expiresAt: token_expires_at (null = never expires)
 * - lastUsedAt: token_last_used_at (null = never used); createdAt: access_granted_at
 * - ownerHints: `@<owner.login>`
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { bool, ids, isObject, obj, requireString, str, time } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { distinctAssets, evidenceOf, githubHandle, sourceOf, whereOf } from './shared.js';
import { arrayItems, firstItem, itemObject, type GithubItem } from './github-pages.js';

const NAME = 'github-pats';
const EXPECTED = 'gh api /orgs/{org}/personal-access-tokens output (an array of token grants)';

function permissionStrings(permissions: unknown): string[] {
  const out: string[] = [];
  for (const [category, scopes] of Object.entries(obj(permissions) ?? {})) {
    for (const [permission, level] of Object.entries(obj(scopes) ?? {})) {
      if (typeof level === 'string') out.push(`${category}.${permission}:${level}`);
    }
  }
  return out.sort();
}

function tokenAsset(item: GithubItem): LiveAsset {
  const t = itemObject(item, 'a token grant object');
  const where = whereOf(item.at);
  const tokenId = requireString(t, 'token_id', where);
  const grantId = str(t.id);
  const tokenName = str(t.token_name);
  const owner = obj(t.owner);
  const login = owner ? str(owner.login) : undefined;
  if (!login) throw new InputError(`missing required field owner.login in ${item.at.record}`, { file: item.at.file, line: item.at.line });
  const expired = bool(t.token_expired);
  const id = `github-pat:${tokenId}`;
  const asset: LiveAsset = {
    kind: 'Credential',
    id,
    identifiers: ids(id, grantId && `github-pat-grant:${grantId}`, tokenName && `${login}/${tokenName}`),
    name: tokenName || id,
    createdAt: time(t.access_granted_at, where, 'access_granted_at'),
    expiresAt: time(t.token_expires_at, where, 'token_expires_at'),
    lastUsedAt: time(t.token_last_used_at, where, 'token_last_used_at'),
    permissions: permissionStrings(t.permissions),
    ownerHints: [githubHandle(login)],
    evidence: evidenceOf(item.at),
    attributes: {
      credentialType: 'github-token',
      tokenId,
      ...(grantId ? { grantId } : {}),
      ...(tokenName ? { tokenName } : {}),
      ownerLogin: login,
      ...(str(owner?.id) ? { ownerId: str(owner?.id)! } : {}),
      ...(str(t.repository_selection) ? { repositorySelection: str(t.repository_selection)! } : {}),
      ...(expired !== undefined ? { tokenExpired: expired } : {}),
    },
  };
  if (expired !== undefined) asset.active = !expired;
  return asset;
}

export const githubPats: Adapter = {
  name: NAME,
  description: 'Fine-grained PATs with organisation access: `gh api --paginate /orgs/{org}/personal-access-tokens`',
  markers: ['array of objects with `token_id` (and `token_name`, `owner`)'],

  sniff(input) {
    const it = firstItem(input);
    return isObject(it) && 'token_id' in it && isObject(it.owner) ? 0.95 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const assets = distinctAssets(arrayItems(input, EXPECTED).map(tokenAsset));
    return { source: sourceOf(NAME, options), complete: true, covers: ['Credential'], assets };
  },
};
