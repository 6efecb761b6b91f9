import { severityRank, type AssetKind, type RecordKind, type Severity } from './kinds.js';

export const FINDING_TYPES = [
  'retired-but-active',
  'unrecorded-asset',
  'missing-asset',
  'ownerless',
  'owner-unresolvable',
  'owner-conflict',
  'unmonitored',
  'stale-credential',
  'rotation-overdue',
  'permission-drift',
  'toolset-drift',
  'version-drift',
  'approval-expired',
  'secret-in-code',
  'ambiguous-match',
  'unverifiable',
  'suppression-expired',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export type RemediationAction = 'issue' | 'retire-pr' | 'assign-owner-pr' | 'adopt-pr' | 'none';

/** The concrete change a remediation proposes; the planner turns it into git/GitHub operations. */
export type ProposedChange =
  | { kind: 'retire'; file: string; documentIndex: number; recordKey: string; retiredAt: string }
  | { kind: 'assign-owner'; file: string; owners: string[]; reason: string }
  | { kind: 'adopt'; file: string; manifest: string }
  | { kind: 'none' };

export interface Remediation {
  action: RemediationAction;
  summary: string;
  change: ProposedChange;
}

export interface EvidenceFact {
  /** Short, factual statement: "InService, 1,204 invocations 2026-11-20..2026-11-27". */
  fact: string;
  /** Source name or file the fact came from. */
  source: string;
  /** When the fact was observed (ISO), or null when timeless (a manifest field). */
  at: string | null;
}

export interface FindingRecordRef {
  kind: RecordKind;
  name: string;
  file: string;
  line: number;
  owners: string[];
  codeownersLine: number | null;
}

export interface FindingAssetRef {
  kind: AssetKind;
  source: string;
  id: string;
  collectedAt: string | null;
  file?: string;
  line?: number;
}

export interface Standards {
  owaspNhi: string[];
  nistCsf: string[];
}

export interface Finding {
  type: FindingType;
  severity: Severity;
  /** The rule that set the severity: `default`, `config:severity.<type>`, `rule:<why>`. */
  severityRule: string;
  /** sha256(type | record key | asset key), hex. The dedupe key everywhere. */
  fingerprint: string;
  title: string;
  record?: FindingRecordRef;
  asset?: FindingAssetRef;
  evidence: EvidenceFact[];
  remediation: Remediation;
  standards: Standards;
}

/** The order of findings everywhere: most severe first, then by type id, then by fingerprint. */
export function compareFindings(a: Finding, b: Finding): number {
  return severityRank(a.severity) - severityRank(b.severity) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
}

/** True when a finding is at or above `level` (`none` never trips): the CLI's and the action's fail-on. */
export function failsOn(findings: readonly Finding[], level: Severity | 'none'): boolean {
  if (level === 'none') return false;
  return findings.some((f) => severityRank(f.severity) <= severityRank(level));
}
