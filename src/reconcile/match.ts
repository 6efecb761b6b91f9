/**
 * Matching: which live assets belong to which record. Records are indexed by their normalised
 * identifiers (records are few, assets many), each asset is looked up once, and:
 * - an asset that hits one record joins that record's live view;
 * - an asset that hits several records is ambiguous, never a guess;
 * - enrichment fragments (from sources that do not cover their kind) that share an id with an
 *   asset already matched join the same view: two hops, no more;
 * - inventory assets that hit nothing are unrecorded, grouped when they share identifiers.
 */
import { normalizeIdentifier } from '../model/identifiers.js';
import { isRecordKind } from '../model/kinds.js';
import type { GovernanceRecord } from '../model/record.js';
import type { LiveAsset } from '../model/snapshot.js';
import type { JudgedSource } from './sources.js';

export interface SourcedAsset {
  asset: LiveAsset;
  source: JudgedSource;
  /** The source covers this asset's kind: its presence and absence mean something. */
  inventory: boolean;
  ids: string[];
}

export interface Ambiguity {
  asset: SourcedAsset;
  records: GovernanceRecord[];
  /** `asset`: one asset hit several records; `identifier`: one record id hit several assets. */
  direction: 'asset' | 'identifier';
  identifier?: string;
  others?: SourcedAsset[];
}

export interface MatchResult {
  /** record key → matched governed-kind assets (inventory and enrichment). */
  views: Map<string, SourcedAsset[]>;
  /** Groups of unrecorded inventory assets (plus their enrichment), one finding each. */
  unrecorded: SourcedAsset[][];
  ambiguities: Ambiguity[];
  /** Evidence-kind assets (monitors, secret findings, secret references, members). */
  evidence: SourcedAsset[];
}

function key(kind: string, id: string): string {
  return kind + '\u0000' + id;
}

export function wrap(asset: LiveAsset, source: JudgedSource): SourcedAsset {
  const ids: string[] = [];
  for (const raw of asset.identifiers) {
    const n = normalizeIdentifier(raw);
    if (!ids.includes(n)) ids.push(n);
  }
  return { asset, source, inventory: source.snapshot.covers.includes(asset.kind), ids };
}

export function indexRecords(records: readonly GovernanceRecord[]): Map<string, GovernanceRecord[]> {
  const index = new Map<string, GovernanceRecord[]>();
  for (const r of records) {
    const ids = new Set(r.identifiers.map(normalizeIdentifier));
    if (r.credential?.secretFingerprint) ids.add(r.credential.secretFingerprint);
    for (const id of ids) {
      const k = key(r.kind, id);
      const list = index.get(k);
      if (!list) index.set(k, [r]);
      else if (!list.includes(r)) list.push(r);
    }
  }
  return index;
}

function hits(index: Map<string, GovernanceRecord[]>, a: SourcedAsset): GovernanceRecord[] {
  let out: GovernanceRecord[] | undefined;
  for (const id of a.ids) {
    const rs = index.get(key(a.asset.kind, id));
    if (!rs) continue;
    if (!out) out = [...rs];
    else for (const r of rs) if (!out.includes(r)) out.push(r);
  }
  return out ?? [];
}

export function matchAssets(records: readonly GovernanceRecord[], assets: Iterable<SourcedAsset>): MatchResult {
  const index = indexRecords(records);
  const views = new Map<string, SourcedAsset[]>();
  const ambiguities: Ambiguity[] = [];
  const evidence: SourcedAsset[] = [];
  const pendingEnrichment: SourcedAsset[] = [];
  const unmatchedInventory: SourcedAsset[] = [];
  const attach = (r: GovernanceRecord, a: SourcedAsset) => {
    const list = views.get(r.key);
    if (list) list.push(a);
    else views.set(r.key, [a]);
  };

  for (const a of assets) {
    if (!isRecordKind(a.asset.kind)) {
      evidence.push(a);
      continue;
    }
    const rs = hits(index, a);
    if (rs.length === 1) attach(rs[0], a);
    else if (rs.length > 1) ambiguities.push({ asset: a, records: rs, direction: 'asset' });
    else if (a.inventory) unmatchedInventory.push(a);
    else pendingEnrichment.push(a);
  }

  // Second hop: fragments that share an id with an asset already in a view.
  const extended = new Map<string, GovernanceRecord | null>();
  const byKey = new Map(records.map((r) => [r.key, r]));
  for (const [rk, list] of views) {
    const r = byKey.get(rk)!;
    for (const a of list) {
      if (!a.inventory) continue;
      // An agent's MCP servers reach the servers' own exports (tools/list results, `mcp:<server>`).
      const linked = a.asset.kind === 'Agent' ? (a.asset.mcpServers ?? []).map((s) => `mcp:${s}`) : [];
      for (const id of [...a.ids, ...linked]) {
        const k = key(a.asset.kind, id);
        const prev = extended.get(k);
        extended.set(k, prev === undefined || prev === r ? r : null);
      }
    }
  }
  const leftover: SourcedAsset[] = [];
  for (const a of pendingEnrichment) {
    let target: GovernanceRecord | null | undefined;
    for (const id of a.ids) {
      const r = extended.get(key(a.asset.kind, id));
      if (r === undefined) continue;
      target = target === undefined || target === r ? r : null;
    }
    if (target) attach(target, a);
    else leftover.push(a);
  }

  // One record identifier that hits several distinct assets of one source type is a guess we refuse.
  for (const r of records) {
    const list = views.get(r.key);
    if (!list || list.length < 2) continue;
    for (const raw of r.identifiers) {
      const id = normalizeIdentifier(raw);
      const bySource = new Map<string, Map<string, SourcedAsset>>();
      for (const a of list) {
        if (!a.inventory || !a.ids.includes(id)) continue;
        const t = a.source.snapshot.source.type;
        const m = bySource.get(t) ?? new Map<string, SourcedAsset>();
        m.set(a.asset.id, a);
        bySource.set(t, m);
      }
      for (const m of bySource.values()) {
        if (m.size < 2) continue;
        const [first, ...others] = [...m.values()].sort((x, y) => (x.asset.id < y.asset.id ? -1 : 1));
        ambiguities.push({ asset: first, records: [r], direction: 'identifier', identifier: id, others });
      }
    }
  }

  return { views, unrecorded: groupUnrecorded(unmatchedInventory, leftover), ambiguities, evidence };
}

/** Unrecorded inventory assets that share an identifier are one thing seen twice; fragments join them. */
function groupUnrecorded(inventory: SourcedAsset[], fragments: SourcedAsset[]): SourcedAsset[][] {
  const parent = inventory.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const owner = new Map<string, number>();
  inventory.forEach((a, i) => {
    for (const id of a.ids) {
      const k = key(a.asset.kind, id);
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, SourcedAsset[]>();
  inventory.forEach((a, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(a);
    else groups.set(root, [a]);
  });
  for (const f of fragments) {
    for (const id of f.ids) {
      const j = owner.get(key(f.asset.kind, id));
      if (j !== undefined) {
        groups.get(find(j))!.push(f);
        break;
      }
    }
  }
  return [...groups.values()];
}
