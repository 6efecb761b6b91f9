import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };
import { compileSchema } from '../../src/util/ajv.js';
import { validateSarif } from '../fixtures/report/sarif-tools.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const NOW = '2026-11-28T12:00:00Z';
const base = ['reconcile', '--repo', 'examples/acme', '--now', NOW];

interface JsonFinding {
  type: string;
  severity: string;
  record?: { kind: string; name: string };
  asset?: { id: string; source: string };
  evidence: Array<{ fact: string; source: string }>;
}

const run = runCli([...base, '--format', 'json']);
const report = JSON.parse(run.stdout) as { findings: JsonFinding[]; sources: Array<{ source: { name: string }; status: string }> };
const on = (kind: string, name: string) => report.findings.filter((f) => f.record?.kind === kind && f.record.name === name).map((f) => f.type).sort();
const facts = (kind: string, name: string, type: string) => report.findings.find((f) => f.record?.kind === kind && f.record.name === name && f.type === type)!.evidence.map((e) => `${e.fact} [${e.source}]`).join('\n');

describe('blindspot reconcile on examples/acme: the seed stories', () => {
  it('exits 0 without --fail-on, and the JSON validates against schema/report.schema.json', () => {
    expect(run.code).toBe(0);
    const validate = compileSchema(reportSchema as Record<string, unknown>);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('S1: a retired model still served by its SageMaker endpoint, with invocations after retiredAt', () => {
    expect(on('ModelEndpoint', 'fraud-scorer-v1-prod')).toEqual(['retired-but-active']);
    expect(on('Model', 'fraud-scorer-v1')).toEqual(['retired-but-active']);
    expect(facts('ModelEndpoint', 'fraud-scorer-v1-prod', 'retired-but-active')).toMatch(/invocations between 2026-11-21 and 2026-11-27.*\[sagemaker-traffic\]/);
  });

  it('S2: an offboarded key still used by CI and committed in a workflow file', () => {
    expect(on('Credential', 'payments-ci-key-2025')).toEqual(['retired-but-active', 'secret-in-code']);
    const used = facts('Credential', 'payments-ci-key-2025', 'retired-but-active');
    expect(used).toMatch(/still used by CI: secret `PAYMENTS_AWS_KEY_2025` in job `backfill-settlements`/);
    expect(used).toMatch(/last used 2026-11-26/);
    expect(facts('Credential', 'payments-ci-key-2025', 'secret-in-code')).toMatch(/\.github\/workflows\/nightly-reconcile\.yml:31/);
  });

  it('S3: a documented service account nobody owns, with role bindings beyond its approval', () => {
    expect(on('ServiceAccount', 'ledger-writer')).toEqual(['ownerless', 'permission-drift', 'unmonitored']);
    expect(facts('ServiceAccount', 'ledger-writer', 'permission-drift')).toMatch(/ClusterRole\/cluster-admin/);
  });

  it('S4: an agent whose live MCP config still runs the old toolset with broader data access', () => {
    expect(on('Agent', 'support-copilot')).toEqual(['toolset-drift']);
    const drift = facts('Agent', 'support-copilot', 'toolset-drift');
    expect(drift).toMatch(/live MCP server `crm-admin` is not approved/);
    expect(drift).toMatch(/live tool `delete_customer` is not approved/);
    expect(drift).toMatch(/live data source `postgres:\/\/crm\.acme\.internal:5432\/customers` is not approved/);
    expect(run.stdout).not.toContain('Sup3rS3cret');
  });

  it('S5: a closed credential still active in the IAM credential report, with recent use', () => {
    expect(on('Credential', 'analytics-etl-key')).toEqual(['retired-but-active']);
    expect(facts('Credential', 'analytics-etl-key', 'retired-but-active')).toMatch(/last used 2026-11-27 02:00 UTC \[aws-prod-iam\]/);
  });

  it('also: an unrecorded asset, a missing asset, a stale credential', () => {
    expect(report.findings.filter((f) => f.type === 'unrecorded-asset').map((f) => f.asset!.id).sort()).toEqual(['AKIA4ACMELEGACYBATCH', 'arn:aws:iam::123456789012:user/legacy-batch']);
    expect(on('ServiceAccount', 'reporting-bot')).toEqual(['missing-asset', 'unmonitored']);
    expect(on('Credential', 'reporting-gcp-key')).toEqual(['rotation-overdue', 'stale-credential']);
  });

  it('the stale Azure export makes its records unverifiable, never missing', () => {
    expect(report.sources.find((s) => s.source.name === 'azure-tenant')?.status).toBe('stale');
    expect(on('ServiceAccount', 'invoice-sync')).toEqual(['unverifiable']);
    expect(on('ServiceAccount', 'expense-bot')).toEqual(['unverifiable']);
  });

  it('the healthy controls produce no finding', () => {
    for (const [kind, name] of [
      ['Model', 'churn-predictor'],
      ['ModelEndpoint', 'churn-predictor-prod'],
      ['ServiceAccount', 'billing-exporter'],
      ['ServiceAccount', 'ci-deployer'],
      ['ServiceAccount', 'analytics-etl'],
      ['ServiceAccount', 'reporting-exporter'],
      ['ServiceAccount', 'payments-ci'],
      ['Credential', 'ci-deployer-key'],
      ['Credential', 'payments-ci-key-2026'],
      ['Agent', 'docs-helper'],
    ]) {
      expect(on(kind, name), `${kind}/${name}`).toEqual([]);
    }
  });
});

describe('blindspot reconcile: output contracts', () => {
  it('is deterministic: two runs give byte-identical output in every format', () => {
    for (const format of ['json', 'sarif', 'markdown', 'text']) {
      const a = runCli([...base, '--format', format]);
      const b = runCli([...base, '--format', format]);
      expect(a.code).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(1000);
      expect(b.stdout, format).toBe(a.stdout);
    }
  });

  it('writes SARIF that passes the SARIF Multitool with zero errors', () => {
    const dir = tempDir();
    const sarif = join(dir, 'acme.sarif');
    expect(runCli([...base, '--format', 'sarif', '--out', sarif]).code).toBe(0);
    const log = validateSarif([sarif], dir);
    expect(log.executionSuccessful).toBe(true);
    expect(log.issues.filter((i) => i.level === 'error')).toEqual([]);
    const parsed = JSON.parse(readFileSync(sarif, 'utf8'));
    expect(parsed.runs[0].results.length).toBe(report.findings.length);
  });

  it('exit codes: 1 for findings at or above --fail-on, 0 below, 2 for usage errors', () => {
    expect(runCli([...base, '--fail-on', 'critical']).code).toBe(1);
    expect(runCli([...base, '--fail-on', 'none']).code).toBe(0);
    const bad = runCli([...base, '--now', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--now: "yesterday" is not an ISO-8601 time/);
    expect(runCli(['reconcile', '--format', 'xml']).code).toBe(2);
  });

  it('exits 2 naming the errors when the governance repo is invalid', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.yaml'), '');
    const r = runCli(['reconcile', '--repo', dir, '--config', 'missing.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.yml:1:1: error: config file not found/);
  });

  it('reads extra --snapshot files, and a failed source is reported, never dropped', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.json'), '{"AccessKeyMetadata": [');
    const r = runCli([...base, '--format', 'json', '--snapshot', join(dir, 'broken.json')]);
    const out = JSON.parse(r.stdout);
    const failed = out.sources.find((s: { status: string }) => s.status === 'failed');
    expect(failed.detail).toMatch(/broken\.json:1:\d+: invalid JSON/);
  });

  it('expands a quoted --snapshot glob from the current directory, and --out writes the report whole', () => {
    const dir = tempDir();
    const header = { blindspot: 'snapshot/v1', source: { type: 'inventory', name: 'extra' }, collectedAt: '2026-11-28T06:00:00Z', complete: false, covers: ['ServiceAccount'] };
    const asset = (id: string) => ({ kind: 'ServiceAccount', id, identifiers: [id], active: true });
    for (const name of ['one', 'two']) writeFileSync(join(dir, `${name}.jsonl`), `${JSON.stringify(header)}\n${JSON.stringify(asset(`glob-${name}@x.iam.gserviceaccount.com`))}\n`);
    const out = join(dir, 'report.json');
    const r = runCli(['reconcile', '--repo', join(ROOT, 'examples/acme'), '--now', NOW, '--format', 'json', '--snapshot', '*.jsonl', '--out', out], { cwd: dir });
    expect(r.stderr).toBe('');
    const written = JSON.parse(readFileSync(out, 'utf8')) as { findings: JsonFinding[] };
    const unrecorded = written.findings.filter((f) => f.type === 'unrecorded-asset' && f.asset?.id.startsWith('glob-')).map((f) => f.asset!.id).sort();
    expect(unrecorded).toEqual(['glob-one@x.iam.gserviceaccount.com', 'glob-two@x.iam.gserviceaccount.com']);
  });
});
