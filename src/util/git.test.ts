/**
 * History questions in a shallow clone (what actions/checkout makes by default): the clone's edge
 * commit shows every file as added by it, so it must never be taken as when or by whom a file
 * last changed. Real repositories: a full one with three commits, cloned with --depth 2.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tmp.js';
import { committersReader } from '../apply/git/committers.js';
import { commitTimeReader, shallowBoundary } from './git.js';

function git(dir: string, args: string[], who?: [string, string], date?: string) {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    ...(who ? { GIT_AUTHOR_NAME: who[0], GIT_AUTHOR_EMAIL: who[1], GIT_COMMITTER_NAME: who[0], GIT_COMMITTER_EMAIL: who[1] } : {}),
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, encoding: 'utf8' });
}

const ALICE: [string, string] = ['Alice', '1+alice@users.noreply.github.com'];
const BOB: [string, string] = ['Bob', '2+bob@users.noreply.github.com'];
const CAROL: [string, string] = ['Carol', '3+carol@users.noreply.github.com'];

/** old.yaml by Alice (2020), mid.yaml by Bob (2024, the shallow edge), new.yaml by Carol (2026). */
function history(): string {
  const dir = tempDir('blindspot-history-');
  git(dir, ['init', '-q', '-b', 'main']);
  const commit = (file: string, who: [string, string], date: string) => {
    writeFileSync(join(dir, file), `${file}\n`);
    git(dir, ['add', file]);
    git(dir, ['commit', '-q', '-m', file], who, date);
  };
  commit('old.yaml', ALICE, '2020-01-01T00:00:00Z');
  commit('mid.yaml', BOB, '2024-01-01T00:00:00Z');
  commit('new.yaml', CAROL, '2026-01-01T00:00:00Z');
  return dir;
}

function shallowClone(origin: string): string {
  const dir = join(tempDir('blindspot-shallow-'), 'clone');
  git(origin, ['clone', '-q', '--depth', '2', `file://${origin}`, dir]);
  return dir;
}

describe('git history in a full and a shallow clone', () => {
  it('a full clone answers for every file', () => {
    const full = history();
    expect(shallowBoundary(full).size).toBe(0);
    const time = commitTimeReader(full);
    expect([time('old.yaml'), time('mid.yaml'), time('new.yaml')]).toEqual(['2020-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
    expect(committersReader(full)(['old.yaml', 'mid.yaml', 'new.yaml'])).toEqual({ 'old.yaml': ['alice'], 'mid.yaml': ['bob'], 'new.yaml': ['carol'] });
  });

  it('a shallow clone answers only for files changed after its edge, and "not known" for the rest', () => {
    const clone = shallowClone(history());
    expect(shallowBoundary(clone).size).toBe(1);
    const time = commitTimeReader(clone);
    // Without the boundary check, old.yaml would read as changed by Bob in 2024.
    expect([time('old.yaml'), time('mid.yaml'), time('new.yaml')]).toEqual([null, null, '2026-01-01T00:00:00.000Z']);
    expect(committersReader(clone)(['old.yaml', 'mid.yaml', 'new.yaml'])).toEqual({ 'new.yaml': ['carol'] });
  });

  it('outside a git checkout, nothing is known', () => {
    const dir = tempDir('blindspot-nogit-');
    writeFileSync(join(dir, 'a.yaml'), 'a\n');
    expect(shallowBoundary(dir).size).toBe(0);
    expect(commitTimeReader(dir)('a.yaml')).toBeNull();
    expect(committersReader(dir)(['a.yaml'])).toEqual({});
  });
});
