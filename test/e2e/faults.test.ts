import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/plan/markers.js';
import { ACME } from '../helpers/acme.js';
import { FakeGitHub } from '../support/fake-github.js';
import { runAction, snapshotState } from './harness.js';

let gh: FakeGitHub;
let reference: ReturnType<typeof snapshotState>;
beforeAll(async () => {
  gh = await FakeGitHub.start({ seed: { dir: ACME } });
  await runAction(gh);
  reference = snapshotState(gh);
});
beforeEach(async () => {
  await gh.reset();
});
afterAll(async () => {
  await gh?.stop();
});

function noDuplicates() {
  const fps = gh.issues().map((i) => parseMarker(i.body)?.fp).filter(Boolean);
  expect(new Set(fps).size).toBe(fps.length);
  const heads = gh.pulls().map((p) => p.pull?.head);
  expect(new Set(heads).size).toBe(heads.length);
}

describe('injected faults', () => {
  it('a 5xx before the create commits: confirmed absent by marker, created once on retry', async () => {
    gh.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', times: 1, fault: { kind: '5xx-before' } });
    const r = await runAction(gh);
    expect(r.code).toBe(0);
    noDuplicates();
    expect(snapshotState(gh)).toEqual(reference);
    expect(r.stdout).toMatch(/checking by marker before any retry/);
    expect(gh.problems()).toEqual([]);
  });

  it('a 5xx after the create commits: found by marker, never created twice', async () => {
    gh.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', times: 1, fault: { kind: '5xx-after' } });
    const r = await runAction(gh);
    expect(r.code).toBe(0);
    noDuplicates();
    expect(snapshotState(gh)).toEqual(reference);
    expect(gh.problems()).toEqual([]);
  });

  it('a 403 secondary rate limit with retry-after is waited out and retried', async () => {
    gh.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', times: 1, fault: { kind: 'secondary-rate-limit', retryAfter: 1 } });
    const r = await runAction(gh);
    expect(r.code).toBe(0);
    noDuplicates();
    expect(snapshotState(gh)).toEqual(reference);
    expect(r.summary).toMatch(/secondary rate limit/);
  });

  it("a 422 'Could not resolve to a node' right after a create is retried", async () => {
    // First run creates; the second run updates (after a world change) and meets the 422.
    await runAction(gh);
    gh.humanEditIssue(gh.issues().find((i) => parseMarker(i.body)?.kind === 'finding')!.number, { title: 'edited by a person' });
    gh.inject({ method: 'PATCH', path: '/repos/{owner}/{repo}/issues/{issue_number}', times: 1, fault: { kind: 'eventual-consistency-422' } });
    const r = await runAction(gh);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/has not caught up yet/);
    expect(snapshotState(gh)).toEqual(reference);
    expect(gh.problems()).toEqual([]);
  });

  it('when Actions may not create PRs: a clear error naming the setting, the branch kept, its compare link on the dashboard', async () => {
    gh.inject({ method: 'POST', path: '/repos/{owner}/{repo}/pulls', times: 100, fault: { kind: 'pr-not-permitted' } });
    const r = await runAction(gh);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    expect(r.stdout).toMatch(/App installation token/);
    expect(gh.pulls()).toHaveLength(0);
    const branches = await gh.branches();
    expect([...branches.keys()].filter((b) => b.startsWith('blindspot/'))).toHaveLength(4);
    const dash = gh.issues().find((i) => parseMarker(i.body)?.kind === 'dashboard')!;
    expect(dash.body).toMatch(/open it by hand\]\(https:\/\/github\.com\/acme\/governance\/compare\/main\.\.\.blindspot%2Fretire%2Fserviceaccount-reporting-bot\?expand=1\)/);
    // Issues still all made it.
    expect(gh.issues().filter((i) => parseMarker(i.body)?.kind === 'finding').length).toBe(reference.issues.length - 1);
    noDuplicates();
  });
});

describe('dry-run, report mode and budgets', () => {
  it('dry-run makes zero writes and pushes nothing, and prints the plan', async () => {
    const branches = await gh.branches();
    const r = await runAction(gh, { inputs: { 'dry-run': 'true' } });
    expect(r.code).toBe(0);
    expect(gh.writes()).toHaveLength(0);
    expect(await gh.branches()).toEqual(branches);
    expect(r.stdout).toMatch(/\[dry-run\] would create issue/);
    expect(r.stdout).toMatch(/\[dry-run\] would open PR from blindspot\/retire\/serviceaccount-reporting-bot/);
    expect(r.summary).toMatch(/dry run/);
  });

  it('report mode makes no GitHub call at all, and still writes the reports and outputs', async () => {
    const r = await runAction(gh, { inputs: { mode: 'report' } });
    expect(r.code).toBe(0);
    expect(gh.log.entries).toHaveLength(0);
    expect(Number(r.outputs.findings)).toBeGreaterThan(10);
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect(report.findings.length).toBe(Number(r.outputs.findings));
    const sarif = JSON.parse(readFileSync(r.outputs.sarif, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(r.annotations.some((a) => /^::error .*file=governance\/credentials\/payments-ci-key-2025\.yaml,line=3/.test(a))).toBe(true);
  });

  it('with a budget of 3, makes exactly 3 writes and defers the rest; the next runs finish the work', async () => {
    const r = await runAction(gh, { inputs: { 'max-writes': '3' } });
    expect(r.code).toBe(0);
    expect(gh.writes()).toHaveLength(3);
    expect(r.summary).toMatch(/deferred/);
    const dash = gh.issues().find((i) => parseMarker(i.body)?.kind === 'dashboard');
    expect(dash?.body).toMatch(/write budget \(max-writes 3\) spent/);
    for (let i = 0; i < 30 && JSON.stringify(snapshotState(gh)) !== JSON.stringify(reference); i++) await runAction(gh, { inputs: { 'max-writes': '3' } });
    expect(snapshotState(gh)).toEqual(reference);
    noDuplicates();
  });

  it('with stale snapshots: no issue closes and no retirement PR opens', async () => {
    await runAction(gh);
    const open = gh.issues().filter((i) => i.state === 'open').length;
    // Three days later nothing was re-exported: every source is stale.
    const r = await runAction(gh, { env: { BLINDSPOT_NOW: '2026-12-01T12:00:00Z' } });
    expect(r.code).toBe(0);
    expect(gh.issues().filter((i) => !i.pull && i.state === 'closed')).toHaveLength(0);
    expect(gh.issues().filter((i) => i.state === 'open').length).toBeGreaterThanOrEqual(open);
    expect(gh.pulls().filter((p) => p.state === 'closed')).toHaveLength(0);
    expect(r.summary).toMatch(/not closed|not fresh|stale/);
    expect(gh.problems()).toEqual([]);
  });
});

describe('the primary rate limit', () => {
  it('stops early with a clear summary when the rate limit is spent; what is left is deferred, not failed', async () => {
    const limited = await FakeGitHub.start({ seed: { dir: ACME }, rateLimit: { limit: 1000, remaining: 12 } });
    try {
      const r = await runAction(limited);
      expect(r.code).toBe(0);
      expect(r.summary).toMatch(/GitHub rate limit reached/);
      expect(r.summary).toMatch(/deferred/);
      expect(r.stdout).toMatch(/rest waits for the next run/);
      const made = limited.issues().length;
      expect(made).toBeGreaterThan(0);
      expect(made).toBeLessThan(reference.issues.length);
      expect(limited.problems()).toEqual([]);
    } finally {
      await limited.stop();
    }
  });
});
