/**
 * Lifecycle rules: is a record's claim about being in or out of service true?
 * - retired-but-active: retired (or deprecated past sunset) yet enabled and acting after the cutoff;
 * - missing-asset: active, a fresh complete source should see it, and none does;
 * - unverifiable: no fresh, complete source can confirm the record either way.
 */
import type { EvidenceFact } from '../../model/finding.js';
import type { RuleContext, RecordState } from '../context.js';
import { issueOnly, type Draft } from '../findings.js';
import { count, day, fieldRef, list, when } from '../format.js';
import { sourcedEvidence, type SourcedAsset } from '../match.js';
import type { LiveView } from '../view.js';
import { normalizeIdentifier } from '../../model/identifiers.js';
import { DAY_MS } from '../../util/time.js';

function cutoffOf(s: RecordState, ctx: RuleContext): { at: number; label: string } | null {
  const r = s.record;
  if (r.lifecycle === 'retired' && r.retiredAt) return { at: Date.parse(r.retiredAt), label: `retired ${day(r.retiredAt)}` };
  if (r.lifecycle === 'deprecated' && r.sunsetAt && Date.parse(r.sunsetAt) < ctx.now) return { at: Date.parse(r.sunsetAt), label: `deprecated, sunset ${day(r.sunsetAt)}` };
  return null;
}

/** Evidence that the asset acted after `after` (ms): usage, traffic, or a CI pipeline still wired to it. */
function activityAfter(s: RecordState, after: number, served: Array<{ name: string; view: LiveView }>): EvidenceFact[] {
  const facts: EvidenceFact[] = [];
  const v = s.view;
  if (v.lastUsedAt && Date.parse(v.lastUsedAt.value) > after) {
    facts.push({ fact: `last used ${when(v.lastUsedAt.value)}`, source: v.lastUsedAt.source, at: v.lastUsedAt.at });
  }
  if (v.lastActivityAt && Date.parse(v.lastActivityAt.value) > after && v.lastActivityAt.value !== v.lastUsedAt?.value) {
    facts.push({ fact: `last activity ${when(v.lastActivityAt.value)}`, source: v.lastActivityAt.source, at: v.lastActivityAt.at });
  }
  const t = v.traffic?.value;
  if (t && t.lastAt && Date.parse(t.lastAt) > after && t.count > 0) {
    facts.push({ fact: `${count(t.count)} invocations between ${t.start ? day(t.start) : '?'} and ${t.end ? day(t.end) : '?'}, the last on ${day(t.lastAt)}`, source: v.traffic!.source, at: v.traffic!.at });
  }
  for (const ref of s.secretReferences) {
    const at = ref.source.snapshot.collectedAt;
    if (at && Date.parse(at) > after) {
      const cited = sourcedEvidence(ref);
      const file = cited?.file ?? '?';
      const job = ref.asset.attributes?.job;
      const line = cited?.line;
      facts.push({ fact: `still used by CI: secret \`${ref.asset.name ?? ref.asset.id}\`${job ? ` in job \`${String(job)}\`` : ''} of \`${file}${line ? `:${line}` : ''}\``, source: ref.source.label, at });
    }
  }
  for (const e of served) {
    const t2 = e.view.traffic;
    if (t2 && t2.value.lastAt && Date.parse(t2.value.lastAt) > after && t2.value.count > 0) {
      facts.push({ fact: `served by endpoint \`${e.name}\` (model \`${e.view.model!.value}\`): ${count(t2.value.count)} invocations, the last on ${day(t2.value.lastAt)}`, source: t2.source, at: t2.at });
    }
  }
  return facts;
}

/** Enabled endpoints by the normalised model they serve: positions in `ctx.endpoints`, ascending. */
const servedModels = new WeakMap<RuleContext, Map<string, number[]>>();

function endpointsByModel(ctx: RuleContext): Map<string, number[]> {
  let index = servedModels.get(ctx);
  if (index) return index;
  index = new Map();
  ctx.endpoints.forEach((e, i) => {
    if (e.view.active?.value !== true || !e.view.model) return;
    const model = normalizeIdentifier(e.view.model.value);
    const list = index!.get(model);
    if (list) list.push(i);
    else index!.set(model, [i]);
  });
  servedModels.set(ctx, index);
  return index;
}

/** Live endpoints that serve a Model record: enabled, and their model is one of its identifiers. */
export function servingEndpoints(s: RecordState, ctx: RuleContext): Array<{ name: string; view: LiveView }> {
  if (s.record.kind !== 'Model') return [];
  const index = endpointsByModel(ctx);
  const positions = new Set<number>();
  for (const id of new Set(s.record.identifiers.map(normalizeIdentifier))) for (const p of index.get(id) ?? []) positions.add(p);
  return [...positions].sort((a, b) => a - b).map((p) => ctx.endpoints[p]);
}

