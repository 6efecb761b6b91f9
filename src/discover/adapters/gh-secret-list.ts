/**
 * `gh secret list [--org ORG] --json name,updatedAt,visibility,numSelectedRepos,selectedReposURL`:
 * a JSON array with camelCase names and no createdAt. Same Credential form as the REST
 * secrets adapter (identifiers `NAME`, plus `github-secret:<scope>/<NAME>` when the scope is known).
 * The CLI prints every secret with no count, so the listing is taken as complete.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { isObject, requireString, str, time } from '../fields.js';
import type { AttributeValue, LiveAsset } from '../../model/snapshot.js';
import { sourceOf, whereOf } from './cloud-shared.js';
import { secretAsset } from './github-actions-secrets.js';
import { arrayItems, itemObject } from './github-pages.js';

const NAME = 'gh-secret-list';
const EXPECTED = 'gh secret list --json name,updatedAt,… output (an array of {name, updatedAt, …})';
const FIELDS = new Set(['name', 'updatedAt', 'visibility', 'numSelectedRepos', 'selectedReposURL']);

export const ghSecretList: Adapter = {
  name: NAME,
  description: 'GitHub secrets as the CLI lists them: `gh secret list [--org ORG] --json name,updatedAt,visibility,numSelectedRepos`',
  markers: ['array of objects with only `name`, `updatedAt`, `visibility`, `numSelectedRepos`, `selectedReposURL`'],

  sniff(input) {
    const v = input.docs?.[0]?.value;
    if (!Array.isArray(v) || v.length === 0) return 0;
    const fit = v.every((it) => isObject(it) && typeof it.name === 'string' && Object.keys(it).every((k) => FIELDS.has(k)));
    if (!fit) return 0;
    // `{name}` alone is too generic to claim with confidence.
    return isObject(v[0]) && 'updatedAt' in v[0] ? 0.9 : 0.3;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const assets: LiveAsset[] = [];
    const seen = new Set<string>();
    for (const item of arrayItems(input, EXPECTED)) {
      const s = itemObject(item, 'a secret object');
      const where = whereOf(item.at);
      const name = requireString(s, 'name', where);
      if (seen.has(name)) continue;
      seen.add(name);
      const attributes: Record<string, AttributeValue> = {};
      const visibility = str(s.visibility);
      // Only organization secrets have a visibility.
      if (visibility) {
        attributes.secretLevel = 'organization';
        attributes.visibility = visibility;
      }
      if (typeof s.numSelectedRepos === 'number') attributes.numSelectedRepos = s.numSelectedRepos;
      const selected = str(s.selectedReposURL);
      if (selected) attributes.selectedRepositoriesUrl = selected;
      assets.push(secretAsset(name, options.scope, item.at, { updatedAt: time(s.updatedAt, where, 'updatedAt') }, attributes));
    }
    return { source: sourceOf(NAME, options), complete: true, covers: ['Credential'], assets };
  },
};
