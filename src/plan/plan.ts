/**
 * The planner: findings + what is already on GitHub + budget → ordered operations. Pure.
 *
 * - One issue per fingerprint: create, update only when the rendered content changed, reopen only
 *   what blindspot itself closed, close when resolved and the sources that proved it are fresh.
 * - A person's "closed as not planned" is a decision: never reopened, listed as accepted.
 * - Several open issues for one fingerprint: keep the oldest, close the rest as duplicates.
 * - Proposals (PRs) per deterministic branch; moot ones are closed.
 * - Circuit breaker: too many retirements or closes at once, and nothing is retired or closed.
 * - Budget: the most severe work first, one write held back for the dashboard, the rest deferred.
 */
import type { Config } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import { severityRank, SEVERITIES, type Severity } from '../model/kinds.js';
import type { ReconcileResult } from '../model/result.js';
import { labelOf } from '../reconcile/sources.js';
import type { GitHubState, TrackedIssue } from './github-state.js';
import { withMarker } from './markers.js';
import type { Deferred, Held, Operation, Plan, ProposalKind } from './operations.js';
import { planProposals, type Proposal } from './proposals.js';
import { findingLabels, renderIssue } from './render-issue.js';
import type { TemplateName } from './template.js';

export type Mode = 'report' | 'issues' | 'prs' | 'all';

export interface PlanInput {
  result: ReconcileResult;
  state: GitHubState;
  config: Config;
  mode: Mode;
  maxWrites: number;
  templates: Record<TemplateName, string>;
  runUrl?: string;
}

const LABEL_COLORS: Record<Severity, string> = { critical: 'b60205', high: 'd93f0b', medium: 'fbca04', low: '0e8a16' };

