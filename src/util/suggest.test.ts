import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './suggest.js';

describe('suggestions', () => {
  it('measures edits, counting a swap as one', () => {
    expect(editDistance('identifers', 'identifiers')).toBe(1);
    expect(editDistance('Modle', 'Model')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
  it('suggests only plausible typos', () => {
    expect(closest('lables', ['labels', 'name'])).toBe('labels');
    expect(closest('colour', ['lifecycle', 'identifiers', 'owner'])).toBeUndefined();
  });
});
