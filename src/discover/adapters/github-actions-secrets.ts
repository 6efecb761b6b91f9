/**
 * GitHub Actions secrets from the REST API: `gh api --paginate /repos/{o}/{r}/actions/secrets`
 * (`{total_count, secrets: [{name, created_at, updated_at}]}`) and the org endpoint
 * `/orgs/{org}/actions/secrets` (adds `visibility`, `selected_repositories_url`).
 *
 * A Credential per secret. GitHub never returns values or last use: `rotatedAt` = updated_at and
 * `lastUsedAt` stays absent (unknown). The repo or org is not in the response, so the scope comes
 * from `options.scope`; identifiers are `NAME`, plus `github-secret:<scope>/<NAME>` when known.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { requireString, str, time } from '../fields.js';
import type { AttributeValue, LiveAsset } from '../../model/snapshot.js';
import { evidenceOf, sourceOf, whereOf, type RecordAt } from './shared.js';
import { countCheck, isWrappedPage, itemObject, wrappedItems, type GithubItem } from './github-pages.js';

const NAME = 'github-actions-secrets';
const EXPECTED = 'GitHub REST actions secrets pages ({total_count, secrets: [...]})';

/** The identifiers and id of a CI secret, shared with the `gh secret list` adapter. */
export function secretIds(name: string, scope: string | undefined): { id: string; identifiers: string[] } {
  if (!scope) return { id: name, identifiers: [name] };
  const scoped = `github-secret:${scope}/${name}`;
  return { id: scoped, identifiers: [name, scoped] };
}

function secretAsset(
  name: string,
  scope: string | undefined,
  at: RecordAt,
  times: { createdAt?: string | null; updatedAt: string | null },
  attributes: Record<string, AttributeValue>,
): LiveAsset {
  const { id, identifiers } = secretIds(name, scope);
  const asset: LiveAsset = {
    kind: 'Credential',
    id,
    identifiers,
    name,
    // A listed secret exists and is available to workflows; GitHub has no disabled state.
    active: true,
    rotatedAt: times.updatedAt,
    evidence: evidenceOf(at),
    attributes: { credentialType: 'ci-secret', ...attributes },
  };
  if (times.createdAt !== undefined) asset.createdAt = times.createdAt;
  return asset;
}

/** Where a listing keeps the secret fields: the REST API spells them in snake_case, `gh secret list` in camelCase. */
export interface SecretFields {
  /** Absent when the listing has no creation time. */
  createdAt?: string;
  updatedAt: string;
  selectedReposUrl: string;
  /** Absent when the listing has no count of selected repositories. */
  numSelectedRepos?: string;
}

/** A Credential per secret in a listing's items; a name listed again (overlapping pages) is skipped unread. */
export function secretAssets(items: GithubItem[], scope: string | undefined, fields: SecretFields): LiveAsset[] {
  const assets: LiveAsset[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const s = itemObject(item, 'a secret object');
    const where = whereOf(item.at);
    const name = requireString(s, 'name', where);
    if (seen.has(name)) continue;
    seen.add(name);
    const attributes: Record<string, AttributeValue> = {};
    // Only organization secrets have a visibility; repository and environment ones look alike.
    const visibility = str(s.visibility);
    if (visibility) {
      attributes.secretLevel = 'organization';
      attributes.visibility = visibility;
    }
    const selectedCount = fields.numSelectedRepos === undefined ? undefined : s[fields.numSelectedRepos];
    if (typeof selectedCount === 'number') attributes.numSelectedRepos = selectedCount;
    const selected = str(s[fields.selectedReposUrl]);
    if (selected) attributes.selectedRepositoriesUrl = selected;
    const createdAt = fields.createdAt === undefined ? undefined : time(s[fields.createdAt], where, fields.createdAt);
    const updatedAt = time(s[fields.updatedAt], where, fields.updatedAt);
    assets.push(secretAsset(name, scope, item.at, { createdAt, updatedAt }, attributes));
  }
  return assets;
}

export const githubActionsSecrets: Adapter = {
  name: NAME,
  description:
    'GitHub Actions secrets: `gh api --paginate /repos/{owner}/{repo}/actions/secrets` or `/orgs/{org}/actions/secrets` (pass the repo/org as scope)',
  markers: ['top-level keys `total_count` + `secrets`'],

  sniff(input) {
    const v = input.docs?.[0]?.value;
    // The envelope is unmistakable even on an empty page.
    return isWrappedPage(Array.isArray(v) ? v[0] : v, 'secrets') ? 0.95 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const { items, totalCount } = wrappedItems(input, 'secrets', EXPECTED);
    const assets = secretAssets(items, options.scope, {
      createdAt: 'created_at',
      updatedAt: 'updated_at',
      selectedReposUrl: 'selected_repositories_url',
    });
    return {
      source: sourceOf(NAME, options),
      ...countCheck(totalCount, assets.length, 'secrets'),
      covers: ['Credential'],
      assets,
    };
  },
};
