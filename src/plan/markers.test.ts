import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMarker, parseMarker, withMarker, type Marker } from './markers.js';

const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));

describe('markers', () => {
  it('round-trips every field (property)', () => {
    fc.assert(
      fc.property(hex(64), hex(16), fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 4 }), fc.boolean(), (fp, h, sources, closed) => {
        const m: Marker = { kind: 'finding', fp, h, ...(sources.length ? { sources } : {}), ...(closed ? { closedByBot: true } : {}) };
        expect(parseMarker(`${formatMarker(m)}\nbody`)).toEqual(m);
      }),
      { numRuns: 200 },
    );
  });

  it('is only read from the first line and only in its exact form', () => {
    const m = formatMarker({ kind: 'finding', fp: 'a'.repeat(64) });
    expect(parseMarker(`text\n${m}`)).toBeNull();
    expect(parseMarker(m.replace('v1', 'v2'))).toBeNull();
    expect(parseMarker(m.replace('a'.repeat(64), 'a'.repeat(63)))).toBeNull();
    expect(parseMarker(`${m} trailing`)).toBeNull();
    expect(parseMarker('<!-- blindspot:v1 kind=finding -->')).toBeNull();
    expect(parseMarker('<!-- blindspot:v1 kind=dashboard -->')).toEqual({ kind: 'dashboard' });
  });

  it('replaces the marker of a body and keeps the rest', () => {
    const body = `${formatMarker({ kind: 'finding', fp: 'b'.repeat(64) })}\n## title\ntext`;
    const out = withMarker(body, { kind: 'finding', fp: 'b'.repeat(64), closedByBot: true });
    expect(out.split('\n').slice(1)).toEqual(['## title', 'text']);
    expect(parseMarker(out)?.closedByBot).toBe(true);
  });
});
