/**
 * `blindspot init` through the CLI's own dispatcher, in real temporary directories. Build
 * independent: it runs the TypeScript command, not dist/ (init-dist.test.ts covers the bundle).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTree } from '../../test/helpers/tmp.js';
import { main } from '../cli/main.js';
import { INIT_BLOCK_BEGIN } from './codeowners-block.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, interactive: false });
  return { code, stdout, stderr };
}

/** Every file under dir (except .git) with its bytes, to prove nothing changed. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isSymbolicLink()) out[relative(dir, abs)] = `link:${readlinkSync(abs)}`;
      else out[relative(dir, abs)] = readFileSync(abs).toString('base64');
    }
  };
  walk(dir);
  return out;
}

function gitRepo(): string {
  const dir = tempDir('blindspot-init-');
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

describe('blindspot init', () => {
  it('scaffolds an empty git repository that then validates with no problem at all', async () => {
    const dir = gitRepo();
    const r = await cli(['init', '--dir', dir, '--owner', '@acme/governance'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Object.keys(tree(dir)).sort()).toEqual([
      '.github/CODEOWNERS',
      '.github/blindspot.yml',
      '.github/workflows/blindspot.yml',
      'governance/agents/example-agent.yaml',
      'governance/credentials/example-service-account-key.yaml',
      'governance/endpoints/example-model-prod.yaml',
      'governance/models/example-model.yaml',
      'governance/service-accounts/example-service-account.yaml',
    ]);
    expect(r.stdout).toContain('created');
    expect(r.stdout).toContain('Next steps');
    const v = await cli(['validate', '--repo', dir], dir);
    expect(v.stdout).toBe('valid (0 warnings)\n');
    expect(v.code).toBe(0);
    expect(await cli(['owners', '--unowned', '--repo', dir], dir)).toMatchObject({ code: 0, stdout: 'every manifest has an owner\n' });
  });

  it('initialises the current directory when --dir is not given', async () => {
    const dir = gitRepo();
    expect((await cli(['init'], dir)).code).toBe(0);
    expect(statSync(join(dir, '.github/blindspot.yml')).isFile()).toBe(true);
  });

  it('refuses a second run without --force, lists the files, exits 2 and writes nothing', async () => {
    const dir = gitRepo();
    await cli(['init', '--dir', dir], dir);
    writeFileSync(join(dir, 'governance/models/example-model.yaml'), 'edited by a human\n');
    const before = tree(dir);
    const r = await cli(['init', '--dir', dir], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nothing was written');
    expect(r.stderr).toContain('  .github/blindspot.yml\n');
    expect(r.stderr).toContain('  governance/models/example-model.yaml\n');
    expect(tree(dir)).toEqual(before);
  });

  it('writes nothing at all when only one of the files exists (all or nothing)', async () => {
    const dir = writeTree({ '.github/workflows/blindspot.yml': 'mine\n' }, gitRepo());
    const before = tree(dir);
    expect((await cli(['init', '--dir', dir], dir)).code).toBe(2);
    expect(tree(dir)).toEqual(before);
  });

  it('overwrites with --force, and still adds the CODEOWNERS block only once', async () => {
    const dir = gitRepo();
    await cli(['init', '--dir', dir], dir);
    const fresh = readFileSync(join(dir, 'governance/models/example-model.yaml'), 'utf8');
    writeFileSync(join(dir, 'governance/models/example-model.yaml'), 'edited\n');
    const r = await cli(['init', '--dir', dir, '--force'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('overwrote');
    expect(readFileSync(join(dir, 'governance/models/example-model.yaml'), 'utf8')).toBe(fresh);
    const co = readFileSync(join(dir, '.github/CODEOWNERS'), 'utf8');
    expect(co.split(INIT_BLOCK_BEGIN).length - 1).toBe(1);
    expect((await cli(['validate', '--repo', dir], dir)).code).toBe(0);
  });

  it('--dry-run prints every file it would write and writes nothing', async () => {
    const dir = gitRepo();
    const r = await cli(['init', '--dir', dir, '--dry-run'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nothing was written');
    expect(r.stdout).toContain('--- .github/blindspot.yml (would create)');
    expect(r.stdout).toContain('--- .github/CODEOWNERS (would create)');
    expect(r.stdout).toContain('kind: Agent');
    expect(tree(dir)).toEqual({});
  });

  it('--dry-run on an existing CODEOWNERS shows only the block it would append', async () => {
    const dir = writeTree({ CODEOWNERS: '/src/ @acme/dev\n' }, gitRepo());
    const r = await cli(['init', '--dir', dir, '--dry-run'], dir);
    expect(r.stdout).toMatch(/--- CODEOWNERS \(would append to\)\n# BEGIN blindspot init\n/);
    expect(readFileSync(join(dir, 'CODEOWNERS'), 'utf8')).toBe('/src/ @acme/dev\n');
  });

  it('appends to an existing CRLF CODEOWNERS without a final newline, keeping its bytes, once', async () => {
    const original = Buffer.from('* @acme/admins\r\n/src/ @acme/dev', 'utf8');
    const dir = writeTree({ '.github/CODEOWNERS': original }, gitRepo());
    expect((await cli(['init', '--dir', dir, '--owner', '@acme/gov'], dir)).code).toBe(0);
    const after = readFileSync(join(dir, '.github/CODEOWNERS'));
    expect(after.subarray(0, original.length).equals(original)).toBe(true);
    const added = after.subarray(original.length).toString('utf8');
    expect(added.startsWith('\r\n')).toBe(true);
    expect(added.replace(/\r\n/g, '')).not.toContain('\n');
    expect(added.endsWith('# END blindspot init')).toBe(true);
    // A second run (forced, so the other files are rewritten) does not add the block again.
    expect((await cli(['init', '--dir', dir, '--force', '--owner', '@acme/gov'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, '.github/CODEOWNERS')).equals(after)).toBe(true);
    expect((await cli(['validate', '--repo', dir], dir)).code).toBe(0);
  });

  it('keeps the byte order mark of an existing CODEOWNERS', async () => {
    const original = Buffer.from('\ufeff/src/ @acme/dev\n', 'utf8');
    const dir = writeTree({ '.github/CODEOWNERS': original }, gitRepo());
    expect((await cli(['init', '--dir', dir, '--owner', '@acme/gov'], dir)).code).toBe(0);
    const after = readFileSync(join(dir, '.github/CODEOWNERS'));
    expect(after.subarray(0, original.length).equals(original)).toBe(true);
    expect(after.toString('utf8').split('\ufeff')).toHaveLength(2);
    expect(after.toString('utf8')).toContain('# BEGIN blindspot init');
  });

  it('pins the action with --action', async () => {
    const dir = gitRepo();
    const sha = 'de0fac2e4500dabe0009e67214ff5f5447ce83dd';
    const r = await cli(['init', '--dir', dir, '--action', `acme/blindspot@${sha}`], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, '.github/workflows/blindspot.yml'), 'utf8')).toContain(`uses: acme/blindspot@${sha}`);
    expect(r.stdout).not.toContain('Pin the blindspot action');
  });

  it('exits 2 with a located message on bad input, and writes nothing', async () => {
    const dir = gitRepo();
    const missing = await cli(['init', '--dir', join(dir, 'nope')], dir);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('nope: directory not found');
    const tag = await cli(['init', '--dir', dir, '--action', 'acme/blindspot@v1'], dir);
    expect(tag.code).toBe(2);
    expect(tag.stderr).toContain('40-hex commit sha');
    const owner = await cli(['init', '--dir', dir, '--owner', 'not an owner'], dir);
    expect(owner.code).toBe(2);
    expect((await cli(['init', '--bogus'], dir)).code).toBe(2);
    expect(tree(dir)).toEqual({});
  });

  it('refuses to write through a symlink, even with --force', async () => {
    const dir = gitRepo();
    const outside = tempDir('blindspot-outside-');
    mkdirSync(join(dir, '.github'), { recursive: true });
    symlinkSync(join(outside, 'target.yml'), join(dir, '.github/blindspot.yml'));
    const r = await cli(['init', '--dir', dir, '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.github/blindspot.yml: is a symbolic link');
    expect(readdirSync(outside)).toEqual([]);
    expect(Object.keys(tree(dir))).toEqual(['.github/blindspot.yml']);
  });

  it('prints its usage with --help', async () => {
    const r = await cli(['init', '--help'], gitRepo());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('blindspot init [--dir DIR] [--dry-run] [--force]');
  });
});
