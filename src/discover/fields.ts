/**
 * Small, typed accessors for untrusted export JSON, shared by every adapter. They never throw on
 * a missing field (exports omit defaults); `requireString` is for the fields a format cannot lack.
 */
import { InputError } from '../util/errors.js';
import { parseTime } from '../util/time.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown): JsonObject | undefined {
  return isObject(v) ? v : undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Booleans as exports spell them: true/false in any case, "TRUE", 1/0. */
export function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true' || t === 'yes' || t === '1') return true;
    if (t === 'false' || t === 'no' || t === '0') return false;
  }
  return undefined;
}

export interface Where {
  file: string;
  line?: number;
  /** Human description of the record, e.g. `AccessKeyMetadata[3]`. */
  record?: string;
}

/**
 * A timestamp field: ISO string, `null` for a never/unknown sentinel or a missing field,
 * and an InputError naming the file, record and field when the value is garbage.
 */
export function time(v: unknown, where: Where, field: string): string | null {
  const p = parseTime(v);
  if (p.kind === 'time') return p.iso;
  if (p.kind === 'none') return null;
  throw fieldError(where, field, `cannot read ${JSON.stringify(p.text)} as a timestamp`);
}

/** The InputError for a field with a bad value: `field F in RECORD: problem`, at the record's file and line. */
export function fieldError(where: Where, field: string, problem: string): InputError {
  const rec = where.record ? ` in ${where.record}` : '';
  return new InputError(`field ${field}${rec}: ${problem}`, { file: where.file, line: where.line });
}

export function requireString(o: JsonObject, key: string, where: Where): string {
  const v = str(o[key]);
  if (v === undefined || v === '') {
    const rec = where.record ? ` in ${where.record}` : '';
    throw new InputError(`missing required field ${key}${rec}`, { file: where.file, line: where.line });
  }
  return v;
}

/** Deduplicated, non-empty identifiers in first-seen order. */
export function ids(...values: Array<string | undefined | null | false>): string[] {
  const out: string[] = [];
  for (const v of values) if (v && !out.includes(v)) out.push(v);
  return out;
}

/** Deduplicated, non-empty values, sorted. */
export function sortedUnique(values: Iterable<string | undefined>): string[] {
  const set = new Set<string>();
  for (const v of values) if (v) set.add(v);
  return [...set].sort();
}

/** The latest of several ISO timestamps (nulls and undefineds ignored). */
export function latest(...values: Array<string | null | undefined>): string | null {
  let best: string | null = null;
  for (const v of values) if (v && (best === null || v > best)) best = v;
  return best;
}
