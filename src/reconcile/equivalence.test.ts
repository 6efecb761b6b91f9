/**
 * The indexed and memoised reconciliation steps against the plain loops they replaced (kept here
 * as references): same answers, same order, on random inputs built to collide.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../model/config.js';
import { normalizeIdentifier } from '../model/identifiers.js';
import type { AssetKind, RecordKind } from '../model/kinds.js';
import type { GovernanceRecord, MonitoringRef } from '../model/record.js';
import type { LiveAsset, Snapshot } from '../model/snapshot.js';
import type { RecordState, RuleContext } from './context.js';
import { matchAssets, wrap, type Ambiguity, type MatchResult, type SourcedAsset } from './match.js';
import { mentionTokens, monitoringOutcome, monitorSystem } from './rules/monitoring.js';
import { servingEndpoints } from './rules/lifecycle.js';
import { judgeSource, scopeResolver, sourcesInScope, type JudgedSource } from './sources.js';
import { compareNewestFirst, mergeView, newestFirst, rankSources } from './view.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const KINDS: RecordKind[] = ['ServiceAccount', 'Credential', 'Agent'];
const IDS = ['a', 'b', 'c', 'd', 'e', 'ns/a', 'x@y.com', 'X@Y.com', ' a', 'mcp:s1'];

function record(kind: RecordKind, name: string, identifiers: string[], monitoring: MonitoringRef[] = []): GovernanceRecord {
  return { key: `${kind}/${name}`, apiVersion: 'blindspot.dev/v1', kind, name, location: { file: `governance/${name}.yaml`, line: 1, column: 1 }, documentIndex: 0, lifecycle: 'active', identifiers, monitoring, labels: {}, fields: {} };
}

function source(type: string, covers: AssetKind[], options: { collectedAt?: string | null; complete?: boolean; claims?: string[]; name?: string } = {}): JudgedSource {
  const snap: Snapshot = { source: { type, name: options.name ?? type }, collectedAt: options.collectedAt === undefined ? '2026-11-28T06:00:00.000Z' : options.collectedAt, collectedAtFrom: 'data', complete: options.complete ?? true, covers, files: [], assets: [], claims: options.claims ?? ['*'] };
  return judgeSource(snap, defaultConfig().policy, NOW);
}

// ---- references: the loops as they were --------------------------------------------------------

function refMatch(records: readonly GovernanceRecord[], assets: SourcedAsset[]): MatchResult {
  const key = (kind: string, id: string) => kind + '\u0000' + id;
  const index = new Map<string, GovernanceRecord[]>();
  for (const r of records) {
    for (const id of new Set(r.identifiers.map(normalizeIdentifier))) {
      const list = index.get(key(r.kind, id));
      if (!list) index.set(key(r.kind, id), [r]);
      else if (!list.includes(r)) list.push(r);
    }
  }
  const views = new Map<string, SourcedAsset[]>();
  const ambiguities: Ambiguity[] = [];
  const evidence: SourcedAsset[] = [];
  const pending: SourcedAsset[] = [];
  const unmatched: SourcedAsset[] = [];
  const attach = (r: GovernanceRecord, a: SourcedAsset) => views.set(r.key, [...(views.get(r.key) ?? []), a]);
  for (const a of assets) {
    if (!KINDS.includes(a.asset.kind as RecordKind)) {
      evidence.push(a);
      continue;
    }
    let rs: GovernanceRecord[] = [];
    for (const id of a.ids) for (const r of index.get(key(a.asset.kind, id)) ?? []) if (!rs.includes(r)) rs = [...rs, r];
    if (rs.length === 1) attach(rs[0], a);
    else if (rs.length > 1) ambiguities.push({ asset: a, records: rs, direction: 'asset' });
    else if (a.inventory) unmatched.push(a);
    else pending.push(a);
  }
  const extended = new Map<string, GovernanceRecord | null>();
  const byKey = new Map(records.map((r) => [r.key, r]));
  for (const [rk, list] of views) {
    const r = byKey.get(rk)!;
    for (const a of list) {
      if (!a.inventory) continue;
      const linked = a.asset.kind === 'Agent' ? (a.asset.mcpServers ?? []).map((s) => `mcp:${s}`) : [];
      for (const id of [...a.ids, ...linked]) {
        const prev = extended.get(key(a.asset.kind, id));
        extended.set(key(a.asset.kind, id), prev === undefined || prev === r ? r : null);
      }
    }
  }
  const leftover: SourcedAsset[] = [];
  for (const a of pending) {
    let target: GovernanceRecord | null | undefined;
    for (const id of a.ids) {
      const r = extended.get(key(a.asset.kind, id));
      if (r !== undefined) target = target === undefined || target === r ? r : null;
    }
    if (target) attach(target, a);
    else leftover.push(a);
  }
  for (const r of records) {
    const list = views.get(r.key);
    if (!list || list.length < 2) continue;
    for (const raw of r.identifiers) {
      const id = normalizeIdentifier(raw);
      const bySource = new Map<string, Map<string, SourcedAsset>>();
      for (const a of list) {
        if (!a.inventory || !a.ids.includes(id)) continue;
        const m = bySource.get(a.source.snapshot.source.type) ?? new Map<string, SourcedAsset>();
        m.set(a.asset.id, a);
        bySource.set(a.source.snapshot.source.type, m);
      }
      for (const m of bySource.values()) {
        if (m.size < 2) continue;
        const [first, ...others] = [...m.values()].sort((x, y) => (x.asset.id < y.asset.id ? -1 : 1));
        ambiguities.push({ asset: first, records: [r], direction: 'identifier', identifier: id, others });
      }
    }
  }
  // Grouping is unchanged code: hand back its inputs (inventory assets first, then fragments).
  return { views, byRecord: records.map((r) => views.get(r.key)), unrecorded: [unmatched, leftover], ambiguities, evidence };
}

function refMonitoring(s: RecordState, ctx: RuleContext) {
  const r = s.record;
  const tokens = mentionTokens(s.record);
  const text = (a: SourcedAsset) => [a.asset.name ?? '', ...((a.asset.attributes?.references as string[] | undefined) ?? [])].join('\n');
  const mentions = (a: SourcedAsset) => tokens.some((t) => text(a).includes(t));
  const out = { required: false, ok: [] as string[], problems: [] as string[] };
  for (const m of r.monitoring) {
    const system = m.system.toLowerCase();
    const fresh = [...new Set(ctx.sources.filter((j) => j.trusted && j.snapshot.covers.includes('Monitor') && j.snapshot.source.type.split('-')[0].toLowerCase() === system))];
    const ref = normalizeIdentifier(m.ref);
    if (fresh.length === 0) continue; // the no-export branch did not change
    const found = ctx.monitors.filter((a) => monitorSystem(a) === system && a.source.trusted && (a.asset.id === m.ref || a.ids.includes(ref)));
    if (found.length === 0) out.problems.push(`missing ${m.ref} ${fresh.map((j) => j.label).join(', ')}`);
    for (const a of found) {
      if (a.asset.active === false) out.problems.push(`muted ${a.asset.id}`);
      else if (!mentions(a)) out.problems.push(`unrelated ${a.asset.id}`);
      else out.ok.push(`declared ${a.asset.id}`);
    }
  }
  const declared = new Set(r.monitoring.map((m) => `${m.system.toLowerCase()}:${normalizeIdentifier(m.ref)}`));
  for (const a of ctx.monitors) {
    if (!a.source.trusted || a.asset.active === false || declared.has(`${monitorSystem(a)}:${normalizeIdentifier(a.asset.id)}`)) continue;
    if (mentions(a)) out.ok.push(`undeclared ${a.asset.name ?? a.asset.id}`);
  }
  return out;
}

// ---- generators ---------------------------------------------------------------------------------

const idList = fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: 3 });
const recordsArb = fc.array(fc.tuple(fc.constantFrom(...KINDS), fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r1'), idList), { maxLength: 6 }).map((rs) => rs.map(([k, n, ids], i) => record(k, `${n}-${i % 3}`, ids)));
const assetArb = fc.record({
  kind: fc.constantFrom<AssetKind>('ServiceAccount', 'Credential', 'Agent', 'Monitor'),
  id: fc.constantFrom('i1', 'i2', 'i3', 'i4'),
  identifiers: fc.array(fc.constantFrom(...IDS), { minLength: 1, maxLength: 3 }),
  active: fc.option(fc.boolean(), { nil: undefined }),
  mcpServers: fc.option(fc.constant(['s1']), { nil: undefined }),
  lastUsedAt: fc.option(fc.constantFrom('2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z', null), { nil: undefined }),
  permissions: fc.option(fc.array(fc.constantFrom('p1', 'p2', 'p3'), { maxLength: 2 }), { nil: undefined }),
});
const placed = fc.array(fc.tuple(assetArb, fc.nat({ max: 3 })), { maxLength: 14 });

function sourcesFor(): JudgedSource[] {
  return [
    source('aws', ['ServiceAccount', 'Credential']),
    source('activity', []),
    source('agents', ['Agent'], { collectedAt: '2026-11-28T07:00:00.000Z' }),
    source('aws', ['ServiceAccount'], { name: 'other' }),
  ];
}

describe('reconcile steps: the same answers as the loops they replaced', () => {
  it('matchAssets: views, ambiguities, evidence and unmatched assets', () => {
    fc.assert(
      fc.property(recordsArb, placed, (records, raw) => {
        const sources = sourcesFor();
        const assets = raw.map(([a, s]) => wrap({ ...a, id: `${a.id}` } as LiveAsset, sources[s]));
        const got = matchAssets(records, assets);
        const want = refMatch(records, assets);
        expect([...got.views]).toEqual([...want.views]);
        expect(got.byRecord).toEqual(want.byRecord);
        expect(got.ambiguities).toEqual(want.ambiguities);
        expect(got.evidence).toEqual(want.evidence);
        // Every unmatched inventory asset is in a group, and groups hold nothing else but leftovers.
        const grouped = got.unrecorded.flat();
        const [unmatched, leftover] = want.unrecorded;
        expect(unmatched.every((a) => grouped.includes(a))).toBe(true);
        expect(grouped.every((a) => unmatched.includes(a) || leftover.includes(a))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('mergeView orders each view as Array.prototype.sort does, ranked or not', () => {
    fc.assert(
      fc.property(placed, fc.boolean(), (raw, ranked) => {
        const sources = [...sourcesFor(), source('late', ['Agent'], { collectedAt: null }), source('aws', ['Agent'], { name: 'aws' })];
        if (ranked) rankSources(sources);
        const assets = raw.map(([a, s]) => wrap(a as LiveAsset, sources[s % sources.length]));
        expect(newestFirst(assets)).toEqual([...assets].sort(compareNewestFirst));
        // And the view built from either order is the same.
        const unranked = assets.map((a) => ({ ...a, source: { ...a.source, rank: undefined } }));
        const plain = (_k: string, v: unknown) => (_k === 'rank' ? undefined : v instanceof Map ? [...v] : v);
        expect(JSON.stringify(mergeView(assets), plain)).toBe(JSON.stringify(mergeView(unranked), plain));
      }),
      { numRuns: 500 },
    );
  });

  it('scopeResolver gives sourcesInScope for every record', () => {
    fc.assert(
      fc.property(recordsArb, fc.array(fc.tuple(fc.subarray<AssetKind>(['ServiceAccount', 'Credential', 'Agent']), fc.subarray(['a', 'ns/*', '*@y.com', 're:^[bc]$', '*'])), { maxLength: 5 }), (records, specs) => {
        const sources = specs.map(([covers, claims], i) => source(`s${i}`, covers, { claims }));
        const scopeOf = scopeResolver(sources);
        for (const r of records) expect(scopeOf(r)).toEqual(sourcesInScope(r, sources));
      }),
      { numRuns: 300 },
    );
  });

  it('monitoringOutcome: declared and undeclared monitors, found by index', () => {
    const monitorArb = fc.record({
      id: fc.constantFrom('M1', 'M2', 'm1', 'M3'),
      identifiers: fc.array(fc.constantFrom('M1', 'M2', 'alias'), { minLength: 1, maxLength: 2 }),
      name: fc.constantFrom('Down', 'r1-0 latency', 'x@y.com', 'BenchAlert'),
      active: fc.option(fc.boolean(), { nil: undefined }),
      refs: fc.array(fc.constantFrom('up{job="r1-0"}', 'r2-1', 'ns/a errors', 'arn:x/r3-2', 'nothing'), { maxLength: 2 }),
      source: fc.nat({ max: 2 }),
    });
    fc.assert(
      fc.property(recordsArb, fc.array(monitorArb, { maxLength: 8 }), fc.array(fc.tuple(fc.constantFrom('prometheus', 'Prometheus', 'datadog'), fc.constantFrom('M1', 'M2', 'alias', 'M9')), { maxLength: 2 }), (records, monitors, declared) => {
        const sources = [source('prometheus-rules', ['Monitor']), source('datadog-monitors', ['Monitor'], { complete: false }), source('prometheus-rules', ['Monitor'], { name: 'second' })];
        const wrapped = monitors.map((m) => wrap({ kind: 'Monitor', id: m.id, identifiers: m.identifiers, name: m.name, ...(m.active === undefined ? {} : { active: m.active }), attributes: { references: m.refs } }, sources[m.source]));
        const ctx = { config: defaultConfig(), now: NOW, sources, monitors: wrapped } as unknown as RuleContext;
        for (const r of records) {
          const s = { record: { ...r, monitoring: declared.map(([system, ref]) => ({ system, ref })) } } as RecordState;
          const got = monitoringOutcome(s.record, ctx);
          const want = refMonitoring(s, ctx);
          const found = got.ok.concat(got.problems).map((f) => f.fact);
          expect(got.ok.filter((f) => f.fact.includes('not declared')).map((f) => f.fact.match(/monitor `([^`]*)`/)?.[1])).toEqual(
            want.ok.filter((f) => f.startsWith('undeclared')).map((f) => f.slice('undeclared '.length)),
          );
          expect(found.filter((f) => f.includes('does not exist')).length).toBe(want.problems.filter((p) => p.startsWith('missing')).length);
          expect(found.filter((f) => f.includes('muted')).length).toBe(want.problems.filter((p) => p.startsWith('muted')).length);
          expect(found.filter((f) => f.includes('does not reference')).length).toBe(want.problems.filter((p) => p.startsWith('unrelated')).length);
          expect(got.ok.filter((f) => !f.fact.includes('not declared') && !f.fact.includes('verified')).length).toBe(want.ok.filter((f) => f.startsWith('declared')).length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('servingEndpoints: enabled endpoints whose model is one of the record identifiers, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ model: fc.option(fc.constantFrom('a', 'b', 'X@Y.com', 'x@y.com', ' a'), { nil: undefined }), active: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 8 }),
        idList,
        (eps, ids) => {
          const endpoints = eps.map((e, i) => ({ name: `e${i}`, view: { active: e.active === undefined ? undefined : { value: e.active, source: 's', at: null }, model: e.model === undefined ? undefined : { value: e.model, source: 's', at: null } } }));
          const ctx = { endpoints } as unknown as RuleContext;
          const s = { record: record('Credential', 'm', ids) } as RecordState;
          const model = { ...s, record: { ...s.record, kind: 'Model' as const } } as RecordState;
          const want = endpoints.filter((e) => e.view.active?.value === true && e.view.model && new Set(ids.map(normalizeIdentifier)).has(normalizeIdentifier(e.view.model.value)));
          expect(servingEndpoints(model, ctx)).toEqual(want);
          expect(servingEndpoints(s, ctx)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
