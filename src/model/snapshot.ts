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

/**
 * Where a streamed file's assets were read: `assets[from + i]` is the file's asset i, on line
 * `lines[i]`. A million-line JSONL snapshot keeps this, 4 bytes an asset, instead of an evidence
 * object per asset (120 MB, and a third of a second of a run's time), which few findings read.
 */
export interface StreamedEvidence {
  /** The file as evidence names it. */
  file: string;
  /** Position in `assets` of the file's first asset. */
  from: number;
  lines: Int32Array;
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
  /** Evidence of the streamed assets that carry none of their own (see `assetEvidence`). */
  streamedEvidence?: StreamedEvidence[];
}

/** The asset at `position` in `snapshot.assets`: its own evidence, or where its streamed file had it. */
export function assetEvidence(snapshot: Pick<Snapshot, 'streamedEvidence'>, asset: LiveAsset, position: number): AssetEvidence | undefined {
  if (asset.evidence) return asset.evidence;
  for (const run of snapshot.streamedEvidence ?? []) {
    const i = position - run.from;
    if (i >= 0 && i < run.lines.length) return { file: run.file, index: i, line: run.lines[i] };
  }
  return undefined;
}

/**
 * The runs of parts laid end to end (`assets` concatenated in this order), their positions
 * moved along; undefined when none has any.
 */
export function concatStreamedEvidence(parts: ReadonlyArray<{ assets: readonly LiveAsset[]; streamedEvidence?: StreamedEvidence[] }>): StreamedEvidence[] | undefined {
  let out: StreamedEvidence[] | undefined;
  let offset = 0;
  for (const p of parts) {
    for (const run of p.streamedEvidence ?? []) (out ??= []).push({ ...run, from: run.from + offset });
    offset += p.assets.length;
  }
  return out;
}

/** `snapshot` with every streamed asset given its evidence object, as a snapshot read whole has them. */
export function withStreamedEvidence(snapshot: Snapshot): Snapshot {
  const { streamedEvidence, ...rest } = snapshot;
  if (!streamedEvidence) return snapshot;
  return { ...rest, assets: snapshot.assets.map((a, i) => (a.evidence ? a : { ...a, evidence: assetEvidence(snapshot, a, i) })) };
}
