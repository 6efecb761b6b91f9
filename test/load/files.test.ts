import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepo } from '../../src/load/repo.js';
import { FsTextSource } from '../../src/util/reader.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

const SA = 'apiVersion: blindspot.dev/v1\nkind: ServiceAccount\nmetadata:\n  name: a\nspec:\n  lifecycle: active\n  identifiers: [ns/a]\n';

function errorsOf(dir: string) {
  return loadRepo(new FsTextSource(dir)).diagnostics.filter((d) => d.level === 'error');
}

describe('files the loader must refuse or handle', () => {
  it('refuses a binary file with a located error', () => {
    const dir = writeTree({ 'governance/blob.yaml': new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x00, 0x01, 0x02, 0xff]) });
    const [e] = errorsOf(dir);
    expect(e).toMatchObject({ file: 'governance/blob.yaml', line: 1, code: 'manifest/unreadable' });
    expect(e.message).toContain('binary file');
  });

  it('refuses invalid UTF-8 and names the line', () => {
    const bytes = Buffer.concat([Buffer.from('apiVersion: blindspot.dev/v1\nkind: Model\nmetadata:\n  name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const dir = writeTree({ 'governance/latin1.yaml': bytes });
    const [e] = errorsOf(dir);
    expect(e).toMatchObject({ file: 'governance/latin1.yaml', line: 4, code: 'manifest/unreadable' });
    expect(e.message).toContain('not valid UTF-8');
  });

  it('refuses a file over the size cap, which config can change', () => {
    const big = SA + '# ' + 'x'.repeat(3000) + '\n';
    const dir = writeTree({ 'governance/big.yaml': big, '.github/blindspot.yml': 'version: 1\nlimits:\n  maxFileBytes: 2048\n' });
    const [e] = errorsOf(dir);
    expect(e).toMatchObject({ file: 'governance/big.yaml', code: 'manifest/unreadable' });
    expect(e.message).toMatch(/over the 2048-byte limit/);
    const relaxed = writeTree({ 'governance/big.yaml': big });
    expect(errorsOf(relaxed)).toEqual([]);
  });

  it('refuses a symlink that leads outside the repository', () => {
    const outside = writeTree({ 'secret.yaml': SA });
    const dir = writeTree({ 'governance/ok.yaml': SA.replace('name: a', 'name: b').replace('ns/a', 'ns/b') });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'governance/escape.yaml'));
    const errors = errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'governance/escape.yaml', code: 'manifest/unreadable' });
    expect(errors[0].message).toContain('symlink leads outside the repository');
  });

  it('follows a symlink that stays inside the repository', () => {
    const dir = writeTree({ 'shared/a.yaml': SA });
    mkdirSync(join(dir, 'governance'));
    symlinkSync(join(dir, 'shared/a.yaml'), join(dir, 'governance/link.yaml'));
    const repo = loadRepo(new FsTextSource(dir), {});
    expect(repo.diagnostics).toEqual([]);
    expect(repo.records.map((r) => `${r.key}@${r.location.file}`)).toEqual(['ServiceAccount/a@governance/link.yaml']);
  });

  it('accepts an empty file, CRLF line endings and a BOM', () => {
    const crlf = SA.replace(/\n/g, '\r\n');
    const dir = writeTree({
      'governance/empty.yaml': '',
      'governance/crlf.yaml': crlf,
      'governance/bom.yaml': '\ufeff' + SA.replace('name: a', 'name: bom').replace('ns/a', 'ns/bom'),
    });
    const repo = loadRepo(new FsTextSource(dir));
    expect(repo.diagnostics).toEqual([]);
    expect(repo.records.map((r) => r.key).sort()).toEqual(['ServiceAccount/a', 'ServiceAccount/bom']);
    const crlfRecord = repo.records.find((r) => r.location.file === 'governance/crlf.yaml')!;
    expect(crlfRecord.fields['spec.identifiers']).toMatchObject({ line: 7 });
    const bomRecord = repo.records.find((r) => r.name === 'bom')!;
    expect(bomRecord.location).toMatchObject({ line: 1, column: 1 });
  });

  it('reports an error on the right line in a CRLF file', () => {
    const dir = writeTree({ 'governance/crlf.yaml': SA.replace('lifecycle: active', 'lifecycle: gone').replace(/\n/g, '\r\n') });
    const [e] = errorsOf(dir);
    expect(e).toMatchObject({ file: 'governance/crlf.yaml', line: 6, column: 14 });
  });

  it('reports a missing explicit config file', () => {
    const dir = tempDir();
    const repo = loadRepo(new FsTextSource(dir), { configPath: 'conf/blindspot.yml' });
    expect(repo.diagnostics[0]).toMatchObject({ file: 'conf/blindspot.yml', code: 'config/missing' });
  });
});
