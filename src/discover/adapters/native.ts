/**
 * blindspot's own normalised snapshot, as written by `blindspot snapshot convert`:
 * - JSON: one Snapshot object (`source`, `collectedAt`, `collectedAtFrom`, `complete`, `covers`,
 *   `files`, `assets`, optional `incompleteReason`, `warnings`).
 * - JSONL: a header line `{"blindspot":"snapshot/v1", source, collectedAt, complete, covers, …}`
 *   then one LiveAsset per line. Large files stream through `../jsonl-stream.ts`.
 * Both follow `schema/snapshot.schema.json`. Unknown fields are errors, not silently dropped.
 *
 * Unlike the other adapters, `source.type` is the snapshot's own (the system it came from, e.g.
 * `aws-credential-report`); options only override `name` and `scope`. Asset evidence is kept as
 * written (it points at the original export); assets without evidence get this file's.
 * Timestamps are normalised to ISO-8601 UTC with milliseconds.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { ASSET_KINDS, type AssetKind } from '../../model/kinds.js';
import type { CollectedAtOrigin, LiveAsset, Snapshot, SnapshotSource } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { isObject, type Where } from '../fields.js';
import { arrayItemLines, head } from './ml-shared.js';
import { evidenceAt, jsonDocs } from './shared.js';

const NAME = 'native';
export const SNAPSHOT_MARK = 'snapshot/v1';

/** The first line of a JSONL snapshot. */
export interface SnapshotHeader {
  blindspot: typeof SNAPSHOT_MARK;
  source: SnapshotSource;
  collectedAt: string | null;
  collectedAtFrom?: CollectedAtOrigin;
  complete: boolean;
  incompleteReason?: string;
  covers: AssetKind[];
  claims?: string[];
  files?: string[];
  warnings?: string[];
}

const KINDS = new Set<string>(ASSET_KINDS);
const ORIGINS = new Set<string>(['data', 'option', 'config', 'git', 'unknown']);

function fail(where: Where, message: string): never {
  throw new InputError(where.record ? `${where.record}: ${message}` : message, { file: where.file, line: where.line });
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * True for the canonical `YYYY-MM-DDTHH:MM:SS.sssZ` form (what toISOString writes), checked with
 * char codes only: this runs for every timestamp of a million-line snapshot, and Date.parse was
 * the largest cost of validation.
 */
function isCanonicalIso(s: string): boolean {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 /* Z */ || s.charCodeAt(10) !== 84 /* T */) return false;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46) {
    return false;
  }
  const hi = digits2(s, 0);
  const lo = digits2(s, 2);
  const month = digits2(s, 5);
  const day = digits2(s, 8);
  const ms = digits2(s, 20);
  const ms3 = s.charCodeAt(22) - 48;
  if (hi < 0 || lo < 0 || ms < 0 || ms3 < 0 || ms3 > 9 || month < 1 || month > 12 || day < 1) return false;
  const hour = digits2(s, 11);
  const minute = digits2(s, 14);
  const second = digits2(s, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  const year = hi * 100 + lo;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]);
}

/**
 * An ISO-8601 timestamp with a zone, returned in the canonical `YYYY-MM-DDTHH:MM:SS.sssZ` form so
 * that readers may compare timestamps as strings.
 */
function timestamp(v: unknown, where: Where, field: string): string | null {
  if (v === null) return null;
  if (typeof v !== 'string') fail(where, `${field} must be an ISO-8601 timestamp or null`);
  const s = v as string;
  if (isCanonicalIso(s)) return s;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(s);
  const ms = m && Number(m[2]) <= 12 && Number(m[3]) <= DAYS_IN_MONTH[Number(m[2]) - 1] ? Date.parse(s) : NaN;
  if (Number.isNaN(ms)) fail(where, `${field}: ${JSON.stringify(s)} is not an ISO-8601 timestamp with a zone`);
  return new Date(ms).toISOString();
}

function string(v: unknown, where: Where, field: string): string {
  if (typeof v !== 'string') fail(where, `${field} must be a string`);
  return v as string;
}

