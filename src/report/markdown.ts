/**
 * The Markdown report (job summary, report file): a headline, counts by severity and type, coverage
 * per kind, source health, then one section per finding. Every value that comes from records or
 * snapshots goes through the neutralisers: identifiers in code spans, prose through `neutralizeInline`,
 * table cells through `escapeTableCell` last. Catalog text and enums are ours and go in as they are.
 */
import { markdownTable } from 'markdown-table';
import type { Finding } from '../model/finding.js';
import { SEVERITIES } from '../model/kinds.js';
import type { Severity } from '../model/kinds.js';
import type { KindCoverage, ReconcileResult, SourceHealth, SuppressedFinding } from '../model/result.js';
import { FINDING_CATALOG, catalogEntry } from '../reconcile/catalog.js';
import { lookupStandard } from '../reconcile/standards.js';
import { codeSpan, escapeTableCell, neutralizeInline } from './neutralize.js';
import { encodePath, encodeSegment, toRepoRelative } from './paths.js';
import {
  COVERAGE_COLUMNS,
  coverageCells,
  plural,
  sortCoverage,
  sortFindings,
  sortSources,
  sortSuppressed,
  sourceTypeAndName,
  summarize,
} from './summary.js';
import type { FindingSummary } from './summary.js';

export interface MarkdownOptions {
  /** Top heading text; default `blindspot report`. */
  title?: string;
  /** Level of the top heading (sections go one deeper); default 2, which suits job summaries. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** Render at most this many finding sections (most severe first); the rest are counted. Default: all. */
  maxFindingDetails?: number;
  /** Link `file:line` references to the repository, e.g. `{ repoUrl: 'https://github.com/acme/gov', ref: '<sha>' }`. */
  links?: { repoUrl: string; ref: string };
}

export const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
};

const STATUS_ICON: Readonly<Record<SourceHealth['status'], string>> = {
  fresh: '✅',
  stale: '⚠️',
  incomplete: '⚠️',
  failed: '❌',
};

export function renderMarkdown(result: ReconcileResult, options: MarkdownOptions = {}): string {
  const level = options.headingLevel ?? 2;
  const h = (depth: number, text: string): string => `${'#'.repeat(Math.min(6, level + depth))} ${text}`;
  const findings = sortFindings(result.findings);
  const summary = summarize(findings);
  const blocks: string[] = [h(0, options.title ?? 'blindspot report'), headline(result, summary)];

  const warning = sourceWarning(result.sources);
  if (warning) blocks.push(warning);

  blocks.push(h(1, 'Findings by severity'), severityTable(summary));
  if (summary.total > 0) blocks.push(h(1, 'Findings by type'), typeTable(summary));
  blocks.push(h(1, 'Coverage'), coverageSection(result.coverage));
  blocks.push(h(1, 'Source health'), sourceSection(result.sources));

  if (findings.length > 0) {
    blocks.push(h(1, 'Findings'));
    const limit = Math.max(0, Math.min(options.maxFindingDetails ?? findings.length, findings.length));
    findings.slice(0, limit).forEach((f, i) => blocks.push(findingSection(f, i + 1, h, options.links)));
    if (limit < findings.length) {
      blocks.push(`_${plural(findings.length - limit, 'more finding')} not shown here; the JSON report lists every finding._`);
    }
  }
  if (result.suppressed.length > 0) {
    blocks.push(h(1, `Suppressed (${result.suppressed.length})`), suppressedTable(result.suppressed));
  }
  return blocks.join('\n\n') + '\n';
}

function table(rows: string[][]): string {
  return markdownTable(rows, { alignDelimiters: false });
}

/** A table cell holding untrusted prose. */
function cell(text: string): string {
  return escapeTableCell(neutralizeInline(text));
}

/** A table cell holding an untrusted identifier, shown verbatim. */
function codeCell(text: string): string {
  return escapeTableCell(codeSpan(text));
}

function headline(result: ReconcileResult, summary: FindingSummary): string {
  const scope = `across ${plural(result.counts.records, 'record')} and ${plural(result.counts.assets, 'live asset')}, as of ${result.now}`;
  const suppressed = result.suppressed.length > 0 ? ` ${result.suppressed.length} suppressed.` : '';
  if (summary.total === 0) return `**No findings** ${scope}.${suppressed}`;
  const parts = SEVERITIES.filter((s) => summary.bySeverity[s] > 0).map((s) => `${summary.bySeverity[s]} ${s}`);
  return `**${plural(summary.total, 'finding')}** (${parts.join(', ')}) ${scope}.${suppressed}`;
}