/** The labels blindspot uses, with colour and description. */
export function wantedLabels(label: string, findings: readonly Finding[]): Array<{ name: string; color: string; description: string }> {
  const out = new Map<string, { name: string; color: string; description: string }>();
  out.set(label, { name: label, color: '5319e7', description: 'Tracked by blindspot: a production blind spot' });
  for (const f of findings) {
    out.set(`${label}:${f.type}`, { name: `${label}:${f.type}`, color: 'c5def5', description: `blindspot finding type ${f.type}` });
    out.set(`severity:${f.severity}`, { name: `severity:${f.severity}`, color: LABEL_COLORS[f.severity], description: `Severity ${f.severity}` });
  }
  return [...out.values()];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Labels blindspot owns on its issues: its own, its namespaced ones, and severities. */
function isBotLabel(l: string, label: string): boolean {
  return l === label || l.startsWith(`${label}:`) || l.startsWith('severity:');
}

/** Bot labels replaced, everyone else's kept. */
function mergeLabels(current: readonly string[], wanted: readonly string[], label: string): string[] {
  return [...current.filter((l) => !isBotLabel(l, label)), ...wanted];
}

function closeNote(reason: string): string {
  return `blindspot: ${reason}`;
}

export function planRun(input: PlanInput): Plan {
  const { result, state, config, mode } = input;
  const label = config.github.label;
  const ops: Operation[] = [];
  const held: Held[] = [];
  const accepted: Plan['acceptedByHumans'] = [];
  let unchanged = 0;
  let newCount = 0;
  let resolvedCount = 0;

  const sourceStatus = new Map(result.sources.map((s) => [labelOf(s.source), s.status]));
  const findingSources = (f: Finding) => [...new Set(f.evidence.map((e) => e.source).filter((s) => sourceStatus.has(s)))].sort();
  const current = new Map(result.findings.map((f) => [f.fingerprint, f]));
  const suppressedFps = new Map(result.suppressed.map((s) => [s.fingerprint, s]));

  const findingIssues = state.issues.filter((i) => i.marker?.kind === 'finding');
  const byFp = new Map<string, TrackedIssue[]>();
  for (const i of findingIssues) {
    const list = byFp.get(i.marker!.fp!) ?? [];
    list.push(i);
    byFp.set(i.marker!.fp!, list);
  }

  // Closes and retirements are gated together by the circuit breaker.
  const closes: Operation[] = [];
  /** Resolved findings whose proof is stale: their issues and PRs stay as they are. */
  const heldFps = new Set<string>();
  if (mode === 'issues' || mode === 'all') {
    for (const f of result.findings) {
      const rendered = renderIssue(f, findingSources(f), { template: input.templates['issue.md'], label, runUrl: input.runUrl, assignOwners: config.github.assignOwners });
      const issues = (byFp.get(f.fingerprint) ?? []).sort((a, b) => a.number - b.number);
      const open = issues.filter((i) => i.state === 'open');
      const keep = open[0] ?? issues[0];
      for (const dup of open.slice(1)) {
        ops.push({ op: 'close-issue', severity: f.severity, writes: 2, describe: `close duplicate #${dup.number} of #${keep.number}`, number: dup.number, fingerprint: f.fingerprint, body: withMarker(dup.body, { ...dup.marker!, closedByBot: true }), comment: closeNote(`duplicate of #${keep.number}, which tracks the same blind spot.`), reason: 'duplicate', duplicateOf: keep.number, duplicateOfId: keep.id });
      }
      const labels = findingLabels(f, label);
      if (!keep) {
        newCount++;
        ops.push({ op: 'create-issue', severity: f.severity, writes: 1, describe: `open issue: ${rendered.title}`, fingerprint: f.fingerprint, type: f.type, title: rendered.title, body: rendered.body, labels: rendered.labels, assignees: rendered.assignees });
        continue;
      }
      if (keep.state === 'closed') {
        if (keep.marker?.closedByBot) {
          ops.push({ op: 'reopen-issue', severity: f.severity, writes: 2, describe: `reopen #${keep.number}: ${rendered.title}`, number: keep.number, fingerprint: f.fingerprint, title: rendered.title, body: rendered.body, labels: mergeLabels(keep.labels, labels, label), comment: closeNote('the blind spot is back: the latest evidence shows it again.') });
        } else if (keep.stateReason === 'not_planned') {
          accepted.push({ number: keep.number, fingerprint: f.fingerprint, title: keep.title, url: keep.url });
        } else {
          held.push({ describe: `#${keep.number} ${keep.title}`, reason: 'closed by a person while the blind spot is still detected; blindspot does not reopen it' });
        }
        continue;
      }
      const botLabels = keep.labels.filter((l) => isBotLabel(l, label));
      if (keep.marker?.h === rendered.hash && keep.title === rendered.title && sameSet(botLabels, labels)) {
        unchanged++;
        continue;
      }
      ops.push({ op: 'update-issue', severity: f.severity, writes: 1, describe: `update #${keep.number}: ${rendered.title}`, number: keep.number, fingerprint: f.fingerprint, title: rendered.title, body: rendered.body, labels: mergeLabels(keep.labels, labels, label) });
    }

    // Open issues whose blind spot is gone, or now suppressed.
    for (const [fp, issues] of byFp) {
      if (current.has(fp)) continue;
      for (const issue of issues.filter((i) => i.state === 'open')) {
        const sup = suppressedFps.get(fp);
        const sources = issue.marker?.sources ?? [];
        const notFresh = sources.filter((s) => sourceStatus.get(s) !== 'fresh');
        const severity = (issue.labels.find((l) => l.startsWith('severity:'))?.slice(9) as Severity | undefined) ?? 'low';
        if (!sup && notFresh.length > 0) {
          heldFps.add(fp);
          held.push({ describe: `#${issue.number} ${issue.title}`, reason: `not detected this run, but not closed: ${notFresh.map((s) => `${s} is ${sourceStatus.get(s) ?? 'missing'}`).join(', ')}` });
          continue;
        }
        resolvedCount++;
        const comment = sup
          ? closeNote(`suppressed in the config until ${sup.expires.slice(0, 10)}: ${sup.reason}`)
          : closeNote(`resolved: the latest evidence no longer shows this blind spot${sources.length ? ` (checked against ${sources.join(', ')}, fresh and complete)` : ''}.`);
        closes.push({ op: 'close-issue', severity: SEVERITIES.includes(severity) ? severity : 'low', writes: 2, describe: `close #${issue.number}: ${issue.title}`, number: issue.number, fingerprint: fp, body: withMarker(issue.body, { ...issue.marker!, closedByBot: true }), comment, reason: sup ? 'not_planned' : 'completed' });
      }
    }
  }

  const proposalOps: Operation[] = [];
  if (mode === 'prs' || mode === 'all') {
    const proposals = planProposals(
      result.findings,
      findingSources,
      { retire: input.templates['pr-retire.md'], owner: input.templates['pr-owner.md'], adopt: input.templates['pr-adopt.md'] } as Record<ProposalKind, string>,
      config.github.groupProposals,
    );
    const openPulls = new Map(state.pulls.filter((p) => p.state === 'open').map((p) => [p.head, p]));
    const wanted = new Set(proposals.map((p) => p.branch));
    for (const p of proposals) {
      const existing = openPulls.get(p.branch);
      proposalOps.push(proposalOp(p, existing?.number, existing ? existing.marker?.h === p.hash && existing.title === p.title : false));
    }
    for (const pull of state.pulls) {
      if (pull.state !== 'open' || wanted.has(pull.head) || !pull.head.startsWith('blindspot/')) continue;
      const staleSources = (pull.marker?.sources ?? []).filter((s) => sourceStatus.get(s) !== 'fresh');
      if (staleSources.length > 0 || (pull.marker?.fps ?? []).some((fp) => heldFps.has(fp))) {
        held.push({ describe: `PR #${pull.number} (${pull.head})`, reason: 'its blind spot is no longer shown, but the sources that showed it are not fresh: left open' });
        continue;
      }
      proposalOps.push({ op: 'close-proposal', severity: 'low', writes: 2, describe: `close PR #${pull.number} (${pull.head}): no longer needed`, number: pull.number, branch: pull.head, comment: closeNote('this proposal is no longer needed: the blind spot it addressed is gone. Closing it and deleting the branch.') });
    }
  }

  // Circuit breaker: many records retired or their issues closed at once usually means a broken
  // export, not a cleaner world.
  const retirements = proposalOps.filter((o) => o.op === 'propose' && o.kind === 'retire').reduce((n, o) => n + (o.op === 'propose' ? o.intents.length : 0), 0);
  const limit = Math.max(1, Math.ceil(config.policy.maxRetireShare * Math.max(result.counts.records, 1)));
  let breaker: string | undefined;
  if (retirements + closes.length > limit) {
    breaker = `${retirements} retirement${retirements === 1 ? '' : 's'} and ${closes.length} close${closes.length === 1 ? '' : 's'} would touch more than ${Math.round(config.policy.maxRetireShare * 100)}% of ${result.counts.records} records (limit ${limit}); nothing was retired or closed. Check the sources, or raise policy.maxRetireShare.`;
    for (const o of closes) held.push({ describe: o.describe, reason: 'circuit breaker' });
    for (const o of proposalOps) if (o.op === 'propose' && o.kind === 'retire') held.push({ describe: o.describe, reason: 'circuit breaker' });
  } else ops.push(...closes);
  ops.push(...proposalOps.filter((o) => !(breaker && o.op === 'propose' && o.kind === 'retire')));

  const work = ops.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || order(a) - order(b));

  // Work by severity, dashboard last. A missing label is created (with colour and description)
  // before the first issue that needs it when the budget allows; otherwise GitHub creates it
  // implicitly with the issue, and a later run fixes its colour. Labels never block an issue.
  const haveLabel = new Map([...state.labels].map(([k, v]) => [k.toLowerCase(), v]));
  const budget = Math.max(0, input.maxWrites);
  const reserve = budget > 1 && mode !== 'prs' ? 1 : 0;
  let left = budget - reserve;
  const chosen: Operation[] = [];
  const deferred: Deferred[] = [];
  const labelNeeded = new Map(wantedLabels(label, result.findings).map((l) => [l.name, l]));
  const handled = new Set<string>();
  for (const o of work) {
    if (o.writes > left) {
      deferred.push({ describe: o.describe, severity: o.severity, reason: `write budget (max-writes ${input.maxWrites}) spent` });
      continue;
    }
    const labels = o.op === 'create-issue' || o.op === 'update-issue' || o.op === 'reopen-issue' ? o.labels : [];
    for (const n of labels) {
      const want = labelNeeded.get(n);
      if (!want || handled.has(n) || left - o.writes < 1) continue;
      const have = haveLabel.get(n.toLowerCase());
      if (have && have.color.toLowerCase() === want.color && have.description === want.description) continue;
      handled.add(n);
      chosen.push(have ? { op: 'update-label', severity: o.severity, writes: 1, describe: `set colour and description of label ${n}`, name: n, color: want.color, description: want.description } : { op: 'create-label', severity: o.severity, writes: 1, describe: `create label ${n}`, name: n, color: want.color, description: want.description });
      left--;
    }
    left -= o.writes;
    chosen.push(o);
  }
  if (mode === 'issues' || mode === 'all') {
    const dash = state.issues.filter((i) => i.marker?.kind === 'dashboard').sort((a, b) => a.number - b.number)[0];
    // The executor renders it (after re-reading) and writes only if it changed.
    chosen.push({ op: 'dashboard', severity: 'low', writes: 1, describe: dash ? `update dashboard #${dash.number}` : 'open the dashboard issue', number: dash?.number, title: config.github.dashboardTitle });
  }
  return {
    operations: chosen,
    deferred,
    held,
    ...(breaker ? { breaker } : {}),
    acceptedByHumans: accepted,
    unchanged,
    counts: { findings: result.findings.length, new: newCount, resolved: resolvedCount },
  };
}

function order(o: Operation): number {
  return ['close-issue', 'create-issue', 'reopen-issue', 'update-issue', 'propose', 'close-proposal', 'create-label', 'update-label', 'dashboard'].indexOf(o.op);
}

function proposalOp(p: Proposal, existing: number | undefined, bodyUnchanged: boolean): Operation {
  return {
    op: 'propose',
    severity: p.severity,
    // New PR: one create. Existing PR: one update if its text changed (the branch is pushed by git).
    writes: existing === undefined ? 1 : bodyUnchanged ? 0 : 1,
    describe: `${existing ? `update PR #${existing}` : 'open PR'} ${p.branch}: ${p.title}`,
    kind: p.kind,
    branch: p.branch,
    title: p.title,
    body: p.body,
    intents: p.intents,
    fingerprints: p.fingerprints,
    existing,
    commitMessage: p.commitMessage,
  };
}
