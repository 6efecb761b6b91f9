/**
 * GitHub App installations on an organisation: `gh api --paginate /orgs/{org}/installations`
 * (`{total_count, installations: [...]}`). A ServiceAccount per installation:
 * - id `github-app-installation:<id>`; identifiers that plus `github-app:<app_slug>` and `<app_slug>`
 * - permissions `<scope>:<level>` from `permissions` (e.g. `contents:write`), sorted
 * - active: no `suspended_at`; createdAt: created_at; no last-used in this API
 * - scope: `options.scope`, else the installation account's login
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { arr, ids, obj, requireString, str, time } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { distinctAssets, evidenceOf, sharedValue, sourceOf, whereOf } from './shared.js';
import { countCheck, isWrappedPage, itemObject, wrappedItems, type GithubItem } from './github-pages.js';

const NAME = 'github-app-installations';
const EXPECTED = 'gh api /orgs/{org}/installations output ({total_count, installations: [...]})';

function installationAsset(item: GithubItem): LiveAsset {
  const inst = itemObject(item, 'an installation object');
  const where = whereOf(item.at);
  const installationId = requireString(inst, 'id', where);
  const slug = str(inst.app_slug);
  const suspendedAt = time(inst.suspended_at, where, 'suspended_at');
  const permissions = Object.entries(obj(inst.permissions) ?? {})
    .filter(([, level]) => typeof level === 'string')
    .map(([scope, level]) => `${scope}:${level as string}`)
    .sort();
  const events = arr(inst.events).map(str).filter((e): e is string => e !== undefined);
  const account = str(obj(inst.account)?.login);
  const suspendedBy = str(obj(inst.suspended_by)?.login);
  const id = `github-app-installation:${installationId}`;
  return {
    kind: 'ServiceAccount',
    id,
    identifiers: ids(id, slug && `github-app:${slug}`, slug),
    name: slug || id,
    active: suspendedAt === null,
    createdAt: time(inst.created_at, where, 'created_at'),
    permissions,
    evidence: evidenceOf(item.at),
    attributes: {
      installationId,
      ...(str(inst.app_id) ? { appId: str(inst.app_id)! } : {}),
      ...(slug ? { appSlug: slug } : {}),
      ...(account ? { account } : {}),
      ...(str(inst.target_type) ? { targetType: str(inst.target_type)! } : {}),
      ...(str(inst.repository_selection) ? { repositorySelection: str(inst.repository_selection)! } : {}),
      events,
      suspendedAt,
      ...(suspendedBy ? { suspendedBy } : {}),
    },
  };
}

export const githubAppInstallations: Adapter = {
  name: NAME,
  description: 'GitHub App installations of an organisation: `gh api --paginate /orgs/{org}/installations`',
  markers: ['top-level keys `total_count` + `installations`'],

  sniff(input) {
    const v = input.docs?.[0]?.value;
    return isWrappedPage(Array.isArray(v) ? v[0] : v, 'installations') ? 0.95 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const { items, totalCount } = wrappedItems(input, 'installations', EXPECTED);
    const assets = distinctAssets(items.map(installationAsset));
    const account = sharedValue(assets.map((a) => str(a.attributes?.account)));
    return {
      source: sourceOf(NAME, options, account),
      ...countCheck(totalCount, assets.length, 'installations'),
      covers: ['ServiceAccount'],
      assets,
    };
  },
};
