import { describe, expect, it } from 'vitest';
import { CORPUS } from '../load/corpus.js';
import { runCli } from '../helpers/cli.js';
import { writeTree } from '../helpers/tmp.js';

describe('blindspot validate (dist/cli.js)', () => {
  it('passes the embedded example', () => {
    const r = runCli(['validate', '--repo', 'examples/acme']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^valid/m);
    expect(r.code).toBe(0);
  });

  it('exits 1 on every broken case and prints each expected file:line', () => {
    for (const c of CORPUS) {
      const dir = writeTree(c.files);
      const r = runCli(['validate', '--repo', dir]);
      expect(r.code, c.name).toBe(1);
      for (const e of c.expect) expect(r.stdout, c.name).toContain(`${e.file}:${e.line}:`);
      expect(r.stderr, c.name).not.toMatch(/\n\s+at /);
    }
  });

  it('locates an alias bomb, a binary file and a duplicated record with no stack trace', () => {
    const bomb = CORPUS.find((c) => c.name === 'alias bomb')!.files;
    const dup = CORPUS.find((c) => c.name === 'same kind/name in two files')!.files;
    const dir = writeTree({ ...bomb, ...dup, 'governance/blob.yaml': new Uint8Array([0, 1, 2, 3]) });
    const r = runCli(['validate', '--repo', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('governance/bomb.yaml:2:');
    expect(r.stdout).toContain('governance/blob.yaml:1:1: error: binary file');
    expect(r.stdout).toContain('governance/a.yaml:4:3: error: ServiceAccount/dup is defined more than once');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints workflow annotations with --format github', () => {
    const dir = writeTree(CORPUS.find((c) => c.name === 'unknown spec key with suggestion')!.files);
    const r = runCli(['validate', '--repo', dir, '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error file=governance/a.yaml,line=9,col=3::spec.identifers: unknown key "identifers" (did you mean "identifiers"?) [manifest/schema]');
  });

  it('prints JSON with --format json', () => {
    const dir = writeTree(CORPUS.find((c) => c.name === 'retired without retiredAt')!.files);
    const r = runCli(['validate', '--repo', dir, '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ valid: false, errors: 1 });
    expect(out.diagnostics.find((d: { level: string }) => d.level === 'error')).toMatchObject({ file: 'governance/a.yaml', line: 6, code: 'manifest/retired-without-date', field: 'spec.lifecycle' });
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toContain('codeowners/missing');
  });

  it('exits 2 on a usage error', () => {
    const r = runCli(['validate', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of text, json, github');
  });
});
