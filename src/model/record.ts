import type { Lifecycle, RecordKind } from './kinds.js';
import type { SourceLocation } from './location.js';

/** A declared monitor: an alert rule, a monitor, or a dashboard that watches the asset. */
export interface MonitoringRef {
  /** `prometheus`, `datadog`, `cloudwatch`, `other`, … */
  system: string;
  /** Alert name, monitor id or monitor name, as the monitoring export spells it. */
  ref: string;
  /** When a human last checked that the monitor works. */
  verifiedAt?: string;
}

export interface Approval {
  ref?: string;
  approvedAt?: string;
  expiresAt?: string;
  permissions?: string[];
  tools?: string[];
  mcpServers?: string[];
  dataSources?: string[];
}

export interface Expected {
  /** The live model name an endpoint should serve (as the serving platform names it). */
  model?: string;
  modelVersion?: string;
  toolsetVersion?: string;
}

export interface RecordRef {
  kind: RecordKind;
  name: string;
}

export interface CredentialSpec {
  /** aws-access-key, gcp-service-account-key, azure-client-secret, api-key, github-token, deploy-key, ci-secret, ssh-key, other */
  type?: string;
  issuedAt?: string;
  rotatedAt?: string;
  expiresAt?: string;
  /** Keyed hash of the secret (`hmac-sha256:<hex>`), for joins with scanner reports. Never the secret. */
  secretFingerprint?: string;
}

/** One governance record, as loaded from a manifest document. Dates are normalised ISO-8601 UTC. */
export interface GovernanceRecord {
  /** `Kind/name`: unique across the repo. */
  key: string;
  apiVersion: string;
  kind: RecordKind;
  name: string;
  description?: string;
  /** Repo-relative manifest path, and where the document starts. */
  location: SourceLocation;
  documentIndex: number;
  lifecycle: Lifecycle;
  retiredAt?: string;
  sunsetAt?: string;
  identifiers: string[];
  owner?: string;
  environment?: string;
  monitoring: MonitoringRef[];
  /** True when the record says explicitly that it needs no monitoring (`monitoring: []` plus a reason). */
  monitoringExempt?: string;
  approval?: Approval;
  expected?: Expected;
  /** ModelEndpoint → Model. */
  serves?: string;
  /** Credential → ServiceAccount or Agent. */
  belongsTo?: RecordRef;
  /** Agent → ServiceAccount. */
  runsAs?: string;
  credential?: CredentialSpec;
  labels: Record<string, string>;
  /** Dotted field path → where it is written, for findings that point at a field. */
  fields: Record<string, SourceLocation>;
}

export function recordKey(kind: string, name: string): string {
  return `${kind}/${name}`;
}
