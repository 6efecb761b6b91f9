/** The job summary: counts, coverage, findings, and what was done. Built with core.summary. */
import * as core from '@actions/core';
import type { Outcome } from '../apply/executor.js';
import type { ReconcileResult } from '../model/result.js';
import type { Plan } from '../plan/operations.js';
import { labelOf } from '../reconcile/sources.js';
import { COVERAGE_COLUMNS, coverageCells, severityCounts } from '../report/summary.js';

/** Job-summary tables are raw HTML: escape as HTML, and keep each cell on one line. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/\r?\n/g, ' ');
}


const MAX_ROWS = 200;

export function tally(outcomes: readonly Outcome[]): Record<string, number> {
  const t: Record<string, number> = { created: 0, updated: 0, closed: 0, reopened: 0, unchanged: 0, skipped: 0, failed: 0, deferred: 0, planned: 0 };
  for (const o of outcomes) t[o.status]++;
  return t;
}

export async function writeSummary(args: {
  result: ReconcileResult;
  mode: string;
  dryRun: boolean;
  plan?: Plan;
  outcomes: Outcome[];
  notes: string[];
  dashboardUrl?: string;
}): Promise<void> {
  const { result: r } = args;
  const s = core.summary.addHeading('blindspot', 2);
  const bySev = severityCounts(r.findings);
  s.addRaw(`<p><b>${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}</b> (${bySev}) across ${r.counts.records} records and ${r.counts.assets} live assets; ${r.suppressed.length} suppressed. Mode <code>${args.mode}</code>${args.dryRun ? ', <b>dry run</b>: nothing was written' : ''}.</p>`, true);
  for (const n of args.notes) s.addRaw(`<p>⚠️ ${esc(n)}</p>`, true);
  s.addHeading('Coverage', 3).addTable([COVERAGE_COLUMNS.map((c) => ({ data: c, header: true })), ...r.coverage.map(coverageCells)]);
  s.addHeading('Sources', 3).addTable([
    [{ data: 'source', header: true }, { data: 'status', header: true }, { data: 'collected', header: true }, { data: 'assets', header: true }],
    ...r.sources.map((x) => [esc(labelOf(x.source)), x.status + (x.detail ? `: ${esc(x.detail)}` : ''), x.collectedAt ?? 'unknown', String(x.assets)]),
  ]);
  s.addHeading('Findings', 3).addTable([
    [{ data: 'severity', header: true }, { data: 'type', header: true }, { data: 'finding', header: true }, { data: 'where', header: true }],
    ...r.findings.slice(0, MAX_ROWS).map((f) => [f.severity, f.type, esc(f.title), f.record ? `${f.record.file}:${f.record.line}` : esc(f.asset ? `${f.asset.source}: ${f.asset.id}` : '')]),
  ]);
  if (r.findings.length > MAX_ROWS) s.addRaw(`<p>…and ${r.findings.length - MAX_ROWS} more in the JSON report.</p>`, true);
  if (args.outcomes.length || args.plan) {
    const t = tally(args.outcomes);
    s.addHeading('What was done', 3);
    s.addTable([
      [{ data: 'created', header: true }, { data: 'updated', header: true }, { data: 'closed', header: true }, { data: 'reopened', header: true }, { data: 'unchanged', header: true }, { data: 'deferred', header: true }, { data: 'skipped', header: true }, { data: 'failed', header: true }],
      [String(t.created), String(t.updated), String(t.closed), String(t.reopened), String(t.unchanged + (args.plan?.unchanged ?? 0)), String(t.deferred + (args.plan?.deferred.length ?? 0)), String(t.skipped), String(t.failed)],
    ]);
    const rows = [
      ...args.outcomes.filter((o) => o.status !== 'unchanged').map((o) => [o.status, esc(o.describe), esc(o.detail ?? o.url ?? '')]),
      ...(args.plan?.deferred ?? []).map((d) => ['deferred', esc(d.describe), esc(d.reason)]),
      ...(args.plan?.held ?? []).map((h) => ['held', esc(h.describe), esc(h.reason)]),
    ];
    if (rows.length) s.addTable([[{ data: 'status', header: true }, { data: 'operation', header: true }, { data: 'detail', header: true }], ...rows.slice(0, MAX_ROWS)]);
    if (args.plan?.breaker) s.addRaw(`<p>⛔ Circuit breaker: ${esc(args.plan.breaker)}</p>`, true);
  }
  if (args.dashboardUrl) s.addRaw(`<p>Dashboard: <a href="${encodeURI(args.dashboardUrl)}">${esc(args.dashboardUrl)}</a></p>`, true);
  await s.write();
}
