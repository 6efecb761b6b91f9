/**
 * The templates travel inside the bundle: a CLI bundled from source, run from a directory with no
 * templates/ (or anything else of this checkout) around it, still scaffolds a valid repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleForTest } from '../../test/helpers/bundle.js';
import { tempDir } from '../../test/helpers/tmp.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('blindspot init from a bundle', () => {
  it('needs no templates/ on disk', async () => {
    const out = tempDir('blindspot-bundle-');
    await bundleForTest({ entryPoints: [join(ROOT, 'src/cli/index.ts')] }, join(out, 'cli.mjs'));
    const repo = tempDir('blindspot-bundle-repo-');
    execFileSync('git', ['init', '-q', repo]);
    const run = (args: string[]) => spawnSync(process.execPath, [join(out, 'cli.mjs'), ...args], { cwd: out, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const init = run(['init', '--dir', repo]);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    const validate = run(['validate', '--repo', repo]);
    expect(validate.stdout).toBe('valid (0 warnings)\n');
    expect(validate.status).toBe(0);
  });
});
