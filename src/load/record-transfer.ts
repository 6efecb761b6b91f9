/**
 * Governance records in a compact form that crosses threads cheaply. Structured clone of 200,000
 * records took seconds (and cannot copy the lazy `fields` of fast-path records at all); here every
 * string goes into one JSON array of strings and everything else into one Int32Array, and the receiver
 * builds each record with exactly the keys, key order and explicit `undefined`s that
 * `loadManifest` gives it. Lazy fields travel as their file's text plus a range, and are read
 * on first use on the receiving side, as before.
 *
 * Only the values manifests can hold after schema checks are encoded (strings, string lists,
 * small integers); anything else makes `RecordEncoder.add` refuse, and the caller loads the
 * records on its own thread instead.
 */
import type { SourceLocation } from '../model/location.js';
import type { Approval, GovernanceRecord, MonitoringRef } from '../model/record.js';
import { lazyFieldsFrom, lazyFieldsSource } from './fast-yaml.js';

/** What `RecordEncoder` produces: plain data, cheap to post to another thread (transfer `ints` and `textBytes`). */
export interface EncodedRecords {
  /** Every string value, as one JSON array: parsing it is the fastest way to make many flat strings. */
  strings: string;
  /** Tags, counts, string positions and numbers, in the order `decodeRecords` reads them. */
  ints: Int32Array;
  /** File paths, referred to by position. */
  files: string[];
  /** UTF-8 of the files that lazy fields read from, one after another; text i ends at `textEnds[i]`. */
  textBytes: Uint8Array;
  textEnds: number[];
}

/** An absent value (undefined) where a string, list or object may stand. */
const NONE = -1;
/** Fields tags. */
const LAZY = 0;
const PLAIN = 1;
/** A lone surrogate would not survive UTF-8. */
const LONE_SURROGATE = /\p{Cs}/u;

class NotEncodable extends Error {}

/** Growable Int32Array. */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;

  push(n: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = n;
  }
}

/**
 * Encodes records, batch by batch: `add` the records of whole files (lazy fields of one file
 * share its text), then `flush` what was added as one `EncodedRecords`.
 */
export class RecordEncoder {
  private ints = new IntList();
  private parts: string[] = [];
  /** Positions in `parts` of the values `shared` wrote, so a repeated one is sent (and rebuilt) once. */
  private partIds = new Map<string, number>();
  private files: string[] = [];
  private fileIds = new Map<string, number>();
  private texts: string[] = [];
  private textIds = new Map<string, { text: string; id: number }>();
  /** Records added since the last flush. */
  count = 0;

  /** Adds records; false (adding nothing) when one holds a value this form cannot carry. */
  add(records: readonly GovernanceRecord[]): boolean {
    const mark = { ints: this.ints.length, parts: this.parts.length, files: this.files.length, texts: this.texts.length };
    try {
      for (const r of records) this.record(r);
    } catch (err) {
      if (!(err instanceof NotEncodable)) throw err;
      this.ints.length = mark.ints;
      this.parts.length = mark.parts;
      for (const [v, id] of [...this.partIds]) if (id >= mark.parts) this.partIds.delete(v);
      for (const f of this.files.splice(mark.files)) this.fileIds.delete(f);
      for (const [f, t] of [...this.textIds]) if (t.id >= mark.texts) this.textIds.delete(f);
      this.texts.length = mark.texts;
      return false;
    }
    this.count += records.length;
    return true;
  }

  /** Everything added since the last flush. */
  flush(): EncodedRecords {
    let bytes = 0;
    const textEnds: number[] = [];
    for (const t of this.texts) textEnds.push((bytes += Buffer.byteLength(t)));
    const textBytes = Buffer.allocUnsafeSlow(bytes);
    let at = 0;
    for (const t of this.texts) at += textBytes.write(t, at);
    const out: EncodedRecords = {
      strings: JSON.stringify(this.parts),
      ints: this.ints.data.slice(0, this.ints.length),
      files: this.files,
      textBytes: new Uint8Array(textBytes.buffer, textBytes.byteOffset, bytes),
      textEnds,
    };
    this.ints = new IntList();
    this.parts = [];
    this.partIds = new Map();
    this.files = [];
    this.fileIds = new Map();
    this.texts = [];
    this.textIds = new Map();
    this.count = 0;
    return out;
  }

  private int(n: number): void {
    if (!Number.isInteger(n) || n < -0x80000000 || n > 0x7fffffff) throw new NotEncodable();
    this.ints.push(n);
  }

  private str(v: unknown): void {
    if (v === undefined) return this.ints.push(NONE);
    if (typeof v !== 'string') throw new NotEncodable();
    this.ints.push(this.parts.length);
    this.parts.push(v);
  }

