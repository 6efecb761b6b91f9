import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../test/helpers/tmp.js';
import { InputError } from './errors.js';
import { readUserFile, statUserFile } from './reader.js';

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
