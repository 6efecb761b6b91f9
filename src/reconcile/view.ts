/**
 * One view of a live asset merged from every source that saw it: the IAM user and its keys, an
 * endpoint and its traffic, a service account and its role bindings. Each merged value keeps the
 * source it came from, so evidence can cite it.
 */
import type { SourcedAsset } from './match.js';

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

function addAll(m: Map<string, string>, values: readonly string[] | undefined, source: string): void {
  for (const v of values ?? []) if (!m.has(v)) m.set(v, source);
}

export function mergeView(assets: SourcedAsset[]): LiveView {
  const view: LiveView = {
    assets,
    inventory: assets.filter((a) => a.inventory),
    neverUsed: false,
    permissions: new Map(),
    tools: new Map(),
    dataSources: new Map(),
    mcpServers: new Map(),
    ownerHints: new Map(),
  };
  let activeAt = '';
  let usageKnown = 0;
  let neverCount = 0;
  // Newest collection first, so "the latest source" wins ties deterministically.
  const ordered = [...assets].sort((a, b) => (a.source.snapshot.collectedAt ?? '') > (b.source.snapshot.collectedAt ?? '') ? -1 : (a.source.snapshot.collectedAt ?? '') < (b.source.snapshot.collectedAt ?? '') ? 1 : a.source.label < b.source.label ? -1 : a.source.label > b.source.label ? 1 : a.asset.id < b.asset.id ? -1 : 1);
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
    view.lastActivityAt = later(view.lastActivityAt, a.lastActivityAt, a.lastActivityAt, src, at);
    if (a.traffic) {
      const t = a.traffic;
      const prev = view.traffic;
      if (!prev || (t.lastAt ?? '') > (prev.value.lastAt ?? '') || (t.lastAt === prev.value.lastAt && t.count > prev.value.count)) {
        view.traffic = { value: { count: t.count, start: t.window.start, end: t.window.end, lastAt: t.lastAt ?? null }, source: src, at };
      }
    }
    if (a.createdAt && (!view.createdAt || a.createdAt < view.createdAt.value)) view.createdAt = { value: a.createdAt, source: src, at };
    view.rotatedAt = later(view.rotatedAt, a.rotatedAt, a.rotatedAt, src, at);
    if (a.expiresAt && (!view.expiresAt || a.expiresAt < view.expiresAt.value)) view.expiresAt = { value: a.expiresAt, source: src, at };
    addAll(view.permissions, a.permissions, src);
    addAll(view.tools, a.tools, src);
    addAll(view.dataSources, a.dataSources, src);
    addAll(view.mcpServers, a.mcpServers, src);
    addAll(view.ownerHints, a.ownerHints, src);
    if (a.model && !view.model && s.inventory) view.model = { value: a.model, source: src, at };
    if (a.version && !view.version && s.inventory) view.version = { value: a.version, source: src, at };
  }
  view.neverUsed = usageKnown > 0 && neverCount === usageKnown;
  if (view.neverUsed) view.lastUsedAt = undefined;
  return view;
}

/** The latest sign of use or traffic, with where it came from. */
export function lastActivity(view: LiveView): Sourced<string> | undefined {
  let best: Sourced<string> | undefined;
  for (const c of [view.lastUsedAt, view.lastActivityAt, view.traffic?.value.lastAt ? { value: view.traffic.value.lastAt, source: view.traffic.source, at: view.traffic.at } : undefined]) {
    if (c && (!best || c.value > best.value)) best = c;
  }
  return best;
}
