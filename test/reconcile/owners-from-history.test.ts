import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { committersReader } from '../../src/apply/git/committers.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { runPipeline } from '../../src/pipeline.js';
import { FsTextSource } from '../../src/util/reader.js';
import { writeTree } from '../helpers/tmp.js';

const MANIFEST = 'apiVersion: blindspot.dev/v1\nkind: Model\nmetadata:\n  name: m\nspec:\n  lifecycle: active\n  identifiers: [m]\n';

function git(dir: string, args: string[], who?: [string, string]) {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...(who ? { GIT_AUTHOR_NAME: who[0], GIT_AUTHOR_EMAIL: who[1], GIT_COMMITTER_NAME: who[0], GIT_COMMITTER_EMAIL: who[1] } : {}) };
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, encoding: 'utf8' });
}

function repoWithHistory(): string {
  const dir = writeTree({ 'governance/m.yaml': MANIFEST, '.github/CODEOWNERS': '/docs/ @acme/docs\n' });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'first'], ['Jane Doe', '1234+jane-doe@users.noreply.github.com']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', 'bot'], ['github-actions[bot]', '41898282+github-actions[bot]@users.noreply.github.com']);
  execFileSync('sh', ['-c', 'echo "# touched" >> governance/m.yaml'], { cwd: dir });
  git(dir, ['commit', '-q', '-am', 'edit'], ['Bot Person', 'renovate[bot]@users.noreply.github.com']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', 'noop'], ['Sam', 'sam@example.com']);
  return dir;
}

describe('owner proposals from git history', () => {
  it('reads the last human committers of a file as GitHub logins, skipping bots and non-noreply emails', () => {
    const dir = repoWithHistory();
    expect(committersReader(dir)(['governance/m.yaml', 'missing.yaml'])).toEqual({ 'governance/m.yaml': ['jane-doe'] });
  });

  it('proposes the last human committer as the owner of an unowned manifest', () => {
    const dir = repoWithHistory();
    const run = runPipeline(new FsTextSource(dir), { now: Date.parse('2026-11-28T12:00:00Z'), committersFor: committersReader(dir) });
    const f = run.result!.findings.find((x) => x.type === 'ownerless')!;
    expect(f.remediation.change).toMatchObject({ kind: 'assign-owner', owners: ['@jane-doe'] });
    expect(f.remediation.summary).toMatch(/@jane-doe` made the last human change/);
  });
});

describe('reconcile progress', () => {
  function io(interactive: boolean) {
    const out = { stdout: '', stderr: '' };
    const cli: CliIO = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), cwd: process.cwd(), env: {}, interactive };
    return { out, cli };
  }
  it('shows progress on an interactive terminal, on stderr only, never in the JSON', async () => {
    const { out, cli } = io(true);
    expect(await main(['reconcile', '--repo', 'examples/acme', '--now', '2026-11-28T12:00:00Z', '--format', 'json'], cli)).toBe(0);
    expect(out.stderr).toMatch(/20 records in 20 files; reading sources/);
    expect(out.stderr).toMatch(/live assets from 19 sources; reconciling/);
    expect(() => JSON.parse(out.stdout)).not.toThrow();
  });
  it('prints no progress when not on a terminal (CI logs)', async () => {
    const { out, cli } = io(false);
    await main(['reconcile', '--repo', 'examples/acme', '--now', '2026-11-28T12:00:00Z', '--format', 'json'], cli);
    expect(out.stderr).toBe('');
  });
});
