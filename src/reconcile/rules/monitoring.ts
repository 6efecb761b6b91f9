/**
 * unmonitored: an active record of a kind policy wants watched shows no current monitoring
 * evidence. A monitor counts only if a fresh monitoring export shows it, it is not muted or
 * silenced, and it references the asset; or, for systems we have no export of, if a human
 * verified it within `policy.monitoringMaxAgeDays`.
 */
import type { Config } from '../../model/config.js';
import type { EvidenceFact } from '../../model/finding.js';
import { normalizeIdentifier } from '../../model/identifiers.js';
import type { GovernanceRecord, MonitoringRef } from '../../model/record.js';
import type { RuleContext } from '../context.js';
import { issueOnly, type Draft } from '../findings.js';
import { ageDays, day } from '../format.js';
import type { SourcedAsset } from '../match.js';
import { MentionIndex } from '../mention-index.js';
import type { JudgedSource } from '../sources.js';

/** `prometheus-rules` → `prometheus`, `datadog-monitors` → `datadog`. */
export function monitorSystem(a: SourcedAsset): string {
  return systemOfSource(a.source);
}

function referenceText(a: SourcedAsset): string {
  const refs = a.asset.attributes?.references;
  return [a.asset.name ?? '', ...(Array.isArray(refs) ? refs : typeof refs === 'string' ? [refs] : [])].join('\n');
}

/**
 * What monitoring evidence depends on, and nothing else: the policy, the clock, the sources and
 * the run's monitors. Not matching, not views: so it can be worked out on another thread while
 * this one matches (see `monitoring-job.ts`). A `RuleContext` is one.
 */
export interface MonitoringInputs {
  config: { policy: Pick<Config['policy'], 'monitoringRequiredFor' | 'monitoringMaxAgeDays'> };
  now: number;
  sources: readonly JudgedSource[];
  monitors: readonly SourcedAsset[];
}

/** The part of a record its monitoring depends on (what a worker keeps of the records it loaded). */
export type MonitoredRecord = Pick<GovernanceRecord, 'kind' | 'name' | 'identifiers' | 'lifecycle' | 'monitoring'> & { location: { file: string } };

/** A record's `MonitoredRecord` part, sharing its values. */
export function monitoredPart(r: MonitoredRecord): MonitoredRecord {
  return { kind: r.kind, name: r.name, identifiers: r.identifiers, lifecycle: r.lifecycle, monitoring: r.monitoring, location: { file: r.location.file } };
}

/** Words that identify the record inside a monitor's query or labels. */
export function mentionTokens(record: MonitoredRecord): string[] {
  const out = new Set<string>([record.name]);
  for (const raw of record.identifiers) {
    const id = normalizeIdentifier(raw);
    out.add(id);
    // What follows the last `/` or `:` (the whole id when it has neither).
    const tail = id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf(':')) + 1);
    if (tail) out.add(tail);
  }
  return [...out].filter((t) => t.length >= 4);
}

function mentions(text: string, tokens: string[]): boolean {
  return tokens.some((t) => text.includes(t));
}

/**
 * The run's monitors, indexed once: by system, by the ids a declared `ref` can name, and by the
 * text they reference (for monitors nobody declared). Scanning every monitor for every record
 * was quadratic; these lookups return the same monitors, in the same order.
 */
interface MonitorIndex {
  bySystem: Map<string, SourcedAsset[]>;
  /** system → asset id → positions in `bySystem`, ascending. */
  byId: Map<string, Map<string, number[]>>;
  /** system → normalised id → positions in `bySystem`, ascending. */
  byNormalId: Map<string, Map<string, number[]>>;
  /** The text each monitor references, read once. */
  text: Map<SourcedAsset, string>;
  freshSources: Map<string, JudgedSource[]>;
  staleSources: Map<string, JudgedSource[]>;
  /** Trusted, unmuted monitors (the only ones that can watch undeclared), in `ctx.monitors` order. */
  watching: SourcedAsset[];
  /** `system:normalised id` of each watching monitor, to skip the declared ones. */
  watchingKeys: string[];
  texts: MentionIndex;
}

