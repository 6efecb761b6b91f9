/**
 * Live GitHub discovery with the action's own token: read-only, paginated. It collects the repo's
 * Actions secrets, which workflow job references which secret (scanning the checkout's
 * `.github/workflows/*.yml`), deploy keys and, where the token allows, org secrets and app
 * installations. Each response is fed through the same adapters as an exported file, so there is
 * one parser per format. A 403/404 means "not visible to this token": skipped and reported.
 */
import { convertFiles } from '../discover/convert.js';
import type { Snapshot } from '../model/snapshot.js';
import type { TextSource } from '../util/reader.js';
import type { Octokit } from './client.js';
import type { RepoRef } from './port.js';
import { messageOf, statusOf } from './errors.js';

export interface GithubDiscovery {
  snapshots: Snapshot[];
  /** What could not be read, and why (shown in the summary). */
  skipped: string[];
}

export async function discoverGithub(octokit: Octokit, repo: RepoRef, workspace: TextSource, nowIso: string, ownerIsOrg: boolean): Promise<GithubDiscovery> {
  const snapshots: Snapshot[] = [];
  const skipped: string[] = [];
  const full = `${repo.owner}/${repo.repo}`;
  const collectedAt = { iso: nowIso, from: 'option' as const };
  const fetchJson = async (what: string, route: () => Promise<unknown>, name: string, scope: string, format: string) => {
    try {
      const data = await route();
      snapshots.push(...convertFiles([{ path: `github:${what}`, text: JSON.stringify(data) }], { format, sourceName: name, scope, collectedAt }));
    } catch (err) {
      const s = statusOf(err);
      if (s === 403 || s === 404) skipped.push(`${what}: not visible to this token (${s})`);
      else skipped.push(`${what}: ${messageOf(err)}`);
    }
  };
  // Paginated listings wrapped back into the response shape the adapters read.
  await fetchJson(
    `${full} Actions secrets`,
    async () => {
      const secrets = await octokit.paginate(octokit.rest.actions.listRepoSecrets, { ...repo, per_page: 100 });
      return { total_count: secrets.length, secrets };
    },
    'github-repo-secrets',
    full,
    'github-actions-secrets',
  );
  await fetchJson(`${full} deploy keys`, () => octokit.paginate(octokit.rest.repos.listDeployKeys, { ...repo, per_page: 100 }), 'github-deploy-keys', full, 'github-deploy-keys');
  if (ownerIsOrg) {
    await fetchJson(
      `${repo.owner} org Actions secrets`,
      async () => {
        const secrets = await octokit.paginate(octokit.rest.actions.listOrgSecrets, { org: repo.owner, per_page: 100 });
        return { total_count: secrets.length, secrets };
      },
      'github-org-secrets',
      repo.owner,
      'github-actions-secrets',
    );
    await fetchJson(
      `${repo.owner} app installations`,
      async () => {
        const installations = await octokit.paginate(octokit.rest.orgs.listAppInstallations, { org: repo.owner, per_page: 100 });
        return { total_count: installations.length, installations };
      },
      'github-app-installations',
      repo.owner,
      'github-app-installations',
    );
  }
  // Which job uses which secret: the checked-out workflows, read locally.
  const workflows = workspace.list().filter((p) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p));
  if (workflows.length) {
    try {
      snapshots.push(...convertFiles(workflows.map((p) => ({ path: p, text: workspace.read(p).text })), { format: 'github-workflow', sourceName: 'github-workflows', scope: full, collectedAt }));
    } catch (err) {
      skipped.push(`workflow scan: ${messageOf(err)}`);
    }
  }
  return { snapshots, skipped };
}
