/** GraphQL through `octokit.graphql`, validated against GitHub's schema and resolved over the fake's state. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, HUMAN_LOGIN } from '../support/fake-github.js';
import { testOctokit, type TestOctokit } from '../support/octokit-client.js';

let gh: FakeGitHub;
let octokit: TestOctokit;

beforeAll(async () => {
  gh = await FakeGitHub.start();
  octokit = testOctokit(gh);
});
afterAll(async () => gh.stop());
beforeEach(async () => gh.reset());

interface IssuePage {
  repository: {
    issues: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{ number: number; title: string; state: string; stateReason: string | null; author: { login: string } | null; labels: { nodes: Array<{ name: string }> } }>;
    };
  };
}

const ISSUES_QUERY = /* GraphQL */ `
  query BotIssues($owner: String!, $name: String!, $cursor: String, $labels: [String!], $states: [IssueState!]) {
    repository(owner: $owner, name: $name) {
      issues(first: 100, after: $cursor, labels: $labels, states: $states, orderBy: { field: CREATED_AT, direction: ASC }) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { number title body state stateReason createdAt closedAt url author { login } labels(first: 20) { nodes { name } } }
      }
    }
  }
`;

async function allIssues(variables: { labels?: string[]; states?: string[] }): Promise<IssuePage['repository']['issues']['nodes']> {
  const out: IssuePage['repository']['issues']['nodes'] = [];
  let cursor: string | null = null;
  for (;;) {
    const page: IssuePage = await octokit.graphql<IssuePage>(ISSUES_QUERY, { owner: 'acme', name: 'governance', cursor, ...variables });
    out.push(...page.repository.issues.nodes);
    if (!page.repository.issues.pageInfo.hasNextPage) return out;
    cursor = page.repository.issues.pageInfo.endCursor;
  }
}

