/**
 * Real git behind the fake: a bare repository in a temp folder plays GitHub's copy of the repo,
 * and a working clone of it is the action's GITHUB_WORKSPACE. All commands run with the user's
 * global and system config shut out, so signing hooks or aliases on a developer machine cannot leak in.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { devNull, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { BOT_EMAIL, BOT_LOGIN } from './state.js';

export interface GitIdentity {
  name: string;
  email: string;
}

export const BOT_IDENTITY: GitIdentity = { name: BOT_LOGIN, email: BOT_EMAIL };

/** Runs git and resolves with stdout; rejects with stderr in the message. */
export function git(cwd: string, args: string[], options: { identity?: GitIdentity; date?: string } = {}): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: devNull,
    GIT_TERMINAL_PROMPT: '0',
  };
  if (options.identity) {
    env.GIT_AUTHOR_NAME = options.identity.name;
    env.GIT_AUTHOR_EMAIL = options.identity.email;
    env.GIT_COMMITTER_NAME = options.identity.name;
    env.GIT_COMMITTER_EMAIL = options.identity.email;
  }
  if (options.date) {
    env.GIT_AUTHOR_DATE = options.date;
    env.GIT_COMMITTER_DATE = options.date;
  }
  return new Promise((resolve, reject) => {
    execFile('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')} (in ${cwd}) failed: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
}

/** Read access to the bare repository, plus ref deletion (the only ref write the REST fake offers). */
export class BareRepo {
  constructor(readonly dir: string) {}

  /**
   * Branch name → tip sha. Read straight from the files backend (loose refs override packed-refs)
   * because the server needs it on most requests and spawning git costs ~5 ms; anything unexpected
   * falls back to `git for-each-ref`.
   */
  async branches(): Promise<Map<string, string>> {
    try {
      return await this.#readBranchFiles();
    } catch {
      return this.#forEachRef();
    }
  }

