/** Deterministic text for evidence: no locale, no local time zone. */
import type { GovernanceRecord } from '../model/record.js';
import { DAY_MS } from '../util/time.js';

export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** `2026-11-26 03:12 UTC` */
export function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function count(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `file:line` of a manifest field (or of the record when the field has no location). */
export function fieldRef(r: GovernanceRecord, field: string): string {
  return `${r.location.file}:${r.fields[field]?.line ?? r.location.line}`;
}

export function list(items: readonly string[]): string {
  return items.map((i) => `\`${i}\``).join(', ');
}

export function ageDays(fromIso: string, nowMs: number): number {
  return Math.floor((nowMs - Date.parse(fromIso)) / DAY_MS);
}
