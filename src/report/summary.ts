/** Ordering and counting shared by every renderer, so all reports list the same findings in the same order. */
import { compareFindings, FINDING_TYPES } from '../model/finding.js';
import type { Finding, FindingType } from '../model/finding.js';
import { RECORD_KINDS, SEVERITIES } from '../model/kinds.js';
import type { Severity } from '../model/kinds.js';
import type { KindCoverage, SourceHealth, SuppressedFinding } from '../model/result.js';

/** Code-unit order, never locale order: reports must not depend on the machine that renders them. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { compareFindings };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function sortSuppressed(items: readonly SuppressedFinding[]): SuppressedFinding[] {
  return [...items].sort((a, b) => compareText(a.type, b.type) || compareText(a.fingerprint, b.fingerprint));
}

/** In RECORD_KINDS order. */
export function sortCoverage(rows: readonly KindCoverage[]): KindCoverage[] {
  return [...rows].sort((a, b) => RECORD_KINDS.indexOf(a.kind) - RECORD_KINDS.indexOf(b.kind));
}

/** `type/name` as users name a source, e.g. `aws-credential-report/prod`. */
export function sourceTypeAndName(source: SourceHealth['source']): string {
  return source.name ? `${source.type}/${source.name}` : source.type;
}

export function sortSources(rows: readonly SourceHealth[]): SourceHealth[] {
  return [...rows].sort(
    (a, b) =>
      compareText(sourceTypeAndName(a.source), sourceTypeAndName(b.source)) ||
      compareText(a.source.scope ?? '', b.source.scope ?? '') ||
      compareText(a.files.join('\n'), b.files.join('\n')),
  );
}

export interface FindingSummary {
  /** Every finding type, in FINDING_TYPES order, zero included, so the shape never changes. */
  byType: Record<FindingType, number>;
  /** Every severity, most severe first, zero included. */
  bySeverity: Record<Severity, number>;
  total: number;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  const byType = Object.fromEntries(FINDING_TYPES.map((t) => [t, 0])) as Record<FindingType, number>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) {
    byType[f.type] += 1;
    bySeverity[f.severity] += 1;
  }
  return { byType, bySeverity, total: findings.length };
}

/** `2 critical, 0 high, 1 medium, 0 low`: every severity, most severe first. */
export function severityCounts(findings: readonly Finding[]): string {
  const { bySeverity } = summarize(findings);
  return SEVERITIES.map((s) => `${bySeverity[s]} ${s}`).join(', ');
}

/**
 * `66.6%` for 2/3, `100%` for 1, `n/a` for null. Rounds down, so coverage is never overstated
 * (999 of 1000 reads 99.9%, not 100%); the epsilon absorbs float error such as 0.57 × 1000 = 569.99….
 */
export function formatPercent(ratio: number | null): string {
  if (ratio === null) return 'n/a';
  const tenths = Math.floor(ratio * 1000 + 1e-9);
  return tenths % 10 === 0 ? `${tenths / 10}%` : `${(tenths / 10).toFixed(1)}%`;
}

/** Coverage as table cells, in the column order of COVERAGE_COLUMNS, for every renderer. */
export const COVERAGE_COLUMNS = ['Kind', 'Live', 'Recorded', 'Owned', 'Monitored', 'Unverifiable', 'Records', 'Governed'] as const;

export function coverageCells(c: KindCoverage): string[] {
  return [c.kind, String(c.live), String(c.recorded), String(c.owned), String(c.monitored), String(c.unverifiable), String(c.records), formatPercent(c.governedCoverage)];
}

/** `1 finding`, `3 findings`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
