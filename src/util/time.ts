/**
 * Timestamp parsing for exports from many systems. Every accepted form becomes ISO-8601 UTC
 * with milliseconds. "Never used" sentinels are `none`, never "now" and never epoch 0.
 */
import { UsageError } from './errors.js';

export type TimeParse = { kind: 'time'; iso: string; ms: number } | { kind: 'none' } | { kind: 'invalid'; text: string };

const SENTINELS = new Set(['', 'n/a', 'na', 'no_information', 'not_supported', 'null', 'none', 'never', '-']);

// 2024-03-11T09:15:02+00:00, 2024-03-11T09:15:02.123456789Z, 2024-03-11 09:15:02Z, 2024-03-11
const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;
// Go's time.String(): 2022-06-16 10:17:40 -0700 PDT, 2022-06-16 10:17:40.123 +0000 UTC, optional " m=+0.1"
const GO_RE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))? ([+-]\d{4})(?: [A-Za-z]{1,6})?(?: m=[+-][\d.]+)?$/;

function build(
  y: string,
  mo: string,
  d: string,
  h = '0',
  mi = '0',
  s = '0',
  frac: string | undefined,
  zone: string | undefined,
): number | null {
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), min = Number(mi), sec = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || min > 59 || sec > 60) return null;
  const ms = frac ? Math.floor(Number('0.' + frac) * 1000) : 0;
  let offsetMin = 0;
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 23 || om > 59) return null;
    offsetMin = sign * (oh * 60 + om);
  }
  const t = Date.UTC(year, month - 1, day, hour, min, Math.min(sec, 59), ms) - offsetMin * 60_000;
  // Reject dates that rolled over (2024-02-31).
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return t;
}

function fromEpoch(n: number): TimeParse {
  if (!Number.isFinite(n) || n <= 0) return { kind: 'none' };
  // Seconds until the year 5138; milliseconds after 1973. Exports use one or the other.
  const ms = n >= 1e11 ? n : n * 1000;
  if (ms > 8.64e15) return { kind: 'invalid', text: String(n) };
  return { kind: 'time', iso: new Date(Math.floor(ms)).toISOString(), ms: Math.floor(ms) };
}

export function parseTime(value: unknown): TimeParse {
  if (value === null || value === undefined) return { kind: 'none' };
  if (typeof value === 'number') return fromEpoch(value);
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? { kind: 'invalid', text: String(value) } : { kind: 'time', iso: value.toISOString(), ms };
  }
  if (typeof value === 'object') {
    // `{}` is how some APIs say "never" (RoleLastUsed: {}).
    return Object.keys(value as object).length === 0 ? { kind: 'none' } : { kind: 'invalid', text: JSON.stringify(value) };
  }
  if (typeof value !== 'string') return { kind: 'invalid', text: String(value) };
  const text = value.trim();
  if (SENTINELS.has(text.toLowerCase())) return { kind: 'none' };
  if (/^\d+(\.\d+)?$/.test(text)) return fromEpoch(Number(text));
  let m = ISO_RE.exec(text);
  let ms: number | null = null;
  if (m) ms = build(m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
  else if ((m = GO_RE.exec(text))) ms = build(m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
  if (ms === null || Number.isNaN(ms)) return { kind: 'invalid', text };
  return { kind: 'time', iso: new Date(ms).toISOString(), ms };
}

/** ISO string, `null` for a never/unknown sentinel, `undefined` when the value does not parse. */
export function toIso(value: unknown): string | null | undefined {
  const p = parseTime(value);
  return p.kind === 'time' ? p.iso : p.kind === 'none' ? null : undefined;
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** A time a person gave (an option, an env var, an input) or a usage error naming where it came from. */
export function parseTimeOption(raw: string, label: string): { iso: string; ms: number } {
  const p = parseTime(raw);
  if (p.kind !== 'time') throw new UsageError(`${label}: "${raw}" is not an ISO-8601 time`);
  return { iso: p.iso, ms: p.ms };
}

/**
 * A date a person wrote in a manifest or the config, as ISO-8601, or null when it is not one.
 * Exports may carry epoch numbers, but a record's date must say what it means: a bare number
 * (`1700000000`, `1700000000.5`), which parseTime would read as epoch seconds, is refused.
 */
export function parseDateField(raw: unknown): string | null {
  if (typeof raw !== 'string' || /^\d+(\.\d+)?$/.test(raw.trim())) return null;
  const p = parseTime(raw);
  return p.kind === 'time' ? p.iso : null;
}
