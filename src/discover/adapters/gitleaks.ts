/**
 * gitleaks JSON report → SecretFinding assets. `Secret` and `Match` are never kept: they become
 * an optional HMAC fingerprint and the public AWS key ids inside them.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { AttributeValue, LiveAsset } from '../../model/snapshot.js';
import { arr, ids, isObject, requireString, str, time, type JsonObject, type Where } from '../fields.js';
import { awsKeyIds, fingerprintSecret, isMaskedSecret } from '../secrets.js';
import { head, IdAllocator, num, walkArrayDocuments } from './ml-shared.js';
import { evidenceAt, sourceOf } from './shared.js';

const NAME = 'gitleaks';

function isFinding(v: unknown): boolean {
  return isObject(v) && typeof v.RuleID === 'string' && ('Fingerprint' in v || 'StartLine' in v || 'Secret' in v);
}

/**
 * `Date` is RFC 3339 in real runs, but gitleaks' own fixtures write `10-19-2003`. Read both; any
 * other value becomes null with a warning (for this field only: it is informational).
 */
function findingDate(v: unknown, where: Where, warnings: string[]): string | null {
  try {
    return time(v, where, 'Date');
  } catch {
    const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(String(v).trim());
    if (m) {
      const ms = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]));
      const d = new Date(ms);
      if (d.getUTCMonth() === Number(m[1]) - 1 && d.getUTCDate() === Number(m[2])) return d.toISOString();
    }
    warnings.push(`${where.record}: Date ${JSON.stringify(v)} is not a timestamp; treated as unknown`);
    return null;
  }
}

function toAsset(
  f: JsonObject,
  index: number,
  where: Where,
  options: AdapterOptions,
  idAlloc: IdAllocator,
  warnings: string[],
): LiveAsset {
  const rule = requireString(f, 'RuleID', where);
  const file = str(f.File) ?? '';
  const commit = str(f.Commit) ?? '';
  const startLine = num(f.StartLine, where, 'StartLine');
  const secret = str(f.Secret);
  const match = str(f.Match);
  // The documented Fingerprint format, for reports written by tools that leave it out.
  const fingerprint = str(f.Fingerprint) || [commit, file, rule, startLine ?? ''].filter((p) => p !== '').join(':');
  const keyIds = awsKeyIds(secret, match);
  const hmac = fingerprintSecret(secret, options.hmacKey);

  const attributes: Record<string, AttributeValue> = { rule, file };
  if (startLine !== undefined) attributes.line = startLine;
  const endLine = num(f.EndLine, where, 'EndLine');
  if (endLine !== undefined) attributes.endLine = endLine;
  const column = num(f.StartColumn, where, 'StartColumn');
  if (column !== undefined) attributes.column = column;
  if (commit) attributes.commit = commit;
  const optional: Array<[string, unknown]> = [
    ['description', f.Description],
    ['symlinkFile', f.SymlinkFile],
    ['link', f.Link],
    ['author', f.Author],
    ['email', f.Email],
  ];
  for (const [k, v] of optional) {
    const s = str(v);
    if (s) attributes[k] = s;
  }
  const entropy = num(f.Entropy, where, 'Entropy');
  if (entropy !== undefined) attributes.entropy = entropy;
  const tags = arr(f.Tags).map((t) => str(t)).filter((t): t is string => !!t);
  if (tags.length) attributes.tags = tags;
  attributes.redacted = secret !== undefined && isMaskedSecret(secret);

  const asset: LiveAsset = {
    kind: 'SecretFinding',
    id: idAlloc.next(fingerprint),
    identifiers: ids(fingerprint, ...keyIds, hmac),
    name: `${rule} in ${file || '(stdin)'}${startLine !== undefined ? `:${startLine}` : ''}`,
    evidence: evidenceAt(where.file, index, where.line),
    attributes,
  };
  const date = findingDate(f.Date, where, warnings);
  if (date) asset.createdAt = date;
  return asset;
}

export const gitleaksAdapter: Adapter = {
  name: NAME,
  description: 'gitleaks JSON report: `gitleaks git|dir <path> --report-format json --report-path report.json`',
  markers: ['JSON array of findings with RuleID, StartLine, Secret, Fingerprint'],

  sniff(input: AdapterInput): number {
    if (input.docs) {
      const first = input.docs[0]?.value;
      return Array.isArray(first) && first.length > 0 && isFinding(first[0]) ? 0.95 : 0;
    }
    const h = head(input);
    return /^\s*\[/.test(h) && h.includes('"RuleID"') && h.includes('"StartLine"') ? 0.5 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const assets: LiveAsset[] = [];
    const warnings: string[] = [];
    const idAlloc = new IdAllocator();
    walkArrayDocuments(input, 'gitleaks', 'a gitleaks report is a JSON array of findings', 'finding', (item, where) => {
      assets.push(toAsset(item, assets.length, where, options, idAlloc, warnings));
    });
    const piece: SnapshotPiece = {
      source: sourceOf(NAME, options),
      complete: true,
      covers: ['SecretFinding'],
      assets,
    };
    if (warnings.length) piece.warnings = warnings;
    return piece;
  },
};
