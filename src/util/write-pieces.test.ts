import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tmp.js';
import { writePieces } from './write-pieces.js';

describe('writePieces', () => {
  it('writes the concatenation of the pieces, replacing the file, and returns its UTF-8 byte length', () => {
    const path = join(tempDir('blindspot-pieces-'), 'report.json');
    writePieces(path, ['an older, longer report that must not survive']);
    const pieces = ['{"a":', '"é😀"', '', '}\n'];
    expect(writePieces(path, pieces)).toBe(Buffer.byteLength(pieces.join('')));
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
  });

  it('leaves the previous file whole, and no temporary file, when a piece fails', () => {
    const dir = tempDir('blindspot-pieces-');
    const path = join(dir, 'report.json');
    writePieces(path, ['{"previous":true}\n']);
    function* failing() {
      yield 'first ';
      throw new Error('render failed');
    }
    expect(() => writePieces(path, failing())).toThrow('render failed');
    expect(readFileSync(path, 'utf8')).toBe('{"previous":true}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('writes a device directly (no temporary file beside /dev/null)', () => {
    expect(writePieces('/dev/null', ['a', 'b'])).toBe(2);
  });
});
