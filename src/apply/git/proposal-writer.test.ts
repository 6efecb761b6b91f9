import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../util/errors.js';
import { GITHUB_ACTIONS_BOT } from './commits.js';
import { GitCommandError } from './git-runner.js';
import { ProposalWriter, type ProposalWriterOptions } from './proposal-writer.js';
import {
  ALICE,
  BOB,
  cloneWorkspace,
  commitFiles,
  git,
  gitBytes,
  isolateGitHome,
  makeRemote,
  pushCommit,
  remoteSha,
  removeTempDirs,
  tempDir,
  workspaceState,
  writeFiles,
  type Remote,
} from './repos.testkit.js';

const NOW = '2026-11-29T08:00:00Z';
const BRANCH = 'blindspot/retire/model-a';
const MODEL = 'governance/models.yaml';
const ACTIVE = 'kind: Model\nmetadata:\n  name: model-a\nspec:\n  lifecycle: active\n';
const RETIRED = 'kind: Model\nmetadata:\n  name: model-a\nspec:\n  lifecycle: retired\n  retiredAt: 2026-11-29\n';
const FILES = {
  [MODEL]: ACTIVE,
  'governance/keys.yaml': 'kind: Credential\n',
  '.github/CODEOWNERS': '* @org/gov\n',
  'README.md': '# governance\n',
};

beforeAll(() => {
  isolateGitHome();
});
afterAll(removeTempDirs);

function open(ws: string, options: Partial<ProposalWriterOptions> = {}): Promise<ProposalWriter> {
  return ProposalWriter.open(ws, { base: 'main', now: NOW, tmpDir: tempDir('blindspot-idx-'), ...options });
}

const retire = [{ path: MODEL, content: RETIRED }];

