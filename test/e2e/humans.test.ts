import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMarker, parseMarker } from '../../src/plan/markers.js';
import { ACME } from '../helpers/acme.js';
import { FakeGitHub } from '../support/fake-github.js';
import { runAction, syncWorkspace } from './harness.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ seed: { dir: ACME } });
  const r = await runAction(gh);
  if (r.code !== 0) throw new Error(r.stdout + r.stderr);
});
afterAll(async () => {
  await gh?.stop();
});

const dashboard = () => gh.issues().find((i) => parseMarker(i.body)?.kind === 'dashboard')!;
const pr = (head: string) => gh.pulls().find((p) => p.pull?.head === head)!;

describe('the bot and the people working beside it', () => {
  it('never pushes over a proposal branch a person committed to, and says so', async () => {
    const branch = 'blindspot/owner/governance-service-accounts-ledger-writer';
    const sha = await gh.humanPush(branch, { files: { 'governance/service-accounts/ledger-writer.yaml': 'apiVersion: blindspot.dev/v1\nkind: ServiceAccount\nmetadata:\n  name: ledger-writer\nspec:\n  lifecycle: active\n  identifiers: [payments/ledger-writer]\n  owner: "@acme/payments"\n' }, message: 'Use the payments team instead' });
    // Something changes in the world so the bot would want to rebuild the branch: main moves.
    await gh.humanPush('main', { files: { 'NOTES.md': 'moved\n' }, message: 'Unrelated change' });
    await syncWorkspace(gh);
    const r = await runAction(gh);
    expect(r.code).toBe(0);
    expect((await gh.branches()).get(branch)).toBe(sha);
    expect(r.summary).toMatch(/does not push over it/);
    expect(pr(branch).state).toBe('open');
  });

  it('closes a proposal that became moot and deletes its branch', async () => {
    const branch = 'blindspot/adopt/governance-service-accounts-legacy-batch';
    const number = pr(branch).number;
    // A person records the user (and its key) by hand instead of merging the bot's PRs.
    await gh.humanPush('main', {
      files: {
        'governance/service-accounts/legacy-batch.yaml': 'apiVersion: blindspot.dev/v1\nkind: ServiceAccount\nmetadata:\n  name: legacy-batch\nspec:\n  lifecycle: deprecated\n  sunsetAt: 2027-03-01\n  identifiers: [arn:aws:iam::123456789012:user/legacy-batch]\n',
      },
      message: 'Record legacy-batch',
    });
    await syncWorkspace(gh);
    const r = await runAction(gh);
    expect(r.code).toBe(0);
    expect(gh.issue(number).state).toBe('closed');
    expect((await gh.branches()).has(branch)).toBe(false);
    expect(gh.comments(number).at(-1)?.body).toMatch(/no longer needed/);
    expect(gh.problems()).toEqual([]);
  });

  it('keeps the notes people write on the dashboard', async () => {
    const d = dashboard();
    const hashBefore = parseMarker(d.body)?.h;
    const body = d.body!.replace('<!-- blindspot:notes -->\n', '<!-- blindspot:notes -->\nPLAT-2291: review these with security on Monday.\n');
    gh.humanEditIssue(d.number, { body });
    // A change in the world, so the dashboard is rewritten.
    await gh.humanPush('main', { files: { 'governance/service-accounts/legacy-batch.yaml': 'apiVersion: blindspot.dev/v1\nkind: ServiceAccount\nmetadata:\n  name: legacy-batch\nspec:\n  lifecycle: active\n  identifiers: [arn:aws:iam::123456789012:user/legacy-batch]\n' }, message: 'Activate' });
    await syncWorkspace(gh);
    const r = await runAction(gh);
    expect(r.code).toBe(0);
    expect(dashboard().body).toContain('PLAT-2291: review these with security on Monday.');
    // It was rewritten (new hash), not just left alone.
    expect(parseMarker(dashboard().body)?.h).not.toBe(hashBefore);
  });

  it('keeps the oldest of duplicate issues and closes the others as duplicates', async () => {
    const original = gh.issues().find((i) => parseMarker(i.body)?.kind === 'finding' && i.state === 'open')!;
    const fp = parseMarker(original.body)!.fp!;
    const copy = gh.seedIssue({ title: original.title, body: `${formatMarker({ kind: 'finding', fp })}\ncopy from an overlapping run`, labels: ['blindspot'], author: 'github-actions[bot]' });
    const r = await runAction(gh);
    expect(r.code).toBe(0);
    expect(gh.issue(copy.number).state).toBe('closed');
    expect(gh.issue(copy.number).stateReason).toBe('duplicate');
    expect(gh.issue(original.number).state).toBe('open');
    expect(gh.problems()).toEqual([]);
  });
});