function stringList(v: unknown, where: Where, field: string): string[] {
  if (!Array.isArray(v)) fail(where, `${field} must be a list of strings`);
  const a = v as unknown[];
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string') fail(where, `${field}[${i}] must be a string`);
  return a as string[];
}

function nonNegativeInt(v: unknown, where: Where, field: string, min = 0): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) fail(where, `${field} must be an integer ≥ ${min}`);
  return v as number;
}

function source(v: unknown, where: Where): SnapshotSource {
  if (!isObject(v)) fail(where, 'source must be an object');
  const o = v as Record<string, unknown>;
  for (const k in o) if (k !== 'type' && k !== 'name' && k !== 'scope') fail(where, `unknown field source.${k}`);
  if (typeof o.type !== 'string' || o.type === '') fail(where, 'source.type must be a non-empty string');
  if (o.name !== undefined) string(o.name, where, 'source.name');
  if (o.scope !== undefined) string(o.scope, where, 'source.scope');
  return o as unknown as SnapshotSource;
}

function covers(v: unknown, where: Where): AssetKind[] {
  const list = stringList(v, where, 'covers');
  for (const k of list) if (!KINDS.has(k)) fail(where, `covers: unknown kind ${JSON.stringify(k)}`);
  if (new Set(list).size !== list.length) fail(where, 'covers lists a kind twice');
  return list as AssetKind[];
}

/**
 * Checks one LiveAsset (as parsed JSON) against the snapshot schema and normalises its
 * timestamps in place. Written as one switch over the keys: this runs once per line of a
 * million-line snapshot.
 */
export function readAsset(v: unknown, where: Where): LiveAsset {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(where, 'an asset must be a JSON object');
  const o = v as Record<string, unknown>;
  for (const k in o) {
    const val = o[k];
    switch (k) {
      case 'kind':
        if (typeof val !== 'string' || !KINDS.has(val)) fail(where, `kind: unknown kind ${JSON.stringify(val)}`);
        break;
      case 'id':
        if (typeof val !== 'string' || val === '') fail(where, 'id must be a non-empty string');
        break;
      case 'identifiers':
      case 'ownerHints':
      case 'permissions':
      case 'tools':
      case 'mcpServers':
      case 'dataSources':
        stringList(val, where, k);
        break;
      case 'name':
      case 'version':
      case 'model':
      case 'environment':
        string(val, where, k);
        break;
      case 'active':
        if (typeof val !== 'boolean') fail(where, 'active must be true or false');
        break;
      case 'createdAt':
      case 'lastUsedAt':
      case 'lastActivityAt':
      case 'expiresAt':
      case 'rotatedAt':
        o[k] = timestamp(val, where, k);
        break;
      case 'traffic':
        traffic(val, where);
        break;
      case 'evidence':
        evidence(val, where);
        break;
      case 'attributes':
        attributes(val, where);
        break;
      default:
        fail(where, `unknown asset field ${JSON.stringify(k)}`);
    }
  }
  if (o.kind === undefined) fail(where, 'missing kind');
  if (o.id === undefined) fail(where, 'missing id');
  if (o.identifiers === undefined) fail(where, 'missing identifiers');
  return o as unknown as LiveAsset;
}

function traffic(v: unknown, where: Where): void {
  if (!isObject(v)) fail(where, 'traffic must be an object');
  const t = v as Record<string, unknown>;
  for (const k in t) if (k !== 'window' && k !== 'count' && k !== 'lastAt') fail(where, `unknown field traffic.${k}`);
  if (!isObject(t.window)) fail(where, 'traffic.window must be an object');
  const w = t.window as Record<string, unknown>;
  for (const k in w) if (k !== 'start' && k !== 'end') fail(where, `unknown field traffic.window.${k}`);
  if (!('start' in w) || !('end' in w)) fail(where, 'traffic.window needs start and end (null when unknown)');
  w.start = timestamp(w.start, where, 'traffic.window.start');
  w.end = timestamp(w.end, where, 'traffic.window.end');
  if (typeof t.count !== 'number' || !(t.count >= 0)) fail(where, 'traffic.count must be a number ≥ 0');
  if (t.lastAt !== undefined) t.lastAt = timestamp(t.lastAt, where, 'traffic.lastAt');
}

