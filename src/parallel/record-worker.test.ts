/**
 * Records loaded in a worker thread are the records loaded on the main thread. The worker runs a
 * bundle (as in the shells, whose entry serves when `isRecordWorker()`), so this test bundles a
 * small entry from the sources with esbuild and compares its run with one on this thread.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { generateRepo } from '../../bench/generate/repo.js';
import { NOW_MS } from '../../bench/generate/world.js';
import { bundleForTest } from '../../test/helpers/bundle.js';
import { tempDir, writeTree } from '../../test/helpers/tmp.js';
import type { GovernanceRecord } from '../model/record.js';
import { runPipelineAsync, type PipelineRun } from '../pipeline.js';
import { FsTextSource } from '../util/reader.js';
import { useRecordWorker } from './record-worker.js';

const ROOT = resolve(import.meta.dirname, '../..');
const NOW = '2026-11-28T12:00:00Z';

/** A run as comparable text: records with key order, explicit `undefined`s and field locations. */
function runText(run: PipelineRun): string {
  const exact = (r: GovernanceRecord) => ({ ...r, fields: { ...r.fields } });
  return JSON.stringify({ records: run.repo.records.map(exact), diagnostics: run.repo.diagnostics, result: run.result }, (_k, v: unknown) => (v === undefined ? '<undefined>' : v));
}

// The worker writes to fd 2 synchronously (its process.stderr goes through the main thread, which
// may end it first). A listener that runs before the worker's own one says when the answer to a
// monitoring request is posted: it wraps the reply port's postMessage, so the line is written
// before the main thread can take the answer and end the worker. BLINDSPOT_TEST_WORKER_EXITS makes
// the worker exit when asked instead; BLINDSPOT_TEST_WORKER_EXITS_AFTER_SENT, as soon as its last
// records are posted (before its names and references check).
const ENTRY = `
import { writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { isRecordWorker, serveRecordWorker, useRecordWorker } from './src/parallel/record-worker.js';
import { runPipelineAsync } from './src/pipeline.js';
import { FsTextSource } from './src/util/reader.js';
if (isRecordWorker()) {
  writeSync(2, 'served by a worker\\n');
  if (process.env.BLINDSPOT_TEST_WORKER_EXITS_AFTER_SENT) {
    const send = parentPort.postMessage.bind(parentPort);
    parentPort.postMessage = (m, transfer) => {
      send(m, transfer);
      if (m?.type === 'sent') process.exit(0);
    };
  }
  parentPort.on('message', (m) => {
    if (m?.type !== 'monitoring') return;
    if (process.env.BLINDSPOT_TEST_WORKER_EXITS) process.exit(0);
    const post = m.reply.postMessage.bind(m.reply);
    m.reply.postMessage = (value) => {
      writeSync(2, 'monitoring answered\\n');
      post(value);
    };
  });
  serveRecordWorker();
} else {
  useRecordWorker(new URL(import.meta.url), 0);
  const run = await runPipelineAsync(new FsTextSource(process.argv[2]), { now: Date.parse(process.argv[3]), env: {} });
  const exact = (r) => ({ ...r, fields: { ...r.fields } });
  process.stdout.write(JSON.stringify({ records: run.repo.records.map(exact), diagnostics: run.repo.diagnostics, result: run.result }, (_k, v) => (v === undefined ? '<undefined>' : v)));
}
`;

async function bundled(): Promise<string> {
  const entry = { stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'entry.ts', loader: 'ts' as const } };
  return bundleForTest(entry, join(tempDir('blindspot-worker-'), 'entry.mjs'));
}

/** A generated world (the bench's) with monitors, watched records and unwatched ones. */
function benchWorld(): string {
  const root = tempDir('blindspot-worker-world-');
  generateRepo(root, 23, { records: 1_500, assets: 6_000, rules: 50, paths: 0 });
  return root;
}

/** A repository whose records cannot all load: a duplicate, a bad date, a dangling reference, an identifier claimed twice. */
function brokenRepo(): string {
  const doc = (name: string, extra = '') => `apiVersion: blindspot.dev/v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\nspec:\n  lifecycle: active\n  identifiers: [${name}@x.iam.gserviceaccount.com]\n${extra}`;
  return writeTree({
    'governance/a.yaml': `${doc('sa1')}---\n${doc('sa2', '  retiredAt: someday\n')}`,
    // sa3 lists sa2's identifier.
    'governance/c.yaml': doc('sa2').replace('name: sa2', 'name: sa3'),
    'governance/b.yaml': `${doc('sa1')}---\napiVersion: blindspot.dev/v1\nkind: Credential\nmetadata:\n  name: k1\nspec:\n  lifecycle: active\n  belongsTo: { kind: ServiceAccount, name: nobody }\n  identifiers: [AKIA0000000000000009]\n`,
  });
}