const indexes = new WeakMap<MonitoringInputs, MonitorIndex>();

/** The monitoring system a source belongs to, from its type's first word. */
function systemOfSource(j: JudgedSource): string {
  return j.snapshot.source.type.split('-')[0].toLowerCase();
}

function monitorIndex(ctx: MonitoringInputs): MonitorIndex {
  const known = indexes.get(ctx);
  if (known) return known;
  const bySystem = new Map<string, SourcedAsset[]>();
  const byId = new Map<string, Map<string, number[]>>();
  const byNormalId = new Map<string, Map<string, number[]>>();
  const text = new Map<SourcedAsset, string>();
  const watching: SourcedAsset[] = [];
  const watchingKeys: string[] = [];
  const note = (map: Map<string, number[]>, key: string, pos: number) => {
    const at = map.get(key);
    if (at === undefined) map.set(key, [pos]);
    else if (at[at.length - 1] !== pos) at.push(pos);
  };
  for (const a of ctx.monitors) {
    const system = monitorSystem(a);
    let list = bySystem.get(system);
    if (list === undefined) {
      bySystem.set(system, (list = []));
      byId.set(system, new Map());
      byNormalId.set(system, new Map());
    }
    const pos = list.length;
    list.push(a);
    note(byId.get(system)!, a.asset.id, pos);
    const normal = byNormalId.get(system)!;
    for (const id of a.ids) note(normal, id, pos);
    text.set(a, referenceText(a));
    if (a.source.trusted && a.asset.active !== false) {
      watching.push(a);
      watchingKeys.push(`${system}:${normalizeIdentifier(a.asset.id)}`);
    }
  }
  const freshSources = new Map<string, JudgedSource[]>();
  const staleSources = new Map<string, JudgedSource[]>();
  for (const j of ctx.sources) {
    if (!j.snapshot.covers.includes('Monitor')) continue;
    const target = j.trusted ? freshSources : staleSources;
    const system = systemOfSource(j);
    const list = target.get(system) ?? [];
    if (!list.includes(j)) list.push(j);
    target.set(system, list);
  }
  const index: MonitorIndex = { bySystem, byId, byNormalId, text, freshSources, staleSources, watching, watchingKeys, texts: new MentionIndex(watching.map((a) => text.get(a)!)) };
  indexes.set(ctx, index);
  return index;
}

/** Monitors of `system` whose asset id is `ref` or whose ids include `normalisedRef`, in export order. */
function monitorsNamed(index: MonitorIndex, system: string, ref: string, normalisedRef: string): SourcedAsset[] {
  const list = index.bySystem.get(system);
  if (!list) return [];
  const a = index.byId.get(system)!.get(ref) ?? [];
  const b = index.byNormalId.get(system)!.get(normalisedRef) ?? [];
  const same = a.length === b.length && a.every((p, i) => p === b[i]);
  const positions = b.length === 0 || same ? a : a.length === 0 ? b : [...new Set([...a, ...b])].sort((x, y) => x - y);
  return positions.map((p) => list[p]);
}

export interface MonitoringOutcome {
  /** Applies: an active or deprecated record of a kind policy wants watched. */
  required: boolean;
  ok: EvidenceFact[];
  problems: EvidenceFact[];
}

