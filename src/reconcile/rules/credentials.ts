/**
 * Credential hygiene: stale-credential (unused too long, or never used after the grace period),
 * rotation-overdue (too old, or past its declared expiry while active), secret-in-code (key
 * material found by a scanner).
 */
import type { EvidenceFact } from '../../model/finding.js';
import type { RuleContext } from '../context.js';
import { issueOnly, type Draft } from '../findings.js';
import { ageDays, day, fieldRef, when } from '../format.js';
import { sourcedEvidence, type SourcedAsset } from '../match.js';
import { DAY_MS } from '../../util/time.js';


export function staleCredential(ctx: RuleContext): Draft[] {
  const p = ctx.config.policy;
  const out: Draft[] = [];
  for (const s of ctx.statesOfKind('Credential')) {
    const r = s.record;
    if (r.lifecycle !== 'active' || s.view.active?.value !== true) continue;
    const v = s.view;
    const created = v.createdAt?.value ?? r.credential?.issuedAt;
    if (created && ctx.now - Date.parse(created) < p.newCredentialGraceDays * DAY_MS) continue; // still in its grace period
    const facts: EvidenceFact[] = [{ fact: 'live credential is enabled', source: v.active!.source, at: v.active!.at }];
    let title: string;
    if (v.lastUsedAt) {
      const age = ageDays(v.lastUsedAt.value, ctx.now);
      if (age < p.staleAfterDays) continue;
      facts.push({ fact: `last used ${when(v.lastUsedAt.value)}, ${age} days ago (policy: ${p.staleAfterDays})`, source: v.lastUsedAt.source, at: v.lastUsedAt.at });
      title = `Credential ${r.name} has not been used for ${age} days`;
    } else if (v.neverUsed && created) {
      facts.push({ fact: `never used since it was created ${day(created)} (${ageDays(created, ctx.now)} days; grace ${p.newCredentialGraceDays})`, source: v.createdAt?.source ?? r.location.file, at: v.createdAt?.at ?? null });
      title = `Credential ${r.name} was never used`;
    } else continue; // usage unknown: no claim either way
    const retire = p.retireStaleCredentials;
    out.push({
      type: 'stale-credential',
      record: r,
      asset: v.inventory[0],
      assetKey: '',
      title,
      evidence: facts,
      remediation: retire
        ? {
            action: 'retire-pr',
            summary: 'Revoke the credential, then merge the PR that marks the record retired (policy.retireStaleCredentials is on).',
            change: { kind: 'retire', file: r.location.file, documentIndex: r.documentIndex, recordKey: r.key, retiredAt: ctx.nowIso.slice(0, 10) },
          }
        : issueOnly('Revoke it if nothing needs it (then retire the record), or record why it is idle.'),
    });
  }
  return out;
}

export function rotationOverdue(ctx: RuleContext): Draft[] {
  const p = ctx.config.policy;
  const out: Draft[] = [];
  for (const s of ctx.statesOfKind('Credential')) {
    const r = s.record;
    if (r.lifecycle !== 'active') continue;
    const v = s.view;
    if (v.active?.value !== true) continue;
    const facts: EvidenceFact[] = [];
    const declaredExpiry = r.credential?.expiresAt;
    if (declaredExpiry && Date.parse(declaredExpiry) < ctx.now) {
      facts.push({ fact: `declared expiry ${day(declaredExpiry)} has passed, yet the credential is still enabled`, source: fieldRef(r, 'spec.expiresAt'), at: null });
    }
    if (v.expiresAt && Date.parse(v.expiresAt.value) < ctx.now) {
      facts.push({ fact: `live expiry ${day(v.expiresAt.value)} has passed, yet the credential is reported enabled`, source: v.expiresAt.source, at: v.expiresAt.at });
    }
    const rotated = [v.rotatedAt?.value, r.credential?.rotatedAt, v.createdAt?.value, r.credential?.issuedAt].filter((x): x is string => Boolean(x)).sort().pop();
    if (rotated) {
      const age = ageDays(rotated, ctx.now);
      if (age > p.rotationDays) facts.push({ fact: `last rotated ${day(rotated)}, ${age} days ago (policy: every ${p.rotationDays} days)`, source: v.rotatedAt?.source ?? v.createdAt?.source ?? r.location.file, at: v.rotatedAt?.at ?? null });
    }
    if (facts.length === 0) continue;
    out.push({
      type: 'rotation-overdue',
      record: r,
      asset: v.inventory[0],
      assetKey: '',
      title: `Credential ${r.name} is overdue for rotation`,
      evidence: [{ fact: 'live credential is enabled', source: v.active.source, at: v.active.at }, ...facts],
      remediation: issueOnly('Issue a new credential, move its consumers, revoke the old one, and update `rotatedAt` (or record the new credential).'),
    });
  }
  return out;
}

function leakFact(a: SourcedAsset): EvidenceFact {
  const at = a.asset.attributes ?? {};
  const own = sourcedEvidence(a);
  const file = at.file ?? own?.file ?? '?';
  const line = at.line ?? own?.line;
  const repo = at.repository ?? a.source.snapshot.source.scope;
  const commit = typeof at.commit === 'string' && at.commit ? ` at commit ${at.commit.slice(0, 12)}` : '';
  const rule = at.rule ?? at.detector ?? a.asset.name;
  const verified = at.verified === true ? ' (verified live by the scanner)' : '';
  return { fact: `${rule ? `${String(rule)}: ` : ''}key material in ${repo ? `${String(repo)}:` : ''}${String(file)}${line ? `:${String(line)}` : ''}${commit}${verified}`, source: a.source.label, at: a.source.snapshot.collectedAt };
}

export function secretInCode(ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  for (const s of ctx.states) {
    if (s.secretFindings.length === 0) continue;
    const r = s.record;
    const hits = [...s.secretFindings].sort((a, b) => (a.asset.id < b.asset.id ? -1 : 1));
    const live = s.view.active?.value === true;
    out.push({
      type: 'secret-in-code',
      record: r,
      asset: hits[0],
      assetKey: '',
      title: `Key material of credential ${r.name} is committed in code (${hits.length} ${hits.length === 1 ? 'place' : 'places'})`,
      evidence: [...hits.map(leakFact), ...(s.view.active ? [{ fact: `the credential is ${live ? 'still enabled' : 'disabled'}`, source: s.view.active.source, at: s.view.active.at }] : [])],
      severity: live || s.view.active === undefined ? undefined : { level: 'high', rule: 'credential-disabled' },
      remediation: issueOnly('Rotate the credential now (treat it as compromised), remove it from the code and, where it matters, from git history; use a secret store or OIDC instead.'),
    });
  }
  // Hits that belong to no recorded credential: still a leak, keyed by what was found.
  for (const a of ctx.orphanSecretFindings) {
    out.push({
      type: 'secret-in-code',
      asset: a,
      assetKey: `SecretFinding:${a.asset.id}`,
      title: `Unrecorded secret committed in code: ${String(a.asset.attributes?.rule ?? a.asset.attributes?.detector ?? a.asset.name ?? 'secret')} in ${String(a.asset.attributes?.file ?? sourcedEvidence(a)?.file ?? '?')}`,
      evidence: [leakFact(a), { fact: 'no credential record matches this secret (by key id or secret fingerprint)', source: 'governance records', at: null }],
      remediation: issueOnly('Identify and rotate the credential, remove it from the code, and record it (or its replacement) as a Credential.'),
    });
  }
  return out;
}
