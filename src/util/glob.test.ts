import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandBraces, Glob } from './glob.js';

describe('Glob', () => {
  it.each([
    ['governance/**/*.yaml', 'governance/a.yaml', true],
    ['governance/**/*.yaml', 'governance/x/y/a.yaml', true],
    ['governance/**/*.yaml', 'governance/a.yml', false],
    ['governance/*.yaml', 'governance/x/a.yaml', false],
    ['discovery/{aws,gcp}/*.json', 'discovery/gcp/k.json', true],
    ['discovery/{aws,gcp}/*.json', 'discovery/k8s/k.json', false],
    ['**/*.json', 'a.json', true],
    ['a/**', 'a/b/c', true],
    ['a?c.txt', 'abc.txt', true],
    ['a?c.txt', 'a/c.txt', false],
    ['./x/*.csv', 'x/r.csv', true],
  ])('%s vs %s → %s', (glob, path, want) => {
    expect(new Glob(glob).matches(path)).toBe(want);
  });

  it('expands nested braces', () => {
    expect(expandBraces('a/{b,c{d,e}}/f')).toEqual(['a/b/f', 'a/cd/f', 'a/ce/f']);
  });

  it('agrees with a naive reference built on RegExp segments (property)', () => {
    // `**` spans zero or more whole segments; `*`/`?` become RegExp within one segment.
    const naive = (pat: string[], segs: string[]): boolean => {
      if (pat.length === 0) return segs.length === 0;
      if (pat[0] === '**') return segs.some((_, k) => naive(pat.slice(1), segs.slice(k))) || naive(pat.slice(1), []) && segs.length === 0 || naive(pat.slice(1), segs.slice(segs.length));
      const re = new RegExp('^' + pat[0].replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
      return segs.length > 0 && re.test(segs[0]) && naive(pat.slice(1), segs.slice(1));
    };
    const seg = fc.stringMatching(/^[ab*?]{1,4}$/);
    const pathSeg = fc.stringMatching(/^[ab]{1,4}$/);
    fc.assert(
      fc.property(fc.array(fc.oneof(seg, fc.constant('**')), { minLength: 1, maxLength: 4 }), fc.array(pathSeg, { minLength: 1, maxLength: 5 }), (pat, segs) => {
        expect(new Glob(pat.join('/')).matches(segs.join('/'))).toBe(naive(pat, segs));
      }),
      { numRuns: 500 },
    );
  });
});
