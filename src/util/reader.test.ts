import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../test/helpers/tmp.js';
import { InputError } from './errors.js';
import { FsTextSource, readUserFile, statUserFile } from './reader.js';

describe('statUserFile and readUserFile', () => {
  const dir = writeTree({ 'a.json': '{"x":1}\n', 'big.txt': 'x'.repeat(20) });

  function located(fn: () => unknown): string {
    try {
      fn();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return (err as InputError).located();
    }
    throw new Error('expected an InputError');
  }

  it('returns the stats of a regular file', () => {
    const st = statUserFile(join(dir, 'a.json'), 'a.json');
    expect(st.isFile()).toBe(true);
    expect(st.size).toBe(8);
  });

  it('names the file by its display path when it is missing or not a regular file', () => {
    expect(located(() => statUserFile(join(dir, 'nope.json'), 'shown/nope.json'))).toBe('shown/nope.json: file not found');
    expect(located(() => statUserFile(dir, 'shown/dir'))).toBe('shown/dir: not a regular file');
    expect(located(() => readUserFile(join(dir, 'nope.json'), 'shown/nope.json'))).toBe('shown/nope.json: file not found');
    expect(located(() => readUserFile(dir, 'shown/dir'))).toBe('shown/dir: not a regular file');
  });

  it('readUserFile applies the size cap after the checks', () => {
    expect(located(() => readUserFile(join(dir, 'big.txt'), 'big.txt', 10))).toBe(
      'big.txt: file is 20 bytes, over the 10-byte limit (limits.maxFileBytes)',
    );
    expect(readUserFile(join(dir, 'big.txt'), 'big.txt', 20)).toEqual({ path: 'big.txt', text: 'x'.repeat(20), bom: false });
  });
});

describe('FsTextSource.read', () => {
  // Small files share one buffer: each text must be its own file's, whatever was read before.
  const long = 'a: 1\n'.repeat(50_000); // 250,000 bytes
  const large = 'é'.repeat(600_000); // 1.2 MB: read whole, not into the buffer
  const dir = writeTree({
    'long.yaml': long,
    'short.yaml': 'b: 2\n',
    'empty.yaml': '',
    'bom.yaml': '\ufeffc: 3\n',
    'large.txt': large,
    'bad.yaml': Buffer.concat([Buffer.from('ok: 1\nbad: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]),
  });
  const source = new FsTextSource(dir, 4 * 1024 * 1024);

  it('gives each small file its own bytes after a longer one, and large ones whole', () => {
    for (let round = 0; round < 2; round++) {
      expect(source.read('long.yaml').text).toBe(long);
      expect(source.read('short.yaml')).toEqual({ path: 'short.yaml', text: 'b: 2\n', bom: false });
      expect(source.read('empty.yaml').text).toBe('');
      expect(source.read('large.txt').text).toBe(large);
      expect(source.read('bom.yaml')).toEqual({ path: 'bom.yaml', text: 'c: 3\n', bom: true });
    }
  });

  it('still names the line of invalid UTF-8 in a small file', () => {
    source.read('long.yaml');
    expect(() => source.read('bad.yaml')).toThrow(InputError);
    try {
      source.read('bad.yaml');
    } catch (err) {
      expect((err as InputError).located()).toBe('bad.yaml:2: not valid UTF-8 text');
    }
  });
});
