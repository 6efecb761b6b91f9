import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import snapshotSchema from '../../schema/snapshot.schema.json' with { type: 'json' };
import { compileSchema } from '../../src/util/ajv.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const validate = compileSchema(snapshotSchema as Record<string, unknown>);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const EXPORTS = files(join(ROOT, 'examples/acme/discovery')).map((p) => relative(ROOT, p)).sort();

describe('blindspot snapshot convert', () => {
  it('converts every unmodified export in examples/acme, auto-detected, into a schema-valid snapshot', () => {
    expect(EXPORTS.length).toBeGreaterThanOrEqual(18);
    for (const file of EXPORTS) {
      // tools/list results carry no server name: the one option the format needs.
      const server = file.endsWith('.tools.json') ? ['--server', 'crm-admin'] : [];
      const r = runCli(['snapshot', 'convert', file, '--collected-at', '2026-11-28T00:00:00Z', ...server]);
      expect(r.code, `${file}: ${r.stderr}`).toBe(0);
      const snap = JSON.parse(r.stdout);
      expect(validate(snap), `${file}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
      // A workflow that uses no secret is a valid, empty snapshot (this one hard-codes its key).
      if (!file.endsWith('nightly-reconcile.yml')) expect(snap.assets.length, file).toBeGreaterThan(0);
      for (const a of snap.assets) expect(a.identifiers.length, `${file} ${a.id}`).toBeGreaterThan(0);
    }
  });

  it('never lets a secret value from a scanner report or an MCP config reach the output', () => {
    const secrets = ['xoxb-1234567890-0987654321-Zq9XpL3mTa7Wd2Rk8Nf4Hs6Y', 'kbtok_live_7Hq2Vn9Lx4Rt8Wz1', 'tkt_live_Jm5Pq8Ws3Xe6Ry9U', 'Sup3rS3cret!', 'crm_live_Qa1Ws2Ed3Rf4Tg5Y'];
    for (const file of ['examples/acme/discovery/scanners/gitleaks.json', 'examples/acme/discovery/agents/support-copilot.mcp.json']) {
      for (const env of [{}, { BLINDSPOT_HMAC_KEY: 'test-key' }] as Array<Record<string, string>>) {
        const r = runCli(['snapshot', 'convert', file], { env });
        expect(r.code).toBe(0);
        for (const s of secrets) expect(r.stdout, `${file} leaks ${s}`).not.toContain(s);
      }
    }
    // With a key, the leaked Slack token is kept only as a keyed fingerprint.
    expect(runCli(['snapshot', 'convert', 'examples/acme/discovery/scanners/gitleaks.json'], { env: { BLINDSPOT_HMAC_KEY: 'k' } }).stdout).toMatch(/hmac-sha256:[0-9a-f]{64}/);
  });

  it('keeps public identifiers: AWS key ids and environment variable names', () => {
    const leaks = JSON.parse(runCli(['snapshot', 'convert', 'examples/acme/discovery/scanners/gitleaks.json']).stdout);
    expect(leaks.assets[0].identifiers).toContain('AKIA4ACMEPAYMENTS025');
    const mcp = JSON.parse(runCli(['snapshot', 'convert', 'examples/acme/discovery/agents/support-copilot.mcp.json']).stdout);
    expect(mcp.assets[0].attributes.credentialEnv).toEqual(['CRM_ADMIN_TOKEN', 'KB_READ_TOKEN']);
  });

  it('fails with exit 2 naming the file and line on truncated, malformed or unknown input', () => {
    const dir = tempDir();
    const cases: Array<[string, string, RegExp]> = [
      ['truncated.json', '{"AccessKeyMetadata": [{"UserName": "a", "AccessKeyId": "AKIA', /truncated\.json:1:\d+: invalid JSON/],
      ['report.csv', 'user,arn,user_creation_time,password_enabled\nbob,arn:aws:iam::1:user/bob\n', /report\.csv:\d+:/],
      ['unknown.json', '{"hello": "world"}', /unknown\.json:1: unknown export format/],
      ['binary.bin', '\u0000\u0001\u0002', /binary\.bin: binary file/],
    ];
    for (const [name, text, message] of cases) {
      writeFileSync(join(dir, name), text);
      const r = runCli(['snapshot', 'convert', join(dir, name)]);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(message);
      expect(r.stdout, name).toBe('');
      expect(r.stderr, name).not.toMatch(/\n\s+at /);
    }
  });

  it('--format forces an adapter; an unknown name is an error', () => {
    const r = runCli(['snapshot', 'convert', '--format', 'gitleaks', 'examples/acme/discovery/scanners/gitleaks.json']);
    expect(JSON.parse(r.stdout).source.type).toBe('gitleaks');
    const bad = runCli(['snapshot', 'convert', '--format', 'nope', 'examples/acme/discovery/scanners/gitleaks.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown format "nope"/);
  });

  it('lists every format with its detection markers', () => {
    const r = runCli(['snapshot', 'formats', '--json']);
    const formats = JSON.parse(r.stdout) as Array<{ name: string; markers: string[] }>;
    expect(formats.map((f) => f.name)).toEqual(expect.arrayContaining(['aws-credential-report', 'gitleaks', 'trufflehog', 'mcp-config', 'a2a-card', 'native', 'github-workflow']));
    expect(formats.every((f) => f.markers.length > 0)).toBe(true);
  });
});

describe('blindspot owners', () => {
  it('prints {path, owners, line, pattern} for each path, GitHub-exact', () => {
    const r = runCli(['owners', '--repo', 'examples/acme', '--json', 'governance/service-accounts/ci-deployer.yaml', 'governance/service-accounts/ledger-writer.yaml', 'README.md']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { path: 'governance/service-accounts/ci-deployer.yaml', owners: ['@acme/devex', '@octocat'], line: 22, pattern: '/governance/service-accounts/ci-deployer.yaml' },
      { path: 'governance/service-accounts/ledger-writer.yaml', owners: ['@acme/platform-admins'], line: 6, pattern: '*' },
      { path: 'README.md', owners: ['@acme/platform-admins'], line: 6, pattern: '*' },
    ]);
  });

  it('an unowned path has no owners and a null line; a no-owner rule gives its line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'CODEOWNERS'), '/docs/ @acme/docs\n/docs/generated/\n');
    const r = runCli(['owners', '--codeowners', join(dir, 'CODEOWNERS'), '--json', 'src/a.ts', 'docs/generated/x.md']);
    expect(JSON.parse(r.stdout)).toEqual([
      { path: 'src/a.ts', owners: [], line: null, pattern: null },
      { path: 'docs/generated/x.md', owners: [], line: 2, pattern: '/docs/generated/' },
    ]);
  });

  it('--unowned lists the manifests nobody owns and exits 1', () => {
    const r = runCli(['owners', '--unowned', '--repo', 'examples/acme', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((x: { path: string }) => x.path)).toEqual(['governance/service-accounts/ledger-writer.yaml']);
  });
});
