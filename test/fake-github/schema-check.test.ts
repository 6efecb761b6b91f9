/**
 * The fake checks requests and its own responses against GitHub's OpenAPI description: every
 * implemented route answers schema-valid bodies, and malformed requests become violations.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, implementedRoutes } from '../support/fake-github.js';
import { testOctokit, type TestOctokit } from '../support/octokit-client.js';
import { botPushBranch } from './bot-git.js';

const SEED = new URL('../fixtures/fake-github/seed', import.meta.url).pathname;
const repo = { owner: 'acme', repo: 'governance' };
// Typed as plain strings so the client's types do not stop the malformed calls below.
const LIST_ISSUES: string = 'GET /repos/{owner}/{repo}/issues';
const GET_ISSUE: string = 'GET /repos/{owner}/{repo}/issues/{issue_number}';

let gh: FakeGitHub;
let octokit: TestOctokit;

beforeAll(async () => {
  gh = await FakeGitHub.start({ seed: { dir: SEED }, access: { forbidden: [], canReadOrg: true } });
  octokit = testOctokit(gh);
});
afterAll(async () => gh.stop());
beforeEach(async () => gh.reset());

describe('response validation', () => {
  it('every implemented route answers with schema-valid bodies', async () => {
    const { state } = gh;
    state.repoSecrets.push({ name: 'AWS_ACCESS_KEY_ID', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-06-01T00:00:00Z' });
    state.orgSecrets.push({ name: 'NPM_TOKEN', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-02T00:00:00Z', visibility: 'selected' });
    state.deployKeys.push({ id: 7, title: 'ci', key: 'ssh-ed25519 AAAA', readOnly: true, verified: true, createdAt: '2025-02-01T00:00:00Z', addedBy: 'octo-human', lastUsed: null, enabled: true });
    state.installations.push({ id: 9, appId: 15368, appSlug: 'github-actions', permissions: { issues: 'write' }, events: ['push'], repositorySelection: 'all', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', suspendedAt: null });
    gh.addTeam({ slug: 'platform', members: ['octo-human'] });
    gh.setCodeownersErrors([{ line: 2, column: 19, kind: 'Unknown owner', source: '*  @acme/platform', message: 'Unknown owner on line 2' }]);

    const issue = await octokit.rest.issues.create({ ...repo, title: 'First', body: 'marker', labels: ['blindspot'], assignees: ['octo-human'] });
    const n = issue.data.number;
    await octokit.rest.issues.get({ ...repo, issue_number: n });
    await octokit.rest.issues.update({ ...repo, issue_number: n, state: 'closed', state_reason: 'not_planned' });
    await octokit.rest.issues.listForRepo({ ...repo, state: 'all' });
    const comment = await octokit.rest.issues.createComment({ ...repo, issue_number: n, body: 'note' });
    await octokit.rest.issues.listComments({ ...repo, issue_number: n });
    await octokit.rest.issues.getComment({ ...repo, comment_id: comment.data.id });
    await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.data.id, body: 'edited' });
    await octokit.rest.issues.addLabels({ ...repo, issue_number: n, labels: ['severity:high'] });
    await octokit.rest.issues.setLabels({ ...repo, issue_number: n, labels: ['blindspot', 'severity:low'] });
    await octokit.rest.issues.removeLabel({ ...repo, issue_number: n, name: 'severity:low' });
    await octokit.rest.issues.addAssignees({ ...repo, issue_number: n, assignees: ['octo-human'] });
    await octokit.rest.issues.createLabel({ ...repo, name: 'dashboard', color: 'ff0000', description: 'the dashboard' });
    await octokit.rest.issues.getLabel({ ...repo, name: 'dashboard' });
    await octokit.rest.issues.updateLabel({ ...repo, name: 'dashboard', color: '00ff00' });
    await octokit.rest.issues.listLabelsForRepo(repo);

    await botPushBranch(gh.workspace, 'blindspot/retire/fraud-scorer', { 'governance/models.yaml': 'retired: true\n' });
    const pr = await octokit.rest.pulls.create({ ...repo, title: 'Retire', head: 'blindspot/retire/fraud-scorer', base: 'main', body: 'b' });
    await octokit.rest.pulls.list({ ...repo, state: 'all' });
    await octokit.rest.pulls.get({ ...repo, pull_number: pr.data.number });
    await octokit.rest.pulls.update({ ...repo, pull_number: pr.data.number, body: 'updated' });
    await octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pr.data.number, reviewers: ['octo-human'], team_reviewers: ['platform'] });
    await octokit.rest.repos.getBranch({ ...repo, branch: 'blindspot/retire/fraud-scorer' });
    await octokit.rest.git.getRef({ ...repo, ref: 'heads/blindspot/retire/fraud-scorer' });
    await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: 'main...blindspot/retire/fraud-scorer' });
    await octokit.rest.repos.getContent({ ...repo, path: 'governance/models.yaml' });
    await octokit.rest.repos.getContent({ ...repo, path: 'governance' });
    await octokit.rest.repos.codeownersErrors(repo);
    await octokit.rest.git.deleteRef({ ...repo, ref: 'heads/blindspot/retire/fraud-scorer' });

    await octokit.rest.repos.get(repo);
    await octokit.rest.users.getAuthenticated();
    await octokit.rest.rateLimit.get();
    await octokit.rest.actions.listRepoSecrets(repo);
    await octokit.rest.actions.listOrgSecrets({ org: 'acme' });
    await octokit.rest.repos.listDeployKeys(repo);
    await octokit.rest.orgs.listAppInstallations({ org: 'acme' });
    await octokit.rest.orgs.listMembers({ org: 'acme' });

    const served = new Set(gh.log.entries.map((e) => e.route));
    expect(implementedRoutes().filter((route) => !served.has(route))).toEqual([]);
    expect(gh.problems()).toEqual([]);
  });

  it('error responses are schema-valid too (404, 422, 403)', async () => {
    await expect(octokit.rest.issues.get({ ...repo, issue_number: 999 })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.issues.createLabel({ ...repo, name: 'x', color: 'nothex' })).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.repos.getBranch({ ...repo, branch: 'nope' })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'other' })).rejects.toMatchObject({ status: 404 });
    expect(gh.problems()).toEqual([]);
  });
});

describe('request validation', () => {
  it('rejects a body that breaks the schema (labels as a string) without applying it', async () => {
    const response = await fetch(`${gh.url}/repos/acme/governance/issues`, {
      method: 'POST',
      headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 't', labels: 'x' }),
    });
    expect(response.status).toBe(400);
    expect(gh.issues()).toEqual([]);
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0]).toMatchObject({ side: 'request', method: 'POST', route: 'POST /repos/{owner}/{repo}/issues' });
    expect(gh.violations[0].errors).toEqual(['body/labels must be array']);
  });

  it('rejects an unknown enum value through the real client, which fails loudly', async () => {
    // Typed calls would not compile; an untyped route (as JavaScript callers write) hits the check.
    const call = octokit.request(LIST_ISSUES, { ...repo, state: 'opened' });
    await expect(call).rejects.toMatchObject({ status: 400 });
    expect(gh.violations.map((v) => v.errors).flat()).toEqual(['query/state must be equal to one of the allowed values (["open","closed","all"])']);
  });

  it('rejects unknown query parameters and mistyped path parameters', async () => {
    await expect(octokit.request(LIST_ISSUES, { ...repo, label: 'typo' })).rejects.toMatchObject({ status: 400 });
    await expect(octokit.request(GET_ISSUE, { ...repo, issue_number: 'abc' })).rejects.toMatchObject({ status: 400 });
    const errors = gh.violations.map((v) => v.errors).flat();
    expect(errors).toEqual(['query must NOT have additional properties (label)', 'path/issue_number must be integer']);
  });

  it('rejects a body on an operation that takes none', async () => {
    await expect(octokit.request('GET /rate_limit', { unexpected: true })).rejects.toMatchObject({ status: 400 });
    expect(gh.violations[0].errors).toEqual(['query must NOT have additional properties (unexpected)']);
    const response = await fetch(`${gh.url}/repos/acme/governance/git/refs/heads%2Fmain`, {
      method: 'DELETE',
      headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ force: true }),
    });
    expect(response.status).toBe(400);
    expect(gh.violations[1].errors).toEqual(['body: DELETE /repos/{owner}/{repo}/git/refs/{ref} takes no request body']);
    expect((await gh.branches()).has('main')).toBe(true);
  });

  it('records requests to routes the fake does not implement as unhandled 404s', async () => {
    await expect(octokit.rest.repos.listReleases(repo)).rejects.toMatchObject({ status: 404 });
    await expect(octokit.request('GET /no/such/endpoint')).rejects.toMatchObject({ status: 404 });
    expect(gh.log.unhandled().map((e) => `${e.method} ${e.path} ${e.route}`)).toEqual([
      'GET /repos/acme/governance/releases GET /repos/{owner}/{repo}/releases',
      'GET /no/such/endpoint null',
    ]);
    expect(gh.problems()).toEqual(['unhandled #1 GET /repos/acme/governance/releases', 'unhandled #2 GET /no/such/endpoint']);
  });

  it('lists search API calls separately, so tests can prove the bot never dedupes through search', async () => {
    await octokit.rest.issues.listForRepo(repo);
    await expect(octokit.rest.search.issuesAndPullRequests({ q: 'repo:acme/governance label:blindspot' })).rejects.toMatchObject({ status: 404 });
    expect(gh.log.searchCalls().map((e) => [e.path, e.query.q])).toEqual([['/search/issues', 'repo:acme/governance label:blindspot']]);
  });
});
