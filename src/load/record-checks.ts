/**
 * Checks that span records: duplicate identities, one live identifier claimed by two records,
 * and relations that point at nothing. Each diagnostic names every place involved.
 */
import type { Diagnostic, SourceLocation } from '../model/location.js';
import { normalizeIdentifier } from '../model/identifiers.js';
import { recordKey, type GovernanceRecord } from '../model/record.js';

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

export function crossRecordDiagnostics(records: readonly GovernanceRecord[]): Diagnostic[] {
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

  // One live identifier claimed by two records of the same kind: a match would be ambiguous.
  // A lone claim is stored as itself: nearly every identifier has exactly one claimant.
  type Claim = { r: GovernanceRecord; i: number };
  const claims = new Map<string, Map<string, Claim | Claim[]>>();
  for (const r of records) {
    const byId = inner(claims, r.kind);
    const ids = r.identifiers;
    for (let i = 0; i < ids.length; i++) {
      const k = normalizeIdentifier(ids[i]);
      const prev = byId.get(k);
      if (prev === undefined) byId.set(k, { r, i });
      else if (Array.isArray(prev)) {
        if (!prev.some((c) => c.r === r)) prev.push({ r, i });
      } else if (prev.r !== r) byId.set(k, [prev, { r, i }]);
    }
  }
  for (const byId of claims.values()) {
    for (const [normal, list] of byId) {
      if (!Array.isArray(list)) continue;
      // As the message always named it: up to the first NUL.
      const id = normal.split('\u0000')[0];
      for (const { r, i } of list) {
        const others = list.filter((c) => c.r !== r).map((c) => `${c.r.key} (${where(fieldAt(c.r, `spec.identifiers[${c.i}]`))})`);
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
