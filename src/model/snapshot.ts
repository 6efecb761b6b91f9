import type { AssetKind } from './kinds.js';

/** Where `collectedAt` came from, so a reader can judge how much to trust freshness. */
export type CollectedAtOrigin = 'data' | 'option' | 'config' | 'git' | 'unknown';

export interface SnapshotSource {
  /** Adapter or system type, e.g. `aws-credential-report`, `kubernetes`, `github`. */
  type: string;
  /** A user-facing name for this source, e.g. `aws-prod`. */
  name?: string;
  /** What the export covered: an account id, project, cluster, org or repo. */
  scope?: string;
}

/** A time window plus the number of observed events in it (invocations, requests). */
export interface Traffic {
  window: { start: string | null; end: string | null };
  count: number;
  /** Timestamp of the last datapoint with a non-zero count, when known. */
  lastAt?: string | null;
}

export interface AssetEvidence {
  file: string;
  /** Index of the record inside the file (array item, NDJSON line index, CSV row index). */
  index?: number;
  /** 1-based line in the export file when the format has lines (CSV, NDJSON, scanner hits). */
  line?: number;
}

export type AttributeValue = string | number | boolean | null | string[];

/**
 * One live asset as a discovery source saw it. Absent optional fields mean "unknown".
 * For `lastUsedAt`, `null` means "known never used" and absence means "unknown".
 */
export interface LiveAsset {
  kind: AssetKind;
  /** Stable id scoped to the source (ARN, uid, key id, …). */
  id: string;
  /** Every id a record may match: ARNs, emails, namespace/name, key ids, names. */
  identifiers: string[];
  name?: string;
  /** Enabled/serving/active. Absent when the source cannot tell. */
  active?: boolean;
  createdAt?: string | null;
  lastUsedAt?: string | null;
  lastActivityAt?: string | null;
  /** Credential validity end, when the source knows it. */
  expiresAt?: string | null;
  /** Last rotation time for a credential. */
  rotatedAt?: string | null;
  traffic?: Traffic;
  ownerHints?: string[];
  permissions?: string[];
  tools?: string[];
  /** Agents: the MCP servers the agent is configured to use (compared with `spec.approval.mcpServers`). */
  mcpServers?: string[];
  dataSources?: string[];
  version?: string;
  model?: string;
  environment?: string;
  evidence?: AssetEvidence;
  attributes?: Record<string, AttributeValue>;
}

export interface Snapshot {
  source: SnapshotSource;
  /** ISO-8601 UTC, or null when no time could be established (then the snapshot is stale). */
  collectedAt: string | null;
  collectedAtFrom: CollectedAtOrigin;
  /** False when the export did not cover its whole scope (truncated page, next token, …). */
  complete: boolean;
  incompleteReason?: string;
  /** Asset kinds this source is authoritative for; other kinds it emits only enrich. */
  covers: AssetKind[];
  /**
   * Which records the source is authoritative for, as globs over normalised identifiers
   * (`arn:aws:iam::123456789012:*`, `*.iam.gserviceaccount.com`). A record of a covered kind with
   * an identifier matching a claim must appear in the source, or it is missing. Absent = all.
   */
  claims?: string[];
  /** Input files, repo-relative where possible. */
  files: string[];
  assets: LiveAsset[];
  warnings?: string[];
}
