/**
 * `gh secret list [--org ORG] --json name,updatedAt,visibility,numSelectedRepos,selectedReposURL`:
 * a JSON array with camelCase names and no createdAt. Same Credential form as the REST
 * secrets adapter (identifiers `NAME`, plus `github-secret:<scope>/<NAME>` when the scope is known).
 * The CLI prints every secret with no count, so the listing is taken as complete.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { isObject } from '../fields.js';
import { sourceOf } from './shared.js';
import { secretAssets } from './github-actions-secrets.js';
import { arrayItems } from './github-pages.js';

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
    const assets = secretAssets(arrayItems(input, EXPECTED), options.scope, {
      updatedAt: 'updatedAt',
      selectedReposUrl: 'selectedReposURL',
      numSelectedRepos: 'numSelectedRepos',
    });
    return { source: sourceOf(NAME, options), complete: true, covers: ['Credential'], assets };
  },
};
