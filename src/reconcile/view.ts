/**
 * One view of a live asset merged from every source that saw it: the IAM user and its keys, an
 * endpoint and its traffic, a service account and its role bindings. Each merged value keeps the
 * source it came from, so evidence can cite it.
 */
import type { SourcedAsset } from './match.js';
import type { JudgedSource } from './sources.js';

export interface Sourced<T> {
  value: T;
  source: string;
  at: string | null;
}

export interface LiveView {
  assets: SourcedAsset[];
  /** Inventory assets (from sources covering the kind). */
  inventory: SourcedAsset[];
  /** Enabled, from the most recently collected source that says either way. */
  active?: Sourced<boolean>;
  lastUsedAt?: Sourced<string>;
  /** Known never used by every source that knows usage. */
  neverUsed: boolean;
  lastActivityAt?: Sourced<string>;
  traffic?: Sourced<{ count: number; start: string | null; end: string | null; lastAt: string | null }>;
  createdAt?: Sourced<string>;
  rotatedAt?: Sourced<string>;
  expiresAt?: Sourced<string>;
  permissions: Map<string, string>;
  tools: Map<string, string>;
  dataSources: Map<string, string>;
  mcpServers: Map<string, string>;
  ownerHints: Map<string, string>;
  model?: Sourced<string>;
  version?: Sourced<string>;
}

function later<T>(a: Sourced<T> | undefined, value: T | null | undefined, when: string | null | undefined, source: string, at: string | null): Sourced<T> | undefined {
  if (value === null || value === undefined || when === null || when === undefined) return a;
  if (!a || String(when) > String(a.value)) return { value, source, at };
  return a;
}

/** A map that refuses changes: the one empty map every view without such values shares. */
class EmptyMap extends Map<string, string> {
  override set(): this {
    throw new TypeError('a view map without values is shared and read-only');
  }
}
const EMPTY: Map<string, string> = new EmptyMap();

/** `values` added to `m` (made on first need), each with the source that first showed it. */
function addAll(m: Map<string, string>, values: readonly string[] | undefined, source: string): Map<string, string> {
  if (values === undefined || values.length === 0) return m;
  const out = m === EMPTY ? new Map<string, string>() : m;
  for (const v of values) if (!out.has(v)) out.set(v, source);
  return out;
}

/** Newest collection first, then source label, then asset id. */
export function compareNewestFirst(a: SourcedAsset, b: SourcedAsset): number {
  return (a.source.snapshot.collectedAt ?? '') > (b.source.snapshot.collectedAt ?? '') ? -1 : (a.source.snapshot.collectedAt ?? '') < (b.source.snapshot.collectedAt ?? '') ? 1 : a.source.label < b.source.label ? -1 : a.source.label > b.source.label ? 1 : a.asset.id < b.asset.id ? -1 : 1;
}

/** Strictly before in `compareNewestFirst` order; assets of one source compare by id alone. */
function before(a: SourcedAsset, b: SourcedAsset): boolean {
  if (a.source !== b.source) {
    // Ranked sources (see rankSources) compare by number; equal ranks mean equal time and label.
    const ra = a.source.rank;
    const rb = b.source.rank;
    if (ra !== undefined && rb !== undefined) {
      if (ra !== rb) return ra < rb;
      return a.asset.id < b.asset.id;
    }
    const ta = a.source.snapshot.collectedAt ?? '';
    const tb = b.source.snapshot.collectedAt ?? '';
    if (ta !== tb) return ta > tb;
    if (a.source.label !== b.source.label) return a.source.label < b.source.label;
  }
  return a.asset.id < b.asset.id;
}

/**
 * Numbers the run's sources in `compareNewestFirst` order (newest collection first, then label),
 * equal time and label sharing a number, so ordering a view compares numbers, not strings.
 */