function checkDeclared(m: MonitoringRef, record: MonitoredRecord, ctx: MonitoringInputs, tokens: string[], out: MonitoringOutcome): void {
  const system = m.system.toLowerCase();
  const index = monitorIndex(ctx);
  const freshSources = index.freshSources.get(system) ?? [];
  const ref = normalizeIdentifier(m.ref);
  if (freshSources.length > 0) {
    const found = monitorsNamed(index, system, m.ref, ref).filter((a) => a.source.trusted);
    if (found.length === 0) {
      out.problems.push({ fact: `declared ${m.system} monitor \`${m.ref}\` does not exist in the export`, source: freshSources.map((j) => j.label).join(', '), at: freshSources[0].snapshot.collectedAt });
      return;
    }
    for (const a of found) {
      const label = `${m.system} monitor \`${a.asset.name ?? m.ref}\``;
      if (a.asset.active === false) {
        out.problems.push({ fact: `${label} is muted or silenced`, source: a.source.label, at: a.source.snapshot.collectedAt });
      } else if (!mentions(index.text.get(a)!, tokens)) {
        out.problems.push({ fact: `${label} does not reference this asset (looked for ${tokens.map((t) => `\`${t}\``).join(', ')})`, source: a.source.label, at: a.source.snapshot.collectedAt });
      } else {
        out.ok.push({ fact: `watched by ${label}`, source: a.source.label, at: a.source.snapshot.collectedAt });
      }
    }
    return;
  }
  const stale = index.staleSources.get(system) ?? [];
  if (m.verifiedAt) {
    const age = ageDays(m.verifiedAt, ctx.now);
    if (age <= ctx.config.policy.monitoringMaxAgeDays) {
      out.ok.push({ fact: `${m.system} monitor \`${m.ref}\` verified by a human on ${day(m.verifiedAt)}`, source: record.location.file, at: m.verifiedAt });
    } else {
      out.problems.push({ fact: `${m.system} monitor \`${m.ref}\` was last verified ${day(m.verifiedAt)}, ${age} days ago (policy allows ${ctx.config.policy.monitoringMaxAgeDays})`, source: record.location.file, at: m.verifiedAt });
    }
    return;
  }
  out.problems.push({
    fact: stale.length
      ? `${m.system} monitor \`${m.ref}\` cannot be confirmed: the ${m.system} export is ${stale.map((j) => j.health.status).join('/')}`
      : `${m.system} monitor \`${m.ref}\` has no evidence: no ${m.system} export and no \`verifiedAt\``,
    source: stale.length ? stale.map((j) => j.label).join(', ') : record.location.file,
    at: null,
  });
}

/** What proves (or fails to prove) that a record is watched. Used by the rule and by coverage. */
export function monitoringOutcome(r: MonitoredRecord, ctx: MonitoringInputs): MonitoringOutcome {
  const required = ctx.config.policy.monitoringRequiredFor.includes(r.kind) && (r.lifecycle === 'active' || r.lifecycle === 'deprecated');
  const tokens = mentionTokens(r);
  const outcome: MonitoringOutcome = { required, ok: [], problems: [] };
  for (const m of r.monitoring) checkDeclared(m, r, ctx, tokens, outcome);
  // Monitors nobody declared still count if a fresh export shows them watching this asset.
  // Most records declare nothing: no set to build or ask.
  const declared = r.monitoring.length === 0 ? null : new Set(r.monitoring.map((m) => `${m.system.toLowerCase()}:${normalizeIdentifier(m.ref)}`));
  const index = monitorIndex(ctx);
  for (const n of index.texts.containing(tokens)) {
    const a = index.watching[n];
    if (declared !== null && declared.has(index.watchingKeys[n])) continue;
    outcome.ok.push({ fact: `watched by ${monitorSystem(a)} monitor \`${a.asset.name ?? a.asset.id}\` (found in the export, not declared)`, source: a.source.label, at: a.source.snapshot.collectedAt });
  }
  return outcome;
}

export function unmonitored(ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  for (const s of ctx.states) {
    const r = s.record;
    const outcome = s.monitoring ?? monitoringOutcome(r, ctx);
    if (!outcome.required || outcome.ok.length > 0) continue;
    const evidence = r.monitoring.length === 0 ? [{ fact: 'the record declares no monitoring, and no monitoring export references it', source: r.location.file, at: null }] : outcome.problems;
    out.push({
      type: 'unmonitored',
      record: r,
      assetKey: '',
      title: `${r.kind} ${r.name} has no current monitoring evidence`,
      evidence,
      remediation: issueOnly(r.monitoring.length === 0 ? 'Declare the monitor that watches it under `spec.monitoring` and make sure a monitoring export (Prometheus rules, Datadog monitors) includes it.' : 'Unmute or recreate the monitor, make it reference the asset, or update `spec.monitoring` (with `verifiedAt` for systems without an export).'),
    });
  }
  return out;
}
