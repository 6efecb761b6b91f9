/**
 * The workflow templates and this repository's own workflows: valid against GitHub's workflow
 * schema (action-validator), and hardened (pinned actions, no expressions in scripts, least
 * privilege, timeouts, a non-cancelling concurrency group for reconciles).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const VALIDATOR = join(ROOT, 'node_modules/.bin/action-validator');
const PLACEHOLDER = '<owner>/blindspot@<sha>';

const TEMPLATE_WORKFLOWS = readdirSync(join(ROOT, 'templates/workflows')).map((f) => `templates/workflows/${f}`);
const REPO_WORKFLOWS = readdirSync(join(ROOT, '.github/workflows')).map((f) => `.github/workflows/${f}`);
const ALL = [...TEMPLATE_WORKFLOWS, ...REPO_WORKFLOWS];

type Json = Record<string, unknown>;

function load(path: string): { doc: Document; value: Json; text: string } {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const doc = parseDocument(text);
  expect(doc.errors, path).toEqual([]);
  return { doc, value: doc.toJS() as Json, text };
}

function jobsOf(value: Json): Array<[string, Json]> {
  return Object.entries(value.jobs as Record<string, Json>);
}

function stepsOf(job: Json): Json[] {
  return (job.steps as Json[] | undefined) ?? [];
}

/** Every `uses:` value in the file: step actions and reusable-workflow jobs. */
function usesOf(value: Json): string[] {
  return jobsOf(value).flatMap(([, job]) => [...(typeof job.uses === 'string' ? [job.uses] : []), ...stepsOf(job).flatMap((s) => (typeof s.uses === 'string' ? [s.uses] : []))]);
}

/** Every `run:` script, found anywhere in the document (steps, defaults, composite parts). */
function runScripts(doc: Document): string[] {
  const out: string[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'run' && isScalar(pair.value)) out.push(String(pair.value.value));
    },
  });
  return out;
}

describe('workflow files exist', () => {
  it('has both templates and both repository workflows', () => {
    expect(TEMPLATE_WORKFLOWS.sort()).toEqual(['templates/workflows/blindspot.yml', 'templates/workflows/discovery-matrix.yml']);
    expect(REPO_WORKFLOWS.sort()).toEqual(['.github/workflows/blindspot.yml', '.github/workflows/ci.yml']);
  });
});

