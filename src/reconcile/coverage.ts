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

function owned(s: RecordState, ctx: RuleContext): boolean {
  return s.ownership.owners.length > 0 && (!s.ownership.catchAll || ctx.config.ownership.catchAllCountsAsOwner);
}

function monitored(s: RecordState, ctx: RuleContext): boolean {
  const m = ctx.monitoring.get(s.record.key);
  return !m || !m.required || m.ok.length > 0;
}

export function coverage(ctx: RuleContext, findings: readonly Finding[]): KindCoverage[] {
  const unverifiable = new Map<string, number>();
  for (const f of findings) if (f.type === 'unverifiable' && f.record) unverifiable.set(f.record.kind, (unverifiable.get(f.record.kind) ?? 0) + 1);
  return RECORD_KINDS.map((kind: RecordKind) => {
    const states = ctx.states.filter((s) => s.record.kind === kind);
    const liveRecorded = states.filter((s) => s.seenFresh);
    const unrecorded = ctx.unrecorded.filter((g) => g.some((a) => a.inventory && a.asset.kind === kind && a.source.trusted && a.asset.active !== false)).length;
    const live = liveRecorded.length + unrecorded;
    const ownedN = liveRecorded.filter((s) => owned(s, ctx)).length;
    const monitoredN = liveRecorded.filter((s) => monitored(s, ctx)).length;
    const governed = liveRecorded.filter((s) => owned(s, ctx) && monitored(s, ctx)).length;
    return {
      kind,
      live,
      recorded: liveRecorded.length,
      owned: ownedN,
      monitored: monitoredN,
      unverifiable: unverifiable.get(kind) ?? 0,
      records: states.length,
      governedCoverage: live === 0 ? null : Math.round((governed / live) * 10_000) / 10_000,
    };
  });
}

export function attestations(ctx: RuleContext): Attestation[] {
  return ctx.states.map((s) => {
    const r = s.record;
    const o = s.ownership;
    const m = ctx.monitoring.get(r.key);
    const ownershipProof =
      o.line === null
        ? 'no CODEOWNERS rule matches'
        : o.owners.length === 0
          ? `CODEOWNERS line ${o.line} removes ownership`
          : `CODEOWNERS line ${o.line} (${o.pattern})${o.catchAll ? ', a catch-all' : ''}`;
    let retirement: Attestation['retirement'] = null;
    if (r.lifecycle === 'retired') {
      const trusted = s.scope.filter((j) => j.trusted);
      if (s.view.active?.value === true) retirement = { proof: `still enabled in ${s.view.active.source}`, at: s.view.active.at };
      else if (s.seenFresh) retirement = { proof: `present but disabled in ${s.view.inventory.filter((a) => a.source.trusted).map((a) => a.source.label).join(', ')}`, at: s.view.active?.at ?? null };
      else if (trusted.length) retirement = { proof: `absent from fresh, complete ${trusted.map((j) => j.label).join(', ')}`, at: trusted.map((j) => j.snapshot.collectedAt ?? '').sort()[0] || null };
      else retirement = { proof: `unverified: no fresh, complete source covers it${r.retiredAt ? ` (retired ${day(r.retiredAt)})` : ''}`, at: null };
    }
    return {
      record: r.key,
      file: r.location.file,
      line: r.location.line,
      ownership: { owners: o.owners, codeownersLine: o.line, proof: ownershipProof },
      monitoring: m?.ok[0] ? { proof: `${m.ok[0].fact} (${m.ok[0].source})`, at: m.ok[0].at } : null,
      retirement,
      liveMatches: [...new Set(s.view.inventory.map((a) => `${a.source.label}:${a.asset.id}`))].sort(),
    };
  });
}
