import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/plan/markers.js';
import { ACME } from '../helpers/acme.js';
import { FakeGitHub } from '../support/fake-github.js';
import { mergeProposal, runAction, syncWorkspace } from './harness.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ seed: { dir: ACME } });
  const first = await runAction(gh);
  if (first.code !== 0) throw new Error(first.stdout + first.stderr);
});
afterAll(async () => {
  await gh?.stop();
});

const findingIssue = (titlePart: string) => gh.issues().find((i) => !i.pull && parseMarker(i.body)?.kind === 'finding' && i.title.includes(titlePart))!;

describe('issues follow the world', () => {
  it('a person closing an issue as not planned is respected: never reopened, listed as accepted', async () => {
    const issue = findingIssue('cannot be verified');
    gh.humanCloseIssue(issue.number, 'not_planned');
    const before = gh.writes().length;
    const r = await runAction(gh);
    expect(r.code).toBe(0);
    expect(gh.issue(issue.number).state).toBe('closed');
    expect(gh.issue(issue.number).stateReason).toBe('not_planned');
    // Only the dashboard changed (the accepted item is listed there).
    const writes = gh.writes().slice(before);
    expect(writes.map((w) => w.route)).toEqual(['PATCH /repos/{owner}/{repo}/issues/{issue_number}']);
    const dash = gh.issues().find((i) => parseMarker(i.body)?.kind === 'dashboard')!;
    expect(dash.body).toContain(`closed as not planned by a person`);
    expect(gh.problems()).toEqual([]);
  });

  it('merging the retirement PR resolves the missing asset: its issue closes with a comment naming the evidence', async () => {
    const missing = findingIssue('reporting-bot is active in the records but no live asset');
    const unmonitored = findingIssue('reporting-bot has no current monitoring');
    const pr = gh.pulls().find((p) => p.pull?.head === 'blindspot/retire/serviceaccount-reporting-bot')!;
    await mergeProposal(gh, pr.number);
    const r = await runAction(gh);
    expect(r.code).toBe(0);
    for (const issue of [missing, unmonitored]) {
      const now = gh.issue(issue.number);
      expect(now.state).toBe('closed');
      expect(now.stateReason).toBe('completed');
      expect(parseMarker(now.body)?.closedByBot).toBe(true);
      const comments = gh.comments(issue.number);
      expect(comments).toHaveLength(1);
      expect(comments[0].body).toMatch(/resolved: the latest evidence no longer shows this blind spot/);
    }
    expect(gh.comments(missing.number)[0].body).toContain('k8s-prod');
    expect(r.outputs['issues-closed']).toBe('2');
    expect(r.outputs.resolved).toBe('2');
    expect(gh.problems()).toEqual([]);
  });

  it('reopens an issue blindspot closed when the blind spot comes back', async () => {
    const issue = findingIssue('reporting-bot is active in the records');
    // Someone reverts the retirement: the record is active again and still missing.
    await gh.humanPush('main', { files: { 'governance/service-accounts/reporting-bot.yaml': readFileSync(`${ACME}/governance/service-accounts/reporting-bot.yaml`, 'utf8') }, message: 'Revert retirement' });
    await syncWorkspace(gh);
    const r = await runAction(gh);
    expect(r.code).toBe(0);
    const now = gh.issue(issue.number);
    expect(now.state).toBe('open');
    expect(parseMarker(now.body)?.closedByBot).toBeUndefined();
    expect(gh.comments(issue.number).at(-1)?.body).toMatch(/the blind spot is back/);
    expect(gh.issues().filter((i) => parseMarker(i.body)?.fp === parseMarker(now.body)?.fp)).toHaveLength(1);
    expect(gh.problems()).toEqual([]);
  });
});
