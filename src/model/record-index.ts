/**
 * The records by what finds them: by kind, then normalised identifier (and secret fingerprint),
 * and the first record of each key. Matching looks every live asset up in it, and the load's
 * "identifier claimed twice" check reads its lists, so a large run builds it once, on the main
 * thread while the record worker finishes its own checks.
 */
import { normalizeIdentifier } from './identifiers.js';
import type { GovernanceRecord } from './record.js';

/** Position of the first record with each key: `at[i]` for record i, and by key. */
export interface FirstOfKey {
  at: Int32Array;
  byKey: Map<string, number>;
}

export interface RecordIndex {
  /** The records the positions point into: an index only serves this very array. */
  records: readonly GovernanceRecord[];
  /** kind → normalised identifier or secret fingerprint → record positions, ascending, each once. */
  byKind: Map<string, Map<string, number[]>>;
  firstOfKey: FirstOfKey;
}

export function indexRecords(records: readonly GovernanceRecord[]): RecordIndex {
  const byKind = new Map<string, Map<string, number[]>>();
  // Positions arrive in order, so a record already filed under an id is that list's last entry.
  const file = (byId: Map<string, number[]>, id: string, pos: number) => {
    const list = byId.get(id);
    if (!list) byId.set(id, [pos]);
    else if (list[list.length - 1] !== pos) list.push(pos);
  };
  const at = new Int32Array(records.length);
  const byKey = new Map<string, number>();
  for (let pos = 0; pos < records.length; pos++) {
    const r = records[pos];
    let byId = byKind.get(r.kind);
    if (byId === undefined) byKind.set(r.kind, (byId = new Map()));
    const ids = r.identifiers;
    for (let i = 0; i < ids.length; i++) file(byId, normalizeIdentifier(ids[i]), pos);
    const fingerprint = r.credential?.secretFingerprint;
    if (fingerprint) file(byId, fingerprint, pos);
    const first = byKey.get(r.key);
    if (first === undefined) byKey.set(r.key, pos);
    at[pos] = first ?? pos;
  }
  return { records, byKind, firstOfKey: { at, byKey } };
}
