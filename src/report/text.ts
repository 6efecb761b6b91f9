/**
 * Terminal text: one summary line, findings grouped by severity with `file:line` first (so editors
 * and terminals can jump to it), evidence indented under each, then coverage and source tables.
 * Colour is a parameter, never sniffed from the environment here; untrusted text passes through
 * `terminalText`, so data cannot emit escape sequences or break a line.
 */
import { DEFAULT_CONFIG_PATH } from '../load/config.js';
import type { Finding } from '../model/finding.js';
import { SEVERITIES } from '../model/kinds.js';
import type { Severity } from '../model/kinds.js';
import type { KindCoverage, ReconcileResult, SourceHealth } from '../model/result.js';
import { terminalText } from './neutralize.js';
import { COVERAGE_COLUMNS, coverageCells, plural, sortCoverage, sortFindings, sortSources, sourceTypeAndName, summarize } from './summary.js';

export interface TextOptions {
  /** Emit ANSI colour codes. The caller decides (TTY, NO_COLOR, --color); default false. */
  color?: boolean;
  /** Where findings without a file of their own point; default `.github/blindspot.yml`. */
  configFile?: string;
  /** Evidence facts shown per finding; default 5, the rest are counted. */
  maxEvidence?: number;
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';
const ANSI: Readonly<Record<Style, string>> = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
};
const RESET = '\u001b[0m';

const SEVERITY_STYLE: Readonly<Record<Severity, Style[]>> = {
  critical: ['bold', 'red'],
  high: ['red'],
  medium: ['yellow'],
  low: ['cyan'],
};

const INDENT = '  ';

export function renderText(result: ReconcileResult, options: TextOptions = {}): string {
  const paint = (text: string, ...styles: Style[]): string =>
    options.color && styles.length > 0 ? styles.map((s) => ANSI[s]).join('') + text + RESET : text;
  const configFile = terminalText(options.configFile ?? DEFAULT_CONFIG_PATH);
  const maxEvidence = Math.max(0, options.maxEvidence ?? 5);
  const findings = sortFindings(result.findings);
  const lines: string[] = [summaryLine(result, findings), ''];

  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(paint(`${severity.toUpperCase()} (${group.length})`, ...SEVERITY_STYLE[severity]));
    for (const f of group) lines.push(...findingLines(f, configFile, maxEvidence, paint), '');
  }

  lines.push(paint('Coverage', 'bold'), ...coverageLines(result.coverage), '');
  lines.push(paint('Sources', 'bold'), ...sourceLines(result.sources, paint));
  return lines.join('\n') + '\n';
}

function summaryLine(result: ReconcileResult, findings: readonly Finding[]): string {
  const summary = summarize(findings);
  const counts = SEVERITIES.filter((s) => summary.bySeverity[s] > 0).map((s) => `${summary.bySeverity[s]} ${s}`);
  const what = summary.total === 0 ? 'no findings' : `${plural(summary.total, 'finding')} (${counts.join(', ')})`;
  const scope = `across ${plural(result.counts.records, 'record')} and ${plural(result.counts.assets, 'live asset')}`;
  const extras: string[] = [];
  if (result.suppressed.length > 0) extras.push(`${result.suppressed.length} suppressed`);
  const unhealthy = result.sources.filter((s) => s.status !== 'fresh').length;
  if (result.sources.length === 0) extras.push('no sources read: nothing live was checked');
  else if (unhealthy > 0) extras.push(`${unhealthy} of ${plural(result.sources.length, 'source')} not fresh`);
  return `blindspot: ${what} ${scope}${extras.length > 0 ? `; ${extras.join('; ')}` : ''}.`;
}

function location(f: Finding, configFile: string): string {
  if (f.record) return `${terminalText(f.record.file)}:${f.record.line}`;
  if (f.asset?.file) return `${terminalText(f.asset.file)}:${f.asset.line ?? 1}`;
  return `${configFile}:1`;
}

function findingLines(
  f: Finding,
  configFile: string,
  maxEvidence: number,
  paint: (text: string, ...styles: Style[]) => string,
): string[] {
  const lines = [`${INDENT}${paint(location(f, configFile), 'bold')}  ${f.type}  ${terminalText(f.title)}`];
  const detail = INDENT.repeat(3);
  if (f.record) {
    const owners = f.record.owners.length > 0 ? f.record.owners.map(terminalText).join(' ') : 'none';
    lines.push(`${detail}record ${terminalText(`${f.record.kind}/${f.record.name}`)}, owners: ${owners}`);
  }
  if (f.asset) {
    const at = f.asset.collectedAt ? ` at ${terminalText(f.asset.collectedAt)}` : '';
    lines.push(`${detail}live ${f.asset.kind} ${terminalText(f.asset.id)} from ${terminalText(f.asset.source)}${at}`);
  }
  for (const e of f.evidence.slice(0, maxEvidence)) {
    const when = e.at ? ` @ ${terminalText(e.at)}` : '';
    lines.push(`${detail}- ${terminalText(e.fact)} ${paint(`[${terminalText(e.source)}${when}]`, 'dim')}`);
  }
  if (f.evidence.length > maxEvidence) lines.push(`${detail}- ${plural(f.evidence.length - maxEvidence, 'more fact')}`);
  if (f.remediation.summary) lines.push(`${detail}fix: ${terminalText(f.remediation.summary)}`);
  return lines;
}

/** Left-aligns the first column and right-aligns the rest. */
function alignTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  return rows.map((r) => INDENT + r.map((c, col) => (col === 0 ? c.padEnd(widths[col]) : c.padStart(widths[col]))).join('  ').trimEnd());
}

function coverageLines(rows: readonly KindCoverage[]): string[] {
  if (rows.length === 0) return [`${INDENT}no coverage data`];
  return alignTable([[...COVERAGE_COLUMNS], ...sortCoverage(rows).map(coverageCells)]);
}

const STATUS_STYLE: Readonly<Record<SourceHealth['status'], Style>> = {
  fresh: 'green',
  stale: 'yellow',
  incomplete: 'yellow',
  failed: 'red',
};

function sourceLines(rows: readonly SourceHealth[], paint: (text: string, ...styles: Style[]) => string): string[] {
  if (rows.length === 0) return [`${INDENT}no sources read: every record is unverifiable`];
  const sorted = sortSources(rows);
  const labels = sorted.map((s) => terminalText(sourceTypeAndName(s.source)));
  const width = Math.max(...labels.map((l) => l.length));
  const statusWidth = Math.max(...sorted.map((s) => s.status.length));
  return sorted.map((s, i) => {
    const status = paint(s.status.padEnd(statusWidth), STATUS_STYLE[s.status]);
    const collected = s.collectedAt ? terminalText(s.collectedAt) : 'collected at unknown time';
    const detail = s.detail ? ` (${terminalText(s.detail)})` : '';
    return `${INDENT}${labels[i].padEnd(width)}  ${status}  ${collected}  ${plural(s.assets, 'asset')}${detail}`;
  });
}
