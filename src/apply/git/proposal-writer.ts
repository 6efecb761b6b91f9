/**
 * Builds and pushes the bot's proposal branches (`blindspot/...`) from the action's checkout,
 * without touching the user's working tree, index, HEAD or current branch.
 *
 * Every proposal is rebuilt from the current base as one commit (base + the changed files),
 * made with plumbing against a temporary index and pushed with `--force-with-lease` over the
 * exact remote sha seen at open(). An unchanged proposal pushes nothing; a branch a person has
 * committed to is never pushed over or deleted.
 *
 * Shallow checkouts (actions/checkout's default depth 1) work: branch tips are listed with
 * `ls-remote`, and only tips missing locally are fetched, at depth 1 in a shallow repository, so
 * no shallow boundary lands on a commit the checkout already has. Raw commit objects keep their
 * parent lines, which is all the ownership check needs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../util/errors.js';
import {
  GITHUB_ACTIONS_BOT,
  isBotCommit,
  parseRawCommit,
  type BotIdentity,
  type CommitInfo,
} from './commits.js';
import { GitCommandError, GitRunner } from './git-runner.js';

/** A file's full new content; `path` is repo-relative with forward slashes. */
export interface FileChange {
  path: string;
  content: string;
}

export interface HumanCommit {
  sha: string;
  author: string;
  email: string;
  subject: string;
}

export interface ProposalResult {
  /**
   * `pushed`: the branch now holds base + changes. `unchanged`: it already did, nothing pushed.
   * `human-commits`: a person committed to the branch; nothing pushed. `no-diff`: the changes
   * make no difference to base; nothing pushed and an existing branch is left for the caller.
   */
  status: 'pushed' | 'unchanged' | 'human-commits' | 'no-diff';
  branch: string;
  /** The branch's commit on the remote after the call, when the branch exists. */
  sha?: string;
  /** Commits on the remote branch (since base) not made by the bot: we never push over them. Also set with `no-diff`. */
  humanCommits?: HumanCommit[];
}

export interface ProposalWriterOptions {
  /** Remote to fetch from and push to. Default `origin`. */
  remote?: string;
  /** Base branch name, e.g. `main`. */
  base: string;
  /** Author and committer of the bot's commits. Default github-actions[bot]. */
  bot?: BotIdentity;
  /** Where temporary index files go. Default the OS temp dir. */
  tmpDir?: string;
  /** ISO time used as author and committer date, so reruns make the same commit. */
  now?: string;
  /** Namespace of the bot's branches. Default `blindspot/`. */
  prefix?: string;
}

interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
}

/** Commits walked down a branch looking for the bot's commit, before giving up. */
const MAX_WALK = 50;
const REGULAR_FILE = new Set(['100644', '100755']);

export class ProposalWriter {
  private entries: Map<string, TreeEntry> | undefined;

  private constructor(
    private readonly git: GitRunner,
    private readonly remote: string,
    /** Base branch name. */
    readonly base: string,
    /** Base commit every proposal is built on: the remote base as seen by open(). */
    readonly baseSha: string,
    private readonly baseTree: string,
    private readonly bot: BotIdentity,
    private readonly tmpDir: string,
    private readonly date: string | undefined,
    private readonly prefix: string,
    private readonly branches: Map<string, string>,
  ) {}

