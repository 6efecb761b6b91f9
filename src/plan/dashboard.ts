/**
 * The dashboard issue: one per repo, found by its marker. It shows the state of governance at a
 * glance and keeps two things across runs: a trend history (hidden data at the end of the body)
 * and the humans' notes (between the notes markers). Rendering is pure; the executor re-reads the
 * issue just before writing so edits made during the run survive.
 */
import { markdownTable } from 'markdown-table';
import { SEVERITIES } from '../model/kinds.js';
import type { ReconcileResult } from '../model/result.js';
import { labelOf } from '../reconcile/sources.js';
import { COVERAGE_COLUMNS, coverageCells, severityCounts } from '../report/summary.js';
import { contentHash, withMarker } from './markers.js';
import type { Deferred, Held } from './operations.js';
import { richCell, richInline } from './safe-text.js';
import { fill } from './template.js';

export interface TrendPoint {
  at: string;
  total: number;
  critical: number;
  high: number;
  medium: number;
  low: number;
}

export interface DashboardProposal {
  title: string;
  branch: string;
  url?: string;
  /** When PRs may not be created: a link to open one by hand. */
  compareUrl?: string;
  status: string;
}

export interface DashboardData {
  result: ReconcileResult;
  proposals: DashboardProposal[];
  deferred: Deferred[];
  held: Held[];
  breaker?: string;
  acceptedByHumans: Array<{ number: number; title: string; url: string }>;
  failures: string[];
}

const NOTES_OPEN = '<!-- blindspot:notes -->';
const NOTES_CLOSE = '<!-- /blindspot:notes -->';
const DATA_RE = /<!-- blindspot:data ([A-Za-z0-9_-]+) -->/;
const MAX_TREND = 30;
const RUN_LINE = /^<sub>Updated by blindspot.*$/m;

export function readNotes(body: string | null): string {
  if (!body) return '';
  const a = body.indexOf(NOTES_OPEN);
  const b = body.indexOf(NOTES_CLOSE);
  return a >= 0 && b > a ? body.slice(a + NOTES_OPEN.length, b).replace(/^\r?\n/, '').trimEnd() : '';
}

export function readTrend(body: string | null): TrendPoint[] {
  const m = body ? DATA_RE.exec(body) : null;
  if (!m) return [];
  try {
    const data = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8')) as { trend?: unknown };
    if (!Array.isArray(data.trend)) return [];
    return data.trend.filter((p): p is TrendPoint => typeof p === 'object' && p !== null && typeof (p as TrendPoint).at === 'string' && typeof (p as TrendPoint).total === 'number');
  } catch {
    return [];
  }
}

/** A point is added only when the counts change, so an unchanged world rewrites nothing. */
export function nextTrend(prev: TrendPoint[], result: ReconcileResult): TrendPoint[] {
  const point: TrendPoint = { at: result.now.slice(0, 10), total: result.findings.length, critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of result.findings) point[f.severity]++;
  const last = prev[prev.length - 1];
  if (last && last.total === point.total && SEVERITIES.every((s) => last[s] === point[s])) return prev;
  const kept = last && last.at === point.at ? prev.slice(0, -1) : prev;
  return [...kept, point].slice(-MAX_TREND);
}

function mermaid(trend: TrendPoint[]): string {
  if (trend.length < 2) return trend.length === 1 ? `${trend[0].total} open findings on ${trend[0].at}; the chart starts with the next change.` : 'No history yet.';
  const max = Math.max(...trend.map((p) => p.total), 1);
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Open findings"',
    `  x-axis [${trend.map((p) => `"${p.at}"`).join(', ')}]`,
    `  y-axis "findings" 0 --> ${max}`,
    `  line [${trend.map((p) => p.total).join(', ')}]`,
    '```',
  ].join('\n');
}

function table(rows: string[][]): string {
  return markdownTable(rows, { alignDelimiters: false });
}

/** Room for the marker line within GitHub's 65,536-character body limit. */
const DASHBOARD_BUDGET = 65_000;

function capped(lines: string[], cap: number, empty: string): string {
  if (lines.length === 0) return empty;
  if (lines.length <= cap) return lines.join('\n');
  return [...lines.slice(0, cap), `- …and ${lines.length - cap} more: see the run's JSON report.`].join('\n');
}