function primaryAsset(s: RecordState): SourcedAsset | undefined {
  return s.view.inventory[0] ?? s.view.assets[0];
}

export function retiredButActive(ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  const grace = ctx.config.policy.retiredGraceDays * DAY_MS;
  for (const s of ctx.states) {
    const cut = cutoffOf(s, ctx);
    if (!cut) continue;
    const served = servingEndpoints(s, ctx);
    const enabled = s.view.active?.value === true || served.length > 0;
    if (!enabled) continue;
    const facts = activityAfter(s, cut.at + grace, served);
    if (facts.length === 0) continue;
    const r = s.record;
    const state: EvidenceFact[] = [
      { fact: `record: lifecycle ${r.lifecycle}, ${cut.label}`, source: fieldRef(r, 'spec.lifecycle'), at: null },
    ];
    if (s.view.active?.value) state.push({ fact: 'live asset is enabled', source: s.view.active.source, at: s.view.active.at });
    const what = r.kind === 'ModelEndpoint' ? 'still serving traffic' : r.kind === 'Model' ? 'still served' : r.kind === 'Credential' ? 'still active and in use' : 'still active';
    out.push({
      type: 'retired-but-active',
      record: r,
      asset: primaryAsset(s) ?? served[0]?.view.inventory[0],
      assetKey: '',
      title: `${r.kind} ${r.name} is ${r.lifecycle} in the records but ${what}`,
      evidence: [...state, ...facts],
      remediation: issueOnly(
        r.kind === 'Credential'
          ? `Revoke or deactivate the credential, remove it from CI secrets and code, then let the next snapshot confirm it.`
          : r.kind === 'ModelEndpoint' || r.kind === 'Model'
            ? `Delete the serving endpoint (or move its traffic) and confirm in the next snapshot; if it must stay, make the record active again through a reviewed PR.`
            : `Disable the live asset and confirm in the next snapshot; if it must stay, make the record active again through a reviewed PR.`,
      ),
    });
  }
  return out;
}

export function missingAndUnverifiable(ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  for (const s of ctx.states) {
    const r = s.record;
    if (r.lifecycle === 'proposed') continue;
    if (s.seenFresh) continue;
    const inScope = ctx.scopeOf(r);
    const trusted = inScope.filter((j) => j.trusted);
    const untrusted = inScope.filter((j) => !j.trusted);
    const at = `${r.location.file}:${r.location.line}`;
    if (trusted.length > 0) {
      if (r.lifecycle === 'retired') continue; // retired and absent: as recorded
      const names = trusted.map((j) => j.label);
      out.push({
        type: 'missing-asset',
        record: r,
        assetKey: '',
        title: `${r.kind} ${r.name} is ${r.lifecycle} in the records but no live asset matches it`,
        evidence: [
          { fact: `record: lifecycle ${r.lifecycle}, identifiers ${list(r.identifiers)}`, source: at, at: null },
          ...trusted.map((j) => ({ fact: `not found in a fresh, complete export covering ${r.kind} (${j.health.assets} assets)`, source: j.label, at: j.snapshot.collectedAt })),
        ],
        remediation: {
          action: 'retire-pr',
          summary: `Mark the record retired (a PR sets \`lifecycle: retired\` and \`retiredAt\`), or add the identifier the asset now has. Checked against ${names.join(', ')}.`,
          change: { kind: 'retire', file: r.location.file, documentIndex: r.documentIndex, recordKey: r.key, retiredAt: ctx.nowIso.slice(0, 10) },
        },
      });
      continue;
    }
    const why =
      inScope.length === 0
        ? `no discovery source covers ${r.kind} for ${list(r.identifiers)}`
        : untrusted.map((j) => `${j.label} is ${j.health.status}${j.health.detail ? ` (${j.health.detail})` : ''}`).join('; ');
    out.push({
      type: 'unverifiable',
      record: r,
      assetKey: '',
      title: `${r.kind} ${r.name} cannot be verified: ${inScope.length === 0 ? 'no source covers it' : 'its sources are stale or incomplete'}`,
      evidence: [
        { fact: `record: lifecycle ${r.lifecycle}`, source: at, at: null },
        ...(inScope.length === 0 ? [{ fact: why, source: 'blindspot', at: null }] : untrusted.map((j) => ({ fact: `${j.health.status}: ${j.health.detail ?? ''}`.trim(), source: j.label, at: j.snapshot.collectedAt }))),
        ...s.view.inventory.map((a) => ({ fact: `last seen as \`${a.asset.id}\``, source: a.source.label, at: a.source.snapshot.collectedAt })),
      ],
      remediation: issueOnly(inScope.length === 0 ? `Add a discovery export that covers ${r.kind} (see \`blindspot snapshot formats\`), or refresh the existing one.` : `Refresh the export (${untrusted.map((j) => j.label).join(', ')}) so the record can be checked.`),
    });
  }
  return out;
}