  /** Reads the remote's base and the bot's branches, fetching what the checkout lacks. */
  static async open(workspace: string, options: ProposalWriterOptions): Promise<ProposalWriter> {
    const git = new GitRunner(workspace);
    const remote = options.remote ?? 'origin';
    const prefix = options.prefix ?? 'blindspot/';
    const bot = options.bot ?? GITHUB_ACTIONS_BOT;
    await git.run(['rev-parse', '--git-dir']);
    if (!/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(remote)) throw new InputError(`invalid remote name ${JSON.stringify(remote)}`);
    if (!prefix.endsWith('/') || !(await validBranch(git, `${prefix}x`))) throw new InputError(`invalid branch prefix ${JSON.stringify(prefix)}`);
    if (!(await validBranch(git, options.base))) throw new InputError(`invalid base branch name ${JSON.stringify(options.base)}`);
    const date = options.now === undefined ? undefined : gitDate(options.now);

    const shallow = (await git.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    const heads = await listRemoteHeads(git, remote, [`refs/heads/${options.base}`, `refs/heads/${prefix}*`]);
    const wanted = new Map([...heads].filter(([name]) => name === options.base || name.startsWith(prefix)));
    if (!wanted.has(options.base)) throw new InputError(`base branch ${JSON.stringify(options.base)} does not exist on remote ${remote}`);

    const present = await presentObjects(git, [...wanted.values()]);
    const missing = [...wanted.keys()].filter((name) => !present.has(wanted.get(name)!));
    if (missing.length > 0) {
      // Depth 1 in a shallow checkout: the tips are new here, so their boundary cuts no history the checkout has.
      await git.run([
        'fetch', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', ...(shallow ? ['--depth=1'] : []),
        remote, ...missing.map((name) => `+refs/heads/${name}:refs/remotes/${remote}/${name}`),
      ]);
      // A branch may have moved between ls-remote and fetch: what we fetched is what we saw.
      const fetched = await localRefs(git, `refs/remotes/${remote}/`);
      for (const name of missing) {
        const sha = fetched.get(name);
        if (!sha) throw new GitCommandError('failed', `fetching ${name} from ${remote} left no ref`, ['fetch'], '');
        wanted.set(name, sha);
      }
    }
    const baseSha = wanted.get(options.base)!;
    const baseTree = (await git.run(['rev-parse', `${baseSha}^{tree}`])).trim();
    const branches = new Map([...wanted].filter(([name]) => name.startsWith(prefix) && name !== options.base));
    return new ProposalWriter(git, remote, options.base, baseSha, baseTree, bot, options.tmpDir ?? tmpdir(), date, prefix, branches);
  }

  /** Text of a regular file at the base commit, or null when there is none at that path. */
  async readFile(path: string): Promise<string | null> {
    const entry = (await this.tree()).get(checkRepoPath(path));
    if (!entry || !REGULAR_FILE.has(entry.mode)) return null;
    return this.git.run(['cat-file', 'blob', entry.sha]);
  }

  /** Every file path at the base commit (git order). */
  async listFiles(): Promise<string[]> {
    return [...(await this.tree()).keys()];
  }

  /** Makes `branch` hold exactly base + `changes` as one bot commit, unless that is already so or a person committed to it. */
  async propose(branch: string, message: string, changes: readonly FileChange[]): Promise<ProposalResult> {
    await this.checkOwnBranch(branch);
    if (!message.trim()) throw new InputError(`empty commit message for ${branch}`);
    const tree = await this.buildTree(changes);
    const remoteSha = this.branches.get(branch);
    const history = remoteSha ? await this.history(remoteSha) : { tip: undefined, human: [] };
    const humanCommits = history.human.map(toHumanCommit);
    const human = humanCommits.length > 0 ? { humanCommits } : {};
    const current = remoteSha ? { sha: remoteSha } : {};

    if (tree === this.baseTree) return { status: 'no-diff', branch, ...current, ...human };
    if (humanCommits.length > 0) return { status: 'human-commits', branch, ...current, ...human };
    const tip = history.tip;
    if (tip && isBotCommit(tip, this.bot) && tip.parents.length === 1 && tip.parents[0] === this.baseSha && tip.tree === tree) {
      return { status: 'unchanged', branch, ...current };
    }
    const sha = await this.commit(tree, message);
    await this.git.run([...PUSH, `--force-with-lease=refs/heads/${branch}:${remoteSha ?? ''}`, this.remote, `${sha}:refs/heads/${branch}`]);
    this.branches.set(branch, sha);
    return { status: 'pushed', branch, sha };
  }

  /** Deletes the bot's branch on the remote, unless a person committed to it. */
  async deleteBranch(branch: string): Promise<'deleted' | 'absent' | 'human-commits'> {
    await this.checkOwnBranch(branch);
    const sha = this.branches.get(branch);
    if (!sha) return 'absent';
    if ((await this.history(sha)).human.length > 0) return 'human-commits';
    await this.git.run([...PUSH, `--force-with-lease=refs/heads/${branch}:${sha}`, this.remote, `:refs/heads/${branch}`]);
    this.branches.delete(branch);
    return 'deleted';
  }

  // ---------------------------------------------------------------------------------------------

  private async checkOwnBranch(branch: string): Promise<void> {
    if (!branch.startsWith(this.prefix) || branch.length === this.prefix.length || !(await validBranch(this.git, branch))) {
      throw new InputError(`branch ${JSON.stringify(branch)} is not a valid branch under ${this.prefix}`);
    }
  }

  private async tree(): Promise<Map<string, TreeEntry>> {
    if (!this.entries) {
      const out = await this.git.run(['ls-tree', '-r', '-z', '--full-tree', this.baseSha]);
      this.entries = new Map();
      for (const record of out.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab === -1) continue;
        const [mode, type, sha] = record.slice(0, tab).split(' ');
        this.entries.set(record.slice(tab + 1), { mode, type, sha });
      }
    }
    return this.entries;
  }

