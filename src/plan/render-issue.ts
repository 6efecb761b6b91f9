/**
 * The tracked issue for one finding: title, body (from templates/github/issue.md), labels and
 * assignees. Deterministic: the same finding renders the same bytes, so an unchanged world
 * costs no write. Bodies stay under GitHub's 65,536-character limit.
 */
import { markdownTable } from 'markdown-table';
import type { Finding } from '../model/finding.js';
import { catalogEntry } from '../reconcile/catalog.js';
import { standardLabel } from '../reconcile/standards.js';
import { neutralize } from '../report/neutralize.js';
import { contentHash, withMarker, type Marker } from './markers.js';
import { richCell, richInline, safeTitle } from './safe-text.js';
import { fill } from './template.js';

export const MAX_BODY = 65_536;
/** Leave room for the marker and a truncation notice. */
const BODY_BUDGET = 60_000;

export interface IssueRenderOptions {
  template: string;
  /** The bot label (config `github.label`). */
  label: string;
  /** Link to the run, used when a body had to be truncated. */
  runUrl?: string;
  /** Assign the individual users CODEOWNERS names (config `github.assignOwners`). */
  assignOwners: boolean;
}

export interface RenderedIssue {
  title: string;
  /** Body including the marker line. */
  body: string;
  /** Hash of the body without the marker: what "changed" compares. */
  hash: string;
  labels: string[];
  assignees: string[];
}

export function findingLabels(f: Finding, label: string): string[] {
  return [label, `${label}:${f.type}`, `severity:${f.severity}`];
}

/** Users (not teams, not emails) among the CODEOWNERS owners: the only people the bot may assign. */
export function assignableUsers(owners: readonly string[]): string[] {
  return owners.filter((o) => /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(o)).map((o) => o.slice(1)).slice(0, 10);
}

function evidenceTable(f: Finding, maxRows: number): string {
  const rows = f.evidence.slice(0, maxRows).map((e) => [richCell(e.fact), richCell(`\`${e.source}\``), e.at ? e.at.slice(0, 16).replace('T', ' ') : '']);
  const table = markdownTable([['fact', 'source', 'observed'], ...rows], { alignDelimiters: false });
  const more = f.evidence.length - maxRows;
  return more > 0 ? `${table}\n\n…and ${more} more fact${more === 1 ? '' : 's'} (see the run's report).` : table;
}

export function renderIssue(f: Finding, sources: string[], opts: IssueRenderOptions): RenderedIssue {
  const entry = catalogEntry(f.type);
  const record = f.record ? richInline(`\`${f.record.file}:${f.record.line}\` (${f.record.kind} \`${f.record.name}\`)`) : '—';
  const asset = f.asset ? richInline(`\`${f.asset.id}\` in ${f.asset.source}`) : '—';
  const owners = f.record
    ? f.record.owners.length
      ? `${f.record.owners.join(' ')} (CODEOWNERS${f.record.codeownersLine !== null ? ` line ${f.record.codeownersLine}` : ''})`
      : 'Nobody: no CODEOWNERS rule names an owner for this record.'
    : 'No record: nobody owns this asset yet.';
  let rows = f.evidence.length;
  let body = '';
  for (;;) {
    body = fill(opts.template, {
      marker: '',
      headline: richInline(f.title),
      severity: f.severity,
      type: f.type,
      record,
      asset,
      description: neutralize(entry.description),
      why: neutralize(entry.why),
      evidence: evidenceTable(f, rows),
      owners,
      remediation: `**${f.remediation.action}**: ${richInline(f.remediation.summary)}`,
      fix: neutralize(entry.fix),
      standards: [...f.standards.owaspNhi, ...f.standards.nistCsf].map((s) => `- ${neutralize(standardLabel(s))}`).join('\n'),
      fingerprint: f.fingerprint,
    }).replace(/^\n+/, '');
    if (body.length <= BODY_BUDGET || rows === 0) break;
    rows = Math.floor(rows / 2);
  }
  if (body.length > BODY_BUDGET) body = body.slice(0, BODY_BUDGET) + `\n\n…truncated${opts.runUrl ? `: the full finding is in the run's report (${opts.runUrl})` : ''}.\n`;
  const hash = contentHash(body);
  const marker: Marker = { kind: 'finding', fp: f.fingerprint, h: hash, sources };
  return {
    title: safeTitle(`[blindspot] ${f.title}`),
    body: withMarker(body, marker),
    hash,
    labels: findingLabels(f, opts.label),
    assignees: opts.assignOwners && f.record ? assignableUsers(f.record.owners) : [],
  };
}
