/** Read-only questions to git, for the shells (CLI, action). Never used by the pure core. */
import { execFileSync } from 'node:child_process';

/** Last commit time (ISO) of a path in the repository at `root`, or null (untracked, no git). */
export function commitTimeReader(root: string): (path: string) => string | null {
  const cache = new Map<string, string | null>();
  return (path) => {
    if (cache.has(path)) return cache.get(path)!;
    let out: string | null = null;
    try {
      const t = execFileSync('git', ['log', '-1', '--format=%cI', '--', path], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      out = t ? new Date(t).toISOString() : null;
    } catch {
      out = null;
    }
    cache.set(path, out);
    return out;
  };
}
