/**
 * Coverage per kind and the attestation per record: what the governance repo can prove, and how.
 * A kind's governed coverage is (recorded ∧ owned ∧ monitored) ÷ live, over live assets seen in
 * fresh sources. Kinds policy does not require monitoring for count as monitored.
 */
import { RECORD_KINDS, type RecordKind } from '../model/kinds.js';
import type { Attestation, KindCoverage } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import type { RecordState, RuleContext } from './context.js';
import { day } from './format.js';
import { isOwned } from './input.js';

function monitored(s: RecordState): boolean {
  const m = s.monitoring;
  return !m || !m.required || m.ok.length > 0;
}

export function coverage(ctx: RuleContext, findings: readonly Finding[]): KindCoverage[] {
  const unverifiable = new Map<string, number>();
  for (const f of findings) if (f.type === 'unverifiable' && f.record) unverifiable.set(f.record.kind, (unverifiable.get(f.record.kind) ?? 0) + 1);
  // One pass over the records, counting per kind.
  const tally = new Map<string, { records: number; recorded: number; owned: number; monitored: number; governed: number }>();
  for (const kind of RECORD_KINDS) tally.set(kind, { records: 0, recorded: 0, owned: 0, monitored: 0, governed: 0 });
  for (const s of ctx.states) {
    const t = tally.get(s.record.kind);
    if (!t) continue;
    t.records++;
    if (!s.seenFresh) continue;
    t.recorded++;
    const o = isOwned(s.ownership, ctx.config);
    const m = monitored(s);
    if (o) t.owned++;
    if (m) t.monitored++;
    if (o && m) t.governed++;
  }
  return RECORD_KINDS.map((kind: RecordKind) => {
    const t = tally.get(kind)!;
    const unrecorded = ctx.unrecorded.filter((g) => g.some((a) => a.inventory && a.asset.kind === kind && a.source.trusted && a.asset.active !== false)).length;
    const live = t.recorded + unrecorded;
    return {
      kind,
      live,
      recorded: t.recorded,
      owned: t.owned,
      monitored: t.monitored,
      unverifiable: unverifiable.get(kind) ?? 0,
      records: t.records,
      governedCoverage: live === 0 ? null : Math.round((t.governed / live) * 10_000) / 10_000,
    };
  });
}

function ownershipProof(o: RecordState['ownership']): string {
  return o.line === null
    ? 'no CODEOWNERS rule matches'
    : o.owners.length === 0
      ? `CODEOWNERS line ${o.line} removes ownership`
      : `CODEOWNERS line ${o.line} (${o.pattern})${o.catchAll ? ', a catch-all' : ''}`;
}

export function attestations(ctx: RuleContext): Attestation[] {
  // Records of one manifest share one ownership object: word its proof once.
  const proofs = new Map<RecordState['ownership'], string>();
  return ctx.states.map((s) => {
    const r = s.record;
    const o = s.ownership;
    const m = s.monitoring;
    let proof = proofs.get(o);
    if (proof === undefined) proofs.set(o, (proof = ownershipProof(o)));
    let retirement: Attestation['retirement'] = null;
    if (r.lifecycle === 'retired') {
      const trusted = ctx.scopeOf(r).filter((j) => j.trusted);
      if (s.view.active?.value === true) retirement = { proof: `still enabled in ${s.view.active.source}`, at: s.view.active.at };
      else if (s.seenFresh) retirement = { proof: `present but disabled in ${s.view.inventory.filter((a) => a.source.trusted).map((a) => a.source.label).join(', ')}`, at: s.view.active?.at ?? null };
      else if (trusted.length) retirement = { proof: `absent from fresh, complete ${trusted.map((j) => j.label).join(', ')}`, at: trusted.map((j) => j.snapshot.collectedAt ?? '').sort()[0] || null };
      else retirement = { proof: `unverified: no fresh, complete source covers it${r.retiredAt ? ` (retired ${day(r.retiredAt)})` : ''}`, at: null };
    }
    return {
      record: r.key,
      file: r.location.file,
      line: r.location.line,
      ownership: { owners: o.owners, codeownersLine: o.line, proof },
      monitoring: m?.ok[0] ? { proof: `${m.ok[0].fact} (${m.ok[0].source})`, at: m.ok[0].at } : null,
      retirement,
      liveMatches: liveMatches(s),
    };
  });
}

/** `source:id` of each inventory asset, sorted, each once. */
function liveMatches(s: RecordState): string[] {
  const inventory = s.view.inventory;
  if (inventory.length === 0) return [];
  if (inventory.length === 1) return [`${inventory[0].source.label}:${inventory[0].asset.id}`];
  return [...new Set(inventory.map((a) => `${a.source.label}:${a.asset.id}`))].sort();
}