/** Commits on `branch` that `main` lacks, newest first. */
function commitsAbove(remote: Remote, branch: string): string[] {
  return git(remote.bare, ['rev-list', `refs/heads/main..refs/heads/${branch}`]).split('\n').filter(Boolean);
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('ProposalWriter.propose', () => {
  it('first push: one bot commit on base holding exactly the changes; the workspace is untouched', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    // A dirty workspace: staged, unstaged and untracked changes the writer must leave alone.
    writeFiles(ws, { 'README.md': '# local edit\n', 'notes.txt': 'untracked\n' });
    git(ws, ['add', 'README.md']);
    writeFiles(ws, { [MODEL]: 'local unstaged edit\n' });
    const before = workspaceState(ws);

    const w = await open(ws);
    const r = await w.propose(BRANCH, 'Retire model-a\n\nNo live endpoint since June.', [
      ...retire,
      { path: 'governance/adopted/agent-x.yaml', content: 'kind: Agent\n' },
    ]);

    const sha = remoteSha(remote, BRANCH)!;
    const base = remoteSha(remote, 'main')!;
    expect(r).toEqual({ status: 'pushed', branch: BRANCH, sha });
    expect(commitsAbove(remote, BRANCH)).toEqual([sha]);
    expect(git(remote.bare, ['rev-parse', `${sha}^@`]).trim()).toBe(base);
    expect(git(remote.bare, ['diff-tree', '-r', '--no-commit-id', '--name-status', base, sha])).toBe(
      'A\tgovernance/adopted/agent-x.yaml\nM\tgovernance/models.yaml\n',
    );
    expect(git(remote.bare, ['show', `${sha}:${MODEL}`])).toBe(RETIRED);
    const raw = git(remote.bare, ['cat-file', 'commit', sha]);
    expect(raw).toContain(`\nauthor ${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}> ${Date.parse(NOW) / 1000} +0000\n`);
    expect(raw).toContain(`\ncommitter ${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}> ${Date.parse(NOW) / 1000} +0000\n`);
    expect(raw.slice(raw.indexOf('\n\n') + 2)).toBe('Retire model-a\n\nNo live endpoint since June.\n');

    expect(workspaceState(ws)).toEqual(before);
    expect(readFileSync(join(ws, MODEL), 'utf8')).toBe('local unstaged edit\n');
    expect(readFileSync(join(ws, 'README.md'), 'utf8')).toBe('# local edit\n');
  });

  it('an identical second call pushes nothing, in the same writer and in a fresh run without a fixed time', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    const w = await open(ws);
    const first = await w.propose(BRANCH, 'Retire model-a', retire);
    expect(first.status).toBe('pushed');
    expect(await w.propose(BRANCH, 'Retire model-a', retire)).toEqual({ status: 'unchanged', branch: BRANCH, sha: first.sha });
    const later = await open(ws, { now: undefined });
    expect(await later.propose(BRANCH, 'Retire model-a', retire)).toEqual({ status: 'unchanged', branch: BRANCH, sha: first.sha });
    expect(remoteSha(remote, BRANCH)).toBe(first.sha);
  });

  it('reruns converge: the same base, changes, message and time make the same commit in another checkout', async () => {
    const remote = makeRemote(FILES);
    const w1 = await open(cloneWorkspace(remote));
    const first = await w1.propose(BRANCH, 'Retire model-a', retire);
    expect(await w1.deleteBranch(BRANCH)).toBe('deleted');
    const w2 = await open(cloneWorkspace(remote));
    const second = await w2.propose(BRANCH, 'Retire model-a', retire);
    expect(second.status).toBe('pushed');
    expect(second.sha).toBe(first.sha);
  });

  it('when base moves, the branch is rebuilt on the new base and force-pushed', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    const first = await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    const newBase = pushCommit(remote, 'main', BOB, { 'README.md': '# governance v2\n' }, 'docs: v2');

    const r = await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    expect(r.status).toBe('pushed');
    expect(r.sha).not.toBe(first.sha);
    expect(remoteSha(remote, BRANCH)).toBe(r.sha);
    expect(commitsAbove(remote, BRANCH)).toEqual([r.sha]);
    expect(git(remote.bare, ['rev-parse', `${r.sha}^@`]).trim()).toBe(newBase);
    expect(git(remote.bare, ['diff-tree', '-r', '--no-commit-id', '--name-only', newBase, r.sha!])).toBe(`${MODEL}\n`);
  });

  it('new content on the same base replaces the bot commit', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    const r = await (await open(ws)).propose(BRANCH, 'Retire model-a', [{ path: MODEL, content: `${RETIRED}# v2\n` }]);
    expect(r.status).toBe('pushed');
    expect(commitsAbove(remote, BRANCH)).toEqual([r.sha]);
    expect(git(remote.bare, ['show', `${r.sha}:${MODEL}`])).toBe(`${RETIRED}# v2\n`);
  });

  it('a human commit on the branch: nothing is pushed and the commits are reported', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    const human = pushCommit(remote, BRANCH, BOB, { [MODEL]: `${RETIRED}# reviewed\n` }, 'Keep the reviewer note');

    const w = await open(ws);
    const r = await w.propose(BRANCH, 'Retire model-a', [{ path: MODEL, content: `${RETIRED}# bot v2\n` }]);
    expect(r).toEqual({
      status: 'human-commits',
      branch: BRANCH,
      sha: human,
      humanCommits: [{ sha: human, author: BOB.name, email: BOB.email, subject: 'Keep the reviewer note' }],
    });
    expect(remoteSha(remote, BRANCH)).toBe(human);
    expect(await w.deleteBranch(BRANCH)).toBe('human-commits');
    expect(remoteSha(remote, BRANCH)).toBe(human);
  });

  it('a person amending the bot commit (bot still the author) counts as human work', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    const first = await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    const seed = remote.seed;
    git(seed, ['fetch', '-q', 'origin', `+refs/heads/${BRANCH}:refs/remotes/origin/${BRANCH}`]);
    git(seed, ['checkout', '-q', '-B', 'amend', `origin/${BRANCH}`]);
    git(seed, ['commit', '-q', '--amend', '--no-edit', '--no-gpg-sign'], {
      env: { GIT_COMMITTER_NAME: BOB.name, GIT_COMMITTER_EMAIL: BOB.email },
    });
    git(seed, ['push', '-q', '-f', 'origin', `HEAD:refs/heads/${BRANCH}`]);
    const amended = remoteSha(remote, BRANCH)!;
    expect(amended).not.toBe(first.sha);
    expect(git(remote.bare, ['log', '-1', '--format=%ae', amended]).trim()).toBe(GITHUB_ACTIONS_BOT.email);

    const r = await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    expect(r.status).toBe('human-commits');
    expect(r.humanCommits?.map((c) => c.sha)).toEqual([amended]);
    expect(remoteSha(remote, BRANCH)).toBe(amended);
  });

  it('no-diff: changes equal to base push nothing; an existing branch is left for the caller', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    const w = await open(ws);
    expect(await w.propose('blindspot/retire/other', 'noop', [{ path: MODEL, content: ACTIVE }])).toEqual({
      status: 'no-diff',
      branch: 'blindspot/retire/other',
    });
    expect(await w.propose('blindspot/retire/other', 'noop', [])).toEqual({ status: 'no-diff', branch: 'blindspot/retire/other' });
    expect(remoteSha(remote, 'blindspot/retire/other')).toBeNull();

    const pushed = await w.propose(BRANCH, 'Retire model-a', retire);
    // The change lands on main some other way: the proposal is moot.
    pushCommit(remote, 'main', ALICE, { [MODEL]: RETIRED }, 'retire by hand');
    const r = await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    expect(r).toEqual({ status: 'no-diff', branch: BRANCH, sha: pushed.sha });
    expect(remoteSha(remote, BRANCH)).toBe(pushed.sha);
  });

  it('no-diff with human commits on the branch reports them, so the caller does not close it as moot', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    const human = pushCommit(remote, BRANCH, BOB, { 'extra.txt': 'x\n' }, 'extra');
    pushCommit(remote, 'main', ALICE, { [MODEL]: RETIRED }, 'retire by hand');
    const r = await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    expect(r.status).toBe('no-diff');
    expect(r.humanCommits?.map((c) => c.sha)).toEqual([human]);
  });

  it('the lease: a branch updated after open() is not clobbered; the push is rejected and reported', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    const stale = await open(ws);
    const newBranch = await open(ws);

    // Another run (another checkout) moves the branch and creates a new one in between.
    const other = await open(cloneWorkspace(remote), { now: '2026-11-30T00:00:00Z' });
    const moved = await other.propose(BRANCH, 'Retire model-a', [{ path: MODEL, content: `${RETIRED}# other run\n` }]);
    const created = await other.propose('blindspot/retire/new', 'new', [{ path: 'new.txt', content: 'x\n' }]);

    const err = await rejection(stale.propose(BRANCH, 'Retire model-a', [{ path: MODEL, content: `${RETIRED}# stale run\n` }]));
    expect(err).toBeInstanceOf(GitCommandError);
    expect((err as GitCommandError).kind).toBe('lease-rejected');
    expect((err as GitCommandError).stderr).toMatch(/stale info/);
    expect(remoteSha(remote, BRANCH)).toBe(moved.sha);

    const err2 = await rejection(newBranch.propose('blindspot/retire/new', 'new', [{ path: 'new.txt', content: 'y\n' }]));
    expect((err2 as GitCommandError).kind).toBe('lease-rejected');
    expect(remoteSha(remote, 'blindspot/retire/new')).toBe(created.sha);

    const err3 = await rejection(stale.deleteBranch(BRANCH));
    expect((err3 as GitCommandError).kind).toBe('lease-rejected');
    expect(remoteSha(remote, BRANCH)).toBe(moved.sha);
  });

  it('writes CRLF and BOM contents byte for byte, even with autocrlf and text attributes in the checkout', async () => {
    const crlf = '\uFEFFkind: Model\r\nspec:\r\n  lifecycle: retired\r\n  retiredAt: 2026-11-29';
    const stored = '\uFEFFkind: Model\r\nspec:\r\n  lifecycle: active\r\n';
    // Everything but raw/ is normalised to LF by attributes; a filtering write would lose the CRs.
    const remote = makeRemote({ ...FILES, '.gitattributes': '* text=auto eol=lf\nraw/** -text\n', 'raw/win.yaml': stored });
    const ws = cloneWorkspace(remote);
    git(ws, ['config', 'core.autocrlf', 'true']);
    const w = await open(ws);
    expect(await w.readFile('raw/win.yaml')).toBe(stored);
    const r = await w.propose(BRANCH, 'Retire win', [{ path: 'win.yaml', content: crlf }, { path: 'new/lf.yaml', content: 'a: 1\n' }]);
    expect(gitBytes(remote.bare, ['cat-file', '-p', `${r.sha}:win.yaml`])).toEqual(Buffer.from(crlf, 'utf8'));
    expect(gitBytes(remote.bare, ['cat-file', '-p', `${r.sha}:new/lf.yaml`])).toEqual(Buffer.from('a: 1\n'));
  });

  it('keeps the executable bit of a file it overwrites; new files are 100644', async () => {
    const remote = makeRemote(FILES);
    writeFiles(remote.seed, { 'scripts/run.sh': '#!/bin/sh\necho 1\n' });
    chmodSync(join(remote.seed, 'scripts/run.sh'), 0o755);
    commitFiles(remote.seed, ALICE, {}, 'script');
    expect(git(remote.seed, ['ls-tree', 'HEAD', 'scripts/run.sh'])).toMatch(/^100755 /);
    git(remote.seed, ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
    const w = await open(cloneWorkspace(remote));
    const r = await w.propose(BRANCH, 'edit script', [{ path: 'scripts/run.sh', content: '#!/bin/sh\necho 2\n' }, { path: 'n.txt', content: '' }]);
    expect(git(remote.bare, ['ls-tree', r.sha!, 'scripts/run.sh', 'n.txt'])).toMatch(/^100644 blob \w+\tn\.txt\n100755 blob \w+\tscripts\/run\.sh\n$/);
  });

  it('refuses bad paths, branches and messages with an InputError, pushing nothing', async () => {
    const remote = makeRemote(FILES);
    const w = await open(cloneWorkspace(remote));
    const bad: Array<[string, string, Array<{ path: string; content: string }>]> = [
      [BRANCH, 'm', [{ path: '../escape.yaml', content: 'x' }]],
      [BRANCH, 'm', [{ path: '.git/config', content: 'x' }]],
      [BRANCH, 'm', [{ path: '/abs.yaml', content: 'x' }]],
      [BRANCH, 'm', [{ path: 'a//b.yaml', content: 'x' }]],
      [BRANCH, 'm', [{ path: 'a\\b.yaml', content: 'x' }]],
      [BRANCH, 'm', [{ path: 'governance', content: 'x' }]],
      [BRANCH, 'm', [{ path: 'README.md/inner', content: 'x' }]],
      [BRANCH, 'm', [{ path: 'x.yaml', content: 'a' }, { path: 'x.yaml', content: 'b' }]],
      ['feature/x', 'm', retire],
      ['blindspot/', 'm', retire],
      ['blindspot/a..b', 'm', retire],
      [BRANCH, '  \n', retire],
    ];
    for (const [branch, message, changes] of bad) {
      const err = await rejection(w.propose(branch, message, changes));
      expect(err, JSON.stringify([branch, changes.map((c) => c.path)])).toBeInstanceOf(InputError);
    }
    expect(git(remote.bare, ['for-each-ref', '--format=%(refname)'])).toBe('refs/heads/main\n');
  });

  it('ignores ambient GIT_DIR and GIT_INDEX_FILE (as set inside a git hook)', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    const decoy = cloneWorkspace(remote);
    const before = workspaceState(decoy);
    process.env.GIT_DIR = join(decoy, '.git');
    process.env.GIT_INDEX_FILE = join(decoy, '.git', 'index');
    try {
      const r = await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
      expect(r.status).toBe('pushed');
    } finally {
      delete process.env.GIT_DIR;
      delete process.env.GIT_INDEX_FILE;
    }
    expect(workspaceState(decoy)).toEqual(before);
    expect(git(decoy, ['for-each-ref', '--format=%(refname)', 'refs/remotes/origin/blindspot/'])).toBe('');
  });
});

