/** The proposal branch writer: git plumbing for the bot's PR branches. */
export { GITHUB_ACTIONS_BOT, loginFromNoreplyEmail, type BotIdentity } from './commits.js';
export { GitCommandError, scrubSecrets, type GitFailure } from './git-runner.js';
export {
  ProposalWriter,
  type FileChange,
  type HumanCommit,
  type ProposalResult,
  type ProposalWriterOptions,
} from './proposal-writer.js';
