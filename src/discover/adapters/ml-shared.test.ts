import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../util/errors.js';
import { adapterInput } from '../detect.js';
import { sortedUnique, type Where } from '../fields.js';
import { arrayItemLines, IdAllocator, literalClaim, num, pagesOf, pairs, walkArrayDocuments } from './ml-shared.js';
import { jsonDocs } from './shared.js';
import { compileClaim } from '../../reconcile/sources.js';
import { matchSegment } from '../../util/wildcard.js';
import { parseJsonDocuments } from '../../util/json-docs.js';

/** Reference: in 2-space pretty-printed JSON, top-level items start on lines indented by exactly two spaces. */
function referenceLines(text: string): number[] {
  return text
    .split('\n')
    .map((l, i) => (/^ {2}[^ \]}]/.test(l) ? i + 1 : 0))
    .filter((n) => n > 0);
}

describe('arrayItemLines', () => {
  it('gives the start line of each item of a top-level array', () => {
    const text = '[\n  {"a": 1},\n\n  {"b": "x\\"]"},\n  [1,\n 2]\n]';
    expect(arrayItemLines(text)).toEqual([[2, 4, 5]]);
  });

  it("gives the items of an object's key, per document", () => {
    const text = '{"next": null, "registered_models": [\n {"name": "a"},\n {"name": "b"}\n]}\n{"registered_models": []}\n{"other": [1]}';
    expect(arrayItemLines(text, 'registered_models')).toEqual([[2, 3], [], []]);
  });

  it('agrees with the line of each pretty-printed item (property)', () => {
    const item = fc.oneof(fc.integer(), fc.string(), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const text = JSON.stringify(items, null, 2);
        expect(arrayItemLines(text)).toEqual([referenceLines(text)]);
      }),
    );
  });
});

describe('helpers', () => {
  it('numbers: numbers and numeric strings, InputError otherwise', () => {
    const where = { file: 'f.json', line: 3, record: 'x[0]' };
    expect(num(4, where, 'n')).toBe(4);
    expect(num('4.5', where, 'n')).toBe(4.5);
    expect(num(undefined, where, 'n')).toBeUndefined();
    expect(() => num('four', where, 'n')).toThrow(InputError);
    expect(() => num('four', where, 'n')).toThrow(/field n in x\[0\]: expected a number/);
  });

  it('ids are made unique in order of appearance', () => {
    const a = new IdAllocator();
    expect(['x', 'y', 'x', 'x'].map((i) => a.next(i))).toEqual(['x', 'y', 'x#2', 'x#3']);
  });

  it('pages: documents, and the items of arrays of pages', () => {
    const docs = parseJsonDocuments('{"a":1}\n[{"b":2},{"c":3}]', 'f');
    expect(pagesOf(docs).map((p) => [p.label, p.doc])).toEqual([['document 1', 0], ['document 2[0]', 1], ['document 2[1]', 1]]);
  });

  it('jsonDocs parses when the caller could not, so errors carry a location', () => {
    expect(() => jsonDocs({ file: 'r.json', text: '[\n {"a": }', docs: null }, 'x')).toThrow(/invalid JSON/);
    expect(() => jsonDocs({ file: 'r.yml', text: 'a: 1', docs: null }, 'gitleaks')).toThrow(/^not JSON \(expected gitleaks\)$/);
    expect(jsonDocs({ file: 'e', text: '  \n', docs: null }, 'x')).toEqual([]);
  });

  it('literal claims match exactly their identifier under the reconciler claim rules (property)', () => {
    const id = fc.string({ unit: fc.constantFrom('a', 'b', '*', '?', '\\', ':', 'r', 'e', '/', '.'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(id, id, (x, y) => {
        const c = compileClaim(literalClaim(x));
        const matches = (s: string) => (c instanceof RegExp ? c.test(s) : matchSegment(c, s));
        expect(matches(x)).toBe(true);
        expect(matches(y)).toBe(x === y);
      }),
    );
    expect(literalClaim('re:x*')).toBe('re\\:x\\*');
  });

  it('sortedUnique and pairs', () => {
    expect(sortedUnique(['b', undefined, 'a', 'b', ''])).toEqual(['a', 'b']);
    expect(pairs({ z: 'x', a: 1, m: true })).toEqual(['a=1', 'm=true', 'z=x']);
  });
});

describe('walkArrayDocuments', () => {
  const walk = (text: string) => {
    const seen: Array<[unknown, Where]> = [];
    walkArrayDocuments(adapterInput('a.json', text), 'Thing', 'a thing export is an array', 'thing', (item, where) => seen.push([item.n, where]));
    return seen;
  };

  it('visits the items of every array document with their own lines', () => {
    expect(walk('[\n {"n": 1},\n {"n": 2}\n]\n[{"n": 3}]\n')).toEqual([
      [1, { file: 'a.json', line: 2, record: 'thing [0]' }],
      [2, { file: 'a.json', line: 3, record: 'thing [1]' }],
      [3, { file: 'a.json', line: 5, record: 'thing [0]' }],
    ]);
  });

  it('rejects a document that is not an array and an item that is not an object', () => {
    expect(() => walk('[{"n": 1}]\n{"n": 2}')).toThrow(expect.objectContaining({ message: 'a thing export is an array', line: 2 }));
    expect(() => walk('[{"n": 1},\n 7]')).toThrow(expect.objectContaining({ message: 'thing [1] is not an object', line: 2 }));
  });
});
