/** Locates data files inside installed packages without importing their entry points. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of `file` inside the installed package `pkg`, found by walking up from this module.
 * We avoid `require.resolve`/package entry points on purpose: `@octokit/openapi`'s entry loads every
 * spec variant (~400 MB) and `@octokit/graphql-schema`'s parses a 5 MB JSON we do not need.
 */
export function packageFile(pkg: string, file: string): string {
  const start = dirname(fileURLToPath(import.meta.url));
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'node_modules', pkg, file);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`fake-github: ${pkg}/${file} not found in any node_modules above ${start}`);
    dir = parent;
  }
}