function evidence(v: unknown, where: Where): void {
  if (!isObject(v)) fail(where, 'evidence must be an object');
  const e = v as Record<string, unknown>;
  for (const k in e) if (k !== 'file' && k !== 'index' && k !== 'line') fail(where, `unknown field evidence.${k}`);
  if (typeof e.file !== 'string') fail(where, 'evidence.file must be a string');
  if (e.index !== undefined) nonNegativeInt(e.index, where, 'evidence.index');
  if (e.line !== undefined) nonNegativeInt(e.line, where, 'evidence.line', 1);
}

function attributes(v: unknown, where: Where): void {
  if (!isObject(v)) fail(where, 'attributes must be an object');
  const a = v as Record<string, unknown>;
  for (const k in a) {
    const val = a[k];
    if (val === null || typeof val === 'string' || typeof val === 'boolean') continue;
    if (typeof val === 'number' && Number.isFinite(val)) continue;
    if (Array.isArray(val)) {
      stringList(val, where, `attributes.${k}`);
      continue;
    }
    fail(where, `attributes.${k} must be a string, number, boolean, null or list of strings`);
  }
}

/** Checks the header line of a JSONL snapshot. */
export function readHeader(v: unknown, where: Where): SnapshotHeader {
  if (!isObject(v) || v.blindspot !== SNAPSHOT_MARK) {
    fail(where, `the first line of a JSONL snapshot must be the header {"blindspot":"${SNAPSHOT_MARK}", …}`);
  }
  const h = v as Record<string, unknown>;
  const allowed = ['blindspot', 'source', 'collectedAt', 'collectedAtFrom', 'complete', 'incompleteReason', 'covers', 'claims', 'files', 'warnings'];
  for (const k in h) if (!allowed.includes(k)) fail(where, `unknown header field ${JSON.stringify(k)}`);
  source(h.source, where);
  if (!('collectedAt' in h)) fail(where, 'header needs collectedAt (null when unknown)');
  h.collectedAt = timestamp(h.collectedAt, where, 'collectedAt');
  if (h.collectedAtFrom !== undefined && !ORIGINS.has(h.collectedAtFrom as string)) {
    fail(where, `collectedAtFrom must be one of ${[...ORIGINS].join(', ')}`);
  }
  if (typeof h.complete !== 'boolean') fail(where, 'complete must be true or false');
  if (h.incompleteReason !== undefined) string(h.incompleteReason, where, 'incompleteReason');
  covers(h.covers, where);
  if (h.claims !== undefined) stringList(h.claims, where, 'claims');
  if (h.files !== undefined) stringList(h.files, where, 'files');
  if (h.warnings !== undefined) stringList(h.warnings, where, 'warnings');
  return h as unknown as SnapshotHeader;
}

/** Checks a whole JSON snapshot; asset errors name the asset's index (and its line when known). */
export function readSnapshot(v: unknown, where: Where, assetLines?: number[]): Snapshot {
  if (!isObject(v)) fail(where, 'a snapshot must be a JSON object');
  const s = v as Record<string, unknown>;
  const allowed = ['source', 'collectedAt', 'collectedAtFrom', 'complete', 'incompleteReason', 'covers', 'claims', 'files', 'assets', 'warnings'];
  for (const k in s) if (!allowed.includes(k)) fail(where, `unknown snapshot field ${JSON.stringify(k)}`);
  source(s.source, where);
  if (!('collectedAt' in s)) fail(where, 'collectedAt is required (null when unknown)');
  s.collectedAt = timestamp(s.collectedAt, where, 'collectedAt');
  if (!ORIGINS.has(s.collectedAtFrom as string)) fail(where, `collectedAtFrom must be one of ${[...ORIGINS].join(', ')}`);
  if (typeof s.complete !== 'boolean') fail(where, 'complete must be true or false');
  if (s.incompleteReason !== undefined) string(s.incompleteReason, where, 'incompleteReason');
  covers(s.covers, where);
  if (s.claims !== undefined) stringList(s.claims, where, 'claims');
  stringList(s.files, where, 'files');
  if (s.warnings !== undefined) stringList(s.warnings, where, 'warnings');
  if (!Array.isArray(s.assets)) fail(where, 'assets must be a list');
  (s.assets as unknown[]).forEach((a, i) => readAsset(a, { file: where.file, line: assetLines?.[i] ?? where.line, record: `assets[${i}]` }));
  return s as unknown as Snapshot;
}

