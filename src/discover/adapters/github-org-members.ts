/**
 * Organisation members: `gh api --paginate /orgs/{org}/members` (an array of simple-user objects).
 * A Member asset per user, for checking owner handles and finding offboarded owners:
 * id = the numeric user id (logins can be renamed); identifiers `@<login>`, `<login>`, `<id>`.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { ids, isObject, requireString, str } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { distinctAssets, evidenceOf, githubHandle, sourceOf, whereOf } from './shared.js';
import { arrayItems, firstItem, itemObject, type GithubItem } from './github-pages.js';

const NAME = 'github-org-members';
const EXPECTED = 'gh api /orgs/{org}/members output (an array of users)';

function memberAsset(item: GithubItem): LiveAsset {
  const u = itemObject(item, 'a user object');
  const where = whereOf(item.at);
  const login = requireString(u, 'login', where);
  const id = requireString(u, 'id', where);
  return {
    kind: 'Member',
    id,
    identifiers: ids(githubHandle(login), login, id),
    name: login,
    active: true,
    evidence: evidenceOf(item.at),
    attributes: {
      login,
      ...(str(u.type) ? { type: str(u.type)! } : {}),
      ...(typeof u.site_admin === 'boolean' ? { siteAdmin: u.site_admin } : {}),
    },
  };
}

export const githubOrgMembers: Adapter = {
  name: NAME,
  description: 'GitHub organisation members: `gh api --paginate /orgs/{org}/members`',
  markers: ['array of objects with `login`, numeric `id`, `type` and `site_admin`'],

  sniff(input) {
    const it = firstItem(input);
    return isObject(it) && typeof it.login === 'string' && typeof it.id === 'number' && typeof it.type === 'string' && 'site_admin' in it
      ? 0.85
      : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const assets = distinctAssets(arrayItems(input, EXPECTED).map(memberAsset));
    return { source: sourceOf(NAME, options), complete: true, covers: ['Member'], assets };
  },
};
