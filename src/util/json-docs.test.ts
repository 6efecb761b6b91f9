import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from './errors.js';
import { jsonErrorOffset, parseJsonDocuments } from './json-docs.js';

describe('parseJsonDocuments', () => {
  it('reads one value, NDJSON and concatenated pages', () => {
    expect(parseJsonDocuments('{"a":1}', 'f').map((d) => d.value)).toEqual([{ a: 1 }]);
    expect(parseJsonDocuments('{"a":1}\n{"a":2}\n', 'f').map((d) => [d.value, d.line])).toEqual([
      [{ a: 1 }, 1],
      [{ a: 2 }, 2],
    ]);
    expect(parseJsonDocuments('[1,2][3]', 'f').map((d) => d.value)).toEqual([[1, 2], [3]]);
    expect(parseJsonDocuments('{"s":"}{\\"]"}\n\n{"b":[{}]}', 'f').map((d) => d.line)).toEqual([1, 3]);
  });

  it('reports a truncated file with its line', () => {
    const text = '{"a": 1}\n{"items": [\n  {"x": 1},\n  {"x": ';
    try {
      parseJsonDocuments(text, 'export.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).located()).toMatch(/^export\.json:4:\d+: invalid JSON: unexpected end of input \(truncated\?\)/);
    }
  });

  it('points at a syntax error inside a document', () => {
    expect(() => parseJsonDocuments('{"a": 1,\n "b": tru}', 'x.json')).toThrow(/x\.json|invalid JSON/);
    try {
      parseJsonDocuments('{"a": 1,\n "b": tru}', 'x.json');
    } catch (e) {
      expect((e as InputError).line).toBe(2);
    }
  });

  it('refuses a file that is not JSON', () => {
    expect(() => parseJsonDocuments('user,arn\n', 'r.csv')).toThrow(InputError);
  });

  it('agrees with JSON.parse on arbitrary values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue())), { minLength: 1, maxLength: 4 }), (values) => {
        const text = values.map((v) => JSON.stringify(v)).join('\n');
        expect(parseJsonDocuments(text, 'p').map((d) => d.value)).toEqual(values.map((v) => JSON.parse(JSON.stringify(v))));
      }),
      { numRuns: 200 },
    );
  });

  it('finds no error in valid JSON and some error in broken JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        expect(jsonErrorOffset(text).offset).toBe(-1);
        if (text.length > 1 && (text.startsWith('{') || text.startsWith('['))) expect(jsonErrorOffset(text.slice(0, -1)).offset).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