  /**
   * `str` for values many records repeat (kinds, dates, lifecycle, granted permissions, labels):
   * written once per batch and referred to again. Three in four strings of a large repository
   * are such repeats; each costs the receiver a string to parse, keep and collect.
   */
  private shared(v: unknown): void {
    if (v === undefined) return this.ints.push(NONE);
    if (typeof v !== 'string') throw new NotEncodable();
    this.ints.push(intern(this.parts, this.partIds, v));
  }

  private list(v: unknown, item: (s: unknown) => void = (s) => this.str(s)): void {
    if (v === undefined) return this.ints.push(NONE);
    if (!Array.isArray(v)) throw new NotEncodable();
    this.ints.push(v.length);
    for (const s of v) {
      if (s === undefined) throw new NotEncodable();
      item(s);
    }
  }

  private sharedList(v: unknown): void {
    this.list(v, (s) => this.shared(s));
  }

  private file(path: unknown): void {
    if (typeof path !== 'string') throw new NotEncodable();
    this.ints.push(intern(this.files, this.fileIds, path));
  }

  private location(l: SourceLocation): void {
    this.file(l.file);
    this.int(l.line);
    this.int(l.column);
  }

  /** The text lazy fields read from, once per file (its documents share the one string). */
  private text(file: string, text: string | (() => string)): void {
    const known = this.textIds.get(file);
    if (known !== undefined && known.text === text) return this.ints.push(known.id);
    if (known !== undefined || typeof text !== 'string' || LONE_SURROGATE.test(text)) throw new NotEncodable();
    const id = this.texts.length;
    this.texts.push(text);
    this.textIds.set(file, { text, id });
    this.ints.push(id);
  }

  private record(r: GovernanceRecord): void {
    const lazy = lazyFieldsSource(r.fields);
    this.str(r.key);
    this.shared(r.apiVersion);
    this.shared(r.kind);
    this.str(r.name);
    this.str(r.description);
    this.location(r.location);
    this.int(r.documentIndex);
    this.shared(r.lifecycle);
    this.shared(r.retiredAt);
    this.shared(r.sunsetAt);
    this.list(r.identifiers);
    this.shared(r.owner);
    this.shared(r.environment);
    if (!Array.isArray(r.monitoring)) throw new NotEncodable();
    this.int(r.monitoring.length);
    for (const m of r.monitoring) {
      this.shared(m.system);
      this.str(m.ref);
      this.shared(m.verifiedAt);
    }
    const a = r.approval;
    if (a === undefined) this.int(NONE);
    else {
      this.int(1);
      this.str(a.ref);
      this.shared(a.approvedAt);
      this.shared(a.expiresAt);
      this.sharedList(a.permissions);
      this.sharedList(a.tools);
      this.sharedList(a.mcpServers);
      this.sharedList(a.dataSources);
    }
    const x = r.expected;
    if (x === undefined) this.int(NONE);
    else {
      this.int(1);
      this.shared(x.model);
      this.shared(x.modelVersion);
      this.shared(x.toolsetVersion);
    }
    this.str(r.serves);
    if (r.belongsTo === undefined) this.int(NONE);
    else {
      this.int(1);
      this.shared(r.belongsTo.kind);
      this.str(r.belongsTo.name);
    }
    this.str(r.runsAs);
    const c = r.credential;
    if (c === undefined) this.int(NONE);
    else {
      this.int(1);
      this.shared(c.type);
      this.shared(c.issuedAt);
      this.shared(c.rotatedAt);
      this.shared(c.expiresAt);
      this.str(c.secretFingerprint);
    }
    const labels = plainKeys(r.labels);
    this.int(labels.length);
    for (const k of labels) {
      this.shared(k);
      this.shared(r.labels[k]);
    }
    if (lazy !== undefined) {
      this.int(LAZY);
      this.file(lazy.file);
      this.text(lazy.file, lazy.text);
      this.int(lazy.from);
      this.int(lazy.to);
      this.int(lazy.line);
    } else {
      const keys = plainKeys(r.fields);
      this.int(PLAIN);
      this.int(keys.length);
      for (const k of keys) {
        this.shared(k);
        this.location(r.fields[k]);
      }
    }
  }
}

/** The position of `v` in `list`, which gets it at its end the first time (`ids` remembers positions). */
function intern(list: string[], ids: Map<string, number>, v: string): number {
  let id = ids.get(v);
  if (id === undefined) {
    id = list.length;
    list.push(v);
    ids.set(v, id);
  }
  return id;
}

/** Own enumerable keys, refusing anything a plain rebuild could not give back. */
function plainKeys(o: unknown): string[] {
  if (o === null || typeof o !== 'object' || Array.isArray(o) || Object.getPrototypeOf(o) !== Object.prototype) throw new NotEncodable();
  const keys = Object.keys(o);
  if (keys.includes('__proto__')) throw new NotEncodable();
  return keys;
}

