import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTree } from '../../test/helpers/tmp.js';
import { InputError } from './errors.js';
import { Glob } from './glob.js';
import { expandUserGlob } from './user-glob.js';

const TREE = {
  'exports/a.json': '{}',
  'exports/b.txt': '',
  'exports/sub/c.json': '{}',
  'other/d.json': '{}',
  'node_modules/pkg/e.json': '{}',
  'exports/.git/f.json': '{}',
};

describe('expandUserGlob', () => {
  it('expands relative to cwd, in the form the glob was written, sorted', () => {
    const dir = writeTree(TREE);
    expect(expandUserGlob('exports/*.json', dir)).toEqual(['exports/a.json']);
    expect(expandUserGlob('exports/**/*.json', dir)).toEqual(['exports/a.json', 'exports/sub/c.json']);
    expect(expandUserGlob('./exports/*.json', dir)).toEqual(['./exports/a.json']);
    expect(expandUserGlob('{exports,other}/*.json', dir)).toEqual(['exports/a.json', 'other/d.json']);
    expect(expandUserGlob('**/*.json', dir)).toEqual(['exports/a.json', 'exports/sub/c.json', 'other/d.json']);
  });

  it('expands an absolute glob to absolute paths', () => {
    const dir = writeTree(TREE);
    expect(expandUserGlob(`${dir}/exports/**/*.json`, '/nowhere')).toEqual([`${dir}/exports/a.json`, `${dir}/exports/sub/c.json`]);
  });

  it('returns a literal path as is, and nothing for a folder that does not exist', () => {
    const dir = writeTree(TREE);
    expect(expandUserGlob('exports/missing.json', dir)).toEqual(['exports/missing.json']);
    expect(expandUserGlob('absent/*.json', dir)).toEqual([]);
  });

  it('reads symlinks to files but never walks a symlinked folder (no cycles)', () => {
    const dir = writeTree({ 'exports/a.json': '{}' });
    symlinkSync(join(dir, 'exports/a.json'), join(dir, 'exports/link.json'));
    symlinkSync(dir, join(dir, 'exports/loop'));
    expect(expandUserGlob('exports/**/*.json', dir)).toEqual(['exports/a.json', 'exports/link.json']);
  });

  it('refuses a glob that would walk too much, naming it', () => {
    const dir = writeTree(TREE);
    let error: unknown;
    try {
      expandUserGlob('**/*.json', dir, 3);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain('the glob "**/*.json" reaches over 3 files and folders');
  });

  it('finds exactly the files of a tree that the glob matches', () => {
    const segment = fc.constantFrom('a', 'b', 'ab');
    const file = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `${s.join('/')}.j`);
    const patternSegment = fc.constantFrom('a', 'b', '*', '?', '**', 'a*', '{a,b}');
    const pattern = fc.array(patternSegment, { minLength: 1, maxLength: 4 }).map((s) => `${s.join('/')}.j`);
    fc.assert(
      fc.property(fc.uniqueArray(file, { minLength: 1, maxLength: 12 }), pattern, (files, glob) => {
        // A file path may not also be a folder of another: keep the first of such clashes.
        const kept = files.filter((f) => !files.some((g) => g !== f && g.startsWith(f.slice(0, -2) + '.j/')));
        const dir = tempDir('blindspot-glob-');
        for (const f of kept) {
          mkdirSync(join(dir, f, '..'), { recursive: true });
          writeTree({ [f]: '' }, dir);
        }
        // A literal names one file, found or not (its reader reports a missing file).
        const expected = new Glob(glob).literal ? [glob] : kept.filter((f) => new Glob(glob).matches(f)).sort();
        expect(expandUserGlob(glob, dir)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