function isSnapshotLike(v: unknown): boolean {
  return isObject(v) && isObject(v.source) && Array.isArray(v.assets) && typeof v.complete === 'boolean' && Array.isArray(v.covers);
}

function withEvidence(a: LiveAsset, file: string, index: number, line: number | undefined): LiveAsset {
  if (!a.evidence) a.evidence = evidenceAt(file, index, line);
  return a;
}

export const nativeAdapter: Adapter = {
  name: NAME,
  description: 'blindspot normalised snapshot (`blindspot snapshot convert … --out snapshot.json`), as JSON or JSONL with a snapshot/v1 header',
  markers: ['{"blindspot":"snapshot/v1"} header line', 'object with source, complete, covers, assets'],

  sniff(input: AdapterInput): number {
    if (input.docs) {
      const v = input.docs[0]?.value;
      if (isObject(v) && v.blindspot === SNAPSHOT_MARK) return 1;
      return isSnapshotLike(v) ? 0.95 : 0;
    }
    return /"blindspot"\s*:\s*"snapshot\/v1"/.test(head(input, 1024)) ? 0.6 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const docs = jsonDocs(input, 'blindspot snapshot');
    if (docs.length === 0) throw new InputError('empty file: expected a blindspot snapshot', { file: input.file, line: 1 });
    const first = docs[0];
    let meta: Omit<Snapshot, 'assets' | 'files'>;
    let assets: LiveAsset[];
    if (isObject(first.value) && 'blindspot' in first.value) {
      meta = headerMeta(readHeader(first.value, { file: input.file, line: first.line }));
      assets = docs.slice(1).map((d, i) =>
        withEvidence(readAsset(d.value, { file: input.file, line: d.line, record: `asset on line ${d.line}` }), input.file, i, d.line),
      );
    } else {
      if (docs.length > 1) throw new InputError('one snapshot per file', { file: input.file, line: docs[1].line });
      const lines = arrayItemLines(input.text, 'assets')[0];
      const s = readSnapshot(first.value, { file: input.file, line: first.line }, lines);
      meta = s;
      assets = s.assets.map((a, i) => withEvidence(a, input.file, i, lines?.[i]));
    }
    return nativePiece(meta, assets, options);
  },
};

/** What a JSONL header says about its snapshot (the collection time's origin filled in). */
export function headerMeta(h: SnapshotHeader): Omit<Snapshot, 'assets' | 'files'> {
  return { ...h, collectedAtFrom: h.collectedAtFrom ?? (h.collectedAt ? 'data' : 'unknown') };
}

/** The piece a native snapshot yields, from its metadata and checked assets (also for streamed JSONL). */
export function nativePiece(meta: Omit<Snapshot, 'assets' | 'files'>, assets: LiveAsset[], options: AdapterOptions): SnapshotPiece {
  const src: SnapshotSource = { ...meta.source };
  if (options.sourceName) src.name = options.sourceName;
  if (options.scope) src.scope = options.scope;
  const piece: SnapshotPiece = { source: src, complete: meta.complete, covers: meta.covers, assets };
  if (meta.collectedAt) {
    piece.collectedAt = meta.collectedAt;
    piece.collectedAtFrom = meta.collectedAtFrom;
  }
  if (meta.incompleteReason) piece.incompleteReason = meta.incompleteReason;
  // Claims travel with the snapshot: without them it proves no absence.
  if (meta.claims) piece.claims = meta.claims;
  if (meta.warnings?.length) piece.warnings = meta.warnings;
  return piece;
}
