import type { Finding } from './finding.js';
import type { AssetKind, RecordKind } from './kinds.js';
import type { SnapshotSource } from './snapshot.js';

/** Health of one discovery source as reconciliation judged it. */
export interface SourceHealth {
  source: SnapshotSource;
  files: string[];
  collectedAt: string | null;
  collectedAtFrom: string;
  /** fresh: usable; stale: older than policy; incomplete: truncated export; failed: could not be read. */
  status: 'fresh' | 'stale' | 'incomplete' | 'failed';
  detail?: string;
  covers: AssetKind[];
  assets: number;
}

export interface KindCoverage {
  kind: RecordKind;
  /** Live assets of this kind seen in fresh sources. */
  live: number;
  /** Live assets that matched a record. */
  recorded: number;
  /** Live assets whose record has an owner through CODEOWNERS. */
  owned: number;
  /** Live assets whose record has current monitoring evidence. */
  monitored: number;
  /** Records of this kind that no fresh, complete source covers. */
  unverifiable: number;
  /** Records of this kind (all lifecycles). */
  records: number;
  /** (recorded ∧ owned ∧ monitored) ÷ live; null when nothing is live. */
  governedCoverage: number | null;
}

/** Per record: the proof behind each claim the governance repo makes. */
export interface Attestation {
  record: string;
  file: string;
  line: number;
  ownership: { owners: string[]; codeownersLine: number | null; proof: string };
  monitoring: { proof: string; at: string | null } | null;
  retirement: { proof: string; at: string | null } | null;
  liveMatches: string[];
}

/** Report order: by manifest file, then line, then record key (code-point order throughout). */
export function compareAttestations(a: Attestation, b: Attestation): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.record < b.record ? -1 : a.record > b.record ? 1 : 0);
}

export interface SuppressedFinding {
  fingerprint: string;
  type: Finding['type'];
  title: string;
  reason: string;
  expires: string;
  owner?: string;
}

export interface ReconcileResult {
  /** Pinned "now" (ISO) the rules used. */
  now: string;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  coverage: KindCoverage[];
  sources: SourceHealth[];
  /** One per record, in `compareAttestations` order. */
  attestations: Attestation[];
  counts: { records: number; assets: number };
}
