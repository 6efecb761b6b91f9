/**
 * Every finding type, with a case that fires and a case that must not, including the time
 * boundaries and the rule that stale or incomplete sources never prove absence.
 */
import { describe, expect, it } from 'vitest';
import { NOW, ofType, record, run, snapshot, STALE, types } from './kit.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

const key = (state: string, extra = '') => record('Credential', 'k1', `lifecycle: ${state}\n${extra}identifiers: [AKIAAAAAAAAAAAAAAAA1]`);
const liveKey = (o: Partial<import('../../src/model/snapshot.js').LiveAsset> = {}) => ({ kind: 'Credential' as const, id: 'AKIAAAAAAAAAAAAAAAA1', identifiers: ['AKIAAAAAAAAAAAAAAAA1'], active: true, createdAt: iso(NOW - 30 * DAY), ...o });

describe('retired-but-active', () => {
  const retired = key('retired', 'retiredAt: 2026-10-01\n');
  it('fires for use after retiredAt plus the grace period', () => {
    const r = run({ records: { k: retired }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ lastUsedAt: '2026-10-03T00:00:00Z' })])] });
    expect(ofType(r, 'retired-but-active')).toHaveLength(1);
    expect(ofType(r, 'retired-but-active')[0]).toMatchObject({ severity: 'critical', record: { name: 'k1' } });
  });
  it('treats use within the grace period, or before retiredAt, as history', () => {
    const within = run({ records: { k: retired }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ lastUsedAt: '2026-10-01T20:00:00Z' })])] });
    const before = run({ records: { k: retired }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ lastUsedAt: '2026-09-20T00:00:00Z' })])] });
    expect(ofType(within, 'retired-but-active')).toEqual([]);
    expect(ofType(before, 'retired-but-active')).toEqual([]);
  });
  it('does not fire when the live asset is disabled, even if used after', () => {
    const r = run({ records: { k: retired }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ active: false, lastUsedAt: '2026-11-01T00:00:00Z' })])] });
    expect(ofType(r, 'retired-but-active')).toEqual([]);
  });
  it('fires for a deprecated record past its sunset, not before', () => {
    const dep = (sunset: string) => record('Credential', 'k1', `lifecycle: deprecated\nsunsetAt: ${sunset}\nidentifiers: [AKIAAAAAAAAAAAAAAAA1]`);
    const used = [snapshot('keys', ['Credential'], [liveKey({ lastUsedAt: '2026-11-27T00:00:00Z' })])];
    expect(ofType(run({ records: { k: dep('2026-11-01') }, snapshots: used }), 'retired-but-active')).toHaveLength(1);
    expect(ofType(run({ records: { k: dep('2026-12-15') }, snapshots: used }), 'retired-but-active')).toEqual([]);
  });
  it('counts a CI workflow still referencing the secret as use', () => {
    const rec = record('Credential', 'ci', 'lifecycle: retired\nretiredAt: 2026-10-01\nidentifiers: ["github-secret:acme/app/OLD_KEY"]');
    const secret = { kind: 'Credential' as const, id: 'OLD_KEY', identifiers: ['OLD_KEY', 'github-secret:acme/app/OLD_KEY'], active: true };
    const ref = { kind: 'SecretReference' as const, id: 'deploy.yml#deploy#OLD_KEY', identifiers: ['OLD_KEY', 'github-secret:acme/app/OLD_KEY'], name: 'OLD_KEY', evidence: { file: '.github/workflows/deploy.yml', line: 12 }, attributes: { job: 'deploy' } };
    const r = run({ records: { c: rec }, snapshots: [snapshot('secrets', ['Credential'], [secret]), snapshot('workflows', ['SecretReference'], [ref])] });
    const f = ofType(r, 'retired-but-active');
    expect(f).toHaveLength(1);
    expect(f[0].evidence.map((e) => e.fact).join('\n')).toMatch(/still used by CI: secret `OLD_KEY` in job `deploy`/);
  });
  it('fires for a retired model still served by a live endpoint with traffic', () => {
    const model = record('Model', 'm1', 'lifecycle: retired\nretiredAt: 2026-10-01\nidentifiers: [m1]');
    const ep = { kind: 'ModelEndpoint' as const, id: 'ep1', identifiers: ['ep1'], active: true, model: 'm1', traffic: { window: { start: '2026-11-20T00:00:00Z', end: '2026-11-27T00:00:00Z' }, count: 50, lastAt: '2026-11-27T00:00:00Z' } };
    const r = run({ records: { m: model }, snapshots: [snapshot('registry', ['Model'], [{ kind: 'Model', id: 'm1', identifiers: ['m1'], active: false }]), snapshot('serving', ['ModelEndpoint'], [ep])] });
    expect(ofType(r, 'retired-but-active').map((f) => f.record?.name)).toEqual(['m1']);
  });
});