/** Reads `EncodedRecords` back, in the order written. */
class Decoder {
  private pos = 0;
  private readonly parts: string[];
  /** Each text, decoded on first use and then shared by the documents of its file. */
  private readonly texts: Array<() => string>;

  constructor(private readonly data: EncodedRecords) {
    this.parts = JSON.parse(data.strings) as string[];
    // Each closure holds its own bytes only, not the batch (whose strings and numbers are garbage once read).
    const utf8 = new TextDecoder();
    this.texts = data.textEnds.map((end, i) => {
      let bytes: Uint8Array | undefined = data.textBytes.subarray(i === 0 ? 0 : data.textEnds[i - 1], end);
      let text: string | undefined;
      return () => {
        if (text === undefined) {
          text = utf8.decode(bytes);
          bytes = undefined;
        }
        return text;
      };
    });
  }

  done(): boolean {
    return this.pos >= this.data.ints.length;
  }

  int(): number {
    return this.data.ints[this.pos++];
  }

  str(): string | undefined {
    const i = this.data.ints[this.pos++];
    return i === NONE ? undefined : this.parts[i];
  }

  /** A string that is never absent. */
  req(): string {
    return this.parts[this.data.ints[this.pos++]];
  }

  list(): string[] | undefined {
    const n = this.data.ints[this.pos++];
    if (n === NONE) return undefined;
    const out: string[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = this.req();
    return out;
  }

  location(): SourceLocation {
    const file = this.data.files[this.int()];
    const line = this.int();
    return { file, line, column: this.int() };
  }

  record(): GovernanceRecord {
    const key = this.req();
    const apiVersion = this.req();
    const kind = this.req() as GovernanceRecord['kind'];
    const name = this.req();
    const description = this.str();
    const location = this.location();
    const documentIndex = this.int();
    const lifecycle = this.req() as GovernanceRecord['lifecycle'];
    const retiredAt = this.str();
    const sunsetAt = this.str();
    const identifiers = this.list()!;
    const owner = this.str();
    const environment = this.str();
    const monitoring: MonitoringRef[] = new Array(this.int());
    for (let i = 0; i < monitoring.length; i++) {
      const system = this.req();
      const ref = this.req();
      monitoring[i] = { system, ref, verifiedAt: this.str() };
    }
    let approval: Approval | undefined;
    if (this.int() !== NONE) {
      const ref = this.str();
      const approvedAt = this.str();
      const expiresAt = this.str();
      const permissions = this.list();
      const tools = this.list();
      const mcpServers = this.list();
      approval = { ref, approvedAt, expiresAt, permissions, tools, mcpServers, dataSources: this.list() };
    }
    let expected: GovernanceRecord['expected'];
    if (this.int() !== NONE) {
      const model = this.str();
      const modelVersion = this.str();
      expected = { model, modelVersion, toolsetVersion: this.str() };
    }
    const serves = this.str();
    let belongsTo: GovernanceRecord['belongsTo'];
    if (this.int() !== NONE) {
      const k = this.req() as GovernanceRecord['kind'];
      belongsTo = { kind: k, name: this.req() };
    }
    const runsAs = this.str();
    let credential: GovernanceRecord['credential'];
    if (this.int() !== NONE) {
      const type = this.str();
      const issuedAt = this.str();
      const rotatedAt = this.str();
      const expiresAt = this.str();
      credential = { type, issuedAt, rotatedAt, expiresAt, secretFingerprint: this.str() };
    }
    const labels: Record<string, string> = {};
    for (let n = this.int(); n > 0; n--) {
      const k = this.req();
      labels[k] = this.req();
    }
    let fields: Record<string, SourceLocation>;
    if (this.int() === LAZY) {
      const file = this.data.files[this.int()];
      const text = this.texts[this.int()];
      const from = this.int();
      const to = this.int();
      fields = lazyFieldsFrom({ text, file, from, to, line: this.int() });
    } else {
      fields = {};
      for (let n = this.int(); n > 0; n--) {
        const k = this.req();
        fields[k] = this.location();
      }
    }
    // The key order of `toRecord` in manifest.ts.
    return {
      key,
      apiVersion,
      kind,
      name,
      description,
      location,
      documentIndex,
      lifecycle,
      retiredAt,
      sunsetAt,
      identifiers,
      owner,
      environment,
      monitoring,
      approval,
      expected,
      serves,
      belongsTo,
      runsAs,
      credential,
      labels,
      fields,
    };
  }
}

/** The records of one `RecordEncoder.flush`, rebuilt and appended to `into`. */
export function decodeRecords(data: EncodedRecords, into: GovernanceRecord[] = []): GovernanceRecord[] {
  const d = new Decoder(data);
  while (!d.done()) into.push(d.record());
  return into;
}