export function renderDashboard(data: DashboardData, existing: string | null, template: string, runUrl?: string): { body: string; hash: string } {
  const r = data.result;
  const bySev = severityCounts(r.findings);
  const notFresh = r.sources.filter((s) => s.status !== 'fresh');
  const summary = [
    `**${r.findings.length} open finding${r.findings.length === 1 ? '' : 's'}** (${bySev}) across ${r.counts.records} records and ${r.counts.assets} live assets; ${r.suppressed.length} suppressed.`,
    notFresh.length ? `> [!WARNING]\n> ${notFresh.length === 1 ? '1 source is not fresh: what it covers' : `${notFresh.length} sources are not fresh: what they cover`} cannot be verified, and issues that depend on ${notFresh.length === 1 ? 'it' : 'them'} are not closed.` : '',
    data.breaker ? `> [!CAUTION]\n> Circuit breaker: ${richInline(data.breaker)}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const coverage = table([[...COVERAGE_COLUMNS], ...r.coverage.map(coverageCells)]);
  const types = new Map<string, number>();
  for (const f of r.findings) types.set(f.type, (types.get(f.type) ?? 0) + 1);
  const counts = types.size ? table([['type', 'count'], ...[...types].sort().map(([t, n]) => [`\`${t}\``, String(n)])]) : 'None.';
  const sources = r.sources.length
    ? table([['source', 'status', 'collected', 'assets', 'detail'], ...r.sources.map((s) => [richCell(`\`${labelOf(s.source)}\``), s.status, s.collectedAt ? s.collectedAt.slice(0, 16).replace('T', ' ') : 'unknown', String(s.assets), richCell(s.detail ?? '')])])
    : 'No discovery source was read.';
  const proposalLines = data.proposals.map((p) => `- ${richInline(p.title.replace(/^\[blindspot\] /, ''))}: ${p.url ? p.url : p.compareUrl ? `not opened (${richInline(p.status)}); [open it by hand](${p.compareUrl})` : richInline(p.status)}`);
  const deferredLines = [
    ...data.deferred.map((d) => `- ${richInline(d.describe)} (${d.severity}): ${richInline(d.reason)}`),
    ...data.held.map((h) => `- ${richInline(h.describe)}: ${richInline(h.reason)}`),
    ...data.failures.map((f) => `- failed: ${richInline(f)}`),
  ];
  const suppressedLines = [
    ...r.suppressed.map((s) => `- ${richInline(s.title)}: ${richInline(s.reason)} (until ${s.expires.slice(0, 10)}${s.owner ? `, ${richInline(s.owner)}` : ''})`),
    ...data.acceptedByHumans.map((a) => `- ${richInline(a.title)}: closed as not planned by a person (${a.url})`),
  ];
  const trend = nextTrend(readTrend(existing), r);
  const dataComment = `<!-- blindspot:data ${Buffer.from(JSON.stringify({ v: 1, trend }), 'utf8').toString('base64url')} -->`;
  const notes = readNotes(existing);
  // Long lists shrink until the body fits GitHub's limit; the run's report has them in full.
  let body = '';
  for (let cap = 500; ; cap = Math.floor(cap / 2)) {
    body = fill(template, {
      marker: '',
      summary,
      coverage,
      counts,
      trend: mermaid(trend),
      sources,
      proposals: capped(proposalLines, cap, 'None.'),
      deferred: capped(deferredLines, cap, 'Nothing: every planned change was made.'),
      suppressed: capped(suppressedLines, cap, 'None.'),
      notes,
      run: '',
      data: dataComment,
    }).replace(/^\n+/, '');
    if (body.length <= DASHBOARD_BUDGET || cap === 0) break;
  }
  // The hash ignores the run link, so a rerun that changes nothing else writes nothing.
  const hash = contentHash(body.replace(RUN_LINE, ''));
  if (runUrl) body = body.replace(RUN_LINE, (line) => line.replace('</sub>', ` [Latest run](${runUrl}).</sub>`));
  return { body: withMarker(body, { kind: 'dashboard', h: hash }), hash };
}
