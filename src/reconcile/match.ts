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
import { indexRecords, type FirstOfKey, type RecordIndex } from '../model/record-index.js';
import { assetEvidence, type AssetEvidence, type LiveAsset } from '../model/snapshot.js';
import type { JudgedSource } from './sources.js';

export interface SourcedAsset {
  asset: LiveAsset;
  source: JudgedSource;
  /** The source covers this asset's kind: its presence and absence mean something. */
  inventory: boolean;
  ids: string[];
  /** Where the asset is in its snapshot's `assets` (-1: not known), which streamed evidence needs. */
  position: number;
}

/** The asset's evidence (file, index, line): its own, or where its streamed file had it. */
export function sourcedEvidence(a: SourcedAsset): AssetEvidence | undefined {
  return assetEvidence(a.source.snapshot, a.asset, a.position);
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

export function wrap(asset: LiveAsset, source: JudgedSource, position = -1): SourcedAsset {
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
  return { asset, source, inventory: source.snapshot.covers.includes(asset.kind), ids: ids ?? raw, position };
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
  const m = new Matcher(indexRecords(records));
  for (const a of assets) m.add(a);
  return m.finish();
}

/**
 * `matchAssets` over every asset of the sources, wrapped as it is read (a million assets are
 * read once, with no generator between the loops). Returns the number of assets too. `index`,
 * when the caller has one, must be of these very records.
 */
export function matchSources(
  records: readonly GovernanceRecord[],
  sources: readonly JudgedSource[],
  index: RecordIndex = indexRecords(records),
): { match: MatchResult; assets: number; firstOfKey: FirstOfKey } {
  if (index.records !== records || index.firstOfKey.at.length !== records.length) throw new Error('matchSources: the record index is not of these records');
  const m = new Matcher(index);
  let count = 0;
  for (const j of sources) {
    const assets = j.snapshot.assets;
    count += assets.length;
    for (let i = 0; i < assets.length; i++) m.add(wrap(assets[i], j, i));
  }
  return { match: m.finish(), assets: count, firstOfKey: m.firstOfKey };
}

/** Matching as a stream: `add` each asset, then `finish` once. */
class Matcher {
  private readonly index: Map<string, Map<string, number[]>>;
  /** Each record's view list by position (records sharing a key share the first one's). */
  private readonly slotOf: Int32Array;
  private readonly lists: Array<SourcedAsset[] | undefined>;
  /** The positions in the order their lists began. */
  private readonly begun: number[] = [];
  private readonly ambiguities: Ambiguity[] = [];
  private readonly evidence: SourcedAsset[] = [];
  private readonly pendingEnrichment: SourcedAsset[] = [];
  private readonly unmatchedInventory: SourcedAsset[] = [];

  private readonly records: readonly GovernanceRecord[];
  readonly firstOfKey: FirstOfKey;

  constructor(index: RecordIndex) {
    this.records = index.records;
    this.index = index.byKind;
    this.firstOfKey = index.firstOfKey;
    this.slotOf = index.firstOfKey.at;
    this.lists = new Array(index.records.length);
  }

  private attach(record: number, a: SourcedAsset): void {
    const pos = this.slotOf[record];
    const list = this.lists[pos];
    if (list) list.push(a);
    else {
      this.lists[pos] = [a];
      this.begun.push(pos);
    }
  }

  add(a: SourcedAsset): void {
    if (!isRecordKind(a.asset.kind)) {
      this.evidence.push(a);
      return;
    }
    const rs = hits(this.index.get(a.asset.kind), a);
    if (rs.length === 1) this.attach(rs[0], a);
    else if (rs.length > 1) this.ambiguities.push({ asset: a, records: rs.map((p) => this.records[p]), direction: 'asset' });
    else if (a.inventory) this.unmatchedInventory.push(a);
    else this.pendingEnrichment.push(a);
  }

  finish(): MatchResult {
    const { records, slotOf, lists, begun, ambiguities, pendingEnrichment } = this;
    // Second hop: fragments that share an id with an asset already in a view. Only fragments left
    // without a direct hit need it.
    const extended = new Map<string, number | null>();
    if (pendingEnrichment.length > 0) {
      for (const pos of begun) {
        for (const a of lists[pos]!) {
          if (!a.inventory) continue;
          // An agent's MCP servers reach the servers' own exports (tools/list results, `mcp:<server>`).
          const linked = a.asset.kind === 'Agent' ? (a.asset.mcpServers ?? []).map((s) => `mcp:${s}`) : [];
          for (const id of [...a.ids, ...linked]) {
            const k = key(a.asset.kind, id);
            const prev = extended.get(k);
            extended.set(k, prev === undefined || prev === pos ? pos : null);
          }
        }
      }
    }
    const leftover: SourcedAsset[] = [];
    for (const a of pendingEnrichment) {
      let target: number | null | undefined;
      for (const id of a.ids) {
        const pos = extended.get(key(a.asset.kind, id));
        if (pos === undefined) continue;
        target = target === undefined || target === pos ? pos : null;
      }
      if (target !== undefined && target !== null) this.attach(target, a);
      else leftover.push(a);
    }

    // One record identifier that hits several distinct assets of one source type is a guess we refuse.
    for (let p = 0; p < records.length; p++) {
      const list = lists[slotOf[p]];
      if (!list || list.length < 2) continue;
      // It takes two inventory assets to make this ambiguity: most views hold one and enrichment.
      let inventory = 0;
      for (const a of list) if (a.inventory && ++inventory === 2) break;
      if (inventory < 2) continue;
      const r = records[p];
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
    let views: Map<string, SourcedAsset[]> | undefined;
    return {
      // Built on first use: reconciling reads `byRecord`, and 200,000 keyed entries are not free.
      get views() {
        return (views ??= new Map(begun.map((pos) => [records[pos].key, lists[pos]!])));
      },
      byRecord,
      unrecorded: groupUnrecorded(this.unmatchedInventory, leftover),
      ambiguities,
      evidence: this.evidence,
    };
  }
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