  /** Base tree with `changes` written over it, through a temporary index. */
  private async buildTree(changes: readonly FileChange[]): Promise<string> {
    if (changes.length === 0) return this.baseTree;
    const entries = await this.tree();
    const seen = new Set<string>();
    const infos: string[] = [];
    for (const change of changes) {
      const path = checkRepoPath(change.path);
      if (seen.has(path)) throw new InputError(`${path} is changed twice in one proposal`, { file: path });
      seen.add(path);
      const existing = entries.get(path);
      if (existing && !REGULAR_FILE.has(existing.mode)) {
        throw new InputError(`${path} is not a regular file at base (mode ${existing.mode}); refusing to overwrite it`, { file: path });
      }
      const clash = fileDirectoryClash(entries, path);
      if (clash) throw new InputError(`${path} cannot be written: ${clash} at base`, { file: path });
      const blob = (await this.git.run(['hash-object', '-w', '--stdin'], { input: Buffer.from(change.content, 'utf8') })).trim();
      infos.push('--cacheinfo', `${existing?.mode ?? '100644'},${blob},${path}`);
    }
    const dir = await mkdtemp(join(this.tmpDir, 'blindspot-index-'));
    try {
      const env = { GIT_INDEX_FILE: join(dir, 'index') };
      await this.git.run(['read-tree', this.baseSha], { env });
      await this.git.run(['update-index', '--add', '--verbose', ...infos], { env });
      return (await this.git.run(['write-tree'], { env })).trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async commit(tree: string, message: string): Promise<string> {
    const env: Record<string, string> = {
      GIT_AUTHOR_NAME: this.bot.name,
      GIT_AUTHOR_EMAIL: this.bot.email,
      GIT_COMMITTER_NAME: this.bot.name,
      GIT_COMMITTER_EMAIL: this.bot.email,
      ...(this.date ? { GIT_AUTHOR_DATE: this.date, GIT_COMMITTER_DATE: this.date } : {}),
    };
    const text = message.endsWith('\n') ? message : `${message}\n`;
    return (await this.git.run(['commit-tree', '--no-gpg-sign', tree, '-p', this.baseSha, '-F', '-'], { env, input: text })).trim();
  }

  /**
   * The branch tip and the commits on it above the bot's own commit: walking first parents from
   * the tip, stopping at the bot's commit (it always sits directly on a base commit), at a commit
   * the base already has, or where a shallow fetch ends.
   */
  private async history(tipSha: string): Promise<{ tip: CommitInfo | undefined; human: CommitInfo[] }> {
    const human: CommitInfo[] = [];
    let tip: CommitInfo | undefined;
    let sha: string | undefined = tipSha;
    for (let i = 0; sha && i < MAX_WALK; i++) {
      if (await this.reachableFromBase(sha)) break;
      const commit = await this.readCommit(sha);
      if (!commit) break;
      if (i === 0) tip = commit;
      if (isBotCommit(commit, this.bot)) break;
      human.push(commit);
      sha = commit.parents[0];
    }
    return { tip, human };
  }

  /** `merge-base --is-ancestor` answers by exit code alone; the merge base itself is printed, which is quicker through simple-git. */
  private async reachableFromBase(sha: string): Promise<boolean> {
    if (sha === this.baseSha) return true;
    try {
      return (await this.git.run(['merge-base', sha, this.baseSha])).trim() === sha;
    } catch {
      return false; // unrelated histories, or a commit beyond a shallow boundary
    }
  }

  private async readCommit(sha: string): Promise<CommitInfo | undefined> {
    try {
      return parseRawCommit(sha, await this.git.run(['cat-file', 'commit', sha]));
    } catch (err) {
      if (err instanceof GitCommandError) return undefined;
      throw err;
    }
  }


}

/** Push flags: the bot's push must not run the user's hooks, sign, push tags or recurse into submodules. */
const PUSH = ['push', '--porcelain', '--no-verify', '--no-signed', '--no-follow-tags', '--recurse-submodules=no'];

function toHumanCommit(c: CommitInfo): HumanCommit {
  return { sha: c.sha, author: c.author.name, email: c.author.email, subject: c.subject };
}

async function validBranch(git: GitRunner, name: string): Promise<boolean> {
  if (name.startsWith('-')) return false;
  try {
    // --normalize prints the name, and must not change it: `a//b` is normalised, not valid as given.
    return (await git.run(['check-ref-format', '--normalize', `refs/heads/${name}`])).trim() === `refs/heads/${name}`;
  } catch {
    return false;
  }
}

/** `@<epoch> +0000` from an ISO time: the one form git reads without guessing. */
function gitDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new InputError(`now must be an ISO time, got ${JSON.stringify(iso)}`);
  return `@${Math.floor(ms / 1000)} +0000`;
}

/** Why `path` cannot become a file in the tree: it is a directory, or one of its parents is a file. */
function fileDirectoryClash(entries: Map<string, TreeEntry>, path: string): string | undefined {
  const segments = path.split('/');
  for (let i = 1; i < segments.length; i++) {
    const parent = segments.slice(0, i).join('/');
    if (entries.has(parent)) return `${parent} is a file`;
  }
  for (const key of entries.keys()) if (key.startsWith(`${path}/`)) return `${path} is a directory`;
  return undefined;
}

/** Refuses paths git would read differently or that escape the repository. */
function checkRepoPath(path: string): string {
  const bad =
    !path ||
    path.startsWith('/') ||
    path.includes('\\') ||
    path.includes('\0') ||
    path.split('/').some((seg) => seg === '' || seg === '.' || seg === '..' || seg.toLowerCase() === '.git');
  if (bad) throw new InputError(`not a repo-relative file path: ${JSON.stringify(path)}`, { file: path });
  return path;
}

async function listRemoteHeads(git: GitRunner, remote: string, patterns: string[]): Promise<Map<string, string>> {
  const out = await git.run(['ls-remote', remote, ...patterns]);
  const heads = new Map<string, string>();
  for (const line of out.split('\n')) {
    const [sha, ref] = line.split('\t');
    if (sha && ref?.startsWith('refs/heads/')) heads.set(ref.slice('refs/heads/'.length), sha);
  }
  return heads;
}

async function presentObjects(git: GitRunner, shas: string[]): Promise<Set<string>> {
  if (shas.length === 0) return new Set();
  const out = await git.run(['cat-file', '--batch-check'], { input: `${shas.join('\n')}\n` });
  const present = new Set<string>();
  for (const line of out.split('\n')) {
    const [sha, type] = line.split(' ');
    if (type === 'commit') present.add(sha);
  }
  return present;
}

async function localRefs(git: GitRunner, under: string): Promise<Map<string, string>> {
  const out = await git.run(['for-each-ref', '--format=%(objectname) %(refname)', under]);
  const refs = new Map<string, string>();
  for (const line of out.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) refs.set(line.slice(space + 1).slice(under.length), line.slice(0, space));
  }
  return refs;
}
