import { describe, expect, it } from 'vitest';
import { acmeRun } from '../../test/helpers/acme.js';
import type { ReconcileResult } from '../model/result.js';
import type { GitHubState, TrackedIssue } from './github-state.js';
import { formatMarker, parseMarker } from './markers.js';
import type { Operation } from './operations.js';
import { loadTemplates } from './overrides.js';
import { planRun, wantedLabels, type Mode } from './plan.js';
import { renderIssue } from './render-issue.js';

const run = acmeRun();
const result = run.result!;
const config = run.repo.config;
const templates = loadTemplates(null);

function emptyState(): GitHubState {
  return { issues: [], pulls: [], labels: new Map(), defaultBranch: 'main' };
}

function plan(state: GitHubState, opts: { mode?: Mode; maxWrites?: number; result?: ReconcileResult } = {}) {
  return planRun({ result: opts.result ?? result, state, config, mode: opts.mode ?? 'issues', maxWrites: opts.maxWrites ?? 1000, templates });
}

let nextNumber = 1;
function issueFor(fp: string, overrides: Partial<TrackedIssue> = {}): TrackedIssue {
  const f = result.findings.find((x) => x.fingerprint === fp)!;
  const sources = [...new Set(f.evidence.map((e) => e.source).filter((s) => result.sources.some((h) => (h.source.name ?? h.source.type) === s)))].sort();
  const r = renderIssue(f, sources, { template: templates['issue.md'], label: 'blindspot', assignOwners: true });
  const n = nextNumber++;
  return { number: n, id: 1000 + n, title: r.title, body: r.body, state: 'open', stateReason: null, labels: r.labels, assignees: [], createdAt: '2026-11-01T00:00:00Z', url: `https://github.com/acme/governance/issues/${n}`, marker: parseMarker(r.body), ...overrides };
}

const ops = (list: Operation[], op: Operation['op']) => list.filter((o) => o.op === op);

