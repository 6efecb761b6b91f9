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
import { evidenceOf, sourceOf, whereOf, type RecordAt } from './cloud-shared.js';
import { countCheck, isWrappedPage, itemObject, wrappedItems } from './github-pages.js';

const NAME = 'github-actions-secrets';
const EXPECTED = 'GitHub REST actions secrets pages ({total_count, secrets: [...]})';

/** The identifiers and id of a CI secret, shared with the `gh secret list` adapter. */
export function secretIds(name: string, scope: string | undefined): { id: string; identifiers: string[] } {
  if (!scope) return { id: name, identifiers: [name] };
  const scoped = `github-secret:${scope}/${name}`;
  return { id: scoped, identifiers: [name, scoped] };
}

export function secretAsset(
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
      const selected = str(s.selected_repositories_url);
      if (selected) attributes.selectedRepositoriesUrl = selected;
      assets.push(
        secretAsset(name, options.scope, item.at, { createdAt: time(s.created_at, where, 'created_at'), updatedAt: time(s.updated_at, where, 'updated_at') }, attributes),
      );
    }
    return {
      source: sourceOf(NAME, options),
      ...countCheck(totalCount, seen.size, 'secrets'),
      covers: ['Credential'],
      assets,
    };
  },
};
