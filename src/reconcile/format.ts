/** Deterministic text for evidence: no locale, no local time zone. */

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

export function plural(n: number, word: string, many = word + 's'): string {
  return `${count(n)} ${n === 1 ? word : many}`;
}

export function list(items: readonly string[]): string {
  return items.map((i) => `\`${i}\``).join(', ');
}

export function ageDays(fromIso: string, nowMs: number): number {
  return Math.floor((nowMs - Date.parse(fromIso)) / 86_400_000);
}
