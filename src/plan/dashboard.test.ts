import { describe, expect, it } from 'vitest';
import { acmeRun } from '../../test/helpers/acme.js';
import { nextTrend, readNotes, readTrend, renderDashboard, type DashboardData } from './dashboard.js';
import { parseMarker } from './markers.js';
import { loadTemplates } from './overrides.js';

const template = loadTemplates(null)['dashboard.md'];
const result = acmeRun().result!;

function data(over: Partial<DashboardData> = {}): DashboardData {
  return { result, proposals: [], deferred: [], held: [], acceptedByHumans: [], failures: [], ...over };
}

describe('renderDashboard', () => {
  it('is found by its marker, and an unchanged world renders the same hash whatever the run', () => {
    const a = renderDashboard(data(), null, template, 'https://github.com/acme/g/actions/runs/1');
    const b = renderDashboard(data(), a.body, template, 'https://github.com/acme/g/actions/runs/2');
    expect(parseMarker(a.body)).toEqual({ kind: 'dashboard', h: a.hash });
    expect(b.hash).toBe(a.hash);
    expect(b.body).toContain('actions/runs/2');
  });

  it('keeps the notes between its markers and the trend history in its hidden data', () => {
    const first = renderDashboard(data(), null, template);
    const edited = first.body.replace('<!-- blindspot:notes -->\n', '<!-- blindspot:notes -->\nKeep me.\n');
    expect(readNotes(edited)).toBe('Keep me.');
    const again = renderDashboard(data(), edited, template);
    expect(again.body).toContain('Keep me.');
    expect(readTrend(again.body)).toEqual(readTrend(first.body));
  });

  it('adds a trend point only when the counts change, and draws a Mermaid chart from two points on', () => {
    const one = nextTrend([], result);
    expect(nextTrend(one, result)).toBe(one);
    const fewer = { ...result, now: '2026-12-05T00:00:00.000Z', findings: result.findings.slice(3) };
    const two = nextTrend(one, fewer);
    expect(two.map((p) => p.total)).toEqual([result.findings.length, result.findings.length - 3]);
    const body = renderDashboard(data({ result: fewer }), renderDashboard(data(), null, template).body, template).body;
    expect(body).toMatch(/```mermaid\nxychart-beta[\s\S]*line \[\d+, \d+\]/);
  });

  it('stays under GitHub’s body limit with thousands of deferred items', () => {
    const deferred = Array.from({ length: 5000 }, (_, i) => ({ describe: `open issue ${i}: ${'x'.repeat(100)}`, severity: 'low' as const, reason: 'write budget (max-writes 50) spent' }));
    const r = renderDashboard(data({ deferred }), null, template);
    expect(r.body.length).toBeLessThanOrEqual(65_536);
    expect(r.body).toMatch(/…and \d+ more: see the run's JSON report/);
    expect(r.body).toMatch(/<!-- blindspot:data /);
  });
});
