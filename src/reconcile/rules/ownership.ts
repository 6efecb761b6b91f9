/**
 * Ownership rules. CODEOWNERS decides who owns a record; these rules say when nobody does
 * (ownerless), when the named owner does not exist (owner-unresolvable), and when the manifest or
 * the live asset names someone else (owner-conflict).
 */
import type { EvidenceFact } from '../../model/finding.js';
import type { RuleContext, RecordState } from '../context.js';
import { issueOnly, type Draft } from '../findings.js';
import { fieldRef, list } from '../format.js';
import { isOwned } from '../input.js';

const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;

function codeownersRef(ctx: RuleContext, s: RecordState): string {
  return s.ownership.line !== null ? `${ctx.codeownersFile ?? 'CODEOWNERS'}:${s.ownership.line}` : ctx.codeownersFile ?? 'CODEOWNERS';
}

/** Candidate owners for an owner-assignment PR, best first, with the reason for each. */
export function proposeOwner(s: RecordState, ctx: RuleContext): { owners: string[]; reason: string } | null {
  const r = s.record;
  const known = (h: string) => ctx.members === null || ctx.members.has(h.toLowerCase());
  if (r.owner && HANDLE.test(r.owner) && known(r.owner)) return { owners: [r.owner], reason: `the manifest declares \`spec.owner: ${r.owner}\`` };
  const hints = [...s.view.ownerHints.entries()].filter(([h]) => HANDLE.test(h) && known(h)).sort();
  if (hints.length) return { owners: [hints[0][0]], reason: `the live asset names \`${hints[0][0]}\` (${hints[0][1]})` };
  const committers = (ctx.committers[r.location.file] ?? []).map((l) => (l.startsWith('@') ? l : `@${l}`)).filter((h) => HANDLE.test(h) && known(h));
  if (committers.length) return { owners: [committers[0]], reason: `\`${committers[0]}\` made the last human change to \`${r.location.file}\`` };
  const fb = ctx.config.ownership.fallbackOwner;
  if (fb) return { owners: [fb], reason: `no better candidate: the config's \`ownership.fallbackOwner\`` };
  return null;
}

export function ownerless(ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  for (const s of ctx.states) {
    const o = s.ownership;
    if (isOwned(o, ctx.config)) continue;
    const r = s.record;
    const why =
      o.line === null
        ? 'no CODEOWNERS rule matches this file'
        : o.owners.length === 0
          ? `CODEOWNERS line ${o.line} (\`${o.pattern}\`) matches it with no owners, which removes ownership`
          : `only the catch-all \`${o.pattern}\` on CODEOWNERS line ${o.line} matches (${list(o.owners)}); ownership.catchAllCountsAsOwner is false`;
    const proposal = proposeOwner(s, ctx);
    const evidence: EvidenceFact[] = [{ fact: why, source: codeownersRef(ctx, s), at: null }];
    if (r.owner) evidence.push({ fact: `the manifest declares \`spec.owner: ${r.owner}\`, which CODEOWNERS does not reflect`, source: fieldRef(r, 'spec.owner'), at: null });
    out.push({
      type: 'ownerless',
      record: r,
      assetKey: '',
      title: `${r.kind} ${r.name} has no owner in CODEOWNERS`,
      evidence,
      remediation: proposal
        ? {
            action: 'assign-owner-pr',
            summary: `A PR adds \`/${r.location.file} ${proposal.owners.join(' ')}\` to CODEOWNERS: ${proposal.reason}.`,
            change: { kind: 'assign-owner', file: r.location.file, owners: proposal.owners, reason: proposal.reason },
          }
        : issueOnly(`Add a CODEOWNERS line for \`/${r.location.file}\` naming the team that runs it (set \`ownership.fallbackOwner\` to let blindspot propose one).`),
    });
  }
  return out;
}

export function ownerUnresolvable(ctx: RuleContext): Draft[] {
  if (ctx.members === null) return [];
  const out: Draft[] = [];
  for (const s of ctx.states) {
    const r = s.record;
    const named = new Map<string, string>();
    for (const o of s.ownership.owners) if (o.startsWith('@')) named.set(o, codeownersRef(ctx, s));
    if (r.owner?.startsWith('@')) named.set(r.owner, fieldRef(r, 'spec.owner'));
    const unknown = [...named].filter(([h]) => !ctx.members!.has(h.toLowerCase())).sort();
    if (unknown.length === 0) continue;
    out.push({
      type: 'owner-unresolvable',
      record: r,
      assetKey: '',
      title: `${r.kind} ${r.name} names ${unknown.length === 1 ? 'an owner' : 'owners'} that cannot be resolved: ${unknown.map(([h]) => h).join(', ')}`,
      evidence: unknown.map(([h, src]) => ({ fact: `\`${h}\` is not a member or team of the organisation`, source: src, at: null })),
      remediation: issueOnly('Replace the handle with a current user or team that has write access, in CODEOWNERS (and `spec.owner` if set).'),
    });
  }
  return out;
}

export function ownerConflict(ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  for (const s of ctx.states) {
    const o = s.ownership;
    if (o.owners.length === 0) continue;
    const r = s.record;
    const official = new Set(o.owners.map((x) => x.toLowerCase()));
    const evidence: EvidenceFact[] = [];
    if (r.owner && !official.has(r.owner.toLowerCase())) {
      evidence.push({ fact: `the manifest declares \`spec.owner: ${r.owner}\``, source: fieldRef(r, 'spec.owner'), at: null });
    }
    for (const [hint, src] of [...s.view.ownerHints].sort()) {
      if (HANDLE.test(hint) && !official.has(hint.toLowerCase())) evidence.push({ fact: `the live asset names \`${hint}\` as owner`, source: src, at: null });
    }
    if (evidence.length === 0) continue;
    evidence.unshift({ fact: `CODEOWNERS gives ${list(o.owners)}${o.pattern ? ` (\`${o.pattern}\`)` : ''}`, source: codeownersRef(ctx, s), at: null });
    out.push({
      type: 'owner-conflict',
      record: r,
      assetKey: '',
      title: `${r.kind} ${r.name}: owners disagree (CODEOWNERS says ${o.owners.join(', ')})`,
      evidence,
      remediation: issueOnly('Decide who owns it and make CODEOWNERS, `spec.owner` and the live owner tag say the same.'),
    });
  }
  return out;
}
