/**
 * Suppressions from config: accepted risks with a reason and an expiry. An expired suppression, or
 * one that matches nothing, is itself a finding, so accepted risks cannot quietly outlive their reason.
 */
import type { Suppression } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import type { SuppressedFinding } from '../model/result.js';
import { compileGlobSegment, matchSegment, type SegmentPattern } from '../util/wildcard.js';
import { issueOnly, type Draft } from './findings.js';
import { day } from './format.js';

/** A live suppression with its name glob compiled once (it is tried against every finding). */
interface Selector {
  s: Suppression;
  name: SegmentPattern | null;
}

function matches({ s, name }: Selector, f: Finding): boolean {
  if (s.fingerprint) return s.fingerprint === f.fingerprint;
  const m = s.match ?? {};
  if (m.type && m.type !== f.type) return false;
  if (m.kind && m.kind !== (f.record?.kind ?? f.asset?.kind)) return false;
  if (name) {
    const names = [f.record?.name, f.asset?.id].filter((x): x is string => Boolean(x));
    if (!names.some((n) => matchSegment(name, n))) return false;
  }
  return true;
}

function describe(s: Suppression): string {
  if (s.fingerprint) return `fingerprint ${s.fingerprint.slice(0, 12)}…`;
  return Object.entries(s.match ?? {})
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: SuppressedFinding[];
  drafts: Draft[];
}

export function applySuppressions(findings: Finding[], suppressions: readonly Suppression[], now: number): SuppressionOutcome {
  const live: Selector[] = suppressions.filter((s) => Date.parse(s.expires) >= now).map((s) => ({ s, name: s.match?.name ? compileGlobSegment(s.match.name) : null }));
  const used = new Set<Suppression>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const s = live.find((x) => matches(x, f))?.s;
    if (!s) {
      kept.push(f);
      continue;
    }
    used.add(s);
    suppressed.push({ fingerprint: f.fingerprint, type: f.type, title: f.title, reason: s.reason, expires: s.expires, ...(s.owner ? { owner: s.owner } : {}) });
  }
  const drafts: Draft[] = [];
  for (const s of suppressions) {
    const expired = Date.parse(s.expires) < now;
    if (!expired && used.has(s)) continue;
    const where = `${s.location.file}:${s.location.line}`;
    drafts.push({
      type: 'suppression-expired',
      assetKey: `suppression:${s.fingerprint ?? JSON.stringify(s.match)}`,
      title: expired ? `Suppression (${describe(s)}) expired ${day(s.expires)}` : `Suppression (${describe(s)}) matches no finding`,
      evidence: [
        { fact: expired ? `expired ${day(s.expires)}; reason was: ${s.reason}` : `matches nothing this run; reason: ${s.reason}`, source: where, at: null },
        ...(s.owner ? [{ fact: `accepted by ${s.owner}`, source: where, at: null }] : []),
      ],
      remediation: issueOnly(expired ? 'Fix the underlying finding, or renew the suppression with a new expiry and a current reason.' : 'Remove the suppression: what it covered is gone (or its selector is wrong).'),
    });
  }
  return { kept, suppressed, drafts };
}