describe('missing-asset and unverifiable', () => {
  const sa = record('ServiceAccount', 'gone', 'lifecycle: active\nidentifiers: [ns/gone]');
  const other = { kind: 'ServiceAccount' as const, id: 'ns/other', identifiers: ['ns/other'], active: true };
  it('missing when a fresh, complete source in scope does not show it', () => {
    const r = run({ records: { s: sa }, snapshots: [snapshot('k8s', ['ServiceAccount'], [other], { claims: ['ns/*'] })] });
    expect(types(r)).toContain('missing-asset');
    expect(ofType(r, 'missing-asset')[0].remediation).toMatchObject({ action: 'retire-pr', change: { kind: 'retire', retiredAt: '2026-11-28' } });
  });
  it('unverifiable, never missing, when the source is stale', () => {
    const r = run({ records: { s: sa }, snapshots: [snapshot('k8s', ['ServiceAccount'], [other], { claims: ['ns/*'], collectedAt: STALE })] });
    expect(ofType(r, 'missing-asset')).toEqual([]);
    expect(ofType(r, 'unverifiable')).toHaveLength(1);
  });
  it('unverifiable, never missing, when the source is incomplete (a truncated export)', () => {
    const r = run({ records: { s: sa }, snapshots: [snapshot('k8s', ['ServiceAccount'], [other], { claims: ['ns/*'], complete: false, incompleteReason: 'continue token present' })] });
    expect(ofType(r, 'missing-asset')).toEqual([]);
    expect(ofType(r, 'unverifiable')[0].evidence.map((e) => e.fact).join()).toMatch(/incomplete/);
  });
  it('unverifiable when no source claims the record (another cluster or account)', () => {
    const r = run({ records: { s: sa }, snapshots: [snapshot('k8s', ['ServiceAccount'], [other], { claims: ['prod/*'] })] });
    expect(ofType(r, 'missing-asset')).toEqual([]);
    expect(ofType(r, 'unverifiable')).toHaveLength(1);
  });
  it('neither when the source shows it, and a retired record absent from a fresh source is as recorded', () => {
    const seen = run({ records: { s: sa }, snapshots: [snapshot('k8s', ['ServiceAccount'], [{ ...other, id: 'ns/gone', identifiers: ['ns/gone'] }], { claims: ['ns/*'] })] });
    expect(types(seen)).not.toContain('missing-asset');
    expect(types(seen)).not.toContain('unverifiable');
    const retired = record('ServiceAccount', 'gone', 'lifecycle: retired\nretiredAt: 2026-01-01\nidentifiers: [ns/gone]');
    expect(types(run({ records: { s: retired }, snapshots: [snapshot('k8s', ['ServiceAccount'], [], { claims: ['ns/*'] })] }))).toEqual([]);
  });
  it('a proposed record is never missing', () => {
    const proposed = record('ServiceAccount', 'gone', 'lifecycle: proposed\nidentifiers: [ns/gone]');
    expect(types(run({ records: { s: proposed }, snapshots: [snapshot('k8s', ['ServiceAccount'], [], { claims: ['ns/*'] })] }))).toEqual([]);
  });
});