describe('ProposalWriter: reading the base', () => {
  it('readFile and listFiles answer from the fetched base, not the working tree', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    writeFiles(ws, { [MODEL]: 'local edit\n', 'local-only.txt': 'x' });
    pushCommit(remote, 'main', BOB, { 'governance/late.yaml': 'kind: Agent\n' }, 'late');
    const w = await open(ws);
    expect(w.baseSha).toBe(remoteSha(remote, 'main'));
    expect(await w.readFile(MODEL)).toBe(ACTIVE);
    expect(await w.readFile('governance/late.yaml')).toBe('kind: Agent\n');
    expect(await w.readFile('local-only.txt')).toBeNull();
    expect(await w.readFile('governance')).toBeNull();
    expect(await w.listFiles()).toEqual(['.github/CODEOWNERS', 'README.md', 'governance/keys.yaml', 'governance/late.yaml', MODEL]);
  });
});

describe('ProposalWriter: branches', () => {
  it('deleteBranch deletes a bot-only branch, and says absent when there is none', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    const w = await open(ws);
    expect(await w.deleteBranch(BRANCH)).toBe('deleted');
    expect(remoteSha(remote, BRANCH)).toBeNull();
    expect(await w.deleteBranch(BRANCH)).toBe('absent');
    expect(await (await open(ws)).deleteBranch('blindspot/never')).toBe('absent');
    expect(await rejection(w.deleteBranch('main'))).toBeInstanceOf(InputError);
  });

  it('a merged proposal branch has no commits since base and can be deleted', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    mergeIntoMain(remote, BRANCH);
    for (const depth of [undefined, 1]) {
      const w = await open(cloneWorkspace(remote, { depth }));
      expect(await w.propose(BRANCH, 'Retire model-a', retire)).toEqual({ status: 'no-diff', branch: BRANCH, sha: remoteSha(remote, BRANCH) });
    }
    expect(await (await open(cloneWorkspace(remote, { depth: 1 }))).deleteBranch(BRANCH)).toBe('deleted');
  });

  it('open() refuses a base the remote does not have, and scrubs tokens from git errors', async () => {
    const remote = makeRemote(FILES);
    const ws = cloneWorkspace(remote);
    expect(await rejection(open(ws, { base: 'develop' }))).toBeInstanceOf(InputError);
    expect(await rejection(open(ws, { base: '../main' }))).toBeInstanceOf(InputError);
    expect(await rejection(open(ws, { now: 'yesterday-ish' }))).toBeInstanceOf(InputError);
    expect(await rejection(open(ws, { remote: '--upload-pack=evil' }))).toBeInstanceOf(InputError);
    expect(await rejection(open(tempDir('blindspot-not-a-repo-')))).toBeInstanceOf(GitCommandError);
    expect(await rejection(open(join(tempDir(), 'missing')))).toBeInstanceOf(GitCommandError);
    git(ws, ['remote', 'add', 'leaky', 'file:///nonexistent/x-access-token:SECRET123@github.com/o/r.git']);
    const err = await rejection(open(ws, { remote: 'leaky' }));
    expect(err).toBeInstanceOf(GitCommandError);
    expect(String((err as Error).message)).not.toContain('SECRET123');
    expect((err as GitCommandError).stderr).not.toContain('SECRET123');
    expect((err as GitCommandError).stderr).toContain('x-access-token:***@');
  });
});

