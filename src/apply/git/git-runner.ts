/**
 * Runs one git command in a repository through simple-git, with an explicit environment and
 * optional stdin. Failures become a GitCommandError whose text never carries a token.
 */
import { simpleGit, type SimpleGitOptions } from 'simple-git';

/** Why a command failed, for callers that react differently (a lost lease is not a crash). */
export type GitFailure = 'lease-rejected' | 'push-rejected' | 'failed';

export class GitCommandError extends Error {
  readonly kind: GitFailure;
  /** The git arguments, scrubbed. */
  readonly args: readonly string[];
  /** What git printed, scrubbed of credentials. */
  readonly stderr: string;

  constructor(kind: GitFailure, message: string, args: readonly string[], stderr: string) {
    super(message);
    this.name = 'GitCommandError';
    this.kind = kind;
    this.args = args;
    this.stderr = stderr;
  }
}

/** Removes credentials git may echo: tokens in URLs and persisted auth headers. */
export function scrubSecrets(text: string): string {
  return text
    .replace(/x-access-token:[^@\s]*@/gi, 'x-access-token:***@')
    .replace(/(\/\/)(?!x-access-token:)[^/@\s:]+:[^@\s]*@/g, '$1***@')
    .replace(/(authorization:\s*(?:basic|bearer|token)\s+)\S+/gi, '$1***')
    .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '***');
}

/**
 * Variables simple-git refuses to pass on (its environment guard), plus every GIT_* variable:
 * an ambient GIT_DIR or GIT_INDEX_FILE (set when running inside a git hook) would point the
 * commands at another repository or index.
 */
const GUARDED = new Set(['editor', 'pager', 'prefix', 'ssh_askpass', 'visual']);

function ambientEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    const k = key.toLowerCase();
    if (value === undefined || k.startsWith('git') || GUARDED.has(k)) continue;
    env[key] = value;
  }
  return env;
}

export interface RunOptions {
  /** Extra GIT_* variables for this command only (index file, identity, dates). */
  env?: Record<string, string>;
  /** Bytes for stdin. */
  input?: string | Buffer;
}

/**
 * simple-git counts a non-zero exit as a failure only when git also wrote to stderr; some
 * commands (`check-ref-format`, `merge-base`) fail silently, so every non-zero exit fails here.
 */
const everyNonZeroExit: SimpleGitOptions['errors'] = (error, result) => {
  if (error) return error;
  if (result.exitCode === 0) return undefined;
  const text = Buffer.concat([...result.stdOut, ...result.stdErr]);
  return text.length > 0 ? text : Buffer.from(`exit code ${result.exitCode}`);
};

function classify(args: readonly string[], output: string): GitFailure {
  if (args[0] !== 'push') return 'failed';
  if (/\(stale info\)/.test(output)) return 'lease-rejected';
  if (/\[(remote )?rejected\]/.test(output)) return 'push-rejected';
  return 'failed';
}

export class GitRunner {
  constructor(readonly dir: string) {}

  async run(args: readonly string[], options: RunOptions = {}): Promise<string> {
    const extra: Record<string, string> = { GIT_TERMINAL_PROMPT: '0', ...options.env };
    const input = options.input;
    try {
      // simple-git refuses a missing baseDir by throwing here, so this stays inside the try.
      const git = simpleGit({
        baseDir: this.dir,
        allowEnvironment: Object.keys(extra),
        errors: everyNonZeroExit,
        ...(input !== undefined ? { input: () => input } : {}),
      }).env({ ...ambientEnv(), ...extra });
      return await git.raw([...args]);
    } catch (err) {
      const output = scrubSecrets(err instanceof Error ? err.message : String(err)).trim();
      const shown = args.map(scrubSecrets);
      const kind = classify(args, output);
      throw new GitCommandError(kind, `git ${shown.join(' ')} failed: ${output}`, shown, output);
    }
  }
}