describe('unrecorded-asset and ambiguous-match', () => {
  const sa = record('ServiceAccount', 'known', 'lifecycle: active\nidentifiers: [ns/known]');
  it('reports an enabled live asset no record claims, with an adopt proposal', () => {
    const r = run({ records: { s: sa }, snapshots: [snapshot('k8s', ['ServiceAccount'], [{ kind: 'ServiceAccount', id: 'ns/known', identifiers: ['ns/known'], active: true }, { kind: 'ServiceAccount', id: 'ns/shadow', identifiers: ['ns/shadow'], name: 'shadow', active: true }])] });
    const f = ofType(r, 'unrecorded-asset');
    expect(f).toHaveLength(1);
    expect(f[0].remediation.change).toMatchObject({ kind: 'adopt', file: 'governance/shadow.yaml' });
    expect(f[0].remediation.change.kind === 'adopt' && f[0].remediation.change.manifest).toMatch(/lifecycle: proposed[\s\S]*- ns\/shadow/);
  });
  it('ignores disabled unrecorded assets and enrichment fragments from sources that do not cover the kind', () => {
    const r = run({
      records: { s: sa },
      snapshots: [
        snapshot('k8s', ['ServiceAccount'], [{ kind: 'ServiceAccount', id: 'ns/off', identifiers: ['ns/off'], active: false }]),
        snapshot('rbac', [], [{ kind: 'ServiceAccount', id: 'ns/frag', identifiers: ['ns/frag'], permissions: ['ClusterRole/view'] }]),
      ],
    });
    expect(ofType(r, 'unrecorded-asset')).toEqual([]);
  });
  it('refuses to guess when one live asset matches two records', () => {
    const a = record('ServiceAccount', 'a', 'lifecycle: active\nidentifiers: [ns/a]');
    const b = record('ServiceAccount', 'b', 'lifecycle: active\nidentifiers: [ns/b]');
    const r = run({ records: { a, b }, snapshots: [snapshot('k8s', ['ServiceAccount'], [{ kind: 'ServiceAccount', id: 'x', identifiers: ['ns/a', 'ns/b'], active: true }])] });
    expect(ofType(r, 'ambiguous-match')).toHaveLength(1);
  });
  it('refuses to guess when one record identifier matches two assets of one source', () => {
    const bare = record('ServiceAccount', 'bot', 'lifecycle: active\nidentifiers: [bot]');
    const r = run({ records: { bare }, snapshots: [snapshot('iam', ['ServiceAccount'], [{ kind: 'ServiceAccount', id: 'arn:1', identifiers: ['bot', 'arn:1'], active: true }, { kind: 'ServiceAccount', id: 'arn:2', identifiers: ['bot', 'arn:2'], active: true }])] });
    expect(ofType(r, 'ambiguous-match')[0]?.title).toMatch(/identifier `bot` matches 2 live assets/);
  });
});