export function rankSources(sources: readonly JudgedSource[]): void {
  const key = (j: JudgedSource) => j.snapshot.collectedAt ?? '';
  const sorted = [...sources].sort((a, b) => (key(a) > key(b) ? -1 : key(a) < key(b) ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  let rank = 0;
  sorted.forEach((j, i) => {
    if (i > 0 && (key(j) !== key(sorted[i - 1]) || j.label !== sorted[i - 1].label)) rank++;
    j.rank = rank;
  });
}

/**
 * The assets in `compareNewestFirst` order, as `Array.prototype.sort` leaves them. Below 64
 * elements V8 sorts by binary insertion, which keeps elements the comparator cannot order (equal
 * ids) in input order: a stable insertion sort gives the same array, without a copy-and-sort per
 * view. Larger views use the sort itself.
 */
export function newestFirst(assets: SourcedAsset[]): SourcedAsset[] {
  const n = assets.length;
  if (n < 2) return assets;
  if (n >= 64) return [...assets].sort(compareNewestFirst);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (!before(assets[i - 1], assets[i])) sorted = false;
  if (sorted) return assets;
  const out = assets.slice();
  for (let i = 1; i < n; i++) {
    const x = out[i];
    let j = i - 1;
    while (j >= 0 && before(x, out[j])) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = x;
  }
  return out;
}

/** The inventory assets: `assets` itself when all are (most views), read-only either way. */
function inventoryOf(assets: SourcedAsset[]): SourcedAsset[] {
  for (let i = 0; i < assets.length; i++) if (!assets[i].inventory) return assets.filter((a) => a.inventory);
  return assets;
}

export function mergeView(assets: SourcedAsset[]): LiveView {
  // Every field present from the start (unset ones undefined), so all views share one shape.
  const view: LiveView = {
    assets,
    inventory: inventoryOf(assets),
    active: undefined,
    lastUsedAt: undefined,
    neverUsed: false,
    lastActivityAt: undefined,
    traffic: undefined,
    createdAt: undefined,
    rotatedAt: undefined,
    expiresAt: undefined,
    permissions: EMPTY,
    tools: EMPTY,
    dataSources: EMPTY,
    mcpServers: EMPTY,
    ownerHints: EMPTY,
    model: undefined,
    version: undefined,
  };
  let activeAt = '';
  let usageKnown = 0;
  let neverCount = 0;
  // Newest collection first, so "the latest source" wins ties deterministically.
  const ordered = newestFirst(assets);
  for (const s of ordered) {
    const a = s.asset;
    const src = s.source.label;
    const at = s.source.snapshot.collectedAt;
    if (a.active !== undefined && (view.active === undefined || (at ?? '') > activeAt)) {
      view.active = { value: a.active, source: src, at };
      activeAt = at ?? '';
    }
    if (a.lastUsedAt !== undefined) {
      usageKnown++;
      if (a.lastUsedAt === null) neverCount++;
      view.lastUsedAt = later(view.lastUsedAt, a.lastUsedAt, a.lastUsedAt, src, at);
    }
    if (a.lastActivityAt != null) view.lastActivityAt = later(view.lastActivityAt, a.lastActivityAt, a.lastActivityAt, src, at);
    if (a.traffic) {
      const t = a.traffic;
      const prev = view.traffic;
      if (!prev || (t.lastAt ?? '') > (prev.value.lastAt ?? '') || (t.lastAt === prev.value.lastAt && t.count > prev.value.count)) {
        view.traffic = { value: { count: t.count, start: t.window.start, end: t.window.end, lastAt: t.lastAt ?? null }, source: src, at };
      }
    }
    if (a.createdAt && (!view.createdAt || a.createdAt < view.createdAt.value)) view.createdAt = { value: a.createdAt, source: src, at };
    if (a.rotatedAt != null) view.rotatedAt = later(view.rotatedAt, a.rotatedAt, a.rotatedAt, src, at);
    if (a.expiresAt && (!view.expiresAt || a.expiresAt < view.expiresAt.value)) view.expiresAt = { value: a.expiresAt, source: src, at };
    view.permissions = addAll(view.permissions, a.permissions, src);
    view.tools = addAll(view.tools, a.tools, src);
    view.dataSources = addAll(view.dataSources, a.dataSources, src);
    view.mcpServers = addAll(view.mcpServers, a.mcpServers, src);
    view.ownerHints = addAll(view.ownerHints, a.ownerHints, src);
    if (a.model && !view.model && s.inventory) view.model = { value: a.model, source: src, at };
    if (a.version && !view.version && s.inventory) view.version = { value: a.version, source: src, at };
  }
  view.neverUsed = usageKnown > 0 && neverCount === usageKnown;
  if (view.neverUsed) view.lastUsedAt = undefined;
  return view;
}
