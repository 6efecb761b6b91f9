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

export function crossRecordDiagnostics(records: readonly GovernanceRecord[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A key defined once (nearly all) maps to its record; a duplicated one to the list.
  const byKey = new Map<string, GovernanceRecord | GovernanceRecord[]>();
  for (const r of records) {
    const prev = byKey.get(r.key);
    if (prev === undefined) byKey.set(r.key, r);
    else if (Array.isArray(prev)) prev.push(r);
    else byKey.set(r.key, [prev, r]);
  }
  for (const [key, list] of byKey) {
    if (!Array.isArray(list)) continue;
    for (const r of list) {
      const others = list.filter((o) => o !== r).map((o) => where(o.location));
      out.push({
        ...fieldAt(r, 'metadata.name'),
        level: 'error',
        code: 'manifest/duplicate-record',
        field: 'metadata.name',
        message: `${key} is defined more than once: also at ${others.join(', ')}`,
      });
    }
  }

  // One live identifier claimed by two records of the same kind: a match would be ambiguous.
  // A lone claim is stored as itself: nearly every identifier has exactly one claimant.
  type Claim = { r: GovernanceRecord; i: number };
  const claims = new Map<string, Claim | Claim[]>();
  for (const r of records) {
    const ids = r.identifiers;
    for (let i = 0; i < ids.length; i++) {
      const k = r.kind + '\u0000' + normalizeIdentifier(ids[i]);
      const prev = claims.get(k);
      if (prev === undefined) claims.set(k, { r, i });
      else if (Array.isArray(prev)) {
        if (!prev.some((c) => c.r === r)) prev.push({ r, i });
      } else if (prev.r !== r) claims.set(k, [prev, { r, i }]);
    }
  }
  for (const [k, list] of claims) {
    if (!Array.isArray(list)) continue;
    const id = k.split('\u0000')[1];
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

  const dangling = (r: GovernanceRecord, field: string, target: string, what: string) => {
    if (!byKey.has(target)) {
      out.push({ ...fieldAt(r, field), level: 'error', code: 'manifest/dangling-reference', field, message: `${field}: ${what} ${target} does not exist` });
    }
  };
  for (const r of records) {
    if (r.serves !== undefined) dangling(r, 'spec.serves', recordKey('Model', r.serves), 'the served model');
    if (r.runsAs !== undefined) dangling(r, 'spec.runsAs', recordKey('ServiceAccount', r.runsAs), 'the service account');
    if (r.belongsTo) dangling(r, 'spec.belongsTo.name', recordKey(r.belongsTo.kind, r.belongsTo.name), 'the holder');
  }
  return out;
}