describe('ownership', () => {
  const sa = record('ServiceAccount', 'x', 'lifecycle: active\nidentifiers: [ns/x]\nowner: "@acme/payments"');
  it('ownerless when no rule matches, when a rule removes owners, and when only a catch-all owns it', () => {
    const none = run({ records: { s: sa }, snapshots: [], owners: () => ({ owners: [], line: null, pattern: null, catchAll: false }) });
    const removed = run({ records: { s: sa }, snapshots: [], owners: () => ({ owners: [], line: 9, pattern: '/governance/', catchAll: false }) });
    const catchAll = run({ records: { s: sa }, snapshots: [], owners: () => ({ owners: ['@acme/admins'], line: 1, pattern: '*', catchAll: true }) });
    for (const r of [none, removed, catchAll]) expect(ofType(r, 'ownerless')).toHaveLength(1);
    expect(ofType(none, 'ownerless')[0].remediation).toMatchObject({ action: 'assign-owner-pr', change: { owners: ['@acme/payments'] } });
    expect(ofType(removed, 'ownerless')[0].evidence[0].fact).toMatch(/removes ownership/);
  });
  it('a catch-all counts when configured so', () => {
    const r = run({ records: { s: sa }, snapshots: [], owners: () => ({ owners: ['@acme/payments'], line: 1, pattern: '*', catchAll: true }), config: (c) => (c.ownership.catchAllCountsAsOwner = true) });
    expect(ofType(r, 'ownerless')).toEqual([]);
  });
  it('owner-conflict when spec.owner or a live owner handle disagrees with CODEOWNERS', () => {
    const r = run({ records: { s: sa }, snapshots: [], owners: () => ({ owners: ['@acme/platform'], line: 4, pattern: '/governance/', catchAll: false }) });
    expect(ofType(r, 'owner-conflict')).toHaveLength(1);
    const agree = run({ records: { s: sa }, snapshots: [], owners: () => ({ owners: ['@ACME/payments'], line: 4, pattern: '/governance/', catchAll: false }) });
    expect(ofType(agree, 'owner-conflict')).toEqual([]);
  });
  it('owner-unresolvable only when membership data was read', () => {
    const owners = () => ({ owners: ['@acme/payments', '@gone-user'], line: 4, pattern: '/governance/', catchAll: false });
    expect(ofType(run({ records: { s: sa }, snapshots: [], owners }), 'owner-unresolvable')).toEqual([]);
    const members = snapshot('members', ['Member'], [{ kind: 'Member', id: '1', identifiers: ['@alice'] }, { kind: 'Member', id: 't', identifiers: ['@acme/payments'] }]);
    const r = run({ records: { s: sa }, snapshots: [members], owners });
    expect(ofType(r, 'owner-unresolvable')[0].title).toMatch(/@gone-user/);
  });
});

describe('unmonitored', () => {
  const watched = (mon: string) => record('ServiceAccount', 'ledger', `lifecycle: active\nidentifiers: [ns/ledger]\n${mon}`);
  const monitors = (active: boolean, query = 'errors{sa:ledger}') => snapshot('datadog-monitors', ['Monitor'], [{ kind: 'Monitor', id: '42', identifiers: ['42', 'write errors'], name: 'write errors', active, attributes: { references: [query] } }]);
  const require = (c: import('../../src/model/config.js').Config) => (c.policy.monitoringRequiredFor = ['ServiceAccount']);
  it('fires when nothing is declared and no export references it', () => {
    expect(ofType(run({ records: { s: watched('') }, snapshots: [], config: require }), 'unmonitored')).toHaveLength(1);
  });
  it('is satisfied by a declared monitor present, unmuted and referencing the asset', () => {
    expect(ofType(run({ records: { s: watched('monitoring: [{system: datadog, ref: "42"}]') }, snapshots: [monitors(true)], config: require }), 'unmonitored')).toEqual([]);
  });
  it('fires when the declared monitor is muted, missing, or does not reference the asset', () => {
    const decl = watched('monitoring: [{system: datadog, ref: "42"}]');
    expect(ofType(run({ records: { s: decl }, snapshots: [monitors(false)], config: require }), 'unmonitored')[0].evidence[0].fact).toMatch(/muted/);
    expect(ofType(run({ records: { s: watched('monitoring: [{system: datadog, ref: "7"}]') }, snapshots: [monitors(true, 'cpu{host:a}')], config: require }), 'unmonitored')[0].evidence[0].fact).toMatch(/does not exist/);
    expect(ofType(run({ records: { s: decl }, snapshots: [monitors(true, 'cpu{host:a}')], config: require }), 'unmonitored')[0].evidence[0].fact).toMatch(/does not reference/);
  });
  it('uses verifiedAt for systems without an export, within monitoringMaxAgeDays', () => {
    const v = (date: string) => watched(`monitoring: [{system: other, ref: pager, verifiedAt: ${date}}]`);
    expect(ofType(run({ records: { s: v('2026-11-20') }, snapshots: [], config: require }), 'unmonitored')).toEqual([]);
    expect(ofType(run({ records: { s: v('2026-09-01') }, snapshots: [], config: require }), 'unmonitored')[0].evidence[0].fact).toMatch(/days ago/);
  });
  it('a monitor nobody declared counts when a fresh export shows it watching the asset', () => {
    expect(ofType(run({ records: { s: watched('') }, snapshots: [monitors(true)], config: require }), 'unmonitored')).toEqual([]);
  });
});

