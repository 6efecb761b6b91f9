import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../util/errors.js';
import { parseCsv } from './csv.js';

/** A reference RFC 4180 writer: quotes a field when it must (or when asked to). */
function writeField(f: string, forceQuote: boolean): string {
  return forceQuote || /[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f;
}

function writeCsv(rows: string[][], eol: string, quoteAll: boolean): string {
  return rows
    .map((r) => r.map((f) => writeField(f, quoteAll || (r.length === 1 && f === ''))).join(','))
    .join(eol);
}

describe('parseCsv', () => {
  it('reads plain, quoted and escaped fields with LF and CRLF line ends', () => {
    const text = 'a,b,c\r\n1,"two, with comma","say ""hi"""\n"multi\nline",,last\n';
    const rows = parseCsv(text, 'x.csv');
    expect(rows).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', 'two, with comma', 'say "hi"'], line: 2 },
      { fields: ['multi\nline', '', 'last'], line: 3 },
    ]);
  });

  it('skips blank lines and a BOM, and keeps a trailing empty field', () => {
    expect(parseCsv('\ufeffa,b,\n\n\r\nc,d,e', 'x.csv')).toEqual([
      { fields: ['a', 'b', ''], line: 1 },
      { fields: ['c', 'd', 'e'], line: 4 },
    ]);
  });

  it('names the file and line of an unterminated quoted field', () => {
    const err = (() => {
      try {
        parseCsv('a,b\n1,"never closed\n2,3\n', 'report.csv');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).file).toBe('report.csv');
    expect((err as InputError).line).toBe(2);
    expect((err as InputError).message).toMatch(/unterminated/);
  });

  it('rejects a stray quote and text after a closing quote, with the line', () => {
    expect(() => parseCsv('a,b\nx"y,z\n', 'r.csv')).toThrow(/quote inside an unquoted field/);
    try {
      parseCsv('a,b\n"x"y,z\n', 'r.csv');
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).line).toBe(2);
      expect((e as InputError).message).toMatch(/after a closing quote/);
    }
  });

  it('round-trips whatever a reference writer produces (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é'), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (rows, eol, quoteAll) => {
          const parsed = parseCsv(writeCsv(rows, eol, quoteAll), 'p.csv');
          expect(parsed.map((r) => r.fields)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
