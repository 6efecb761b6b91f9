import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileOwnership } from './compiled.js';
import { linearResolve } from './match.js';
import { parseCodeowners } from './parse.js';
import { codeownersTextArb, naiveResolve, pathArb } from './reference.testkit.js';

const docsExample = readFileSync(
  new URL('../../test/fixtures/codeowners/github-docs-example.CODEOWNERS', import.meta.url),
  'utf8',
);

describe('GitHub docs example file', () => {
  const file = parseCodeowners(docsExample);
  const index = compileOwnership(file);
  const expectations: [path: string, owners: string[], pattern: string, line: number][] = [
    ['README.md', ['@global-owner1', '@global-owner2'], '*', 8],
    ['src/app.js', ['@js-owner'], '*.js', 14],
    ['main.go', ['docs@example.com'], '*.go', 19],
    ['notes.txt', ['@octo-org/octocats'], '*.txt', 25],
    // `/build/logs/` (line 30) is overridden by the later `**/logs`.
    ['build/logs/app.log', ['@octocat'], '**/logs', 53],
    ['build/output.bin', ['@global-owner1', '@global-owner2'], '*', 8],
    // `/docs/` comes after `docs/*`, so it wins for direct children too.
    ['docs/getting-started.md', ['@doctocat'], '/docs/', 44],
    ['docs/build-app/troubleshooting.md', ['@doctocat'], '/docs/', 44],
    // `docs/*` is anchored by its slash: nested docs directories are not docs/.
    ['lib/docs/readme.md', ['@global-owner1', '@global-owner2'], '*', 8],
    ['src/apps/widget.rb', ['@octocat'], 'apps/', 39],
    ['scripts/deploy.sh', ['@doctocat', '@octocat'], '/scripts/', 48],
    ['scripts/logs/out.txt', ['@octocat'], '**/logs', 53],
    ['deeply/nested/logs/x.go', ['@octocat'], '**/logs', 53],
    ['apps/github/main.go', ['@doctocat'], '/apps/github', 67],
    ['apps/web/index.js', ['@octocat'], '/apps/', 66],
  ];

  it.each(expectations)('%s → %j (%s, line %i)', (path, owners, pattern, line) => {
    expect(index.ownersOf(path)).toEqual({ owners, pattern, line });
    expect(linearResolve(file, [path])[0]).toEqual({ owners, pattern, line });
  });

  it('an ownerless rule removes ownership but still reports its line', () => {
    const upToEmpty = parseCodeowners(docsExample.split('\n').slice(0, 61).join('\n'));
    expect(compileOwnership(upToEmpty).ownersOf('apps/github/main.go')).toEqual({
      owners: [],
      line: 61,
      pattern: '/apps/github',
    });
  });

  it('reports no line for an unowned path', () => {
    const f = parseCodeowners('/docs/ @a\n');
    expect(compileOwnership(f).ownersOf('src/x.ts')).toEqual({ owners: [], line: null, pattern: null });
  });
});

describe('invalid lines are skipped, the rest applies', () => {
  it('keeps the earlier rule when a later line is invalid', () => {
    const f = parseCodeowners('* @a\n[abc] @b\n!x @c\n/ @d\nabc @e,\n');
    const index = compileOwnership(f);
    for (const p of ['abc', 'x', 'a', 'b/c']) expect(index.ownersOf(p)).toEqual({ owners: ['@a'], line: 1, pattern: '*' });
  });

  it('applies a line whose owner GitHub lets through although it never resolves (`@a@b`)', () => {
    const f = parseCodeowners('* @a\n/docs/ @a@b\n');
    expect(f.rules[1].valid).toBe(true);
    expect(f.rules[1].problems).toMatchObject([{ code: 'codeowners/invalid-owner', skipsLine: false }]);
    expect(compileOwnership(f).ownersOf('docs/x.md')).toEqual({ owners: ['@a@b'], line: 2, pattern: '/docs/' });
  });
});

describe('compiled index against the naive reference', () => {
  it('gives the same answers for random files and paths', () => {
    fc.assert(
      fc.property(codeownersTextArb, fc.array(pathArb, { minLength: 1, maxLength: 20 }), (text, paths) => {
        const file = parseCodeowners(text);
        const index = compileOwnership(file);
        const bulk = index.resolveOwners(paths);
        const linear = linearResolve(file, paths);
        paths.forEach((p, i) => {
          const expected = naiveResolve(file, p);
          expect(bulk[i], `${p}\n${text}`).toEqual(expected);
          expect(linear[i], `${p}\n${text}`).toEqual(expected);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('lists every matching rule, newest first', () => {
    fc.assert(
      fc.property(codeownersTextArb, fc.array(pathArb, { minLength: 1, maxLength: 10 }), (text, paths) => {
        const file = parseCodeowners(text);
        const index = compileOwnership(file);
        for (const p of paths) {
          const expected = file.rules
            .filter((r) => r.valid && naiveResolve({ ...file, rules: [r] }, p).line !== null)
            .map((r) => r.line)
            .reverse();
          expect(index.matchingRules(p).map((r) => r.line)).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('accepts paths spelled with a leading slash, ./ or doubled slashes', () => {
    const f = parseCodeowners('* @any\n/x @x\n/a/b.ts @ab\n/a/ @dir\n/a/b.ts @ab2\n');
    const index = compileOwnership(f);
    for (const [path, owners] of [
      ['/x', ['@x']],
      ['./x', ['@x']],
      ['/a/b.ts', ['@ab2']],
      ['a//b.ts', ['@ab2']],
      ['./a/./b.ts', ['@ab2']],
      ['a/b.ts/', ['@ab2']],
      ['/a/c.ts', ['@dir']],
    ] as const) {
      expect(index.ownersOf(path).owners, path).toEqual(owners);
    }
    expect(index.ownersOf('/').line).toBeNull();
  });

  it('keeps answers right when directories are shared between lookups (memoisation)', () => {
    const f = parseCodeowners(['*.md @md', '/a/ @a', 'a/b/*.md @ab', 'docs/* @d', 'c/ @c'].join('\n'));
    const index = compileOwnership(f);
    const paths = ['a/b/x.md', 'a/b/y.ts', 'a/b/c/z.md', 'a/x.md', 'docs/a.md', 'docs/q/a.md', 'a/b/c/d.ts', 'c/x.md'];
    expect(index.resolveOwners(paths).map((r) => r.owners)).toEqual([
      ['@ab'],
      ['@a'],
      ['@c'], // `c/` has no leading slash: any `c` directory
      ['@a'],
      ['@d'],
      ['@md'],
      ['@c'],
      ['@c'],
    ]);
    expect(index.resolveOwners([...paths].reverse()).map((r) => r.owners)).toEqual(
      linearResolve(f, [...paths].reverse()).map((r) => r.owners),
    );
  });
});