describe('stale-credential and rotation-overdue', () => {
  it('stale after staleAfterDays without use; not before', () => {
    const stale = run({ records: { k: key('active') }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ lastUsedAt: iso(NOW - 91 * DAY), createdAt: iso(NOW - 200 * DAY) })])] });
    const used = run({ records: { k: key('active') }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ lastUsedAt: iso(NOW - 89 * DAY), createdAt: iso(NOW - 200 * DAY) })])] });
    expect(ofType(stale, 'stale-credential')).toHaveLength(1);
    expect(ofType(used, 'stale-credential')).toEqual([]);
  });
  it('never used: stale after the grace period, not within it; unknown usage claims nothing', () => {
    const old = run({ records: { k: key('active') }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ lastUsedAt: null, createdAt: iso(NOW - 8 * DAY) })])] });
    const young = run({ records: { k: key('active') }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ lastUsedAt: null, createdAt: iso(NOW - 6 * DAY) })])] });
    const unknown = run({ records: { k: key('active') }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ createdAt: iso(NOW - 300 * DAY) })])] });
    expect(ofType(old, 'stale-credential')[0].title).toMatch(/never used/);
    expect(ofType(young, 'stale-credential')).toEqual([]);
    expect(ofType(unknown, 'stale-credential')).toEqual([]);
  });
  it('rotation overdue past rotationDays, and when the declared expiry passed while still active', () => {
    const old = run({ records: { k: key('active') }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ createdAt: iso(NOW - 100 * DAY), lastUsedAt: iso(NOW - DAY) })])] });
    const fresh = run({ records: { k: key('active') }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ createdAt: iso(NOW - 80 * DAY), lastUsedAt: iso(NOW - DAY) })])] });
    const expired = run({ records: { k: key('active', 'expiresAt: 2026-11-01\n') }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ createdAt: iso(NOW - 10 * DAY), lastUsedAt: iso(NOW - DAY) })])] });
    expect(ofType(old, 'rotation-overdue')).toHaveLength(1);
    expect(ofType(fresh, 'rotation-overdue')).toEqual([]);
    expect(ofType(expired, 'rotation-overdue')[0].evidence.map((e) => e.fact).join()).toMatch(/declared expiry 2026-11-01 has passed/);
  });
});

describe('secret-in-code', () => {
  const hit = (ids: string[]) => snapshot('gitleaks', ['SecretFinding'], [{ kind: 'SecretFinding', id: 'c:f:r:1', identifiers: ids, attributes: { file: 'a.yml', line: 3, rule: 'aws-access-token' } }]);
  it('joins a scanner hit to the credential by key id', () => {
    const r = run({ records: { k: key('active') }, snapshots: [snapshot('keys', ['Credential'], [liveKey({ lastUsedAt: iso(NOW - DAY) })]), hit(['c:f:r:1', 'AKIAAAAAAAAAAAAAAAA1'])] });
    expect(ofType(r, 'secret-in-code')[0]).toMatchObject({ severity: 'critical', record: { name: 'k1' } });
  });
  it('joins by keyed secret fingerprint, and reports an unknown secret on its own', () => {
    const fp = 'hmac-sha256:' + 'ab'.repeat(32);
    const rec = record('Credential', 'tok', `lifecycle: active\nidentifiers: [tok]\nsecretFingerprint: "${fp}"`);
    expect(ofType(run({ records: { k: rec }, snapshots: [hit(['c:f:r:1', fp])] }), 'secret-in-code')[0].record?.name).toBe('tok');
    const orphan = run({ records: { k: rec }, snapshots: [hit(['c:f:r:1'])] });
    expect(ofType(orphan, 'secret-in-code')[0].record).toBeUndefined();
  });
});