/** Partial visibility must never read as clean: say which sources could not be trusted. */
function sourceWarning(sources: readonly SourceHealth[]): string | null {
  const unhealthy = sources.filter((s) => s.status !== 'fresh');
  if (sources.length === 0) {
    return '> [!WARNING]\n> No discovery source was read: nothing live was checked, so every record is unverifiable.';
  }
  if (unhealthy.length === 0) return null;
  const byStatus = (['failed', 'stale', 'incomplete'] as const)
    .map((status) => [status, unhealthy.filter((s) => s.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`);
  return `> [!WARNING]\n> ${unhealthy.length} of ${plural(sources.length, 'source')} not fresh (${byStatus.join(', ')}): what they cover is unverifiable, not clean.`;
}

function severityTable(summary: FindingSummary): string {
  return table([['Severity', 'Findings'], ...SEVERITIES.map((s) => [`${SEVERITY_ICON[s]} ${s}`, String(summary.bySeverity[s])])]);
}

function typeTable(summary: FindingSummary): string {
  const rows = FINDING_CATALOG.filter((e) => summary.byType[e.type] > 0).map((e) => [
    `\`${e.type}\``,
    e.title,
    e.defaultSeverity,
    String(summary.byType[e.type]),
  ]);
  return table([['Type', 'Meaning', 'Default severity', 'Findings'], ...rows]);
}

function coverageSection(rows: readonly KindCoverage[]): string {
  if (rows.length === 0) return '_No coverage data: no records and no fresh sources._';
  return table([[...COVERAGE_COLUMNS.slice(0, 5), 'Unverifiable records', 'Records', 'Governed coverage'], ...sortCoverage(rows).map(coverageCells)]);
}

function sourceSection(rows: readonly SourceHealth[]): string {
  if (rows.length === 0) return '_No discovery sources._';
  return table([
    ['Source', 'Status', 'Collected', 'Covers', 'Assets', 'Files', 'Detail'],
    ...sortSources(rows).map((s) => [
      codeCell(sourceTypeAndName(s.source) + (s.source.scope ? ` (${s.source.scope})` : '')),
      `${STATUS_ICON[s.status]} ${s.status}`,
      s.collectedAt ? `${cell(s.collectedAt)} (${cell(s.collectedAtFrom)})` : 'unknown',
      s.covers.join(', '),
      String(s.assets),
      s.files.map(codeCell).join('<br>'),
      s.detail ? cell(s.detail) : '',
    ]),
  ]);
}

function findingSection(
  f: Finding,
  n: number,
  h: (depth: number, text: string) => string,
  links: MarkdownOptions['links'],
): string {
  const entry = catalogEntry(f.type);
  const facts: string[] = [
    `- **Severity:** ${SEVERITY_ICON[f.severity]} ${f.severity} (set by ${codeSpan(f.severityRule)})`,
    `- **Type:** \`${f.type}\` (${entry.title})`,
  ];
  if (f.record) {
    facts.push(`- **Record:** ${codeSpan(`${f.record.kind}/${f.record.name}`)} at ${fileRef(f.record.file, f.record.line, links)}`);
    const owners = f.record.owners.length > 0 ? f.record.owners.map((o) => codeSpan(o)).join(', ') : 'none';
    const rule = f.record.codeownersLine !== null ? ` (CODEOWNERS line ${f.record.codeownersLine})` : '';
    facts.push(`- **Owners:** ${owners}${rule}`);
  }
  if (f.asset) {
    const collected = f.asset.collectedAt ? `, collected ${neutralizeInline(f.asset.collectedAt)}` : '';
    const at = f.asset.file ? ` in ${fileRef(f.asset.file, f.asset.line ?? 1, links)}` : '';
    facts.push(`- **Live asset:** ${f.asset.kind} ${codeSpan(f.asset.id)} from ${codeSpan(f.asset.source)}${collected}${at}`);
  }
  facts.push(`- **Fingerprint:** ${codeSpan(f.fingerprint)}`);

  const parts = [h(2, `${n}. ${SEVERITY_ICON[f.severity]} ${neutralizeInline(f.title)}`), facts.join('\n')];
  if (f.evidence.length > 0) {
    parts.push(
      table([
        ['Evidence', 'Source', 'Observed'],
        ...f.evidence.map((e) => [cell(e.fact), codeCell(e.source), e.at ? cell(e.at) : '—']),
      ]),
    );
  }
  const proposal = f.remediation.action !== 'none' ? ` (proposed: ${f.remediation.action})` : '';
  parts.push(`**Remediation:** ${neutralizeInline(f.remediation.summary)}${proposal}`);
  parts.push(`**How to fix:** ${entry.fix}`);
  const standards = [...f.standards.owaspNhi, ...f.standards.nistCsf];
  if (standards.length > 0) parts.push(`**Standards:** ${standards.map(standardText).join(' · ')}`);
  return parts.join('\n\n');
}

/** A known id with its name; an id the tables do not know is still shown, as data. */
function standardText(id: string): string {
  const entry = lookupStandard(id);
  return entry ? `${entry.id} ${entry.name}` : codeSpan(id);
}

/** `file:line` as a code span, linked to the repository when the caller gave a base URL and the path is in the repo. */
function fileRef(file: string, line: number, links: MarkdownOptions['links']): string {
  const text = codeSpan(`${file}:${line}`);
  const path = links ? toRepoRelative(file) : null;
  if (!links || path === null) return text;
  const base = links.repoUrl.replace(/\/+$/, '');
  return `[${text}](${base}/blob/${encodeSegment(links.ref)}/${encodePath(path)}#L${line})`;
}

function suppressedTable(items: readonly SuppressedFinding[]): string {
  return table([
    ['Type', 'Title', 'Reason', 'Expires', 'Owner', 'Fingerprint'],
    ...sortSuppressed(items).map((s) => [
      `\`${s.type}\``,
      cell(s.title),
      cell(s.reason),
      cell(s.expires),
      s.owner ? codeCell(s.owner) : '—',
      codeCell(s.fingerprint.slice(0, 12)),
    ]),
  ]);
}
