/**
 * Expands a file glob a person typed (CLI `--snapshot`, the action's `snapshots` input) against
 * the file system, relative to `cwd` or absolute, as a shell would: the literal folders before the
 * first wildcard start a walk, and every regular file under it that the glob matches is returned,
 * sorted, in the form the glob was written (`exports/a.json`, `/tmp/s/a.json`). A literal path is
 * returned as is (its reader reports a missing file). `.git`, `node_modules` and symlinked folders
 * are never walked into, and the walk is bounded, so a glob over a whole disk fails clearly
 * instead of reading it.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from './errors.js';
import { expandBraces, Glob } from './glob.js';

const WILDCARD = /[*?{\\]/;
const SKIPPED = new Set(['.git', 'node_modules']);

/** Most directory entries one glob may visit before it is refused as too broad. */
export const MAX_GLOB_ENTRIES = 200_000;

export function expandUserGlob(spec: string, cwd: string, maxEntries = MAX_GLOB_ENTRIES): string[] {
  const glob = new Glob(spec);
  if (glob.literal) return [spec];
  const found = new Set<string>();
  let visited = 0;
  // Braces may hold a '/', so each expansion has its own literal prefix.
  for (const alternative of expandBraces(spec)) {
    const segments = alternative.split('/');
    const first = segments.findIndex((s) => WILDCARD.test(s));
    const prefix = segments.slice(0, first).join('/');
    const start = prefix === '' && alternative.startsWith('/') ? '/' : prefix;
    const walk = (dir: string, shown: string): void => {
      let entries: Dirent[];
      try {
        entries = readdirSync(resolve(cwd, dir || '.'), { withFileTypes: true });
      } catch {
        return; // an absent or unreadable directory holds no matches
      }
      for (const ent of entries) {
        if (++visited > maxEntries) {
          throw new InputError(`the glob "${spec}" reaches over ${maxEntries.toLocaleString('en-US')} files and folders under ${start || '.'}; name a narrower folder`);
        }
        if (SKIPPED.has(ent.name)) continue;
        const path = shown === '' ? ent.name : shown.endsWith('/') ? shown + ent.name : `${shown}/${ent.name}`;
        if (ent.isDirectory()) walk(path, path);
        // A symlink to a file is read like the file; a symlinked folder is not walked (no cycles).
        else if ((ent.isFile() || (ent.isSymbolicLink() && isFile(resolve(cwd, path)))) && matches(glob, path)) found.add(path);
      }
    };
    walk(start, start);
  }
  return [...found].sort();
}

/** The glob matches paths as written, without a leading `./` or `/` (its own segments drop them too). */
function matches(glob: Glob, path: string): boolean {
  return glob.matches(path.replace(/^\.\//, '').replace(/^\/+/, ''));
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}
