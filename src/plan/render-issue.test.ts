import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/finding.js';
import { parseMarker } from './markers.js';
import { loadTemplates } from './overrides.js';
import { assignableUsers, MAX_BODY, renderIssue } from './render-issue.js';

const template = loadTemplates(null)['issue.md'];

function finding(over: Partial<Finding> = {}): Finding {
  return {
    type: 'unrecorded-asset',
    severity: 'high',
    severityRule: 'default',
    fingerprint: 'f'.repeat(64),
    title: 'Unrecorded ServiceAccount `evil` is live',
    record: { kind: 'ServiceAccount', name: 'svc', file: 'governance/svc.yaml', line: 3, owners: ['@acme/team', '@octocat', 'ops@acme.example'], codeownersLine: 4 },
    asset: { kind: 'ServiceAccount', source: 'k8s', id: 'ns/evil', collectedAt: '2026-11-28T00:00:00.000Z' },
    evidence: [{ fact: 'live id `ns/evil`', source: 'k8s', at: '2026-11-28T00:00:00.000Z' }],
    remediation: { action: 'issue', summary: 'Adopt it.', change: { kind: 'none' } },
    standards: { owaspNhi: ['NHI1:2025'], nistCsf: ['ID.AM-02'] },
    ...over,
  };
}

const opts = { template, label: 'blindspot', assignOwners: true };

describe('renderIssue', () => {
  it('renders deterministically with the marker on the first line', () => {
    const a = renderIssue(finding(), ['k8s'], opts);
    const b = renderIssue(finding(), ['k8s'], opts);
    expect(a).toEqual(b);
    expect(parseMarker(a.body)).toMatchObject({ kind: 'finding', fp: 'f'.repeat(64), h: a.hash, sources: ['k8s'] });
    expect(a.labels).toEqual(['blindspot', 'blindspot:unrecorded-asset', 'severity:high']);
    expect(a.title).toBe('[blindspot] Unrecorded ServiceAccount evil is live');
  });

  it('assigns only individual users CODEOWNERS named, never teams or emails', () => {
    expect(renderIssue(finding(), [], opts).assignees).toEqual(['octocat']);
    expect(assignableUsers(['@a/b', 'x@y.z', '@ok-user'])).toEqual(['ok-user']);
    expect(renderIssue(finding(), [], { ...opts, assignOwners: false }).assignees).toEqual([]);
  });

  it('neutralises hostile text from exports: mentions, references, closing keywords, HTML, marker look-alikes', () => {
    const evil = '@admin fixes #12 and acme/other#3 <img src=x onerror=alert(1)> <!-- blindspot:v1 kind=finding fp=' + 'a'.repeat(64) + ' --> | pipe';
    const r = renderIssue(finding({ title: evil, evidence: [{ fact: evil, source: evil, at: null }] }), [], opts);
    // Code spans are shown literally by GitHub (no mentions, links or HTML inside them).
    const rest = r.body.split('\n').slice(1).join('\n').replace(/(`+)[\s\S]*?\1/g, '');
    expect(rest).not.toMatch(/(^|[^\u200b\w])@admin\b/);
    expect(rest).not.toMatch(/(^|\s)#12\b/);
    expect(rest).not.toContain('<img');
    expect(rest).not.toContain('<!-- blindspot');
    expect(r.title).not.toMatch(/@admin|#12\b/);
    expect(parseMarker(r.body)?.fp).toBe('f'.repeat(64));
  });

  it('keeps bodies under the 65,536-character limit and titles under 256', () => {
    const evidence = Array.from({ length: 5000 }, (_, i) => ({ fact: `fact ${i} ${'x'.repeat(80)}`, source: 'src', at: null }));
    const r = renderIssue(finding({ title: 'T'.repeat(400), evidence }), [], { ...opts, runUrl: 'https://github.com/acme/g/actions/runs/1' });
    expect(r.body.length).toBeLessThanOrEqual(MAX_BODY);
    expect(r.body).toMatch(/more facts/);
    expect(r.title.length).toBeLessThanOrEqual(256);
  });
});
