/**
 * TruffleHog v3 `--json` output (NDJSON, one result per line) → SecretFinding assets.
 * `Raw`, `RawV2` and `Redacted` are never kept: they become an optional HMAC fingerprint, a
 * sha256 inside the synthesised id, and the public AWS key ids inside them.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { AttributeValue, LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { sha256Hex } from '../../util/hash.js';
import { jsonErrorOffset } from '../../util/json-docs.js';
import { bool, ids, isObject, requireString, str, time, type JsonObject, type Where } from '../fields.js';
import { awsKeyIds, fingerprintSecret } from '../secrets.js';
import { head, IdAllocator, num, objField } from './ml-shared.js';
import { sourceOf } from './shared.js';

const NAME = 'trufflehog';

interface Line {
  value: unknown;
  line: number;
}

/**
 * The result lines. TruffleHog logs JSON to stderr; users who merge the streams give us log lines
 * (JSON or not) between results, so anything without `DetectorName` is skipped. A line that names
 * `DetectorName` but does not parse is a broken result and an error.
 */
function resultLines(input: AdapterInput): { lines: Line[]; skipped: number } {
  const lines: Line[] = [];
  let skipped = 0;
  if (input.docs) {
    for (const d of input.docs) {
      // `jq -s` wraps the results in one array.
      for (const value of Array.isArray(d.value) ? d.value : [d.value]) {
        if (isObject(value) && 'DetectorName' in value) lines.push({ value, line: d.line });
        else skipped++;
      }
    }
    return { lines, skipped };
  }
  const text = input.text.split('\n');
  text.forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') return;
    let value: unknown;
    try {
      value = JSON.parse(t);
    } catch {
      if (!t.includes('"DetectorName"')) {
        skipped++;
        return;
      }
      const { offset, reason } = jsonErrorOffset(t);
      throw new InputError(`invalid JSON in a TruffleHog result: ${reason || 'malformed value'}`, {
        file: input.file,
        line: i + 1,
        column: Math.max(offset, 0) + 1 + (raw.length - raw.trimStart().length),
      });
    }
    if (isObject(value) && 'DetectorName' in value) lines.push({ value, line: i + 1 });
    else skipped++;
  });
  return { lines, skipped };
}

/** `SourceMetadata.Data.<Git|Github|Filesystem|…>`: the one source entry, and its name. */
function sourceData(r: JsonObject, where: Where): { kind?: string; data: JsonObject } {
  const meta = objField(r.SourceMetadata, where, 'SourceMetadata');
  const data = objField(meta?.Data, where, 'SourceMetadata.Data');
  if (!data) return { data: {} };
  const kind = Object.keys(data).find((k) => isObject(data[k]));
  return kind ? { kind, data: data[kind] as JsonObject } : { data: {} };
}

function toAsset(r: JsonObject, index: number, where: Where, options: AdapterOptions, idAlloc: IdAllocator): LiveAsset {
  const detector = requireString(r, 'DetectorName', where);
  const raw = str(r.Raw) ?? '';
  const rawV2 = str(r.RawV2) ?? '';
  const redacted = str(r.Redacted) ?? '';
  const { kind, data } = sourceData(r, where);
  const file = str(data.file) ?? str(data.path) ?? '';
  const commit = str(data.commit) ?? '';
  const line = num(data.line, where, `SourceMetadata.Data.${kind}.line`);
  const secretHash = sha256Hex(raw || rawV2).slice(0, 16);
  const id = `${detector}:${secretHash}:${commit}:${file}:${line ?? ''}`;

  const extra = objField(r.ExtraData, where, 'ExtraData');
  const account = str(extra?.account);
  const arn = str(extra?.arn);
  const userId = str(extra?.user_id);
  const fingerprints = [fingerprintSecret(raw, options.hmacKey)];
  if (rawV2 && rawV2 !== raw) fingerprints.push(fingerprintSecret(rawV2, options.hmacKey));

  const attributes: Record<string, AttributeValue> = { detector, file };
  if (line !== undefined) attributes.line = line;
  if (commit) attributes.commit = commit;
  const optional: Array<[string, unknown]> = [
    ['repository', data.repository],
    ['link', data.link],
    ['email', data.email],
    ['visibility', data.visibility],
    ['bucket', data.bucket],
    ['image', data.image],
    ['decoder', r.DecoderName],
    ['sourceName', r.SourceName],
    ['account', account],
    ['arn', arn],
    ['userId', userId],
    ['resourceType', extra?.resource_type],
  ];
  for (const [k, v] of optional) {
    const s = str(v);
    if (s) attributes[k] = s;
  }
  if (kind) attributes.source = kind;
  const detectorType = num(r.DetectorType, where, 'DetectorType');
  if (detectorType !== undefined) attributes.detectorType = detectorType;
  const sourceType = num(r.SourceType, where, 'SourceType');
  if (sourceType !== undefined) attributes.sourceType = sourceType;
  const verified = bool(r.Verified) === true;
  attributes.verified = verified;

  const asset: LiveAsset = {
    kind: 'SecretFinding',
    id: idAlloc.next(id),
    identifiers: ids(id, ...awsKeyIds(raw, rawV2, redacted), arn, userId, account, ...fingerprints),
    name: `${detector} in ${file || kind || 'unknown source'}${line !== undefined ? `:${line}` : ''}`,
    evidence: { file: where.file, index, line: where.line! },
    attributes,
  };
  const committed = time(data.timestamp, where, `SourceMetadata.Data.${kind}.timestamp`);
  if (committed) asset.createdAt = committed;
  // A verified secret works against the live API right now; unverified tells us nothing.
  if (verified) asset.active = true;
  return asset;
}

export const trufflehogAdapter: Adapter = {
  name: NAME,
  description: 'TruffleHog v3 NDJSON: `trufflehog git|github|filesystem <target> --json > results.ndjson`',
  markers: ['NDJSON lines with DetectorName, SourceMetadata, Verified'],

  sniff(input: AdapterInput): number {
    if (input.docs) {
      // The first lines may be log lines when stdout and stderr were merged.
      const sample = input.docs.slice(0, 50).flatMap((d) => (Array.isArray(d.value) ? d.value.slice(0, 1) : [d.value]));
      return sample.some((v) => isObject(v) && typeof v.DetectorName === 'string' && 'SourceMetadata' in v) ? 0.95 : 0;
    }
    const h = head(input, 16384);
    return h.includes('"DetectorName"') && h.includes('"SourceMetadata"') ? 0.6 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const { lines, skipped } = resultLines(input);
    const idAlloc = new IdAllocator();
    const assets = lines.map((l, i) => {
      const where: Where = { file: input.file, line: l.line, record: `result on line ${l.line}` };
      return toAsset(l.value as JsonObject, i, where, options, idAlloc);
    });
    const piece: SnapshotPiece = { source: sourceOf(NAME, options), complete: true, covers: ['SecretFinding'], assets };
    if (skipped) piece.warnings = [`skipped ${skipped} line(s) without DetectorName (log output)`];
    return piece;
  },
};