describe('drift and approvals', () => {
  it('permission-drift when live grants exceed the approval; critical for admin', () => {
    const sa = record('ServiceAccount', 's', 'lifecycle: active\nidentifiers: [ns/s]\napproval:\n  permissions: ["Role/ns/reader"]');
    const live = (perms: string[]) => [snapshot('k8s', ['ServiceAccount'], [{ kind: 'ServiceAccount', id: 'ns/s', identifiers: ['ns/s'], active: true }]), snapshot('rbac', [], [{ kind: 'ServiceAccount', id: 'ns/s', identifiers: ['ns/s'], permissions: perms }])];
    expect(ofType(run({ records: { s: sa }, snapshots: live(['Role/ns/reader']) }), 'permission-drift')).toEqual([]);
    expect(ofType(run({ records: { s: sa }, snapshots: live(['Role/ns/reader', 'Role/ns/writer']) }), 'permission-drift')[0].severity).toBe('high');
    expect(ofType(run({ records: { s: sa }, snapshots: live(['ClusterRole/cluster-admin']) }), 'permission-drift')[0].severity).toBe('critical');
  });
  it('toolset-drift for unapproved servers, tools or data; nothing when the live toolset matches', () => {
    const agent = record('Agent', 'bot', 'lifecycle: active\nidentifiers: [bot]\napproval:\n  mcpServers: [kb]\n  tools: [search]\n  dataSources: ["postgres://ro/kb"]');
    const live = (servers: string[], tools: string[], data: string[]) => [
      snapshot('mcp-config', ['Agent'], [{ kind: 'Agent', id: 'bot.json', identifiers: ['bot'], active: true, mcpServers: servers, dataSources: data }]),
      snapshot('mcp-tools', [], servers.map((s) => ({ kind: 'Agent' as const, id: `mcp:${s}`, identifiers: [`mcp:${s}`], tools }))),
    ];
    expect(ofType(run({ records: { a: agent }, snapshots: live(['kb'], ['search'], ['postgres://ro/kb']) }), 'toolset-drift')).toEqual([]);
    const drift = ofType(run({ records: { a: agent }, snapshots: live(['kb', 'crm'], ['search', 'delete'], ['postgres://ro/kb', 'postgres://crm/all']) }), 'toolset-drift');
    expect(drift[0].evidence.map((e) => e.fact)).toEqual(expect.arrayContaining(['live MCP server `crm` is not approved', 'live tool `delete` is not approved', 'live data source `postgres://crm/all` is not approved']));
  });
  it('version-drift when an endpoint serves another model or version than expected', () => {
    const ep = record('ModelEndpoint', 'ep', 'lifecycle: active\nidentifiers: [ep]\nexpected:\n  model: m-v3\n  modelVersion: 3');
    const live = (model: string, version: string) => [snapshot('serving', ['ModelEndpoint'], [{ kind: 'ModelEndpoint', id: 'ep', identifiers: ['ep'], active: true, model, version }])];
    expect(ofType(run({ records: { e: ep }, snapshots: live('m-v3', '3') }), 'version-drift')).toEqual([]);
    expect(ofType(run({ records: { e: ep }, snapshots: live('m-v2', '2') }), 'version-drift')[0].evidence).toHaveLength(2);
  });
  it('approval-expired only while the asset is live', () => {
    const sa = record('ServiceAccount', 's', 'lifecycle: active\nidentifiers: [ns/s]\napproval:\n  expiresAt: 2026-11-01');
    const live = (active: boolean) => [snapshot('k8s', ['ServiceAccount'], [{ kind: 'ServiceAccount', id: 'ns/s', identifiers: ['ns/s'], active }])];
    expect(ofType(run({ records: { s: sa }, snapshots: live(true) }), 'approval-expired')).toHaveLength(1);
    expect(ofType(run({ records: { s: sa }, snapshots: live(false) }), 'approval-expired')).toEqual([]);
  });
});

