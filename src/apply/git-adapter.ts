/** Opens the proposal writer on the action's checkout, with the bot identity and pinned time. */
import type { ProposalGit } from './executor.js';
import { ProposalWriter } from './git/index.js';

export async function openProposalGit(workspace: string, base: string, nowIso: string, _dryRun: boolean): Promise<ProposalGit> {
  // Fetching is read-only, so dry-run opens the writer too (it needs base files to render diffs);
  // the executor never calls propose() or deleteBranch() in dry-run.
  return ProposalWriter.open(workspace, { base, now: nowIso });
}
