import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MentionIndex } from './mention-index.js';

function naive(texts: readonly string[], tokens: readonly string[]): number[] {
  return texts.map((t, n) => (tokens.some((k) => t.includes(k)) ? n : -1)).filter((n) => n >= 0);
}

// A small alphabet, so texts share grams and tokens often occur (and often nearly occur).
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '/', ':', '0', '1', 'é', '🚀'), maxLength: 40 });

describe('MentionIndex', () => {
  it('finds exactly the texts that contain a token, for short, medium and long tokens', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 6 }), (texts, tokens) => {
        const index = new MentionIndex(texts);
        expect(index.containing(tokens)).toEqual(naive(texts, tokens));
      }),
      { numRuns: 400 },
    );
  });

  it('finds tokens taken from the texts themselves', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), fc.nat({ max: 30 }), (texts, pick, start, len) => {
        const source = texts[pick % texts.length];
        const token = source.slice(start % (source.length + 1), (start % (source.length + 1)) + len);
        const index = new MentionIndex(texts);
        expect(index.containing([token])).toEqual(naive(texts, [token]));
      }),
      { numRuns: 400 },
    );
  });

  it('answers in text order, each text once, for realistic monitor queries', () => {
    const texts = ['SvcDown\nup{job=~"sa-t001-000012|sa-t001-000013"} == 0', 'EndpointLatency\nlatency{endpoint="ep-t002-000007"} > 2', 'sa-t001-000012 is also here'];
    const index = new MentionIndex(texts);
    expect(index.containing(['sa-t001-000012', 'arn:aws:iam::111111111111:user/sa-t001-000012'])).toEqual([0, 2]);
    expect(index.containing(['ep-t002-000007'])).toEqual([1]);
    expect(index.containing(['sa-t001-000014'])).toEqual([]);
    expect(index.containing(['Down', 'late'])).toEqual([0, 1]);
  });
});
