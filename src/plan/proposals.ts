/**
 * Proposals: the PRs blindspot opens for findings whose fix is a change to the governance repo.
 * One deterministic branch per proposal (or per kind when grouping is on), so reruns find and
 * update the same PR instead of opening another.
 */
import type { Finding } from '../model/finding.js';
import { severityRank, type Severity } from '../model/kinds.js';
import { neutralize } from '../report/neutralize.js';
import { contentHash, withMarker } from './markers.js';
import type { ProposalIntent, ProposalKind } from './operations.js';
import { richInline, safeTitle } from './safe-text.js';
import { fill } from './template.js';

export interface Proposal {
  kind: ProposalKind;
  branch: string;
  title: string;
  body: string;
  hash: string;
  intents: ProposalIntent[];
  fingerprints: string[];
  severity: Severity;
  commitMessage: string;
}

/** A branch-safe slug: lower case, `[a-z0-9._-]`, no leading dot, bounded. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/\.ya?ml$/, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  return (s || 'x').slice(0, 80).replace(/[-.]+$/, '');
}

function intentOf(f: Finding): { kind: ProposalKind; key: string; intent: ProposalIntent } | null {
  const c = f.remediation.change;
  switch (c.kind) {
    case 'retire':
      return { kind: 'retire', key: c.recordKey, intent: { kind: 'retire', file: c.file, documentIndex: c.documentIndex, recordKey: c.recordKey, retiredAt: c.retiredAt } };
    case 'assign-owner':
      return { kind: 'owner', key: c.file, intent: { kind: 'owner', file: c.file, owners: c.owners, reason: c.reason } };
    case 'adopt':
      return { kind: 'adopt', key: c.file, intent: { kind: 'adopt', file: c.file, manifest: c.manifest } };
    default:
      return null;
  }
}

function describeIntent(i: ProposalIntent, f: Finding): string {
  const facts = f.evidence.slice(0, 4).map((e) => `  - ${richInline(e.fact)} (${richInline(`\`${e.source}\``)})`);
  switch (i.kind) {
    case 'retire':
      return [`- ${richInline(`\`${i.recordKey}\` in \`${i.file}\`: \`lifecycle: retired\`, \`retiredAt: ${i.retiredAt}\``)}`, ...facts].join('\n');
    case 'owner':
      return [`- ${richInline(`\`/${i.file}\` → ${i.owners.join(' ')}`)}: ${richInline(i.reason)}`, ...facts].join('\n');
    case 'adopt':
      return [`- ${richInline(`\`${i.file}\``)}`, ...facts, '', '```yaml', i.manifest.replace(/```/g, '` ` `').trimEnd(), '```'].join('\n');
  }
}

export function planProposals(findings: readonly Finding[], sourcesOf: (f: Finding) => string[], templates: Record<ProposalKind, string>, group: boolean): Proposal[] {
  const byBranch = new Map<string, { kind: ProposalKind; items: Array<{ f: Finding; intent: ProposalIntent; key: string }> }>();
  for (const f of findings) {
    const it = intentOf(f);
    if (!it) continue;
    const branch = group ? `blindspot/${it.kind}/all` : `blindspot/${it.kind}/${slug(it.key.replace(/\//g, '-'))}`;
    const entry = byBranch.get(branch) ?? { kind: it.kind, items: [] };
    if (!entry.items.some((x) => x.key === it.key)) entry.items.push({ f, intent: it.intent, key: it.key });
    byBranch.set(branch, entry);
  }
  const out: Proposal[] = [];
  for (const [branch, { kind, items }] of [...byBranch].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    items.sort((a, b) => (a.key < b.key ? -1 : 1));
    const names = items.map((x) => x.key);
    const one = items.length === 1;
    const recordsText = one ? `\`${names[0]}\`` : `${items.length} ${kind === 'owner' ? 'manifests' : 'records'}`;
    const details = items.map((x) => describeIntent(x.intent, x.f));
    // A grouped proposal can list many records: shorten the list until the body fits GitHub's limit.
    let body = '';
    for (let cap = details.length; ; cap = Math.floor(cap / 2)) {
      const shown = details.slice(0, cap).join('\n\n') + (cap < details.length ? `\n\n…and ${details.length - cap} more: the diff has them all.` : '');
      body = fill(templates[kind], {
        marker: '',
        records: richInline(recordsText),
        these: one ? 'this record' : 'these records',
        them: one ? 'it' : 'them',
        verb: one ? 'has' : 'have',
        recordsNoun: one ? 'a record' : 'records',
        details: shown,
      }).replace(/^\n+/, '');
      if (body.length <= 60_000 || cap === 0) break;
    }
    const hash = contentHash(body + JSON.stringify(items.map((x) => x.intent)));
    const fingerprints = items.map((x) => x.f.fingerprint).sort();
    const sources = [...new Set(items.flatMap((x) => sourcesOf(x.f)))].sort();
    const severity = items.map((x) => x.f.severity).sort((a, b) => severityRank(a) - severityRank(b))[0];
    const verb = kind === 'retire' ? 'Retire' : kind === 'owner' ? 'Assign owners to' : 'Adopt';
    const title = safeTitle(`[blindspot] ${verb} ${one ? names[0] : `${items.length} ${kind === 'owner' ? 'manifests' : 'records'}`}`);
    out.push({
      kind,
      branch,
      title,
      body: withMarker(body, { kind: 'proposal', id: branch, h: hash, fps: fingerprints, sources }),
      hash,
      intents: items.map((x) => x.intent),
      fingerprints,
      severity,
      commitMessage: `${title.replace(/^\[blindspot\] /, 'blindspot: ')}\n\n${neutralize(items.map((x) => `- ${x.key}`).join('\n'))}\n`,
    });
  }
  return out;
}