/** A person merges `branch` into main with a merge commit, as the GitHub merge button does. */
function mergeIntoMain(remote: Remote, branch: string): void {
  const seed = remote.seed;
  git(seed, ['fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
  git(seed, ['checkout', '-q', '-B', 'main', 'origin/main']);
  git(seed, ['merge', '-q', '--no-ff', '--no-gpg-sign', '-m', `Merge ${branch}`, `origin/${branch}`], {
    env: { GIT_AUTHOR_NAME: ALICE.name, GIT_AUTHOR_EMAIL: ALICE.email, GIT_COMMITTER_NAME: ALICE.name, GIT_COMMITTER_EMAIL: ALICE.email },
  });
  git(seed, ['push', '-q', 'origin', 'main']);
  git(seed, ['checkout', '-q', '--detach']);
}

describe('ProposalWriter in a shallow checkout (actions/checkout fetch-depth 1)', () => {
  it('rebuilds on a moved base, then sees it unchanged, then sees human commits; HEAD history is not cut', async () => {
    const remote = makeRemote(FILES);
    const full = cloneWorkspace(remote);
    await (await open(full)).propose(BRANCH, 'Retire model-a', retire);
    for (let i = 0; i < 3; i++) pushCommit(remote, 'main', BOB, { 'README.md': `# v${i}\n` }, `docs ${i}`);

    const ws = cloneWorkspace(remote, { depth: 1 });
    expect(git(ws, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    const before = workspaceState(ws);
    const depthBefore = git(ws, ['rev-list', '--count', 'HEAD']);

    const r = await (await open(ws)).propose(BRANCH, 'Retire model-a', retire);
    expect(r.status).toBe('pushed');
    expect(git(remote.bare, ['rev-parse', `${r.sha}^@`]).trim()).toBe(remoteSha(remote, 'main'));
    expect(commitsAbove(remote, BRANCH)).toEqual([r.sha]);
    expect(await (await open(ws)).propose(BRANCH, 'Retire model-a', retire)).toEqual({ status: 'unchanged', branch: BRANCH, sha: r.sha });

    const h1 = pushCommit(remote, BRANCH, BOB, { 'a.txt': '1' }, 'human 1');
    const h2 = pushCommit(remote, BRANCH, ALICE, { 'a.txt': '2' }, 'human 2');
    const shallowWs = cloneWorkspace(remote, { depth: 1 });
    const seen = await (await open(shallowWs)).propose(BRANCH, 'Retire model-a', retire);
    expect(seen.status).toBe('human-commits');
    // A depth-1 fetch shows the tip; the tip alone proves a person committed.
    expect(seen.humanCommits?.[0].sha).toBe(h2);
    expect(remoteSha(remote, BRANCH)).toBe(h2);
    const inFull = await (await open(full)).propose(BRANCH, 'Retire model-a', retire);
    expect(inFull.humanCommits?.map((c) => c.sha)).toEqual([h2, h1]);

    const fresh = await (await open(ws)).propose('blindspot/adopt/agent-x', 'Adopt agent-x', [{ path: 'governance/agent-x.yaml', content: 'kind: Agent\n' }]);
    expect(fresh.status).toBe('pushed');
    expect(git(remote.bare, ['rev-parse', `${fresh.sha}^@`]).trim()).toBe(remoteSha(remote, 'main'));

    expect(workspaceState(ws)).toEqual(before);
    expect(git(ws, ['rev-list', '--count', 'HEAD'])).toBe(depthBefore);
  });
});