describe('suppressions, severity overrides, fingerprints', () => {
  const sa = record('ServiceAccount', 'x', 'lifecycle: active\nidentifiers: [ns/x]');
  const noOwner = () => ({ owners: [], line: null, pattern: null, catchAll: false });
  const loc = { file: '.github/blindspot.yml', line: 5, column: 5 };
  it('suppresses by selector until it expires, then reports suppression-expired', () => {
    const live = run({ records: { s: sa }, snapshots: [], owners: noOwner, config: (c) => (c.suppressions = [{ match: { type: 'ownerless', name: 'x*' }, reason: 'migrating', expires: '2026-12-31T00:00:00.000Z', location: loc }]) });
    expect(ofType(live, 'ownerless')).toEqual([]);
    expect(live.suppressed).toHaveLength(1);
    const expired = run({ records: { s: sa }, snapshots: [], owners: noOwner, config: (c) => (c.suppressions = [{ match: { type: 'ownerless' }, reason: 'migrating', expires: '2026-11-01T00:00:00.000Z', location: loc }]) });
    expect(ofType(expired, 'ownerless')).toHaveLength(1);
    expect(ofType(expired, 'suppression-expired')[0].title).toMatch(/expired 2026-11-01/);
  });
  it('a suppression that matches nothing is reported', () => {
    const r = run({ records: { s: sa }, snapshots: [], config: (c) => (c.suppressions = [{ match: { type: 'toolset-drift' }, reason: 'old', expires: '2027-01-01T00:00:00.000Z', location: loc }]) });
    expect(ofType(r, 'suppression-expired')[0].title).toMatch(/matches no finding/);
  });
  it('config overrides severity and names the rule', () => {
    const r = run({ records: { s: sa }, snapshots: [], owners: noOwner, config: (c) => (c.severity.ownerless = 'critical') });
    expect(ofType(r, 'ownerless')[0]).toMatchObject({ severity: 'critical', severityRule: 'config:severity.ownerless' });
  });
  it('fingerprints are stable across unrelated changes', () => {
    const a = run({ records: { s: sa }, snapshots: [], owners: noOwner });
    const b = run({ records: { s: sa, t: record('Model', 'other', 'lifecycle: active\nidentifiers: [o]') }, snapshots: [], owners: noOwner, now: NOW + 3 * DAY });
    expect(ofType(b, 'ownerless').find((f) => f.record?.name === 'x')?.fingerprint).toBe(ofType(a, 'ownerless')[0].fingerprint);
  });
});

it('treats an undated snapshot as stale', () => {
  const sa = record('ServiceAccount', 'gone', 'lifecycle: active\nidentifiers: [ns/gone]');
  const r = run({ records: { s: sa }, snapshots: [snapshot('k8s', ['ServiceAccount'], [], { claims: ['ns/*'], collectedAt: null, collectedAtFrom: 'unknown' })] });
  expect(r.sources[0].status).toBe('stale');
  expect(types(r)).toEqual(['unverifiable']);
});

describe('attestations', () => {
  it('come one per record in report order: manifest file, then line', () => {
    const sa = (name: string) => record('ServiceAccount', name, `lifecycle: active\nidentifiers: [${name}@p.iam.gserviceaccount.com]`);
    const r = run({
      // Names against file order: a sort by record key would put them otherwise.
      records: { 'b/later': `${sa('a-first-name')}---\n${sa('0-second')}`, 'a/earlier': `${sa('z-last-name')}---\n${sa('m-middle')}` },
      snapshots: [],
    });
    expect(r.attestations.map((a) => [a.file, a.line, a.record])).toEqual([
      ['governance/a/earlier.yaml', 1, 'ServiceAccount/z-last-name'],
      ['governance/a/earlier.yaml', 9, 'ServiceAccount/m-middle'],
      ['governance/b/later.yaml', 1, 'ServiceAccount/a-first-name'],
      ['governance/b/later.yaml', 9, 'ServiceAccount/0-second'],
    ]);
  });
});
