/**
 * `blindspot init` through the committed bundle (dist/cli.js), as a user runs it. This needs a
 * dist/ rebuilt (`npm run build`) since the init command was added.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/helpers/cli.js';
import { tempDir } from '../../test/helpers/tmp.js';

describe('blindspot init (dist/cli.js)', () => {
  it('scaffolds an empty git repository that validate --repo accepts with exit 0', () => {
    const repo = tempDir('blindspot-dist-init-');
    execFileSync('git', ['init', '-q', repo]);
    const init = runCli(['init', '--dir', repo]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const validate = runCli(['validate', '--repo', repo]);
    expect(validate.stdout).toBe('valid (0 warnings)\n');
    expect(validate.code).toBe(0);
    const again = runCli(['init', '--dir', repo]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('nothing was written');
  });
});
