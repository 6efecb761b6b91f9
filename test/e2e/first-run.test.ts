import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../support/fake-github.js';
import { parseMarker } from '../../src/plan/markers.js';
import { ACME } from '../helpers/acme.js';
import { runAction } from './harness.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ seed: { dir: ACME } });
});
afterAll(async () => {
  await gh?.stop();
});

describe('the action, end to end against the fake GitHub', () => {
  it('first run (schedule): opens one issue per finding, the proposals and the dashboard', async () => {
    const r = await runAction(gh);
    if (r.code !== 0) console.log(r.stdout, r.stderr);
    expect(r.code).toBe(0);
    const issues = gh.issues();
    const findingIssues = issues.filter((i) => parseMarker(i.body)?.kind === 'finding');
    expect(findingIssues.length).toBe(Number(r.outputs.findings));
    expect(Number(r.outputs['issues-created'])).toBe(findingIssues.length);
    expect(issues.filter((i) => parseMarker(i.body)?.kind === 'dashboard')).toHaveLength(1);
    expect(r.outputs['dashboard-url']).toMatch(/\/issues\/\d+$/);
    const pulls = gh.pulls();
    expect(pulls.map((p) => p.pull?.head).sort()).toEqual([
      'blindspot/adopt/governance-credentials-legacy-batch-access-key',
      'blindspot/adopt/governance-service-accounts-legacy-batch',
      'blindspot/owner/governance-service-accounts-ledger-writer',
      'blindspot/retire/serviceaccount-reporting-bot',
    ]);
    expect(Number(r.outputs['prs-opened'])).toBe(4);
    expect(gh.log.searchCalls()).toEqual([]);
    expect(gh.problems()).toEqual([]);
    expect(r.summary).toContain('What was done');
  });

  it('second run: changes nothing and writes nothing', async () => {
    const before = gh.writes().length;
    const branches = await gh.branches();
    const r = await runAction(gh, { event: 'workflow_dispatch' });
    expect(r.code).toBe(0);
    expect(gh.writes().length - before).toBe(0);
    expect(await gh.branches()).toEqual(branches);
    expect(r.outputs['issues-created']).toBe('0');
    expect(gh.problems()).toEqual([]);
  });
});
