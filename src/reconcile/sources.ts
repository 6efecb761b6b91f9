/**
 * Judges each snapshot (fresh, stale, incomplete) and answers which sources are authoritative for a
 * record: a source covers the record's kind, and one of the record's identifiers falls inside the
 * source's claims (its scope).
 */
import { normalizeIdentifier } from '../model/identifiers.js';
import type { Policy } from '../model/config.js';
import type { GovernanceRecord } from '../model/record.js';
import type { SourceHealth } from '../model/result.js';
import type { Snapshot, SnapshotSource } from '../model/snapshot.js';
import { compileGlobSegment, matchSegment, type SegmentPattern } from '../util/wildcard.js';
import { HOUR_MS } from '../util/time.js';

export interface JudgedSource {
  snapshot: Snapshot;
  health: SourceHealth;
  /** Usable as proof of absence and for closing issues. */
  trusted: boolean;
  /** Identifier patterns the source is authoritative for; empty: it proves no absence. */
  claims: Claim[];
  /** Display name: `name` or type. */
  label: string;
  /** Position in the run's newest-first order of sources (see `rankSources`), once ranked. */
  rank?: number;
}

/** Display name of a source: its configured name, else `type:scope`, else the type. */
export function labelOf(source: SnapshotSource): string {
  return source.name ?? (source.scope ? `${source.type}:${source.scope}` : source.type);
}

export function judgeSource(snapshot: Snapshot, policy: Policy, now: number, maxAgeHours?: number): JudgedSource {
  const limit = (maxAgeHours ?? policy.snapshotMaxAgeHours) * HOUR_MS;
  const collected = snapshot.collectedAt ? Date.parse(snapshot.collectedAt) : null;
  let status: SourceHealth['status'] = 'fresh';
  let detail: string | undefined;
  if (!snapshot.complete) {
    status = 'incomplete';
    detail = snapshot.incompleteReason ?? 'the export did not cover its whole scope';
  } else if (collected === null) {
    status = 'stale';
    detail = 'no collection time: set `collectedAt` for this source in the config';
  } else if (now - collected > limit) {
    status = 'stale';
    detail = `collected ${Math.floor((now - collected) / HOUR_MS)} h ago, over the ${limit / HOUR_MS} h limit`;
  } else if (collected - now > HOUR_MS) {
    status = 'stale';
    detail = 'collected in the future: check the clock or collectedAt';
  }
  const health: SourceHealth = {
    source: snapshot.source,
    files: snapshot.files,
    collectedAt: snapshot.collectedAt,
    collectedAtFrom: snapshot.collectedAtFrom,
    status,
    ...(detail ? { detail } : {}),
    covers: snapshot.covers,
    assets: snapshot.assets.length,
  };
  return {
    snapshot,
    health,
    trusted: status === 'fresh',
    claims: (snapshot.claims ?? []).map(compileClaim),
    label: labelOf(snapshot.source),
  };
}

export type Claim = SegmentPattern | RegExp;

/** `re:<RegExp>`, or a wildcard pattern over one whole identifier (`*` spans the `/` in an ARN). */
export function compileClaim(claim: string): Claim {
  if (claim.startsWith('re:')) {
    try {
      return new RegExp(claim.slice(3));
    } catch {
      // An invalid expression claims nothing rather than everything.
      return compileGlobSegment('\u0000never');
    }
  }
  return compileGlobSegment(normalizeIdentifier(claim));
}

function claimMatches(claims: readonly Claim[], id: string): boolean {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c instanceof RegExp ? c.test(id) : matchSegment(c, id)) return true;
  }
  return false;
}

/** The sources that should see this record if it is live. */
export function sourcesInScope(record: GovernanceRecord, sources: readonly JudgedSource[]): JudgedSource[] {
  const ids = record.identifiers.map(normalizeIdentifier);
  return sources.filter((s) => s.snapshot.covers.includes(record.kind) && ids.some((id) => claimMatches(s.claims, id)));
}

/**
 * `sourcesInScope` for every record of a run. Records in the same sources share one (read-only)
 * array, so 200,000 records do not make 200,000 lists of one source.
 */
export function scopeResolver(sources: readonly JudgedSource[]): (record: GovernanceRecord) => JudgedSource[] {
  if (sources.length > 30) return (record) => sourcesInScope(record, sources);
  const shared = new Map<number, JudgedSource[]>();
  // Positions of the sources covering each kind, found once per kind.
  const covering = new Map<string, number[]>();
  const ids: string[] = [];
  return (record) => {
    let ks = covering.get(record.kind);
    if (ks === undefined) {
      ks = [];
      for (let k = 0; k < sources.length; k++) if (sources[k].snapshot.covers.includes(record.kind)) ks.push(k);
      covering.set(record.kind, ks);
    }
    let mask = 0;
    if (ks.length > 0) {
      // Each identifier normalised once, not once per source.
      const raw = record.identifiers;
      ids.length = raw.length;
      for (let i = 0; i < raw.length; i++) ids[i] = normalizeIdentifier(raw[i]);
      for (const k of ks) {
        const claims = sources[k].claims;
        for (let i = 0; i < ids.length; i++) {
          if (claimMatches(claims, ids[i])) {
            mask |= 1 << k;
            break;
          }
        }
      }
    }
    let scope = shared.get(mask);
    if (scope === undefined) shared.set(mask, (scope = sources.filter((_, k) => (mask & (1 << k)) !== 0)));
    return scope;
  };
}
