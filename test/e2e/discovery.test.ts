import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME } from '../helpers/acme.js';
import { FakeGitHub } from '../support/fake-github.js';
import { runAction, syncWorkspace } from './harness.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ seed: { dir: ACME } });
});
afterAll(async () => {
  await gh?.stop();
});

describe('discover-github: live GitHub discovery with the action token', () => {
  it('reads secrets, deploy keys and installations read-only, and links workflow secret use to credential records', async () => {
    await gh.humanPush('main', {
      files: {
        '.github/workflows/release.yml': 'name: release\non: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./publish.sh\n        env:\n          TOKEN: ${{ secrets.OLD_NPM_TOKEN }}\n',
        'governance/credentials/old-npm-token.yaml':
          'apiVersion: blindspot.dev/v1\nkind: Credential\nmetadata:\n  name: old-npm-token\nspec:\n  lifecycle: retired\n  retiredAt: 2026-06-01\n  credentialType: ci-secret\n  identifiers:\n    - github-secret:acme/governance/OLD_NPM_TOKEN\n',
      },
      message: 'Add release workflow',
    });
    await syncWorkspace(gh);
    gh.state.repoSecrets.push(
      { name: 'OLD_NPM_TOKEN', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' },
      { name: 'SHADOW_TOKEN', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z' },
    );
    gh.state.deployKeys.push({ id: 7, title: 'mirror', key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl', readOnly: false, verified: true, createdAt: '2026-01-01T00:00:00Z', addedBy: 'octo-human', lastUsed: null, enabled: true });
    const r = await runAction(gh, { inputs: { mode: 'report', 'discover-github': 'true' } });
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    const retired = report.findings.find((f: { type: string; record?: { name: string } }) => f.type === 'retired-but-active' && f.record?.name === 'old-npm-token');
    expect(retired.evidence.map((e: { fact: string }) => e.fact).join('\n')).toMatch(/still used by CI: secret `OLD_NPM_TOKEN` in job `publish` of `\.github\/workflows\/release\.yml:9`/);
    const unrecorded = report.findings.filter((f: { type: string }) => f.type === 'unrecorded-asset').map((f: { asset: { id: string } }) => f.asset.id);
    expect(unrecorded).toEqual(expect.arrayContaining(['github-secret:acme/governance/SHADOW_TOKEN', 'github-deploy-key:7']));
    // Read-only: discovery made no write, and never called search.
    expect(gh.writes()).toHaveLength(0);
    expect(gh.log.searchCalls()).toEqual([]);
    expect(gh.log.entries.map((e) => e.route).sort()).toEqual(['GET /orgs/{org}/actions/secrets', 'GET /orgs/{org}/installations', 'GET /repos/{owner}/{repo}', 'GET /repos/{owner}/{repo}/actions/secrets', 'GET /repos/{owner}/{repo}/keys']);
    expect(gh.problems()).toEqual([]);
  });

  it('asks for the repository once when it both discovers and plans', async () => {
    gh.log.clear();
    const r = await runAction(gh, { inputs: { mode: 'issues', 'discover-github': 'true', 'dry-run': 'true' } });
    expect(r.code).toBe(0);
    const routes = gh.log.entries.map((e) => e.route);
    expect(routes.filter((route) => route === 'GET /repos/{owner}/{repo}')).toHaveLength(1);
    // Both needed it: discovery (organisation or not) and planning (the default branch).
    expect(routes).toContain('GET /repos/{owner}/{repo}/actions/secrets');
    expect(routes).toContain('GET /repos/{owner}/{repo}/issues');
    expect(gh.writes()).toHaveLength(0);
    expect(gh.problems()).toEqual([]);
  });
});
