/** Pull requests and refs, backed by the fake's bare repository, through the real client. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, git, HUMAN_LOGIN, PR_NOT_PERMITTED_MESSAGE } from '../support/fake-github.js';
import { testOctokit, type TestOctokit } from '../support/octokit-client.js';
import { botPushBranch } from './bot-git.js';

const SEED = new URL('../fixtures/fake-github/seed', import.meta.url).pathname;
const repo = { owner: 'acme', repo: 'governance' };
const BRANCH = 'blindspot/retire/fraud-scorer';

let gh: FakeGitHub;
let octokit: TestOctokit;

beforeAll(async () => {
  gh = await FakeGitHub.start({ seed: { dir: SEED } });
  octokit = testOctokit(gh);
});
afterAll(async () => gh.stop());
beforeEach(async () => gh.reset());

describe('workspace and bare repository', () => {
  it('seeds one commit on main from a directory and clones it as the bot', async () => {
    expect(readFileSync(join(gh.workspace, '.github/CODEOWNERS'), 'utf8')).toContain('@acme/platform');
    expect((await git(gh.workspace, ['remote', 'get-url', 'origin'])).trim()).toBe(gh.bareRepo);
    expect((await git(gh.workspace, ['config', 'user.name'])).trim()).toBe('github-actions[bot]');
    expect((await git(gh.workspace, ['rev-list', '--count', 'HEAD'])).trim()).toBe('1');
    const env = await gh.actionEnv();
    expect(env).toMatchObject({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/governance', GITHUB_WORKSPACE: gh.workspace, GITHUB_REF: 'refs/heads/main' });
    expect(env.GITHUB_SHA).toBe((await gh.branches()).get('main'));
  });

  it('reset() removes pushed branches, workspace edits and state', async () => {
    const mainBefore = (await gh.branches()).get('main');
    await botPushBranch(gh.workspace, BRANCH, { 'x.txt': 'x\n' });
    await gh.humanPush('human/branch');
    gh.seedIssue({ title: 'x' });
    await gh.reset();
    expect([...(await gh.branches()).entries()]).toEqual([['main', mainBefore]]);
    expect(existsSync(join(gh.workspace, 'x.txt'))).toBe(false);
    expect((await git(gh.workspace, ['branch', '--list'])).trim()).toBe('* main');
    expect(gh.issues()).toEqual([]);
    expect(gh.log.entries).toEqual([]);
  });
});

describe('pull requests', () => {
  it('creates a PR for a pushed branch, then refuses a duplicate with GitHub 422', async () => {
    const sha = await botPushBranch(gh.workspace, BRANCH, { 'governance/models.yaml': 'lifecycle: retired\n' });
    const created = await octokit.rest.pulls.create({ ...repo, title: 'Retire fraud-scorer', head: BRANCH, base: 'main', body: '<!-- blindspot:v1 -->' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ number: 1, state: 'open', merged: false, draft: false, head: { ref: BRANCH, sha, label: `acme:${BRANCH}` }, base: { ref: 'main' }, commits: 1, changed_files: 1 });

    const duplicate = octokit.rest.pulls.create({ ...repo, title: 'again', head: `acme:${BRANCH}`, base: 'main' });
    await expect(duplicate).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for acme:${BRANCH}.` }],
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
          status: '422',
        },
      },
    });
    expect(gh.pulls()).toHaveLength(1);
  });

  it('refuses a PR whose head branch is not in the repository', async () => {
    const missing = octokit.rest.pulls.create({ ...repo, title: 't', head: 'blindspot/never-pushed', base: 'main' });
    await expect(missing).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] } },
    });
    expect(gh.pulls()).toEqual([]);
  });

  it('refuses a PR with no commits between base and head', async () => {
    const tip = (await gh.branches()).get('main') ?? '';
    await git(gh.workspace, ['push', '--quiet', 'origin', `${tip}:refs/heads/empty`]);
    await expect(octokit.rest.pulls.create({ ...repo, title: 't', head: 'empty', base: 'main' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: 'No commits between main and empty' }] } },
    });
  });

  it('filters pulls by owner:branch and ignores a bare branch name, like GitHub', async () => {
    await botPushBranch(gh.workspace, BRANCH, { 'a.txt': 'a\n' });
    await botPushBranch(gh.workspace, 'blindspot/owner/x', { 'b.txt': 'b\n' });
    await octokit.rest.pulls.create({ ...repo, title: 'one', head: BRANCH, base: 'main' });
    await octokit.rest.pulls.create({ ...repo, title: 'two', head: 'blindspot/owner/x', base: 'main' });
    const byOwner = await octokit.rest.pulls.list({ ...repo, head: `acme:${BRANCH}`, state: 'open' });
    expect(byOwner.data.map((p) => p.title)).toEqual(['one']);
    const bare = await octokit.rest.pulls.list({ ...repo, head: BRANCH });
    expect(bare.data.map((p) => p.title)).toEqual(['two', 'one']);
  });

  it('updates and closes a PR; deleting its branch closes an open PR', async () => {
    await botPushBranch(gh.workspace, BRANCH, { 'a.txt': 'a\n' });
    await botPushBranch(gh.workspace, 'blindspot/adopt/y', { 'b.txt': 'b\n' });
    const one = await octokit.rest.pulls.create({ ...repo, title: 'one', head: BRANCH, base: 'main' });
    const two = await octokit.rest.pulls.create({ ...repo, title: 'two', head: 'blindspot/adopt/y', base: 'main', draft: true });
    const updated = await octokit.rest.pulls.update({ ...repo, pull_number: one.data.number, title: 'Retire (moot)', state: 'closed' });
    expect(updated.data).toMatchObject({ title: 'Retire (moot)', state: 'closed', merged: false });
    expect(two.data.draft).toBe(true);

    const deleted = await octokit.rest.git.deleteRef({ ...repo, ref: 'heads/blindspot/adopt/y' });
    expect(deleted.status).toBe(204);
    expect((await gh.branches()).has('blindspot/adopt/y')).toBe(false);
    expect(gh.issue(two.data.number).state).toBe('closed');
    await expect(octokit.rest.git.deleteRef({ ...repo, ref: 'heads/blindspot/adopt/y' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Reference does not exist' } },
    });
  });

  it('answers the "not permitted to create PRs" 403 when Actions may not open PRs', async () => {
    const locked = await FakeGitHub.start({ access: { actionsCanCreatePullRequests: false } });
    try {
      await botPushBranch(locked.workspace, BRANCH, { 'a.txt': 'a\n' });
      await expect(testOctokit(locked).rest.pulls.create({ ...repo, title: 't', head: BRANCH, base: 'main' })).rejects.toMatchObject({
        status: 403,
        response: { data: { message: PR_NOT_PERMITTED_MESSAGE, documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '403' } },
      });
      expect(locked.pulls()).toEqual([]);
    } finally {
      await locked.stop();
    }
  });

  it('requests user reviewers, but cannot resolve teams with the GITHUB_TOKEN', async () => {
    gh.addTeam({ slug: 'platform', members: [HUMAN_LOGIN] });
    await botPushBranch(gh.workspace, BRANCH, { 'a.txt': 'a\n' });
    const pr = await octokit.rest.pulls.create({ ...repo, title: 't', head: BRANCH, base: 'main' });
    const asked = await octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pr.data.number, reviewers: [HUMAN_LOGIN] });
    expect(asked.data.requested_reviewers?.map((u) => u.login)).toEqual([HUMAN_LOGIN]);
    const team = octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pr.data.number, team_reviewers: ['platform'] });
    await expect(team).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Could not resolve to a node with the global id of') });
    const stranger = octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pr.data.number, reviewers: ['stranger'] });
    await expect(stranger).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Reviews may only be requested from collaborators') });
    expect(gh.problems()).toEqual([]);
  });
});

describe('refs, compare, contents and CODEOWNERS', () => {
  it('reads branches and refs (encoded or not) from the bare repo, 404 when missing', async () => {
    const sha = await botPushBranch(gh.workspace, BRANCH, { 'a.txt': 'a\n' });
    const branch = await octokit.rest.repos.getBranch({ ...repo, branch: BRANCH });
    expect(branch.data).toMatchObject({ name: BRANCH, commit: { sha, author: { login: 'github-actions[bot]' } }, protected: false });
    const ref = await octokit.rest.git.getRef({ ...repo, ref: `heads/${BRANCH}` });
    expect(ref.data).toMatchObject({ ref: `refs/heads/${BRANCH}`, object: { type: 'commit', sha } });
    const unencoded = await fetch(`${gh.url}/repos/acme/governance/git/ref/heads/${BRANCH}`, { headers: { authorization: `token ${gh.token}` } });
    expect(((await unencoded.json()) as { object: { sha: string } }).object.sha).toBe(sha);
    await expect(octokit.rest.git.getRef({ ...repo, ref: 'heads/nope' })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.repos.getBranch({ ...repo, branch: 'nope' })).rejects.toMatchObject({ status: 404, response: { data: { message: 'Branch not found' } } });
  });

  it('shows a human commit on a bot branch in compare, with the human as author', async () => {
    await botPushBranch(gh.workspace, BRANCH, { 'a.txt': 'a\n' });
    const humanSha = await gh.humanPush(BRANCH, { files: { 'a.txt': 'fixed by hand\n' } });
    const comparison = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `main...${BRANCH}` });
    expect(comparison.data).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0, total_commits: 2 });
    expect(comparison.data.commits.map((c) => c.author?.login)).toEqual(['github-actions[bot]', HUMAN_LOGIN]);
    expect(comparison.data.commits[1].sha).toBe(humanSha);
    // The action's workspace is untouched by the human push.
    expect((await git(gh.workspace, ['rev-parse', 'HEAD'])).trim()).toBe((await gh.branches()).get('main'));
  });

  it('serves file and directory contents at a ref', async () => {
    const file = await octokit.rest.repos.getContent({ ...repo, path: '.github/CODEOWNERS' });
    if (Array.isArray(file.data) || file.data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(file.data.content, 'base64').toString('utf8')).toContain('/governance/      @acme/governance @octo-human');
    const dir = await octokit.rest.repos.getContent({ ...repo, path: 'governance' });
    expect(Array.isArray(dir.data) ? dir.data.map((e) => e.path) : []).toEqual(['governance/models.yaml']);
    await expect(octokit.rest.repos.getContent({ ...repo, path: 'nope.txt' })).rejects.toMatchObject({ status: 404 });
  });

  it('lists CODEOWNERS errors, and 404s when the ref has no CODEOWNERS', async () => {
    gh.setCodeownersErrors([{ line: 3, column: 19, kind: 'Unknown owner', source: '/governance/      @acme/governance', message: 'Unknown owner on line 3' }]);
    const errors = await octokit.rest.repos.codeownersErrors({ ...repo, ref: 'main' });
    expect(errors.data.errors).toEqual([
      { line: 3, column: 19, kind: 'Unknown owner', source: '/governance/      @acme/governance', message: 'Unknown owner on line 3', path: '.github/CODEOWNERS', suggestion: null },
    ]);
    const bare = await FakeGitHub.start();
    try {
      await expect(testOctokit(bare).rest.repos.codeownersErrors(repo)).rejects.toMatchObject({ status: 404 });
    } finally {
      await bare.stop();
    }
  });
});
