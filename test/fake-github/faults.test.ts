/** Fault injection, observed through the real client with its throttling and retry plugins. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, PR_NOT_PERMITTED_MESSAGE, SECONDARY_RATE_LIMIT_MESSAGE } from '../support/fake-github.js';
import { testOctokit, type LimitEvent, type TestOctokit } from '../support/octokit-client.js';
import { botPushBranch } from './bot-git.js';

const repo = { owner: 'acme', repo: 'governance' };
const ISSUES = '/repos/{owner}/{repo}/issues';

let gh: FakeGitHub;
let octokit: TestOctokit;
let limits: LimitEvent[];

beforeAll(async () => {
  gh = await FakeGitHub.start();
});
afterAll(async () => gh.stop());
beforeEach(async () => {
  await gh.reset();
  limits = [];
  octokit = testOctokit(gh, { limits });
});

describe('5xx around writes', () => {
  it('5xx-before fails the create without creating the issue', async () => {
    gh.inject({ method: 'POST', path: ISSUES, fault: { kind: '5xx-before' } });
    await expect(octokit.rest.issues.create({ ...repo, title: 'x', request: { retries: 0 } })).rejects.toMatchObject({ status: 502 });
    expect(gh.issues()).toEqual([]);
    expect(gh.writes()).toMatchObject([{ status: 502, applied: false, fault: '5xx-before' }]);
  });

  it('5xx-after creates the issue although the client saw 502', async () => {
    gh.inject({ method: 'POST', path: ISSUES, fault: { kind: '5xx-after' } });
    await expect(octokit.rest.issues.create({ ...repo, title: 'x', request: { retries: 0 } })).rejects.toMatchObject({ status: 502 });
    expect(gh.issues().map((i) => i.title)).toEqual(['x']);
    expect(gh.writes()).toMatchObject([{ status: 502, applied: true, fault: '5xx-after' }]);
  });

  it('shows the duplicate trap: plugin-retry re-sends a POST whose first attempt was applied', async () => {
    gh.inject({ method: 'POST', path: ISSUES, fault: { kind: '5xx-after' } });
    const created = await octokit.rest.issues.create({ ...repo, title: 'x' });
    expect(created.status).toBe(201);
    expect(gh.issues().map((i) => i.title)).toEqual(['x', 'x']);
  });

  it('applies a fault only `times` times, to matching method and path only', async () => {
    gh.inject({ method: 'POST', path: /\/issues$/, times: 2, fault: { kind: '5xx-before', status: 503 } });
    await octokit.rest.repos.get(repo);
    await expect(octokit.rest.issues.create({ ...repo, title: 'a', request: { retries: 0 } })).rejects.toMatchObject({ status: 503 });
    await expect(octokit.rest.issues.create({ ...repo, title: 'b', request: { retries: 0 } })).rejects.toMatchObject({ status: 503 });
    await octokit.rest.issues.create({ ...repo, title: 'c', request: { retries: 0 } });
    expect(gh.issues().map((i) => i.title)).toEqual(['c']);
  });
});

describe('GitHub refusals', () => {
  it('a secondary rate limit is retried by the throttling plugin after retry-after', async () => {
    gh.inject({ method: 'POST', path: ISSUES, fault: { kind: 'secondary-rate-limit', retryAfter: 1 } });
    const created = await octokit.rest.issues.create({ ...repo, title: 'x' });
    expect(created.status).toBe(201);
    expect(limits).toMatchObject([{ kind: 'secondary', retryAfter: 1, method: 'POST', retryCount: 0 }]);
    expect(gh.writes().map((w) => w.status)).toEqual([403, 201]);
    expect(gh.issues()).toHaveLength(1);
  });

  it('a secondary limit body carries GitHub message and retry-after', async () => {
    gh.inject({ path: '/repos/{owner}/{repo}', fault: { kind: 'secondary-rate-limit', retryAfter: 0 } });
    const response = await fetch(`${gh.url}/repos/acme/governance`, { headers: { authorization: `token ${gh.token}` } });
    expect(response.status).toBe(403);
    expect(response.headers.get('retry-after')).toBe('0');
    expect(await response.json()).toMatchObject({ message: SECONDARY_RATE_LIMIT_MESSAGE });
  });

  it('eventual-consistency 422 fails the next N matching requests, then they succeed', async () => {
    await botPushBranch(gh.workspace, 'blindspot/x', { 'x.txt': 'x\n' });
    const pr = await octokit.rest.pulls.create({ ...repo, title: 't', head: 'blindspot/x', base: 'main' });
    gh.inject({ path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', times: 1, fault: { kind: 'eventual-consistency-422', nodeId: pr.data.node_id } });
    const first = octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pr.data.number, reviewers: ['octo-human'] });
    await expect(first).rejects.toMatchObject({
      status: 422,
      response: { data: { message: `Could not resolve to a node with the global id of '${pr.data.node_id}'.` } },
    });
    const second = await octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pr.data.number, reviewers: ['octo-human'] });
    expect(second.status).toBe(201);
  });

  it('pr-not-permitted answers GitHub exact 403 on create', async () => {
    await botPushBranch(gh.workspace, 'blindspot/x', { 'x.txt': 'x\n' });
    gh.inject({ method: 'POST', path: '/repos/{owner}/{repo}/pulls', fault: { kind: 'pr-not-permitted' } });
    await expect(octokit.rest.pulls.create({ ...repo, title: 't', head: 'blindspot/x', base: 'main' })).rejects.toMatchObject({
      status: 403,
      response: { data: { message: PR_NOT_PERMITTED_MESSAGE, documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '403' } },
    });
    expect(gh.pulls()).toEqual([]);
  });
});

describe('killed after k writes, then rerun', () => {
  /** A toy reconcile: make sure one issue per key exists, listing by label first (no search). */
  async function ensureIssues(keys: string[]): Promise<void> {
    const existing = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, labels: 'blindspot', state: 'all', per_page: 100 });
    const have = new Set(existing.map((i) => i.body));
    for (const key of keys) {
      if (have.has(key)) continue;
      await octokit.rest.issues.create({ ...repo, title: key, body: key, labels: ['blindspot'], request: { retries: 0 } });
    }
  }

  it('stops answering after the k-th applied write, and a rerun converges without duplicates', async () => {
    const keys = ['fp-1', 'fp-2', 'fp-3', 'fp-4', 'fp-5'];
    let kills = 0;
    gh.killAfterWrites(2, () => kills++);
    await expect(ensureIssues(keys)).rejects.toMatchObject({ status: 502 });
    expect(gh.killed).toBe(true);
    expect(kills).toBe(1);
    expect(gh.issues().map((i) => i.body)).toEqual(['fp-1', 'fp-2']);
    await expect(octokit.rest.repos.get(repo)).rejects.toMatchObject({ status: 502 });

    gh.revive();
    await ensureIssues(keys);
    expect(gh.issues().map((i) => i.body)).toEqual(keys);
    expect(gh.writes().filter((w) => w.applied)).toHaveLength(5);
    expect(gh.log.searchCalls()).toEqual([]);
  });

  it('counts only matching writes when given a path', async () => {
    gh.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', fault: { kind: 'kill-after-writes', writes: 1 } });
    const issue = await octokit.rest.issues.create({ ...repo, title: 'x' });
    await expect(octokit.rest.issues.createComment({ ...repo, issue_number: issue.data.number, body: 'c', request: { retries: 0 } })).rejects.toMatchObject({ status: 502 });
    expect(gh.comments(issue.data.number)).toHaveLength(1);
    expect(gh.killed).toBe(true);
  });
});