afterEach(() => useRecordWorker(null));

describe('records loaded in a worker', () => {
  it('are the records, diagnostics and result of a main-thread run, monitoring worked out by the worker', async () => {
    const entry = await bundled();
    const runs: PipelineRun[] = [];
    const repos = [
      { root: join(ROOT, 'examples/acme'), now: NOW, stderr: 'served by a worker\nmonitoring answered\n' },
      { root: benchWorld(), now: new Date(NOW_MS).toISOString(), stderr: 'served by a worker\nmonitoring answered\n' },
      // Broken records stop the run before reconciling: nothing to ask.
      { root: brokenRepo(), now: NOW, stderr: 'served by a worker\n' },
    ];
    for (const repo of repos) {
      const child = spawnSync(process.execPath, [entry, repo.root, repo.now], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(child.status).toBe(0);
      expect(child.stderr).toBe(repo.stderr);
      const here = await runPipelineAsync(new FsTextSource(repo.root), { now: Date.parse(repo.now), env: {} });
      expect(child.stdout).toBe(runText(here));
      runs.push(here);
    }
    expect(runs[0].result?.findings.length).toBeGreaterThan(0);
    expect(runs[1].result?.findings.filter((f) => f.type === 'unmonitored').length).toBeGreaterThan(0);
    expect(runs[1].result?.attestations.filter((a) => a.monitoring !== null).length).toBeGreaterThan(100);
    expect(runs[2].result).toBeNull();
    expect(runs[2].blocking.map((d) => d.code)).toEqual(expect.arrayContaining(['manifest/duplicate-record', 'manifest/invalid-date', 'manifest/dangling-reference', 'manifest/identifier-claimed-twice']));
  });

  it('check names and references on the main thread when the worker ends after sending its records', async () => {
    const entry = await bundled();
    const root = brokenRepo();
    const child = spawnSync(process.execPath, [entry, root, NOW], { encoding: 'utf8', env: { ...process.env, BLINDSPOT_TEST_WORKER_EXITS_AFTER_SENT: '1' }, timeout: 60_000 });
    expect(child.status).toBe(0);
    expect(child.stderr).toBe('served by a worker\n');
    const here = await runPipelineAsync(new FsTextSource(root), { now: Date.parse(NOW), env: {} });
    expect(child.stdout).toBe(runText(here));
    expect(here.blocking.map((d) => d.code)).toEqual(expect.arrayContaining(['manifest/duplicate-record', 'manifest/dangling-reference', 'manifest/identifier-claimed-twice']));
  });

  it('leave the monitoring to the main thread when the worker ends instead of answering', async () => {
    const entry = await bundled();
    const root = benchWorld();
    const child = spawnSync(process.execPath, [entry, root, new Date(NOW_MS).toISOString()], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, BLINDSPOT_TEST_WORKER_EXITS: '1' },
      // Far below the five minutes the main thread would wait for a worker that hangs.
      timeout: 60_000,
    });
    expect(child.status).toBe(0);
    expect(child.stderr).toBe('served by a worker\n');
    const here = await runPipelineAsync(new FsTextSource(root), { now: NOW_MS, env: {} });
    expect(child.stdout).toBe(runText(here));
  });

  it('fall back to the main thread when the worker does not answer', async () => {
    const silent = join(tempDir('blindspot-worker-'), 'silent.mjs');
    writeFileSync(silent, '// exits without serving\n');
    const repo = join(ROOT, 'examples/acme');
    const plain = await runPipelineAsync(new FsTextSource(repo), { now: Date.parse(NOW), env: {} });
    useRecordWorker(pathToFileURL(silent), 0);
    const fallen = await runPipelineAsync(new FsTextSource(repo), { now: Date.parse(NOW), env: {} });
    expect(runText(fallen)).toBe(runText(plain));
    expect(plain.result?.findings.length).toBeGreaterThan(0);
  });
});
