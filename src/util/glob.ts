/**
 * Repo-relative globs for config (`governance/**\/*.yaml`, `discovery/{aws,gcp}/*.json`): `**`
 * spans directories, `*` and `?` stay inside one, `{a,b}` alternates. Built on the same
 * backtracking-free segment matcher as CODEOWNERS.
 */
import { compileGlobSegment, matchSegment, type SegmentPattern } from './wildcard.js';

type Compiled = Array<SegmentPattern | '**'>;

/** Expands `{a,b}` alternatives (nested allowed) into plain globs. */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) {
      const parts: string[] = [];
      let d = 0;
      let last = open + 1;
      for (let j = open + 1; j < i; j++) {
        if (glob[j] === '{') d++;
        else if (glob[j] === '}') d--;
        else if (glob[j] === ',' && d === 0) {
          parts.push(glob.slice(last, j));
          last = j + 1;
        }
      }
      parts.push(glob.slice(last, i));
      const rest = glob.slice(i + 1);
      return parts.flatMap((p) => expandBraces(glob.slice(0, open) + p + rest));
    }
  }
  return [glob];
}

function compile(glob: string): Compiled {
  return glob
    .replace(/^\.\//, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => (s === '**' ? '**' : compileGlobSegment(s)));
}

function matchFrom(pat: Compiled, pi: number, segs: string[], si: number): boolean {
  // Iterative over `**` positions: at most segs.length choices per `**`, and consecutive `**` collapse.
  while (pi < pat.length) {
    const p = pat[pi];
    if (p === '**') {
      while (pat[pi + 1] === '**') pi++;
      if (pi === pat.length - 1) return true;
      for (let k = si; k <= segs.length; k++) if (matchFrom(pat, pi + 1, segs, k)) return true;
      return false;
    }
    if (si >= segs.length || !matchSegment(p, segs[si])) return false;
    pi++;
    si++;
  }
  return si === segs.length;
}

export class Glob {
  private readonly patterns: Compiled[];
  constructor(readonly source: string) {
    this.patterns = expandBraces(source).map(compile);
  }
  matches(path: string): boolean {
    const segs = path.split('/');
    return this.patterns.some((p) => matchFrom(p, 0, segs, 0));
  }
  /** True when the glob has no wildcard: it names one file. */
  get literal(): boolean {
    return !/[*?{\\]/.test(this.source);
  }
}

export function matchAny(globs: readonly Glob[], path: string): boolean {
  return globs.some((g) => g.matches(path));
}
