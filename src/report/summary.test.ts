import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_TYPES } from '../model/finding.js';
import { SEVERITIES } from '../model/kinds.js';
import { richFindings } from '../../test/fixtures/report/rich-result.js';
import { compareFindings, formatPercent, plural, sortFindings, summarize } from './summary.js';

describe('formatPercent', () => {
  it('formats ratios with at most one decimal, rounding down', () => {
    expect(formatPercent(null)).toBe('n/a');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(2 / 3)).toBe('66.6%');
    expect(formatPercent(0.57)).toBe('57%');
    expect(formatPercent(999 / 1000)).toBe('99.9%');
    expect(formatPercent(9999 / 10000)).toBe('99.9%');
  });

  it('never reads 100% unless everything is governed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (live, governed) => {
        fc.pre(governed <= live);
        expect(formatPercent(governed / live) === '100%').toBe(governed === live);
      }),
    );
  });
});

describe('summarize', () => {
  it('counts every type and severity, zero included', () => {
    const s = summarize(richFindings());
    expect(Object.keys(s.byType)).toEqual([...FINDING_TYPES]);
    expect(Object.keys(s.bySeverity)).toEqual([...SEVERITIES]);
    expect(Object.values(s.byType).reduce((a, b) => a + b, 0)).toBe(s.total);
    expect(Object.values(s.bySeverity).reduce((a, b) => a + b, 0)).toBe(s.total);
    expect(s.byType['unrecorded-asset']).toBe(2);
  });
});

describe('sortFindings', () => {
  it('gives the same order whatever the input order', () => {
    const expected = sortFindings(richFindings()).map((f) => f.fingerprint);
    fc.assert(
      fc.property(fc.shuffledSubarray(richFindings(), { minLength: 19, maxLength: 19 }), (shuffled) => {
        expect(sortFindings(shuffled).map((f) => f.fingerprint)).toEqual(expected);
      }),
    );
  });

  it('orders by severity, then type, then fingerprint', () => {
    const [a, b] = richFindings().filter((f) => f.type === 'secret-in-code');
    expect(Math.sign(compareFindings(a, b))).toBe(a.fingerprint < b.fingerprint ? -1 : 1);
    const critical = richFindings().find((f) => f.severity === 'critical')!;
    const low = richFindings().find((f) => f.severity === 'low')!;
    expect(compareFindings(critical, low)).toBeLessThan(0);
  });
});

describe('plural', () => {
  it('picks the form by count', () => {
    expect(plural(1, 'finding')).toBe('1 finding');
    expect(plural(0, 'finding')).toBe('0 findings');
    expect(plural(2, 'more fact')).toBe('2 more facts');
  });
});