  async #readBranchFiles(): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    const packed = await readFile(join(this.dir, 'packed-refs'), 'utf8').catch(() => '');
    for (const line of packed.split('\n')) {
      const match = /^([0-9a-f]{40}) refs\/heads\/(.+)$/.exec(line);
      if (match) map.set(match[2], match[1]);
    }
    const root = join(this.dir, 'refs', 'heads');
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      // `.lock` files belong to a ref update in progress (no branch name may end in `.lock`).
      if (!entry.isFile() || entry.name.endsWith('.lock')) continue;
      const file = join(entry.parentPath, entry.name);
      const sha = (await readFile(file, 'utf8')).trim();
      if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`unexpected ref content in ${file}`);
      map.set(relative(root, file).split(sep).join('/'), sha);
    }
    return map;
  }

  async #forEachRef(): Promise<Map<string, string>> {
    const out = await git(this.dir, ['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads']);
    const map = new Map<string, string>();
    for (const line of out.split('\n').filter(Boolean)) {
      const [sha, ref] = line.split(' ');
      map.set(ref.replace(/^refs\/heads\//, ''), sha);
    }
    return map;
  }

  /** Sha of a full ref (`refs/heads/x`), or undefined when it does not exist. */
  async resolve(fullRef: string): Promise<string | undefined> {
    try {
      return (await git(this.dir, ['rev-parse', '--verify', '--quiet', `${fullRef}^{commit}`])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  async deleteRef(fullRef: string): Promise<boolean> {
    if (!(await this.resolve(fullRef))) return false;
    await git(this.dir, ['update-ref', '-d', fullRef]);
    return true;
  }

  async setRef(fullRef: string, sha: string): Promise<void> {
    await git(this.dir, ['update-ref', fullRef, sha]);
  }

  async commit(sha: string): Promise<CommitInfo> {
    const format = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00');
    const out = await git(this.dir, ['show', '-s', `--format=${format}`, sha]);
    const [full, tree, parents, an, ae, ad, cn, ce, cd, ...message] = out.split('\0');
    return {
      sha: full,
      tree,
      parents: parents.split(' ').filter(Boolean),
      message: message.join('\0').replace(/\n+$/, ''),
      author: { name: an, email: ae, date: toUtc(ad) },
      committer: { name: cn, email: ce, date: toUtc(cd) },
    };
  }

  /** Commits reachable from `head` but not from `base`, oldest first. */
  async commitsBetween(base: string, head: string): Promise<string[]> {
    const out = await git(this.dir, ['rev-list', '--reverse', `${base}..${head}`]);
    return out.split('\n').filter(Boolean);
  }

  /** Lines added/removed and files changed between the merge base of `base` and `head`, and `head`. */
  async diffStats(base: string, head: string): Promise<{ additions: number; deletions: number; changedFiles: number }> {
    const out = await git(this.dir, ['diff', '--numstat', `${base}...${head}`]);
    const rows = out.split('\n').filter(Boolean).map((line) => line.split('\t'));
    const count = (v: string): number => (v === '-' ? 0 : Number(v));
    return {
      additions: rows.reduce((sum, [added]) => sum + count(added), 0),
      deletions: rows.reduce((sum, [, removed]) => sum + count(removed), 0),
      changedFiles: rows.length,
    };
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    try {
      return (await git(this.dir, ['merge-base', a, b])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** The blob at `path` in `ref`, or a directory listing, or undefined. */
  async read(ref: string, path: string): Promise<
    | { type: 'file'; sha: string; content: Buffer }
    | { type: 'dir'; entries: Array<{ type: 'file' | 'dir'; name: string; sha: string; size: number }> }
    | undefined
  > {
    const spec = `${ref}:${path}`;
    let kind: string;
    try {
      kind = (await git(this.dir, ['cat-file', '-t', spec])).trim();
    } catch {
      return undefined;
    }
    const sha = (await git(this.dir, ['rev-parse', spec])).trim();
    if (kind === 'blob') {
      const content = await gitBuffer(this.dir, ['cat-file', 'blob', sha]);
      return { type: 'file', sha, content };
    }
    if (kind !== 'tree') return undefined;
    const listing = await git(this.dir, ['ls-tree', '-l', sha]);
    const entries = listing
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [meta, name] = line.split('\t');
        const [, type, entrySha, size] = meta.split(/\s+/);
        return { type: type === 'tree' ? ('dir' as const) : ('file' as const), name, sha: entrySha, size: size === '-' ? 0 : Number(size) };
      });
    return { type: 'dir', entries };
  }
}

function gitBuffer(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}

/** `2026-03-02T10:00:00+01:00` → `2026-03-02T09:00:00Z` (GitHub reports commit dates in UTC). */
function toUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface GitFixture {
  /** Temp folder holding everything below; removed by `removeGitFixture`. */
  root: string;
  bare: BareRepo;
  /** Working clone with `origin` = the bare repo and the bot's git identity: the action's GITHUB_WORKSPACE. */
  workspace: string;
  defaultBranch: string;
  /** The seed commit on the default branch. */
  initialSha: string;
}

export interface SeedOptions {
  /** Directory whose files become the first commit (`.git` and `node_modules` are skipped). */
  dir?: string;
  /** Files (path → content) added to the first commit, after `dir`. */
  files?: Record<string, string>;
}

export const MAINTAINER: GitIdentity = { name: 'Repo Maintainer', email: 'maintainer@example.com' };

/** Creates bare repo + seed commit + working clone in a new temp folder. */
export async function createGitFixture(seed: SeedOptions, defaultBranch: string, date: string): Promise<GitFixture> {
  const root = await mkdtemp(join(tmpdir(), 'fake-github-'));
  const bareDir = join(root, 'origin.git');
  const seedDir = join(root, 'seed');
  const workspace = join(root, 'workspace');
  await mkdir(bareDir);
  await git(bareDir, ['init', '--bare', '--quiet', `--initial-branch=${defaultBranch}`]);
  await mkdir(seedDir);
  await git(seedDir, ['init', '--quiet', `--initial-branch=${defaultBranch}`]);
  if (seed.dir) {
    await cp(seed.dir, seedDir, {
      recursive: true,
      filter: (source) => !/[\\/](\.git|node_modules)([\\/]|$)/.test(source.slice(seed.dir?.length ?? 0)),
    });
  }
  await writeFiles(seedDir, seed.files ?? {});
  if (!seed.dir && !seed.files) await writeFile(join(seedDir, 'README.md'), '# fixture\n');
  await git(seedDir, ['add', '-A']);
  await git(seedDir, ['commit', '--quiet', '-m', 'Initial commit'], { identity: MAINTAINER, date });
  await git(seedDir, ['push', '--quiet', bareDir, `HEAD:refs/heads/${defaultBranch}`]);
  const initialSha = (await git(seedDir, ['rev-parse', 'HEAD'])).trim();
  await rm(seedDir, { recursive: true, force: true });
  await git(root, ['clone', '--quiet', bareDir, workspace]);
  await git(workspace, ['config', 'user.name', BOT_IDENTITY.name]);
  await git(workspace, ['config', 'user.email', BOT_IDENTITY.email]);
  return { root, bare: new BareRepo(bareDir), workspace, defaultBranch, initialSha };
}

export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

/**
 * Commits `files` as `identity` on `branch` (starting from its tip, or from the default branch when
 * it does not exist yet) and pushes it to the bare repo, from a scratch clone so the action's
 * workspace is untouched. Returns the new commit sha.
 */
export async function pushCommit(
  fixture: GitFixture,
  branch: string,
  change: { files: Record<string, string>; message: string; identity: GitIdentity; date: string },
): Promise<string> {
  const scratch = join(fixture.root, 'scratch');
  await rm(scratch, { recursive: true, force: true });
  await git(fixture.root, ['clone', '--quiet', fixture.bare.dir, scratch]);
  const exists = Boolean(await fixture.bare.resolve(`refs/heads/${branch}`));
  await git(scratch, ['checkout', '--quiet', '-B', branch, exists ? `origin/${branch}` : `origin/${fixture.defaultBranch}`]);
  await writeFiles(scratch, change.files);
  await git(scratch, ['add', '-A']);
  await git(scratch, ['commit', '--quiet', '--allow-empty', '-m', change.message], { identity: change.identity, date: change.date });
  await git(scratch, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
  const sha = (await git(scratch, ['rev-parse', 'HEAD'])).trim();
  await rm(scratch, { recursive: true, force: true });
  return sha;
}

/** Puts bare repo and workspace back to the seed commit, deleting every other branch. */
export async function resetGitFixture(fixture: GitFixture): Promise<void> {
  for (const branch of (await fixture.bare.branches()).keys()) {
    if (branch !== fixture.defaultBranch) await fixture.bare.deleteRef(`refs/heads/${branch}`);
  }
  await fixture.bare.setRef(`refs/heads/${fixture.defaultBranch}`, fixture.initialSha);
  const ws = fixture.workspace;
  await git(ws, ['fetch', '--quiet', '--prune', 'origin']);
  await git(ws, ['checkout', '--quiet', '-f', '-B', fixture.defaultBranch, `origin/${fixture.defaultBranch}`]);
  await git(ws, ['clean', '-qfdx']);
  const local = await git(ws, ['for-each-ref', '--format=%(refname:short)', 'refs/heads']);
  for (const branch of local.split('\n').filter(Boolean)) {
    if (branch !== fixture.defaultBranch) await git(ws, ['branch', '--quiet', '-D', branch]);
  }
}

export async function removeGitFixture(fixture: GitFixture): Promise<void> {
  await rm(fixture.root, { recursive: true, force: true });
}
