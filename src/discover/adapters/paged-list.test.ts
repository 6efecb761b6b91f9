import { describe, expect, it } from 'vitest';
import { InputError } from '../../util/errors.js';
import { isObject, str, type JsonObject } from '../fields.js';
import { textInput, thrown } from './cloud-testing.js';
import { walkPagedList, type PagedList } from './paged-list.js';
import type { RecordAt } from './shared.js';

const THINGS: PagedList = {
  expected: 'an array of things or {things, next}',
  itemsOf: (v) => (Array.isArray(v) ? { items: v } : isObject(v) && Array.isArray(v.things) ? { items: v.things, next: str(v.next) } : null),
  nextMarker: 'a next',
  itemNoun: 'thing',
  isItem: (v): v is JsonObject => isObject(v) && typeof v.id === 'string',
  itemShape: 'a thing with an id',
};

function walk(text: string): { seen: Array<[string, RecordAt]>; missing: string[] } {
  const seen: Array<[string, RecordAt]> = [];
  const missing = walkPagedList(textInput(text, 't.json'), THINGS, (item, at) => seen.push([String(item.id), at]));
  return { seen, missing };
}

describe('walkPagedList', () => {
  it('visits arrays and pages in file order, numbering records across documents', () => {
    const { seen, missing } = walk('[{"id":"a"},{"id":"b"}]\n{"things":[{"id":"c"}]}\n');
    expect(seen).toEqual([
      ['a', { file: 't.json', index: 0, line: 1, record: 'document 1, thing 0' }],
      ['b', { file: 't.json', index: 1, line: 1, record: 'document 1, thing 1' }],
      ['c', { file: 't.json', index: 2, line: 2, record: 'document 2, thing 0' }],
    ]);
    expect(missing).toEqual([]);
  });

  it('gives one reason per document that names a next page', () => {
    const { missing } = walk('{"things":[],"next":"p2"}\n{"things":[]}\n{"things":[],"next":"p4"}\n');
    expect(missing).toEqual(['document 1 has a next: later pages are missing', 'document 3 has a next: later pages are missing']);
  });

  it('rejects documents and items without the shape, before visiting later items', () => {
    expect(thrown(() => walk('{"other":1}')).message).toBe('expected an array of things or {things, next}, found an object with keys other');
    const visited: string[] = [];
    const e = thrown(() => walkPagedList(textInput('[{"id":"a"},{"id":1},{"id":"c"}]'), THINGS, (item) => visited.push(String(item.id))));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe('expected a thing with an id in document 1, thing 1, found an object with keys id');
    expect(visited).toEqual(['a']);
  });
});
