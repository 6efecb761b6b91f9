/** Read-only questions to git, for the shells (CLI, action). Never used by the pure core. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Git's output as text: nothing on stdin, its complaints dropped (callers treat a failure as "not known"). */
export function gitOutput(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/**
 * The commits at the edge of a shallow clone (actions/checkout fetches one commit by default).
 * Git shows each of them as adding every file it holds, so what they say about a path's history
 * (when it last changed, who changed it) is not known; callers drop them. Empty for a full clone.
 */
export function shallowBoundary(root: string): Set<string> {
  try {
    const file = gitOutput(root, ['rev-parse', '--git-path', 'shallow']).trim();
    return new Set(readFileSync(resolve(root, file), 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set(); // not shallow (no such file), or not a git checkout
  }
}

/**
 * Last commit time (ISO) of a path in the repository at `root`, or null (untracked, no git, or
 * last touched at the edge of a shallow clone, where the real time is not in the clone).
 */
export function commitTimeReader(root: string): (path: string) => string | null {
  const cache = new Map<string, string | null>();
  let boundary: Set<string> | undefined;
  return (path) => {
    if (cache.has(path)) return cache.get(path)!;
    let out: string | null = null;
    try {
      const [hash = '', time = ''] = gitOutput(root, ['log', '-1', '--format=%H%x1f%cI', '--', path]).trim().split('\u001f');
      boundary ??= shallowBoundary(root);
      out = time && !boundary.has(hash) ? new Date(time).toISOString() : null;
    } catch {
      out = null;
    }
    cache.set(path, out);
    return out;
  };
}
