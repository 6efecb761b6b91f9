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
  /** The same lists by position in `records` (undefined: no asset), to walk records without key lookups. */
  byRecord: Array<SourcedAsset[] | undefined>;
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
  const raw = asset.identifiers;
  // Usually every id is already normal and distinct: then the asset's own list is the answer.
  let ids: string[] | null = null;
  for (let i = 0; i < raw.length; i++) {
    const n = normalizeIdentifier(raw[i]);
    if (ids === null) {
      if (n === raw[i] && (i === 0 || raw.lastIndexOf(n, i - 1) < 0)) continue;
      ids = raw.slice(0, i);
    }
    if (!ids.includes(n)) ids.push(n);
  }
  return { asset, source, inventory: source.snapshot.covers.includes(asset.kind), ids: ids ?? raw };
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

/** Record positions by kind, then by normalised identifier: no key string built per lookup. */
function indexByKind(records: readonly GovernanceRecord[]): Map<string, Map<string, number[]>> {
  const index = new Map<string, Map<string, number[]>>();
  records.forEach((r, pos) => {
    let byId = index.get(r.kind);
    if (byId === undefined) index.set(r.kind, (byId = new Map()));
    const ids = new Set(r.identifiers.map(normalizeIdentifier));
    if (r.credential?.secretFingerprint) ids.add(r.credential.secretFingerprint);
    for (const id of ids) {
      const list = byId.get(id);
      if (!list) byId.set(id, [pos]);
      else if (!list.includes(pos)) list.push(pos);
    }
  });
  return index;
}

const NO_HITS: readonly number[] = Object.freeze([]);

/** Positions of the records an asset's ids hit, in first-hit order. Read-only: often the index's own list. */
function hits(byId: Map<string, number[]> | undefined, a: SourcedAsset): readonly number[] {
  if (byId === undefined) return NO_HITS;
  let out: number[] | undefined;
  let own = false;
  for (const id of a.ids) {
    const rs = byId.get(id);
    if (!rs || rs === out) continue;
    if (!out) out = rs;
    else {
      if (!own) {
        out = [...out];
        own = true;
      }
      for (const r of rs) if (!out.includes(r)) out.push(r);
    }
  }
  return out ?? NO_HITS;
}

export function matchAssets(records: readonly GovernanceRecord[], assets: Iterable<SourcedAsset>): MatchResult {
  const index = indexByKind(records);
  // Each record's view list by record position (records sharing a key share the first one's), and
  // the positions in the order their lists began.
  const slotOf = new Int32Array(records.length);
  const firstOf = new Map<string, number>();
  records.forEach((r, pos) => {
    const first = firstOf.get(r.key);
    if (first === undefined) firstOf.set(r.key, pos);
    slotOf[pos] = first ?? pos;
  });
  const lists: Array<SourcedAsset[] | undefined> = new Array(records.length);
  const begun: number[] = [];
  const ambiguities: Ambiguity[] = [];
  const evidence: SourcedAsset[] = [];
  const pendingEnrichment: SourcedAsset[] = [];
  const unmatchedInventory: SourcedAsset[] = [];
  const attach = (record: number, a: SourcedAsset) => {
    const pos = slotOf[record];
    const list = lists[pos];
    if (list) list.push(a);
    else {
      lists[pos] = [a];
      begun.push(pos);
    }
  };

  for (const a of assets) {
    if (!isRecordKind(a.asset.kind)) {
      evidence.push(a);
      continue;
    }
    const rs = hits(index.get(a.asset.kind), a);
    if (rs.length === 1) attach(rs[0], a);
    else if (rs.length > 1) ambiguities.push({ asset: a, records: rs.map((p) => records[p]), direction: 'asset' });
    else if (a.inventory) unmatchedInventory.push(a);
    else pendingEnrichment.push(a);
  }
  const views = new Map<string, SourcedAsset[]>();
  for (const pos of begun) views.set(records[pos].key, lists[pos]!);

  // Second hop: fragments that share an id with an asset already in a view.
  const extended = new Map<string, GovernanceRecord | null>();
  const byKey = pendingEnrichment.length === 0 ? new Map<string, GovernanceRecord>() : new Map(records.map((r) => [r.key, r]));
  // Only fragments left without a direct hit need the second hop.
  for (const [rk, list] of pendingEnrichment.length === 0 ? [] : views) {
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
    if (target) {
      const list = views.get(target.key);
      if (list) list.push(a);
      else views.set(target.key, [a]);
    } else leftover.push(a);
  }

  // One record identifier that hits several distinct assets of one source type is a guess we refuse.
  for (const r of records) {
    const list = views.get(r.key);
    if (!list || list.length < 2) continue;
    // It takes two inventory assets to make this ambiguity: most views hold one and enrichment.
    let inventory = 0;
    for (const a of list) if (a.inventory && ++inventory === 2) break;
    if (inventory < 2) continue;
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

  const byRecord = Array.from(slotOf, (pos) => lists[pos]);
  return { views, byRecord, unrecorded: groupUnrecorded(unmatchedInventory, leftover), ambiguities, evidence };
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