describe('planRun: issues', () => {
  it('opens one issue per finding, creates the labels they need, and plans the dashboard', () => {
    const p = plan(emptyState());
    expect(ops(p.operations, 'create-issue')).toHaveLength(result.findings.length);
    const labels = ops(p.operations, 'create-label').map((o) => (o.op === 'create-label' ? o.name : ''));
    expect(labels).toContain('blindspot');
    expect(labels).toContain('severity:critical');
    expect(labels).toContain('blindspot:retired-but-active');
    expect(new Set(labels).size).toBe(labels.length);
    expect(p.operations.at(-1)?.op).toBe('dashboard');
    expect(p.counts.new).toBe(result.findings.length);
    // Most severe first after the labels.
    const sev = ops(p.operations, 'create-issue').map((o) => o.severity);
    expect(sev[0]).toBe('critical');
    expect(sev.at(-1)).toBe('low');
  });

  it('plans nothing but the dashboard when every issue is already up to date', () => {
    const state = emptyState();
    state.issues = result.findings.map((f) => issueFor(f.fingerprint));
    for (const l of wantedLabels('blindspot', result.findings)) state.labels.set(l.name, { color: l.color, description: l.description });
    const p = plan(state);
    expect(p.operations.map((o) => o.op)).toEqual(['dashboard']);
    expect(p.unchanged).toBe(result.findings.length);
  });

  it('updates an issue whose rendered content changed, keeping labels people added', () => {
    const f = result.findings[0];
    const stale = issueFor(f.fingerprint, { body: formatMarker({ kind: 'finding', fp: f.fingerprint, h: '0000000000000000' }) + '\nold text', labels: ['blindspot', `blindspot:${f.type}`, 'severity:low', 'team-review'] });
    stale.marker = parseMarker(stale.body);
    const p = plan({ ...emptyState(), issues: [stale] });
    const up = ops(p.operations, 'update-issue')[0];
    expect(up).toMatchObject({ number: stale.number, fingerprint: f.fingerprint });
    expect(up.op === 'update-issue' && up.labels).toEqual(['team-review', 'blindspot', `blindspot:${f.type}`, `severity:${f.severity}`]);
  });

  it('reopens only issues blindspot closed; a person closing as not planned is an accepted risk', () => {
    const [a, b, c] = result.findings;
    const botClosed = issueFor(a.fingerprint, { state: 'closed', stateReason: 'completed' });
    botClosed.marker = { ...botClosed.marker!, closedByBot: true };
    const humanNotPlanned = issueFor(b.fingerprint, { state: 'closed', stateReason: 'not_planned' });
    const humanCompleted = issueFor(c.fingerprint, { state: 'closed', stateReason: 'completed' });
    const p = plan({ ...emptyState(), issues: [botClosed, humanNotPlanned, humanCompleted] });
    expect(ops(p.operations, 'reopen-issue').map((o) => (o.op === 'reopen-issue' ? o.number : 0))).toEqual([botClosed.number]);
    expect(p.acceptedByHumans.map((x) => x.number)).toEqual([humanNotPlanned.number]);
    expect(p.held.some((h) => h.describe.includes(`#${humanCompleted.number}`))).toBe(true);
    expect(ops(p.operations, 'create-issue').some((o) => o.op === 'create-issue' && [a, b, c].some((f) => f.fingerprint === o.fingerprint))).toBe(false);
  });

  it('keeps the oldest of duplicate open issues and closes the rest as duplicates', () => {
    const f = result.findings[1];
    const oldest = issueFor(f.fingerprint);
    const newer = issueFor(f.fingerprint);
    const p = plan({ ...emptyState(), issues: [newer, oldest] });
    const closes = ops(p.operations, 'close-issue');
    expect(closes).toHaveLength(1);
    expect(closes[0]).toMatchObject({ number: newer.number, reason: 'duplicate', duplicateOf: oldest.number, duplicateOfId: oldest.id });
  });

  it('closes a resolved issue when its sources are fresh, and holds it when one is stale', () => {
    const fresh = issueFor(result.findings[0].fingerprint, { title: 'gone' });
    fresh.marker = { kind: 'finding', fp: 'a'.repeat(64), sources: ['k8s-prod'] };
    const stale = issueFor(result.findings[0].fingerprint, { title: 'unseen' });
    stale.marker = { kind: 'finding', fp: 'b'.repeat(64), sources: ['azure-tenant'] };
    const p = plan({ ...emptyState(), issues: [fresh, stale] });
    const closes = ops(p.operations, 'close-issue');
    expect(closes.map((o) => (o.op === 'close-issue' ? [o.number, o.reason] : []))).toEqual([[fresh.number, 'completed']]);
    expect(closes[0].op === 'close-issue' && parseMarker(closes[0].body)?.closedByBot).toBe(true);
    expect(p.held.find((h) => h.describe.includes(`#${stale.number}`))?.reason).toMatch(/azure-tenant is stale/);
    expect(p.counts.resolved).toBe(1);
  });

  it('trips the circuit breaker when too many issues would close at once', () => {
    const many = Array.from({ length: 8 }, (_, i) => {
      const fp = String(i).padStart(64, 'c');
      const issue = issueFor(result.findings[0].fingerprint, { title: `gone ${i}` });
      issue.marker = { kind: 'finding', fp, sources: [] };
      return issue;
    });
    const p = plan({ ...emptyState(), issues: many });
    expect(ops(p.operations, 'close-issue')).toHaveLength(0);
    expect(p.breaker).toMatch(/nothing was retired or closed/);
  });

  it('spends the budget on the most severe work, keeps one write for the dashboard, defers the rest', () => {
    const state = emptyState();
    for (const l of wantedLabels('blindspot', result.findings)) state.labels.set(l.name, { color: l.color, description: l.description });
    const p = plan(state, { maxWrites: 3 });
    const work = p.operations.filter((o) => o.op !== 'dashboard');
    expect(work.reduce((n, o) => n + o.writes, 0)).toBe(2);
    expect(work.every((o) => o.severity === 'critical')).toBe(true);
    expect(p.deferred).toHaveLength(result.findings.length - 2);
    expect(p.deferred[0].reason).toMatch(/max-writes 3/);
  });

  it('never lets labels block an issue: without budget for them, GitHub creates them with the issue', () => {
    const p = plan(emptyState(), { maxWrites: 2 });
    expect(p.operations.map((o) => o.op)).toEqual(['create-issue', 'dashboard']);
    const q = plan(emptyState(), { maxWrites: 3 });
    expect(q.operations.map((o) => o.op)).toEqual(['create-label', 'create-issue', 'dashboard']);
  });

  it('fixes the colour of a label GitHub created implicitly', () => {
    const state = emptyState();
    for (const l of wantedLabels('blindspot', result.findings)) state.labels.set(l.name, { color: l.color, description: l.description });
    state.labels.set('severity:critical', { color: 'ededed', description: '' });
    const p = plan(state);
    expect(ops(p.operations, 'update-label')).toMatchObject([{ name: 'severity:critical', color: 'b60205' }]);
  });
});

