/** Test helper: what the action does in its workspace to propose a change on a branch. */
import { git, writeFiles } from '../support/fake-github.js';

/** Commits `files` on a new `branch` in the workspace (as the bot) and pushes it to origin. */
export async function botPushBranch(workspace: string, branch: string, files: Record<string, string>): Promise<string> {
  await git(workspace, ['checkout', '--quiet', '-B', branch, 'origin/main']);
  await writeFiles(workspace, files);
  await git(workspace, ['add', '-A']);
  await git(workspace, ['commit', '--quiet', '-m', `blindspot: ${branch}`], { date: '2026-03-02T10:00:00Z' });
  await git(workspace, ['push', '--quiet', '--force', 'origin', `HEAD:refs/heads/${branch}`]);
  const sha = (await git(workspace, ['rev-parse', 'HEAD'])).trim();
  await git(workspace, ['checkout', '--quiet', 'main']);
  return sha;
}
