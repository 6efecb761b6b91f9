/**
 * Organisation members: `gh api --paginate /orgs/{org}/members` (an array of simple-user objects).
 * A Member asset per user, for checking owner handles and finding offboarded owners:
 * id = the numeric user id (logins can be renamed); identifiers `@<login>`, `<login>`, `<id>`.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { ids, isObject, requireString, str } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { evidenceOf, githubHandle, sourceOf, whereOf } from './cloud-shared.js';
import { arrayItems, firstItem, itemObject } from './github-pages.js';

const NAME = 'github-org-members';
const EXPECTED = 'gh api /orgs/{org}/members output (an array of users)';

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
    const assets: LiveAsset[] = [];
    const seen = new Set<string>();
    for (const item of arrayItems(input, EXPECTED)) {
      const u = itemObject(item, 'a user object');
      const where = whereOf(item.at);
      const login = requireString(u, 'login', where);
      const id = requireString(u, 'id', where);
      if (seen.has(id)) continue;
      seen.add(id);
      assets.push({
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
      });
    }
    return { source: sourceOf(NAME, options), complete: true, covers: ['Member'], assets };
  },
};
