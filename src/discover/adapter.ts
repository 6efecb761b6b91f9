/**
 * The interface every discovery adapter implements: one file per export format in `adapters/`.
 * Adapters are pure: they get decoded text (and its JSON documents when it parses as JSON) and
 * return snapshot pieces. Detection is by content, never by file name.
 */
import type { AssetKind } from '../model/kinds.js';
import type { CollectedAtOrigin, LiveAsset, SnapshotSource, StreamedEvidence } from '../model/snapshot.js';
import type { JsonDoc } from '../util/json-docs.js';

export interface AdapterInput {
  /** Path as the user gave it (repo-relative when inside the repo); used for evidence and errors. */
  file: string;
  text: string;
  /** The JSON documents, when the text parsed as JSON/NDJSON/concatenated JSON; otherwise null. */
  docs: JsonDoc[] | null;
}

export interface AdapterOptions {
  /**
   * Key for HMAC fingerprints of secret values. When absent, secret values are dropped without a
   * fingerprint (and joins by secret hash are impossible). Never read from the repository.
   */
  hmacKey?: string;
  /** For MCP `tools/list` results, which carry no server name: the server they came from. */
  serverName?: string;
  /** Source name/scope from config or flags, to label the snapshot. */
  sourceName?: string;
  scope?: string;
}

/** What an adapter returns for one input file. The caller adds files, name and the collectedAt fallback. */
export interface SnapshotPiece {
  source: SnapshotSource;
  /** From the file's own data (report generation time, last metric timestamp), when it has one. */
  collectedAt?: string;
  collectedAtFrom?: CollectedAtOrigin;
  complete: boolean;
  incompleteReason?: string;
  covers: AssetKind[];
  /** See Snapshot.claims: identifier globs this piece is authoritative for. */
  claims?: string[];
  assets: LiveAsset[];
  warnings?: string[];
  /** Evidence of streamed assets, by position in `assets` (see Snapshot.streamedEvidence). */
  streamedEvidence?: StreamedEvidence[];
}

export interface Adapter {
  /** Stable format name, used by `--format NAME` and in `source.type`. */
  name: string;
  /** One line: the export and the command that produces it. */
  description: string;
  /** The content markers detection keys on, shown by `snapshot formats`. */
  markers: string[];
  /** Confidence 0..1 that the input is this format. 0 = certainly not. */
  sniff(input: AdapterInput): number;
  /** Parses the input. Throws InputError naming the file (and line or record) on malformed input. */
  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece;
}