describe.each(ALL)('%s', (path) => {
  it('passes action-validator (GitHub’s workflow schema)', () => {
    const r = spawnSync(VALIDATOR, [path], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout + r.stderr, path).toBe('');
    expect(r.status).toBe(0);
  });

  it('pins every remote action to a full commit SHA with the version in a comment', () => {
    const { value, text } = load(path);
    const uses = usesOf(value);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) {
      if (u.startsWith('./')) continue; // this repository's own action or workflow
      if (u === PLACEHOLDER) {
        // Only templates may carry the placeholder, and they must explain it.
        expect(path.startsWith('templates/'), `${path}: ${u}`).toBe(true);
        expect(text).toMatch(/Replace `<owner>\/blindspot@<sha>`/);
        continue;
      }
      expect(u, path).toMatch(/^[A-Za-z0-9-]+\/[A-Za-z0-9._/-]+@[0-9a-f]{40}$/);
      const line = text.split('\n').find((l) => l.includes(u))!;
      expect(line, `${path}: ${u}`).toMatch(/ # v\d+(\.\d+)*\b/);
    }
  });

  it('never puts an expression inside a run: script', () => {
    const { doc } = load(path);
    for (const script of runScripts(doc)) expect(script, path).not.toContain('${{');
  });

  it('denies all permissions at the top and grants them per job', () => {
    const { value } = load(path);
    expect(value.permissions, path).toEqual({});
    for (const [name, job] of jobsOf(value)) {
      expect(job.permissions, `${path}: job ${name}`).toBeTypeOf('object');
      expect(job.permissions, `${path}: job ${name}`).not.toBe('write-all');
    }
  });

  it('grants security-events: write only to the job that uploads SARIF', () => {
    const { value } = load(path);
    for (const [name, job] of jobsOf(value)) {
      const perms = job.permissions as Record<string, string>;
      const uploads = stepsOf(job).some((s) => typeof s.uses === 'string' && s.uses.startsWith('github/codeql-action/upload-sarif@'));
      expect(perms['security-events'] === 'write', `${path}: job ${name}`).toBe(uploads);
    }
  });

  it('sets timeout-minutes on every job', () => {
    const { value } = load(path);
    for (const [name, job] of jobsOf(value)) {
      expect(typeof job.uses === 'string' || typeof job['timeout-minutes'] === 'number', `${path}: job ${name}`).toBe(true);
    }
  });

  it('passes the blindspot action only inputs that action.yml declares', () => {
    const { value } = load(path);
    const declared = Object.keys((parseDocument(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toJS() as { inputs: Json }).inputs);
    for (const [, job] of jobsOf(value)) {
      for (const step of stepsOf(job)) {
        if (step.uses !== PLACEHOLDER && step.uses !== './') continue;
        for (const key of Object.keys((step.with as Json | undefined) ?? {})) expect(declared, `${path}: with.${key}`).toContain(key);
      }
    }
  });

  it('uses no trigger that hands a write token to untrusted code', () => {
    const { value } = load(path);
    const on = value.on as Json;
    expect(Object.keys(on), path).not.toContain('pull_request_target');
    expect(Object.keys(on), path).not.toContain('workflow_run');
  });
});

describe('reconciling workflows', () => {
  const reconciling = ALL.filter((p) => !p.endsWith('ci.yml'));

  it.each(reconciling)('%s: scheduled off the hour, with a manual fallback and a concurrency group that never cancels', (path) => {
    const { value } = load(path);
    const on = value.on as Json;
    const crons = (on.schedule as Array<{ cron: string }>).map((s) => s.cron);
    expect(crons.length).toBeGreaterThan(0);
    for (const cron of crons) {
      const [minute] = cron.split(/\s+/);
      expect(minute, `${path}: ${cron}`).toMatch(/^\d+$/);
      expect(Number(minute), `${path}: ${cron}`).not.toBe(0);
    }
    expect(on).toHaveProperty('workflow_dispatch');
    const concurrency = value.concurrency as Json;
    expect(concurrency.group).toContain('github.workflow');
    expect(concurrency['cancel-in-progress']).toBe(false);
  });

  it('the scheduled template offers dry-run and mode on manual runs, and passes them through with: only', () => {
    const { value } = load('templates/workflows/blindspot.yml');
    const inputs = ((value.on as Json).workflow_dispatch as Json).inputs as Record<string, Json>;
    expect(inputs['dry-run']).toMatchObject({ type: 'boolean', default: false });
    expect(inputs.mode).toMatchObject({ type: 'choice', options: ['all', 'report', 'issues', 'prs'] });
    const reconcile = (value.jobs as Record<string, Json>).reconcile;
    expect(reconcile.permissions).toEqual({ contents: 'write', issues: 'write', 'pull-requests': 'write' });
    const step = stepsOf(reconcile).find((s) => s.uses === PLACEHOLDER)!;
    expect(step.with).toMatchObject({ 'github-token': '${{ github.token }}', mode: "${{ inputs.mode || 'all' }}", 'dry-run': '${{ inputs.dry-run || false }}' });
    // The action pushes proposal branches through the checkout's credentials.
    const checkout = stepsOf(reconcile).find((s) => String(s.uses).startsWith('actions/checkout@'))!;
    expect((checkout.with as Json)['persist-credentials']).toBe(true);
  });

  it('the SARIF upload is optional: gated by an if: on the job that holds security-events', () => {
    for (const path of ['templates/workflows/blindspot.yml', '.github/workflows/blindspot.yml']) {
      const { value } = load(path);
      const [, job] = jobsOf(value).find(([, j]) => (j.permissions as Json)['security-events'] === 'write')!;
      expect(String(job.if), path).toContain('vars.BLINDSPOT_SARIF');
    }
  });
});

describe('the discovery matrix template', () => {
  const { value, doc } = load('templates/workflows/discovery-matrix.yml');
  const jobs = value.jobs as Record<string, Json>;

  it('builds the matrix from the setup job with fromJSON, never failing fast', () => {
    const strategy = jobs.discover.strategy as Json;
    expect(strategy.matrix).toEqual({ target: '${{ fromJSON(needs.setup.outputs.targets) }}' });
    expect(strategy['fail-fast']).toBe(false);
    expect(strategy['max-parallel']).toBeTypeOf('number');
    expect(jobs.discover.needs).toBe('setup');
  });

  it('assumes cloud credentials with OIDC: id-token only in the discovery job, no secrets for the clouds', () => {
    expect(jobs.discover.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    for (const [name, job] of Object.entries(jobs)) if (name !== 'discover') expect((job.permissions as Json)['id-token'], name).toBeUndefined();
    const actions = stepsOf(jobs.discover).map((s) => String(s.uses ?? '').split('@')[0]);
    expect(actions).toEqual(expect.arrayContaining(['aws-actions/configure-aws-credentials', 'google-github-actions/auth', 'azure/login', 'actions/upload-artifact']));
    const aws = stepsOf(jobs.discover).find((s) => String(s.uses).startsWith('aws-actions/'))!;
    expect(aws.with).toHaveProperty('role-to-assume');
    const gcp = stepsOf(jobs.discover).find((s) => String(s.uses).startsWith('google-github-actions/'))!;
    expect(gcp.with).toHaveProperty('workload_identity_provider');
    const azure = stepsOf(jobs.discover).find((s) => String(s.uses).startsWith('azure/'))!;
    expect(azure.with).toHaveProperty('client-id');
    expect(azure.with).not.toHaveProperty('creds');
    expect(JSON.stringify(jobs.discover)).not.toMatch(/secrets\./);
  });

  it('passes matrix values to scripts through env: and keeps artifacts briefly', () => {
    let envMatrix = 0;
    visit(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && pair.key.value === 'env' && isMap(pair.value)) {
          for (const item of pair.value.items) if (isScalar(item.value) && String(item.value.value).includes('matrix.target')) envMatrix++;
        }
      },
    });
    expect(envMatrix).toBeGreaterThan(0);
    const upload = stepsOf(jobs.discover).find((s) => String(s.uses).startsWith('actions/upload-artifact@'))!;
    expect((upload.with as Json)['retention-days']).toBeTypeOf('number');
    expect((upload.with as Json).name).toContain('matrix.target.id');
  });

  it('reconciles once over every downloaded snapshot, even when some targets failed', () => {
    const reconcile = jobs.reconcile;
    expect(reconcile.needs).toEqual(['setup', 'discover']);
    expect(String(reconcile.if)).toContain('!cancelled()');
    const download = stepsOf(reconcile).find((s) => String(s.uses).startsWith('actions/download-artifact@'))!;
    expect(download.with).toMatchObject({ pattern: 'blindspot-snapshot-*', 'merge-multiple': true });
    const action = stepsOf(reconcile).find((s) => s.uses === PLACEHOLDER)!;
    expect(String((action.with as Json).snapshots)).toContain('snapshots/');
  });

  it('every matrix field the jobs read is shown in the example targets file, for a provider that uses it', () => {
    const targets = (JSON.parse(readFileSync(join(ROOT, 'templates/config/blindspot-targets.json'), 'utf8')) as { targets: Json[] }).targets;
    const text = readFileSync(join(ROOT, 'templates/workflows/discovery-matrix.yml'), 'utf8');
    const fields = new Set([...text.matchAll(/matrix\.target\.([A-Za-z]+)/g)].map((m) => m[1]));
    for (const f of fields) expect(targets.some((t) => f in t), f).toBe(true);
    expect(new Set(targets.map((t) => t.provider))).toEqual(new Set(['aws', 'eks', 'gcp', 'azure']));
    for (const t of targets) expect(String(t.id)).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/);
  });
});
