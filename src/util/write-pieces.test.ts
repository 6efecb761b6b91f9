import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tmp.js';
import { writeAll, writePieces } from './write-pieces.js';

describe('writePieces', () => {
  it('writes the concatenation of the pieces, replacing the file, and returns its UTF-8 byte length', async () => {
    const path = join(tempDir('blindspot-pieces-'), 'report.json');
    await writePieces(path, ['an older, longer report that must not survive']);
    const pieces = ['{"a":', '"é😀"', '', '}\n'];
    expect(await writePieces(path, pieces)).toBe(Buffer.byteLength(pieces.join('')));
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
  });

  it('leaves the previous file whole, and no temporary file, when a piece fails', async () => {
    const dir = tempDir('blindspot-pieces-');
    const path = join(dir, 'report.json');
    await writePieces(path, ['{"previous":true}\n']);
    function* failing() {
      yield 'first ';
      yield 'second, written while the next piece is made ';
      throw new Error('render failed');
    }
    await expect(writePieces(path, failing())).rejects.toThrow('render failed');
    expect(readFileSync(path, 'utf8')).toBe('{"previous":true}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('writes a device directly (no temporary file beside /dev/null)', async () => {
    expect(await writePieces('/dev/null', ['a', 'b'])).toBe(2);
  });

  it('keeps the order of many pieces while writes overlap the making of the next', async () => {
    const path = join(tempDir('blindspot-pieces-'), 'report.json');
    const pieces = Array.from({ length: 300 }, (_, i) => `${i}:${'x'.repeat(i * 97)}\n`);
    expect(await writePieces(path, pieces)).toBe(Buffer.byteLength(pieces.join('')));
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
  });

  it('reports a destination that cannot be written, leaving nothing behind', async () => {
    const dir = tempDir('blindspot-pieces-');
    await expect(writePieces(join(dir, 'missing-folder', 'report.json'), ['a'])).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('goes on after a short write until every byte is written, in order', async () => {
    const got: Buffer[] = [];
    // A destination that takes at most 3 bytes a call, as a pipe may.
    const handle = {
      write: async (data: Buffer, offset: number, length: number) => {
        const n = Math.min(3, length);
        got.push(Buffer.from(data.subarray(offset, offset + n)));
        return { bytesWritten: n, buffer: data };
      },
    } as unknown as Parameters<typeof writeAll>[0];
    await writeAll(handle, Buffer.from('héllo, wörld'));
    expect(Buffer.concat(got).toString('utf8')).toBe('héllo, wörld');
    expect(got.length).toBe(Math.ceil(Buffer.byteLength('héllo, wörld') / 3));
  });

  it('fails, rather than loops, when the destination takes nothing', async () => {
    const handle = { write: async () => ({ bytesWritten: 0 }) } as unknown as Parameters<typeof writeAll>[0];
    await expect(writeAll(handle, Buffer.from('abc'))).rejects.toThrow('the write stopped after 0 of 3 bytes');
  });
});
