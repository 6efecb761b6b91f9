/**
 * AWS `iam list-access-keys` responses, optionally with `get-access-key-last-used` responses
 * wrapped as `{AccessKeyId, ...response}` (the raw response does not repeat the key id). Accepts
 * one response, an array of responses (`jq -s`), NDJSON and concatenated documents, in any mix.
 * Last-used data is merged onto keys by AccessKeyId.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { arr, fieldError, ids, isObject, obj, requireString, str, time, type JsonObject } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { completeness, evidenceOf, locatedDocs, shapeError, sourceOf, whereOf, type RecordAt } from './shared.js';

const NAME = 'aws-access-keys';
const EXPECTED =
  'aws iam list-access-keys output ({AccessKeyMetadata: [...]}) or wrapped get-access-key-last-used responses ({AccessKeyId, AccessKeyLastUsed})';

function isListResponse(v: unknown): v is JsonObject {
  return isObject(v) && Array.isArray(v.AccessKeyMetadata);
}
function isLastUsedResponse(v: unknown): v is JsonObject {
  return isObject(v) && isObject(v.AccessKeyLastUsed);
}

const STATUS_ACTIVE: Record<string, boolean> = { active: true, inactive: false, expired: false };

interface LastUsed {
  lastUsedAt: string | null;
  service: string | null;
  region: string | null;
  userName?: string;
  at: RecordAt;
}

/** `N/A` in ServiceName/Region means "never used"; keep null rather than the sentinel. */
function naToNull(v: unknown): string | null {
  const s = str(v);
  return s === undefined || s.toUpperCase() === 'N/A' ? null : s;
}

export const awsAccessKeys: Adapter = {
  name: NAME,
  description:
    'AWS access keys: `aws iam list-access-keys --user-name U` (one per user, any JSON framing), plus `aws iam get-access-key-last-used --access-key-id K` wrapped as {AccessKeyId, ...response}',
  markers: ['top-level key `AccessKeyMetadata`', 'top-level key `AccessKeyLastUsed` (with `AccessKeyId` wrapper)'],

  sniff(input) {
    const first = input.docs?.[0]?.value;
    const probe = Array.isArray(first) ? first[0] : first;
    if (isListResponse(probe)) return 1;
    if (isLastUsedResponse(probe)) return 0.95;
    return 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const file = input.file;
    const keys: Array<{ meta: JsonObject; at: RecordAt }> = [];
    const lastUsed = new Map<string, LastUsed>();
    const truncated: string[] = [];
    const warnings: string[] = [];
    let sawList = false;
    let index = 0;

    for (const doc of locatedDocs(input, EXPECTED)) {
      const responses = Array.isArray(doc.value) ? doc.value : [doc.value];
      responses.forEach((resp, k) => {
        const label = Array.isArray(doc.value) ? `document ${doc.docIndex + 1}, response ${k}` : `document ${doc.docIndex + 1}`;
        if (isListResponse(resp)) {
          sawList = true;
          const more = resp.IsTruncated === true || str(resp.Marker) || str(resp.NextToken);
          if (more) {
            const who = str(arr(resp.AccessKeyMetadata).map(obj)[0]?.UserName) ?? 'a user';
            truncated.push(`list-access-keys for ${who} (${label}) is truncated: IsTruncated/Marker/NextToken present`);
          }
          arr(resp.AccessKeyMetadata).forEach((m, j) => {
            const at: RecordAt = { file, index: index++, line: doc.recordLine, record: `${label}, AccessKeyMetadata[${j}]` };
            if (!isObject(m)) throw shapeError(file, doc.startLine, `an access key object in ${at.record}`, m);
            keys.push({ meta: m, at });
          });
        } else if (isLastUsedResponse(resp)) {
          const at: RecordAt = { file, index: index++, line: doc.recordLine, record: label };
          const keyId = str(resp.AccessKeyId);
          if (!keyId) {
            warnings.push(
              `${label}: get-access-key-last-used response without AccessKeyId ignored; wrap each response as {AccessKeyId, ...response}`,
            );
            return;
          }
          const u = resp.AccessKeyLastUsed as JsonObject;
          lastUsed.set(keyId, {
            // Missing or null LastUsedDate: never used, or not since tracking began (2015-04-22).
            lastUsedAt: time(u.LastUsedDate, whereOf(at), 'AccessKeyLastUsed.LastUsedDate'),
            service: naToNull(u.ServiceName),
            region: naToNull(u.Region),
            userName: str(resp.UserName),
            at,
          });
        } else {
          throw shapeError(file, doc.startLine, EXPECTED, resp);
        }
      });
    }

    const assets: LiveAsset[] = [];
    const seen = new Set<string>();
    for (const { meta, at } of keys) {
      const where = whereOf(at);
      const keyId = requireString(meta, 'AccessKeyId', where);
      const userName = str(meta.UserName);
      const status = requireString(meta, 'Status', where);
      const active = STATUS_ACTIVE[status.toLowerCase()];
      if (active === undefined) {
        throw fieldError(where, 'Status', `expected Active, Inactive or Expired, found ${JSON.stringify(status)}`);
      }
      if (seen.has(keyId)) continue; // The same key listed twice (overlapping exports).
      seen.add(keyId);
      const createdAt = time(meta.CreateDate, where, 'CreateDate');
      const used = lastUsed.get(keyId);
      lastUsed.delete(keyId);
      assets.push({
        kind: 'Credential',
        id: keyId,
        identifiers: ids(keyId, userName && `${userName}#${keyId}`),
        name: keyId,
        active,
        createdAt,
        rotatedAt: createdAt,
        // Absent (unknown) unless a last-used response for this key was in the file.
        ...(used ? { lastUsedAt: used.lastUsedAt } : {}),
        evidence: evidenceOf(at),
        attributes: {
          credentialType: 'aws-access-key',
          status,
          ...(userName ? { userName } : {}),
          ...(used ? { lastUsedService: used.service, lastUsedRegion: used.region } : {}),
        },
      });
    }
    // Last-used responses for keys not listed here still enrich keys listed in other files.
    for (const [keyId, used] of lastUsed) {
      assets.push({
        kind: 'Credential',
        id: keyId,
        identifiers: ids(keyId, used.userName && `${used.userName}#${keyId}`),
        name: keyId,
        lastUsedAt: used.lastUsedAt,
        evidence: evidenceOf(used.at),
        attributes: {
          credentialType: 'aws-access-key',
          ...(used.userName ? { userName: used.userName } : {}),
          lastUsedService: used.service,
          lastUsedRegion: used.region,
        },
      });
    }

    const piece: SnapshotPiece = {
      source: sourceOf(NAME, options),
      ...completeness(truncated),
      // Only list-access-keys output is authoritative for which keys exist.
      covers: sawList ? ['Credential'] : [],
      assets,
    };
    if (warnings.length > 0) piece.warnings = warnings;
    return piece;
  },
};
