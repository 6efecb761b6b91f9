import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { parseDateField, parseTime, parseTimeOption, toIso } from './time.js';

describe('parseTime', () => {
  it.each([
    ['2024-03-11T09:15:02+00:00', '2024-03-11T09:15:02.000Z'],
    ['2024-03-11T09:15:02Z', '2024-03-11T09:15:02.000Z'],
    ['2024-03-11T09:15:02-07:00', '2024-03-11T16:15:02.000Z'],
    ['2024-03-11T09:15:02+0530', '2024-03-11T03:45:02.000Z'],
    ['2024-03-11T09:15:02.123456789Z', '2024-03-11T09:15:02.123Z'],
    ['2024-03-11T09:15:02.5Z', '2024-03-11T09:15:02.500Z'],
    ['2026-09-01', '2026-09-01T00:00:00.000Z'],
    ['2022-06-16 10:17:40 -0700 PDT', '2022-06-16T17:17:40.000Z'],
    ['2022-06-16 10:17:40.123 +0000 UTC', '2022-06-16T10:17:40.123Z'],
    ['1718000000000', '2024-06-10T06:13:20.000Z'],
    ['1718000000', '2024-06-10T06:13:20.000Z'],
  ])('reads %s', (input, iso) => {
    expect(toIso(input)).toBe(iso);
  });

  it('reads epoch numbers in seconds and milliseconds', () => {
    expect(toIso(1718000000)).toBe('2024-06-10T06:13:20.000Z');
    expect(toIso(1718000000000)).toBe('2024-06-10T06:13:20.000Z');
  });

  it.each(['N/A', 'no_information', 'not_supported', '', 'null', null, undefined, {}])('treats %j as never/unknown', (v) => {
    expect(parseTime(v).kind).toBe('none');
    expect(toIso(v)).toBeNull();
  });

  it('never turns a sentinel into epoch 0 or now', () => {
    expect(toIso(0)).toBeNull();
    expect(toIso('0')).toBeNull();
  });

  it.each(['2024-02-31', '2024-13-01', 'next tuesday', '10/19/2003', '2024-03-11T25:00:00Z'])('rejects %s', (v) => {
    expect(parseTime(v).kind).toBe('invalid');
    expect(toIso(v)).toBeUndefined();
  });
});

describe('parseDateField (dates people write in manifests and the config)', () => {
  it.each([
    ['2026-09-01', '2026-09-01T00:00:00.000Z'],
    ['2026-09-01T10:00:00+02:00', '2026-09-01T08:00:00.000Z'],
  ])('reads %s', (raw, iso) => {
    expect(parseDateField(raw)).toBe(iso);
  });

  it.each(['1700000000', ' 1700000000 ', '1700000000.5', '0', 'next tuesday', '', 1700000000, null, undefined])('refuses %j, which parseTime alone might read as an epoch', (raw) => {
    expect(parseDateField(raw)).toBeNull();
  });
});

describe('parseTimeOption', () => {
  it('returns the time, or a usage error naming where the value came from', () => {
    expect(parseTimeOption('2026-11-28T12:00:00Z', '--now')).toEqual({ iso: '2026-11-28T12:00:00.000Z', ms: Date.parse('2026-11-28T12:00:00Z') });
    expect(() => parseTimeOption('yesterday', 'BLINDSPOT_NOW')).toThrow(new UsageError('BLINDSPOT_NOW: "yesterday" is not an ISO-8601 time'));
  });
});
