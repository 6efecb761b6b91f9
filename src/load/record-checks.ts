/**
 * Checks that span records: duplicate identities, one live identifier claimed by two records,
 * and relations that point at nothing. Each diagnostic names every place involved.
 */
import type { Diagnostic, SourceLocation } from '../model/location.js';
import { normalizeIdentifier } from '../model/identifiers.js';
import { recordKey, type GovernanceRecord } from '../model/record.js';
import { indexRecords, type RecordIndex } from '../model/record-index.js';

function where(l: SourceLocation): string {
  return `${l.file}:${l.line}`;
}

function fieldAt(r: GovernanceRecord, field: string): SourceLocation {
  return r.fields[field] ?? r.location;
}

/** `map`'s inner map for `kind`, made on first use. */
function inner<V>(map: Map<string, Map<string, V>>, kind: string): Map<string, V> {
  let m = map.get(kind);
  if (m === undefined) map.set(kind, (m = new Map()));
  return m;
}

/**
 * Every cross-record check, the claims read from `index` (of these records). They come in two
 * parts so that a large run can split them: the names where the records load, the claims beside
 * matching (see `checkedRecords`).
 */
export function crossRecordDiagnostics(records: readonly GovernanceRecord[], index: RecordIndex = indexRecords(records)): Diagnostic[] {
  if (index.records !== records) throw new Error('crossRecordDiagnostics: the record index is not of these records');
  return [...recordNameDiagnostics(records), ...identifierClaimDiagnostics(index)];
}

/** Records defined twice (kind and name), and relations to records that do not exist. */
export function recordNameDiagnostics(records: readonly GovernanceRecord[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Records by kind, then name (a record's key is `kind/name`, and no kind holds a `/`): the
  // names are keys already, where each `kind/name` string would be built and hashed once more.
  // A name defined once (nearly all) maps to its record; a duplicated one to the list.
  const byKind = new Map<string, Map<string, GovernanceRecord | GovernanceRecord[]>>();
  for (const r of records) {
    const byName = inner(byKind, r.kind);
    const prev = byName.get(r.name);
    if (prev === undefined) byName.set(r.name, r);
    else if (Array.isArray(prev)) prev.push(r);
    else byName.set(r.name, [prev, r]);
  }
  for (const byName of byKind.values()) {
    for (const list of byName.values()) {
      if (!Array.isArray(list)) continue;
      for (const r of list) {
        const others = list.filter((o) => o !== r).map((o) => where(o.location));
        out.push({
          ...fieldAt(r, 'metadata.name'),
          level: 'error',
          code: 'manifest/duplicate-record',
          field: 'metadata.name',
          message: `${r.key} is defined more than once: also at ${others.join(', ')}`,
        });
      }
    }
  }

  const dangling = (r: GovernanceRecord, field: string, kind: string, name: string, what: string) => {
    if (!byKind.get(kind)?.has(name)) {
      out.push({ ...fieldAt(r, field), level: 'error', code: 'manifest/dangling-reference', field, message: `${field}: ${what} ${recordKey(kind, name)} does not exist` });
    }
  };
  for (const r of records) {
    if (r.serves !== undefined) dangling(r, 'spec.serves', 'Model', String(r.serves), 'the served model');
    if (r.runsAs !== undefined) dangling(r, 'spec.runsAs', 'ServiceAccount', String(r.runsAs), 'the service account');
    if (r.belongsTo) dangling(r, 'spec.belongsTo.name', r.belongsTo.kind, String(r.belongsTo.name), 'the holder');
  }
  return out;
}

/**
 * One live identifier claimed by two records of the same kind: a match would be ambiguous. Read
 * from the index's lists of two or more records (rare); a secret fingerprint files records under
 * the same lists, so each claimant is confirmed by an identifier of its own.
 */
export function identifierClaimDiagnostics(index: RecordIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const records = index.records;
  for (const byId of index.byKind.values()) {
    for (const [normal, positions] of byId) {
      if (positions.length < 2) continue;
      // Each claimant with its first identifier of this normal form.
      const claims: Array<{ r: GovernanceRecord; i: number }> = [];
      for (const pos of positions) {
        const r = records[pos];
        const i = r.identifiers.findIndex((id) => normalizeIdentifier(id) === normal);
        if (i >= 0) claims.push({ r, i });
      }
      if (claims.length < 2) continue;
      // As the message always named it: up to the first NUL.
      const id = normal.split('\u0000')[0];
      for (const { r, i } of claims) {
        const others = claims.filter((c) => c.r !== r).map((c) => `${c.r.key} (${where(fieldAt(c.r, `spec.identifiers[${c.i}]`))})`);
        out.push({
          ...fieldAt(r, `spec.identifiers[${i}]`),
          level: 'error',
          code: 'manifest/identifier-claimed-twice',
          field: `spec.identifiers[${i}]`,
          message: `identifier "${id}" is also claimed by ${others.join(', ')}`,
        });
      }
    }
  }
  return out;
}
