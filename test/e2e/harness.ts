/** End-to-end harness: the built action against the schema-checked fake GitHub, plus the git moves people make. */
import type { FakeGitHub } from '../support/fake-github.js';
import { git } from '../support/fake-github/git.js';
import { runActionIn, type ActionRun, type EventName } from '../support/runner.js';
import { tempDir } from '../helpers/tmp.js';

export const STORY_NOW = '2026-11-28T12:00:00Z';

export function runAction(gh: FakeGitHub, opts: { inputs?: Record<string, string>; event?: EventName; env?: Record<string, string>; onSpawn?: (kill: () => void) => void } = {}): Promise<ActionRun> {
  return runActionIn(tempDir('blindspot-runner-'), gh, { now: STORY_NOW, ...opts });
}

/** What actions/checkout does at the start of every job: the workspace becomes the remote main. */
export async function syncWorkspace(gh: FakeGitHub): Promise<void> {
  await git(gh.workspace, ['fetch', '--quiet', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
  await git(gh.workspace, ['reset', '--quiet', '--hard', 'origin/main']);
}

/** A person merges a proposal PR: main fast-forwards to the PR's branch, the PR is marked merged. */
export async function mergeProposal(gh: FakeGitHub, number: number): Promise<void> {
  const pr = gh.issue(number);
  if (!pr.pull) throw new Error(`#${number} is not a PR`);
  await git(gh.bareRepo, ['update-ref', 'refs/heads/main', `refs/heads/${pr.pull.head}`]);
  gh.mergePull(number);
  await syncWorkspace(gh);
}

/** The stable shape of what the bot made: issues by marker, PRs by branch, labels by name. */
export function snapshotState(gh: FakeGitHub) {
  const issues = gh
    .issues()
    .filter((i) => !i.pull)
    .map((i) => ({ marker: (i.body ?? '').split('\n', 1)[0].replace(/ h=[0-9a-f]+/, '').replace(/ src=\S+/, ''), state: i.state, title: i.title, labels: [...i.labels].sort() }))
    .sort((a, b) => (a.marker + a.state < b.marker + b.state ? -1 : 1));
  const pulls = gh
    .pulls()
    .map((p) => ({ head: p.pull!.head, state: p.state, title: p.title }))
    .sort((a, b) => (a.head < b.head ? -1 : 1));
  const labels = gh
    .labels()
    .map((l) => l.name)
    .sort();
  return { issues, pulls, labels };
}
