import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME } from '../helpers/acme.js';
import { runCliAsync } from '../helpers/cli.js';
import { FakeGitHub } from '../support/fake-github.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ seed: { dir: ACME }, access: { canReadOrg: true }, collaborators: ['octo-human', 'octocat'] });
  for (const slug of ['platform-admins', 'ml-platform', 'ai-enablement', 'security', 'billing', 'devex', 'payments']) gh.addTeam({ slug, repoPermission: 'WRITE' });
  gh.addTeam({ slug: 'finance-it', repoPermission: 'READ' });
  gh.addTeam({ slug: 'data-eng', privacy: 'SECRET', repoPermission: 'WRITE' });
  gh.setCodeownersErrors([{ line: 6, column: 53, kind: 'Unknown owner', source: '*  @acme/platform-admins', message: 'Unknown owner on line 6: make sure @acme/platform-admins exists' }]);
});
afterAll(async () => {
  await gh?.stop();
});

describe('blindspot validate --online', () => {
  it('asks GitHub once, in one batched GraphQL query, and reports unknown or invisible owners and GitHub’s own errors', async () => {
    const r = await runCliAsync(['validate', '--repo', ACME, '--online', '--github-repo', 'acme/governance', '--format', 'json'], {
      env: { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url, BLINDSPOT_TEST_NO_THROTTLE_WAIT: '1' },
    });
    const out = JSON.parse(r.stdout);
    const codes = out.diagnostics.map((d: { code: string; message: string }) => `${d.code} ${d.message}`);
    expect(codes.join('\n')).toMatch(/codeowners\/team-not-visible.*@acme\/data-eng|codeowners\/unknown-owner.*@acme\/data-eng/);
    expect(codes.join('\n')).toMatch(/Unknown owner on line 6/);
    expect(codes.join('\n')).toMatch(/codeowners\/no-write-access.*@acme\/finance-it/);
    expect(codes.join('\n')).not.toMatch(/@acme\/security/);
    const graphql = gh.log.entries.filter((e) => e.path === '/graphql');
    expect(graphql).toHaveLength(1);
    expect(gh.log.searchCalls()).toEqual([]);
    expect(gh.problems()).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('without a token, says what it needs and exits 2', async () => {
    const r = await runCliAsync(['validate', '--repo', ACME, '--online', '--github-repo', 'acme/governance']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--online needs a token in GITHUB_TOKEN or GH_TOKEN/);
  });
});