describe('planRun: proposals', () => {
  it('proposes a retirement, an owner assignment and adoptions on deterministic branches', () => {
    const p = plan(emptyState(), { mode: 'prs' });
    const branches = ops(p.operations, 'propose').map((o) => (o.op === 'propose' ? o.branch : ''));
    expect(branches).toContain('blindspot/retire/serviceaccount-reporting-bot');
    expect(branches).toContain('blindspot/owner/governance-service-accounts-ledger-writer');
    expect(branches.filter((b) => b.startsWith('blindspot/adopt/'))).toHaveLength(2);
    expect(p.operations.some((o) => o.op === 'dashboard' || o.op === 'create-issue')).toBe(false);
    // Same input, same plan.
    expect(plan(emptyState(), { mode: 'prs' }).operations).toEqual(p.operations);
  });

  it('groups proposals of one kind into one PR when the config asks', () => {
    config.github.groupProposals = true;
    try {
      const p = plan(emptyState(), { mode: 'prs' });
      const props = ops(p.operations, 'propose');
      expect(props.map((o) => (o.op === 'propose' ? o.branch : '')).sort()).toEqual(['blindspot/adopt/all', 'blindspot/owner/all', 'blindspot/retire/all']);
      const adopt = props.find((o) => o.op === 'propose' && o.kind === 'adopt');
      expect(adopt?.op === 'propose' && adopt.intents).toHaveLength(2);
      expect(adopt?.op === 'propose' && adopt.title).toBe('[blindspot] Adopt 2 records');
    } finally {
      config.github.groupProposals = false;
    }
  });

  it('costs no write for a proposal whose PR is up to date, and closes PRs that are moot', () => {
    const first = plan(emptyState(), { mode: 'prs' });
    const retire = ops(first.operations, 'propose').find((o) => o.op === 'propose' && o.kind === 'retire')!;
    if (retire.op !== 'propose') throw new Error('no retire');
    const state = emptyState();
    state.pulls = [
      { number: 7, title: retire.title, body: retire.body, state: 'open', merged: false, head: retire.branch, base: 'main', url: 'u7', marker: parseMarker(retire.body) },
      { number: 8, title: 'old', body: '', state: 'open', merged: false, head: 'blindspot/retire/model-gone', base: 'main', url: 'u8', marker: null },
    ];
    const p = plan(state, { mode: 'prs' });
    const again = ops(p.operations, 'propose').find((o) => o.op === 'propose' && o.branch === retire.branch)!;
    expect(again).toMatchObject({ existing: 7, writes: 0 });
    expect(ops(p.operations, 'close-proposal')).toMatchObject([{ number: 8, branch: 'blindspot/retire/model-gone' }]);
  });
});
