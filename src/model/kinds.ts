/** The governed asset kinds: each has a manifest kind and is covered by some discovery sources. */
export const RECORD_KINDS = ['Model', 'ModelEndpoint', 'ServiceAccount', 'Credential', 'Agent'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The folder each kind's manifests go in under the governance directory: `init` and adoption PRs agree. */
export const RECORD_DIRS: Readonly<Record<RecordKind, string>> = {
  Model: 'models',
  ModelEndpoint: 'endpoints',
  ServiceAccount: 'service-accounts',
  Credential: 'credentials',
  Agent: 'agents',
};

/**
 * Evidence kinds never become records; they enrich governed assets:
 * - Monitor: an alert rule or monitor that references an asset (Prometheus, Datadog)
 * - SecretFinding: a scanner hit (gitleaks, trufflehog) showing key material in a file
 * - SecretReference: a workflow that references a CI secret by name (`secrets.NAME`)
 * - Member: an organisation member, used to check owner handles
 */
export const EVIDENCE_KINDS = ['Monitor', 'SecretFinding', 'SecretReference', 'Member'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export type AssetKind = RecordKind | EvidenceKind;
export const ASSET_KINDS: readonly AssetKind[] = [...RECORD_KINDS, ...EVIDENCE_KINDS];

export const LIFECYCLES = ['proposed', 'active', 'deprecated', 'retired'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

/** Ordered from most to least severe. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function isRecordKind(v: unknown): v is RecordKind {
  return typeof v === 'string' && (RECORD_KINDS as readonly string[]).includes(v);
}
