/**
 * Files → normalised snapshots. Each file is detected (or forced with a format), parsed by its
 * adapter, and pieces from the same adapter are merged into one snapshot. Freshness comes from the
 * data when it carries a time, else from an explicit setting (flag or config), else from the
 * file's last commit; the snapshot records which.
 */
import { concatStreamedEvidence, type CollectedAtOrigin, type LiveAsset, type Snapshot } from '../model/snapshot.js';
import type { AdapterOptions, SnapshotPiece } from './adapter.js';
import { defaultClaims } from './claims.js';
import { adapterInput, resolveAdapter } from './detect.js';

export interface ConvertFile {
  path: string;
  text: string;
}

export interface ConvertOptions extends AdapterOptions {
  /** Adapter name, or `auto`/undefined to detect. */
  format?: string;
  /** When the export was taken, for formats that do not say: from `--collected-at` or config. */
  collectedAt?: { iso: string; from: 'option' | 'config' };
  /** Last commit time of a file (ISO), when the caller can read git history. */
  commitTime?: (path: string) => string | null;
  /** Config override of the pieces' claims. */
  claims?: string[];
}

interface Merged {
  adapter: string;
  pieces: SnapshotPiece[];
  files: string[];
}

function union<T>(lists: T[][]): T[] {
  return [...new Set(lists.flat())];
}

function mergePieces(m: Merged, options: ConvertOptions): Snapshot {
  const first = m.pieces[0];
  const dataTimes = m.pieces.map((p) => p.collectedAt).filter((t): t is string => Boolean(t)).sort();
  let collectedAt: string | null = null;
  let collectedAtFrom: CollectedAtOrigin = 'unknown';
  if (dataTimes.length > 0) {
    // Several files: the oldest time is the honest one for the merged view.
    collectedAt = dataTimes[0];
    collectedAtFrom = 'data';
  } else if (options.collectedAt) {
    collectedAt = options.collectedAt.iso;
    collectedAtFrom = options.collectedAt.from;
  } else if (options.commitTime) {
    const times = m.files.map((f) => options.commitTime!(f)).filter((t): t is string => Boolean(t)).sort();
    if (times.length === m.files.length && times.length > 0) {
      collectedAt = times[0];
      collectedAtFrom = 'git';
    }
  }
  const incomplete = m.pieces.filter((p) => !p.complete);
  const claims = options.claims ?? union(m.pieces.map((p) => p.claims ?? defaultClaims(m.adapter, p)));
  const warnings = union(m.pieces.map((p) => p.warnings ?? []));
  const streamedEvidence = concatStreamedEvidence(m.pieces);
  return {
    source: { ...first.source, ...(options.sourceName ? { name: options.sourceName } : {}), ...(options.scope ? { scope: options.scope } : {}) },
    collectedAt,
    collectedAtFrom,
    complete: incomplete.length === 0,
    ...(incomplete.length ? { incompleteReason: union(incomplete.map((p) => [p.incompleteReason ?? 'incomplete export'])).join('; ') } : {}),
    covers: union(m.pieces.map((p) => p.covers)),
    ...(claims.length ? { claims } : {}),
    files: m.files,
    assets: allAssets(m.pieces),
    ...(warnings.length ? { warnings } : {}),
    ...(streamedEvidence ? { streamedEvidence } : {}),
  };
}

/** The pieces' assets in order: a single piece's own array (a million-asset JSONL file is not copied). */
function allAssets(pieces: ReadonlyArray<{ assets: LiveAsset[] }>): LiveAsset[] {
  if (pieces.length === 1) return pieces[0].assets;
  const out: LiveAsset[] = [];
  for (const p of pieces) for (const a of p.assets) out.push(a);
  return out;
}

/** One file read by its adapter. */
export interface ParsedFile {
  adapter: string;
  path: string;
  piece: SnapshotPiece;
}

/** Detects (or takes the forced) format of one file and parses it. */
export function parseFile(f: ConvertFile, options: ConvertOptions = {}): ParsedFile {
  const input = adapterInput(f.path, f.text);
  const adapter = resolveAdapter(input, options.format);
  return { adapter: adapter.name, path: f.path, piece: adapter.parse(input, options) };
}

/** Parsed files as one snapshot per adapter found among them, in first-seen order. */
export function mergeParsed(parsed: readonly ParsedFile[], options: ConvertOptions = {}): Snapshot[] {
  const byAdapter = new Map<string, Merged>();
  for (const p of parsed) {
    const m = byAdapter.get(p.adapter) ?? { adapter: p.adapter, pieces: [], files: [] };
    m.pieces.push(p.piece);
    m.files.push(p.path);
    byAdapter.set(p.adapter, m);
  }
  return [...byAdapter.values()].map((m) => mergePieces(m, options));
}

/** Converts files into one snapshot per adapter found among them, in first-seen order. */
export function convertFiles(files: readonly ConvertFile[], options: ConvertOptions = {}): Snapshot[] {
  return mergeParsed(
    files.map((f) => parseFile(f, options)),
    options,
  );
}

/** Several snapshots as one (for `snapshot convert` of mixed files): covers and claims unite. */
export function combineSnapshots(snaps: Snapshot[]): Snapshot {
  if (snaps.length === 1) return snaps[0];
  const types = [...new Set(snaps.map((s) => s.source.type))];
  const times = snaps.map((s) => s.collectedAt);
  const known = times.filter((t): t is string => t !== null).sort();
  const claims = union(snaps.map((s) => s.claims ?? []));
  const streamed = concatStreamedEvidence(snaps);
  return {
    source: { type: types.length === 1 ? types[0] : 'combined', ...(snaps[0].source.name ? { name: snaps[0].source.name } : {}), ...(snaps[0].source.scope ? { scope: snaps[0].source.scope } : {}) },
    collectedAt: known.length === times.length ? known[0] : null,
    collectedAtFrom: known.length === times.length ? snaps.map((s) => s.collectedAtFrom).sort()[0] : 'unknown',
    complete: snaps.every((s) => s.complete),
    ...(snaps.some((s) => !s.complete) ? { incompleteReason: snaps.filter((s) => !s.complete).map((s) => `${s.source.type}: ${s.incompleteReason ?? 'incomplete'}`).join('; ') } : {}),
    covers: union(snaps.map((s) => s.covers)),
    ...(claims.length ? { claims } : {}),
    files: union(snaps.map((s) => s.files)),
    assets: snaps.flatMap((s) => s.assets),
    ...(streamed ? { streamedEvidence: streamed } : {}),
  };
}