describe('repository.issues', () => {
  it('pages through 250 labelled issues with cursors, oldest first, without PRs', async () => {
    for (let i = 1; i <= 250; i++) gh.seedIssue({ title: `finding ${i}`, labels: ['blindspot'] });
    gh.seedIssue({ title: 'other' });
    gh.state.createPull(gh.state.bot, { title: 'pr', head: 'main', base: 'main' }, { head: 'a'.repeat(40), base: 'a'.repeat(40) });
    const issues = await allIssues({ labels: ['blindspot'] });
    expect(issues).toHaveLength(250);
    expect(issues[0]).toMatchObject({ number: 1, title: 'finding 1', state: 'OPEN', stateReason: null, author: { login: 'github-actions' } });
    expect(issues[0].labels.nodes).toEqual([{ name: 'blindspot' }]);
    expect(issues.map((i) => i.number)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    const calls = gh.log.entries.filter((e) => e.route === 'POST /graphql');
    expect(calls.map((c) => c.graphql)).toEqual(Array(3).fill({ operationName: 'BotIssues', operationType: 'query' }));
    expect(calls.every((c) => !c.write)).toBe(true);
    expect(gh.problems()).toEqual([]);
  });

  it('filters by state and reports the close reason', async () => {
    const open = gh.seedIssue({ title: 'open', labels: ['blindspot'] });
    const suppressed = gh.seedIssue({ title: 'suppressed', labels: ['blindspot'] });
    gh.humanCloseIssue(suppressed.number, 'not_planned');
    const closed = await allIssues({ labels: ['blindspot'], states: ['CLOSED'] });
    expect(closed.map((i) => [i.title, i.state, i.stateReason])).toEqual([['suppressed', 'CLOSED', 'NOT_PLANNED']]);
    const both = await allIssues({ states: ['OPEN', 'CLOSED'] });
    expect(both.map((i) => i.number)).toEqual([open.number, suppressed.number]);
  });

  it('requires first or last, and at most 100, with GitHub error types', async () => {
    const missing = octokit.graphql(`query { repository(owner: "acme", name: "governance") { issues { totalCount } } }`);
    await expect(missing).rejects.toMatchObject({ errors: [{ type: 'MISSING_PAGINATION_BOUNDARIES', path: ['repository', 'issues'] }] });
    const excessive = octokit.graphql(`query { repository(owner: "acme", name: "governance") { issues(first: 101) { totalCount } } }`);
    await expect(excessive).rejects.toMatchObject({ errors: [{ type: 'EXCESSIVE_PAGINATION' }] });
  });
});

describe('other queries', () => {
  it('lists pull requests by head branch and state', async () => {
    const { state } = gh;
    const sha = 'b'.repeat(40);
    const open = state.createPull(state.bot, { title: 'open', head: 'blindspot/retire/a', base: 'main' }, { head: sha, base: sha });
    const merged = state.createPull(state.bot, { title: 'merged', head: 'blindspot/retire/b', base: 'main' }, { head: sha, base: sha });
    gh.mergePull(merged.number);
    const result = await octokit.graphql<{ repository: { pullRequests: { nodes: Array<{ number: number; state: string; headRefName: string; baseRefName: string }> } } }>(
      `query($head: String) { repository(owner: "acme", name: "governance") {
        pullRequests(first: 10, headRefName: $head, states: [OPEN, MERGED]) { nodes { number state headRefName baseRefName title body url } } } }`,
      { head: 'blindspot/retire/a' },
    );
    expect(result.repository.pullRequests.nodes).toMatchObject([{ number: open.number, state: 'OPEN', headRefName: 'blindspot/retire/a', baseRefName: 'main' }]);
    const mergedOnly = await octokit.graphql<{ repository: { pullRequests: { nodes: Array<{ title: string }> } } }>(
      `query { repository(owner: "acme", name: "governance") { pullRequests(first: 10, states: [MERGED]) { nodes { title } } } }`,
    );
    expect(mergedOnly.repository.pullRequests.nodes).toEqual([{ title: 'merged' }]);
  });

  it('resolves users, viewer and rateLimit, with NOT_FOUND for an unknown user', async () => {
    const found = await octokit.graphql<{ user: { login: string }; viewer: { login: string }; rateLimit: { cost: number; remaining: number; resetAt: string } }>(
      `query($login: String!) { user(login: $login) { login } viewer { login } rateLimit { cost remaining resetAt } }`,
      { login: HUMAN_LOGIN },
    );
    expect(found.user.login).toBe(HUMAN_LOGIN);
    expect(found.viewer.login).toBe('github-actions[bot]');
    expect(found.rateLimit).toEqual({ cost: 1, remaining: 999, resetAt: '2026-03-02T10:00:00Z' });

    const raw = await fetch(`${gh.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query { user(login: "ghost-person") { login } }' }),
    });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('x-ratelimit-resource')).toBe('graphql');
    expect(await raw.json()).toEqual({
      data: { user: null },
      errors: [{ type: 'NOT_FOUND', path: ['user'], locations: [{ line: 1, column: 9 }], message: "Could not resolve to a User with the login of 'ghost-person'." }],
    });
  });

  it('hides org teams from the GITHUB_TOKEN and shows them to a token that can read the org', async () => {
    gh.addTeam({ slug: 'platform', name: 'Platform', members: [HUMAN_LOGIN] });
    const query = `query($slug: String!) { organization(login: "acme") { team(slug: $slug) { slug name privacy } } }`;
    const hidden = await octokit.graphql<{ organization: { team: unknown } }>(query, { slug: 'platform' });
    expect(hidden.organization.team).toBeNull();

    const org = await FakeGitHub.start({ access: { canReadOrg: true } });
    try {
      org.addTeam({ slug: 'platform', name: 'Platform', members: [HUMAN_LOGIN] });
      const client = testOctokit(org);
      const visible = await client.graphql<{ organization: { team: unknown } }>(query, { slug: 'platform' });
      expect(visible.organization.team).toEqual({ slug: 'platform', name: 'Platform', privacy: 'VISIBLE' });
      const unknown = await client.graphql<{ organization: { team: unknown } }>(query, { slug: 'nobody' });
      expect(unknown.organization.team).toBeNull();
      await expect(client.graphql(`query { organization(login: "elsewhere") { login } }`)).rejects.toMatchObject({
        errors: [{ type: 'NOT_FOUND', message: "Could not resolve to an Organization with the login of 'elsewhere'." }],
      });
    } finally {
      await org.stop();
    }
  });
});

describe('schema checking', () => {
  it('records an invalid document as a violation and fails the client with 400', async () => {
    const call = octokit.graphql(`query { repository(owner: "acme", name: "governance") { issues(first: 1) { nodes { numbr } } } }`);
    await expect(call).rejects.toMatchObject({ status: 400 });
    expect(gh.violations).toMatchObject([{ side: 'request', route: 'POST /graphql', errors: ['Cannot query field "numbr" on type "Issue". Did you mean "number"?'] }]);
  });

  it('records variables that do not fit the document as a violation', async () => {
    const call = octokit.graphql(`query($n: Int!) { repository(owner: "acme", name: "governance") { issue(number: $n) { title } } }`, { n: 'one' });
    await expect(call).rejects.toMatchObject({ status: 400 });
    expect(gh.violations[0].errors[0]).toContain('Variable "$n" got invalid value "one"');
  });

  it('reports fields the fake does not model instead of answering silently', async () => {
    gh.seedIssue({ title: 'x' });
    await octokit.graphql(`query { repository(owner: "acme", name: "governance") { issues(first: 1) { nodes { number milestone { title } } } } }`);
    expect(gh.problems()).toEqual(['unsupported graphql Issue.milestone']);
  });

  it('logs a mutation as a write', async () => {
    const issue = gh.seedIssue({ title: 'x' });
    const call = octokit.graphql(`mutation($id: ID!) { closeIssue(input: { issueId: $id }) { issue { number } } }`, { id: issue.nodeId });
    await expect(call).resolves.toEqual({ closeIssue: null });
    expect(gh.writes()).toMatchObject([{ route: 'POST /graphql', graphql: { operationType: 'mutation' } }]);
    expect(gh.problems()).toEqual(['unsupported graphql Mutation.closeIssue']);
  });
});
