/** Issues, comments and labels through the real Octokit client, with GitHub's semantics. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, HUMAN_LOGIN } from '../support/fake-github.js';
import { testOctokit, type LimitEvent, type TestOctokit } from '../support/octokit-client.js';

const repo = { owner: 'acme', repo: 'governance' };

let gh: FakeGitHub;
let octokit: TestOctokit;

beforeAll(async () => {
  gh = await FakeGitHub.start();
  octokit = testOctokit(gh);
});
afterAll(async () => gh.stop());
beforeEach(async () => gh.reset());

describe('listing', () => {
  it('paginates 250 issues with Link headers through octokit.paginate', async () => {
    for (let i = 1; i <= 250; i++) gh.seedIssue({ title: `finding ${i}`, labels: ['blindspot'] });
    gh.seedIssue({ title: 'unrelated' });
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, labels: 'blindspot', state: 'all', per_page: 100 });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((i) => i.number)).size).toBe(250);
    // Default order is newest first.
    expect(all[0].title).toBe('finding 250');
    expect(gh.log.count({ route: 'GET /repos/{owner}/{repo}/issues' })).toBe(3);
    expect(gh.problems()).toEqual([]);
  });

  it('writes GitHub-style Link headers with prev, next, last and first', async () => {
    for (let i = 1; i <= 75; i++) gh.seedIssue({ title: `finding ${i}` });
    const first = await octokit.rest.issues.listForRepo(repo);
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toBe(
      `<${gh.url}/repos/acme/governance/issues?page=2>; rel="next", <${gh.url}/repos/acme/governance/issues?page=3>; rel="last"`,
    );
    const middle = await octokit.rest.issues.listForRepo({ ...repo, per_page: 30, page: 2 });
    expect(middle.headers.link).toBe(
      [
        `<${gh.url}/repos/acme/governance/issues?per_page=30&page=1>; rel="prev"`,
        `<${gh.url}/repos/acme/governance/issues?per_page=30&page=3>; rel="next"`,
        `<${gh.url}/repos/acme/governance/issues?per_page=30&page=3>; rel="last"`,
        `<${gh.url}/repos/acme/governance/issues?per_page=30&page=1>; rel="first"`,
      ].join(', '),
    );
    const oversized = await octokit.rest.issues.listForRepo({ ...repo, per_page: 500 });
    expect(oversized.data).toHaveLength(75);
    expect(oversized.headers.link).toBeUndefined();
  });

  it('treats comma-separated labels as all-of, case-insensitively, and filters by state', async () => {
    const both = gh.seedIssue({ title: 'both', labels: ['blindspot', 'severity:high'] });
    gh.seedIssue({ title: 'bot only', labels: ['blindspot'] });
    gh.seedIssue({ title: 'severity only', labels: ['Severity:High'] });
    const closed = gh.seedIssue({ title: 'closed both', labels: ['blindspot', 'severity:high'] });
    gh.humanCloseIssue(closed.number, 'not_planned');
    const titles = async (labels: string, state: 'open' | 'closed' | 'all'): Promise<string[]> =>
      (await octokit.rest.issues.listForRepo({ ...repo, labels, state })).data.map((i) => i.title).sort();
    expect(await titles('blindspot,SEVERITY:HIGH', 'open')).toEqual([both.title]);
    expect(await titles('blindspot,severity:high', 'all')).toEqual(['both', 'closed both']);
    expect(await titles('blindspot', 'closed')).toEqual(['closed both']);
    expect(await titles('severity:high', 'open')).toEqual(['both', 'severity only']);
  });

  it('includes pull requests with a pull_request key, as GitHub does', async () => {
    gh.seedIssue({ title: 'plain' });
    const { state } = gh;
    state.createPull(state.bot, { title: 'a PR', head: 'main', base: 'main' }, { head: 'a'.repeat(40), base: 'a'.repeat(40) });
    const listed = (await octokit.rest.issues.listForRepo({ ...repo, direction: 'asc' })).data;
    expect(listed.map((i) => [i.title, Boolean(i.pull_request)])).toEqual([
      ['plain', false],
      ['a PR', true],
    ]);
  });

  it('sorts by updated time when asked', async () => {
    const older = gh.seedIssue({ title: 'older' });
    gh.seedIssue({ title: 'newer' });
    gh.humanComment(older.number, 'bump');
    const listed = (await octokit.rest.issues.listForRepo({ ...repo, sort: 'updated', direction: 'desc' })).data;
    expect(listed.map((i) => i.title)).toEqual(['older', 'newer']);
  });
});

describe('issue lifecycle', () => {
  it('creates, updates, closes as not planned and reopens', async () => {
    const created = await octokit.rest.issues.create({ ...repo, title: 'Retired model still serving', body: '<!-- blindspot:v1 fp=abc -->', labels: ['blindspot'] });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${gh.url}/repos/acme/governance/issues/1`);
    expect(created.data).toMatchObject({ number: 1, state: 'open', user: { login: 'github-actions[bot]', type: 'Bot' }, created_at: '2026-03-02T09:00:01Z' });
    expect(created.data.labels).toMatchObject([{ name: 'blindspot', color: 'ededed' }]);

    const updated = await octokit.rest.issues.update({ ...repo, issue_number: 1, body: 'new body', labels: ['blindspot', 'severity:high'] });
    expect(updated.data).toMatchObject({ body: 'new body', updated_at: '2026-03-02T09:00:02Z' });
    expect(updated.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['blindspot', 'severity:high']);

    const closed = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'not_planned' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'not_planned', closed_at: '2026-03-02T09:00:03Z', closed_by: { login: 'github-actions[bot]' } });

    const reopened = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'open' });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null, closed_by: null });

    await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed' });
    expect(gh.issue(1)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(gh.writes().map((w) => `${w.method} ${w.status}`)).toEqual(['POST 201', 'PATCH 200', 'PATCH 200', 'PATCH 200', 'PATCH 200']);
  });

  it('reports who closed an issue only on the single-issue endpoint', async () => {
    const issue = gh.seedIssue({ title: 'suppressed by a human', labels: ['blindspot'] });
    gh.humanCloseIssue(issue.number, 'not_planned');
    const single = await octokit.rest.issues.get({ ...repo, issue_number: issue.number });
    expect(single.data.closed_by?.login).toBe(HUMAN_LOGIN);
    expect(single.data.state_reason).toBe('not_planned');
    const [listed] = (await octokit.rest.issues.listForRepo({ ...repo, state: 'closed' })).data;
    expect(listed).not.toHaveProperty('closed_by');
  });

  it('refuses a title over 256 or a body over 65,536 characters with GitHub error shape', async () => {
    const longBody = octokit.rest.issues.create({ ...repo, title: 'ok', body: 'x'.repeat(65_537) });
    await expect(longBody).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
          status: '422',
        },
      },
    });
    const longTitle = octokit.rest.issues.create({ ...repo, title: 't'.repeat(257) });
    await expect(longTitle).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ field: 'title', message: 'title is too long (maximum is 256 characters)' }] } },
    });
    await octokit.rest.issues.create({ ...repo, title: 't'.repeat(256), body: 'x'.repeat(65_536) });
    expect(gh.issues()).toHaveLength(1);
  });

  it('rejects assignees who cannot be assigned on create, and silently drops them when adding', async () => {
    const rejected = octokit.rest.issues.create({ ...repo, title: 'x', assignees: ['acme/platform'] });
    await expect(rejected).rejects.toMatchObject({ status: 422, response: { data: { errors: [{ field: 'assignees', code: 'invalid', value: 'acme/platform' }] } } });
    const issue = await octokit.rest.issues.create({ ...repo, title: 'x', assignees: [HUMAN_LOGIN] });
    const added = await octokit.rest.issues.addAssignees({ ...repo, issue_number: issue.data.number, assignees: ['stranger', HUMAN_LOGIN] });
    expect(added.data.assignees?.map((a) => a.login)).toEqual([HUMAN_LOGIN]);
  });
});

describe('comments and labels', () => {
  it('lists bot and human comments in order', async () => {
    const issue = gh.seedIssue({ title: 'x' });
    await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'Closing: resolved by snapshot aws@2026-03-01' });
    gh.humanComment(issue.number, 'thanks @bot');
    const comments = await octokit.rest.issues.listComments({ ...repo, issue_number: issue.number });
    expect(comments.data.map((c) => [c.user?.login, c.body, c.author_association])).toEqual([
      ['github-actions[bot]', 'Closing: resolved by snapshot aws@2026-03-01', 'NONE'],
      [HUMAN_LOGIN, 'thanks @bot', 'MEMBER'],
    ]);
    const fetched = await octokit.rest.issues.get({ ...repo, issue_number: issue.number });
    expect(fetched.data.comments).toBe(2);
  });

  it('creates labels once (422 already_exists), finds them case-insensitively, adds and removes them on issues', async () => {
    await octokit.rest.issues.createLabel({ ...repo, name: 'blindspot', color: '5319e7', description: 'Managed by blindspot' });
    await expect(octokit.rest.issues.createLabel({ ...repo, name: 'BlindSpot', color: '5319e7' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] } },
    });
    expect((await octokit.rest.issues.getLabel({ ...repo, name: 'BLINDSPOT' })).data).toMatchObject({ name: 'blindspot', color: '5319e7' });
    await expect(octokit.rest.issues.getLabel({ ...repo, name: 'missing' })).rejects.toMatchObject({ status: 404 });

    const issue = gh.seedIssue({ title: 'x', labels: ['blindspot'] });
    const added = await octokit.rest.issues.addLabels({ ...repo, issue_number: issue.number, labels: ['severity:high'] });
    expect(added.data.map((l) => l.name)).toEqual(['blindspot', 'severity:high']);
    const removed = await octokit.rest.issues.removeLabel({ ...repo, issue_number: issue.number, name: 'severity:high' });
    expect(removed.data.map((l) => l.name)).toEqual(['blindspot']);
    await expect(octokit.rest.issues.removeLabel({ ...repo, issue_number: issue.number, name: 'severity:high' })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Label does not exist' } },
    });
    expect(gh.labels().map((l) => l.name).sort()).toEqual(['blindspot', 'severity:high']);
    expect(gh.problems()).toEqual([]);
  });
});

describe('authentication and limits', () => {
  it('answers 401 without a token or with an unknown one', async () => {
    const anonymous = await fetch(`${gh.url}/repos/acme/governance`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' });
    const wrong = await fetch(`${gh.url}/repos/acme/governance`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ message: 'Bad credentials' });
    const bearer = await fetch(`${gh.url}/repos/acme/governance`, { headers: { authorization: `Bearer ${gh.token}` } });
    expect(bearer.status).toBe(200);
  });

  it('acts as a human with a token from tokenFor', async () => {
    const human = testOctokit({ url: gh.url, token: gh.tokenFor(HUMAN_LOGIN) });
    const created = await human.rest.issues.create({ ...repo, title: 'filed by a person' });
    expect(created.data.user?.login).toBe(HUMAN_LOGIN);
    expect(created.data.author_association).toBe('MEMBER');
  });

  it('answers GET /user with 403 for the GITHUB_TOKEN by default', async () => {
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
  });

  it('sends decrementing rate-limit headers and a 403 at zero that the throttling plugin sees', async () => {
    const limited = await FakeGitHub.start({ rateLimit: { limit: 1000, remaining: 2 } });
    try {
      const limits: LimitEvent[] = [];
      const client = testOctokit(limited, { limits });
      const first = await client.rest.repos.get(repo);
      expect(first.headers).toMatchObject({ 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '1', 'x-ratelimit-used': '999', 'x-ratelimit-resource': 'core' });
      const free = await client.rest.rateLimit.get();
      expect(free.data.resources.core.remaining).toBe(1);
      await client.rest.repos.get(repo);
      await expect(client.rest.repos.get(repo)).rejects.toMatchObject({ status: 403 });
      expect(limits.map((l) => l.kind)).toEqual(['primary']);
    } finally {
      await limited.stop();
    }
  });
});
