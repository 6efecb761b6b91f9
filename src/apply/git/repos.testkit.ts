/**
 * Real repositories in temp dirs for the git writer's tests: a bare `origin`, a seed clone people
 * push from, and workspace clones (full or shallow) the writer runs in. Git runs with a private
 * HOME and no ambient GIT_* variables, so neither the machine's config nor a surrounding git hook
 * can leak in.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Person {
  name: string;
  email: string;
}

export const ALICE: Person = { name: 'Alice Doe', email: '1234+alice-d@users.noreply.github.com' };
export const BOB: Person = { name: 'Bob', email: 'bob@example.com' };

const made: string[] = [];

/** A private HOME for every git process of the test file, including the writer's own (which reads process.env). */
export function isolateGitHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'blindspot-git-home-'));
  made.push(home);
  process.env.HOME = home;
  process.env.XDG_CONFIG_HOME = join(home, '.config');
  return home;
}

export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function tempDir(prefix = 'blindspot-git-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.toUpperCase().startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', ...extra };
}

export function git(cwd: string, args: string[], options: { env?: Record<string, string>; input?: string | Buffer } = {}): string {
  return execFileSync('git', args, { cwd, env: cleanEnv(options.env), input: options.input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

export function gitBytes(cwd: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
}

function identity(who: Person, date?: string): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** Writes files, commits them all as `who`, returns the new sha. */
export function commitFiles(repo: string, who: Person, files: Record<string, string | Buffer>, message: string): string {
  writeFiles(repo, files);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '--no-gpg-sign', '-m', message], { env: identity(who) });
  return git(repo, ['rev-parse', 'HEAD']).trim();
}

export interface Remote {
  /** The bare repository. */
  bare: string;
  url: string;
  /** A full clone people commit and push from. */
  seed: string;
}

/** A bare origin whose `main` holds `files` in one commit by `who`. */
export function makeRemote(files: Record<string, string | Buffer>, who: Person = ALICE): Remote {
  const root = tempDir('blindspot-remote-');
  const bare = join(root, 'origin.git');
  git(root, ['init', '-q', '--bare', '-b', 'main', bare]);
  const url = pathToFileURL(bare).href;
  const seed = join(root, 'seed');
  git(root, ['init', '-q', '-b', 'main', seed]);
  git(seed, ['remote', 'add', 'origin', url]);
  commitFiles(seed, who, files, 'initial');
  git(seed, ['push', '-q', 'origin', 'main']);
  return { bare, url, seed };
}

/** The seed commits as `who` on `branch` (fetched fresh from origin; a new branch starts at main) and pushes it. */
export function pushCommit(remote: Remote, branch: string, who: Person, files: Record<string, string | Buffer>, message: string): string {
  const seed = remote.seed;
  git(seed, ['fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*', '--prune']);
  const exists = git(seed, ['for-each-ref', `refs/remotes/origin/${branch}`]).trim() !== '';
  git(seed, ['checkout', '-q', '-B', branch, exists ? `origin/${branch}` : 'origin/main']);
  const sha = commitFiles(seed, who, files, message);
  git(seed, ['push', '-q', 'origin', `HEAD:refs/heads/${branch}`]);
  git(seed, ['checkout', '-q', '--detach']);
  return sha;
}

/** A workspace clone of origin, like actions/checkout makes (`depth` 1 is its default). */
export function cloneWorkspace(remote: Remote, options: { depth?: number } = {}): string {
  const dir = join(tempDir('blindspot-ws-'), 'ws');
  const depth = options.depth ? ['--depth', String(options.depth)] : [];
  git(tmpdir(), ['clone', '-q', ...depth, remote.url, dir]);
  return dir;
}

/** sha of a branch in the bare origin, or null. */
export function remoteSha(remote: Remote, branch: string): string | null {
  try {
    return git(remote.bare, ['rev-parse', '--verify', '-q', `refs/heads/${branch}`]).trim();
  } catch {
    return null;
  }
}

/** Everything about a workspace the writer promises not to touch. */
export function workspaceState(ws: string): { status: string; head: string; branch: string; index: string } {
  return {
    status: git(ws, ['status', '--porcelain=v1', '--untracked-files=all']),
    head: git(ws, ['rev-parse', 'HEAD']).trim(),
    branch: git(ws, ['symbolic-ref', '-q', 'HEAD']).trim(),
    index: git(ws, ['ls-files', '-s']),
  };
}
