/**
 * A monitoring job run elsewhere (here: in-process, through the same JSON both ways that a
 * worker uses) gives the run a single thread gives, and a job that fails changes nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRepo } from '../../bench/generate/repo.js';
import { NOW_MS } from '../../bench/generate/world.js';
import { tempDir } from '../../test/helpers/tmp.js';
import { loadCodeowners } from '../codeowners/index.js';
import { loadSourcesAsync } from '../discover/load-sources.js';
import { loadRepo } from '../load/repo.js';
import { ownershipResolver } from '../pipeline.js';
import { FsTextSource } from '../util/reader.js';
import { reconcile } from './index.js';
import type { ReconcileInput } from './input.js';
import { monitoringJob, runMonitoringJob, type MonitoringJob, type Offload } from './monitoring-job.js';
import { monitoredPart, type MonitoringOutcome } from './rules/monitoring.js';
import { judgeSource } from './sources.js';

const ACME = join(import.meta.dirname, '../../examples/acme');
const ACME_NOW = Date.parse('2026-11-28T12:00:00Z');

async function inputFor(root: string, now: number): Promise<ReconcileInput> {
  const source = new FsTextSource(root);
  const repo = loadRepo(source);
  expect(repo.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  const loaded = await loadSourcesAsync(source, repo.files, repo.config, {});
  const codeowners = loadCodeowners(source);
  return { records: repo.records, snapshots: loaded.snapshots, config: repo.config, ownership: ownershipResolver(codeowners.file), codeownersFile: codeowners.path, now, failedSources: loaded.failed };
}

/** Runs the job on this thread, but only with what crosses to a worker: JSON there and back. */
function inProcess(input: ReconcileInput, seen: MonitoringJob[] = []): Offload {
  const held = input.records.map(monitoredPart);
  return {
    monitoring(job) {
      const sent = JSON.parse(JSON.stringify(job)) as MonitoringJob;
      seen.push(sent);
      return () => JSON.parse(JSON.stringify(runMonitoringJob(held, sent))) as MonitoringOutcome[];
    },
  };
}

function benchWorld(): string {
  const root = tempDir('monitoring-job-');
  generateRepo(root, 17, { records: 1_200, assets: 5_000, rules: 50, paths: 0 });
  return root;
}

describe('monitoring worked out elsewhere', () => {
  it.each([
    ['examples/acme', () => ACME, ACME_NOW],
    ['a generated world', benchWorld, NOW_MS],
  ])('gives the run one thread gives: %s', async (_name, root, now) => {
    const input = await inputFor(root(), now);
    const jobs: MonitoringJob[] = [];
    const here = reconcile(input);
    const there = reconcile({ ...input, offload: inProcess(input, jobs) });
    expect(jobs).toHaveLength(1);
    expect(JSON.stringify(there)).toBe(JSON.stringify(here));
    // The comparison means something: watched records, and unwatched ones that make findings.
    const outcomes = runMonitoringJob(input.records, jobs[0]);
    expect(outcomes.some((o) => o.ok.length > 0)).toBe(true);
    expect(here.findings.some((f) => f.type === 'unmonitored')).toBe(true);
  });

  it('carries the monitors and the sources, but not the sources’ assets', async () => {
    const input = await inputFor(benchWorld(), NOW_MS);
    const sources = input.snapshots.map((s) => judgeSource(s, input.config.policy, input.now));
    const job = monitoringJob(sources, input.config, input.now);
    const monitors = input.snapshots.flatMap((s) => s.assets.filter((a) => a.kind === 'Monitor'));
    expect(monitors.length).toBeGreaterThan(10);
    expect(job.monitors.map((m) => m.asset)).toEqual(monitors);
    expect(job.monitors.every((m) => job.sources[m.source].snapshot.covers.includes('Monitor'))).toBe(true);
    expect(job.sources).toHaveLength(input.snapshots.length);
    for (const s of job.sources) expect(Object.keys(s.snapshot)).not.toContain('assets');
    expect(JSON.parse(JSON.stringify(job))).toEqual(job);
  });

  it('is worked out here when the other side gives nothing, or not one outcome per record', async () => {
    const input = await inputFor(ACME, ACME_NOW);
    const here = JSON.stringify(reconcile(input));
    for (const answer of [null, [], [{ required: true, ok: [], problems: [] }]]) {
      const offload: Offload = { monitoring: () => () => answer };
      expect(JSON.stringify(reconcile({ ...input, offload }))).toBe(here);
    }
  });
});
