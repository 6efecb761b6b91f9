/**
 * A fast reader for the plain block YAML that manifests are written in, so 200,000 records load in
 * seconds rather than a minute. It understands a strict subset — block mappings and sequences,
 * one-line plain, quoted and flow scalars, comments, `---` between documents — and returns what the
 * `yaml` library would: the same JS values (YAML 1.2 core schema), where each document starts,
 * and where every field is written. Anything outside the subset (anchors, tags, block scalars,
 * multi-line scalars, escapes, tabs, CR line ends, odd indentation, duplicate or unusual keys)
 * returns null, and the caller parses the file with the `yaml` library instead, which also owns
 * every error message. So this reader never decides what is wrong: it only answers fast when
 * nothing is.
 */
import type { SourceLocation } from '../model/location.js';

export interface FastYamlDocument {
  /** 0-based index of the document in its file. */
  index: number;
  /** The root mapping as plain JS. */
  value: Record<string, unknown>;
  /** Where the root mapping's first key is written. */
  line: number;
  column: number;
  /**
   * Dotted field path (`spec.approval.tools[1]`) → where its key (or list item) is written. Built
   * on first use (by re-reading the document): rules read it only for the records they report on,
   * and building 25 entries for each of 200,000 records cost a second and 250 MB.
   */
  fields: Record<string, SourceLocation>;
}

/** Thrown inside the parser when the input leaves the subset; never escapes this module. */
class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported();

function bail(): never {
  throw UNSUPPORTED;
}

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;

/** Characters that YAML forbids here, or that this reader leaves to the full parser. */
const UNSUPPORTED_CHARS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\t\r]/;
/** Plain scalars may not start with these (YAML indicators, or forms left to the full parser). */
const BAD_PLAIN_START = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
/** Keys that would resolve to something other than their own text, or alter prototypes. */
const SPECIAL_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__', 'constructor', 'prototype']);

function isKeyStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isKeyChar(c: number): boolean {
  return isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 47 || c === DASH;
}

const NULL_RE = /^(?:~|[Nn]ull|NULL)$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` library resolves it. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these first characters can start a null, boolean or number: the rest are strings.
  const maybe = c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 46 || c === 43 || c === DASH || (c >= 48 && c <= 57);
  if (!maybe) return s;
  if (NULL_RE.test(s)) return null;
  if (BOOL_RE.test(s)) return c === 116 || c === 84;
  if (OCT_RE.test(s)) return parseInt(s.substring(2), 8);
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (HEX_RE.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_RE.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s);
  return s;
}

/** Reads one file. Null when the text leaves the subset. */
export function parseSimpleYaml(text: string, file: string): FastYamlDocument[] | null {
  if (UNSUPPORTED_CHARS.test(text)) return null;
  try {
    return new Reader(text, file, 0, text.length, 0, false).documents().map((d) => ({
      index: d.index,
      value: d.value,
      line: d.line,
      column: d.column,
      fields: lazyFields({ text, file, from: d.from, to: d.to, line: d.line, real: undefined }),
    }));
  } catch (err) {
    if (err === UNSUPPORTED) return null;
    throw err;
  }
}

/** What it takes to read one document's field locations later, and the answer once read. */
interface LazyFields {
  /** The file's text, or how to get it (once) when it came from another thread as bytes. */
  text: string | (() => string);
  file: string;
  from: number;
  to: number;
  line: number;
  real: Record<string, SourceLocation> | undefined;
}

/** Reads one document again, this time noting where every field is written. */
function fieldsOf(t: LazyFields): Record<string, SourceLocation> {
  if (t.real !== undefined) return t.real;
  const text = typeof t.text === 'string' ? t.text : (t.text = t.text());
  return (t.real = new Reader(text, t.file, t.from, t.to, t.line - 1, true).documents()[0].fields!);
}

/**
 * One handler for every lazy fields object: each trap reads the document's fields (once) and
 * answers from them, so `obj[key]`, `in`, `Object.keys`, spread and JSON all see the real entries.
 * The target only carries the reading state, which only `lazyFieldsSource` asks for.
 */
const LAZY_FIELDS: ProxyHandler<LazyFields> = {
  get: (t, k) => (k === LAZY_STATE ? t : Reflect.get(fieldsOf(t), k)),
  has: (t, k) => Reflect.has(fieldsOf(t), k),
  ownKeys: (t) => Reflect.ownKeys(fieldsOf(t)),
  getOwnPropertyDescriptor: (t, k) => Reflect.getOwnPropertyDescriptor(fieldsOf(t), k),
  set: (t, k, v) => Reflect.set(fieldsOf(t), k, v),
  deleteProperty: (t, k) => Reflect.deleteProperty(fieldsOf(t), k),
  defineProperty: (t, k, desc) => Reflect.defineProperty(fieldsOf(t), k, desc),
  getPrototypeOf: () => Object.prototype,
};

function lazyFields(state: LazyFields): Record<string, SourceLocation> {
  return new Proxy(state, LAZY_FIELDS) as unknown as Record<string, SourceLocation>;
}

/** The key under which a lazy fields object answers with its reading state (no real field is a symbol). */
const LAZY_STATE = Symbol('lazy fields');

/** Where a document's fields can be read from, for rebuilding them elsewhere (another thread). */
export interface LazyFieldsSource {
  /** The whole file's text, or how to get it when first needed. */
  text: string | (() => string);
  file: string;
  /** The document's content lines: `text[from, to)`, starting on 1-based line `line`. */
  from: number;
  to: number;
  line: number;
}

/** The source of a fields object made by `parseSimpleYaml` and not read yet; undefined for any other object. */
export function lazyFieldsSource(fields: Record<string, SourceLocation>): LazyFieldsSource | undefined {
  return (fields as unknown as Record<symbol, LazyFields | undefined>)[LAZY_STATE];
}

/** Fields read on first use from `source`, exactly as `parseSimpleYaml` makes them. */
export function lazyFieldsFrom(source: LazyFieldsSource): Record<string, SourceLocation> {
  return lazyFields({ text: source.text, file: source.file, from: source.from, to: source.to, line: source.line, real: undefined });
}

interface ReadDocument {
  index: number;
  value: Record<string, unknown>;
  line: number;
  column: number;
  /** Text range of the document's content lines, for reading it again. */
  from: number;
  to: number;
  fields: Record<string, SourceLocation> | null;
}

/** Recently seen keys, by a hash of their text (a collision just replaces the entry). */
const KEY_SLOTS = 1024;
const KEYS: Array<string | undefined> = new Array(KEY_SLOTS);

class Reader {
  /** Content lines of the current document: start offset, end offset, indent, 1-based line number. */
  private starts: number[] = [];
  private ends: number[] = [];
  private indents: number[] = [];
  private lineNos: number[] = [];
  private count = 0;
  /** Null unless noting field locations. */
  private fields: Record<string, SourceLocation> | null = null;

  /** Reads `text[from, to)`, whose first line is line `lineBase + 1` of the file. */
  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly from: number,
    private readonly to: number,
    private readonly lineBase: number,
    private readonly withFields: boolean,
  ) {}

  documents(): ReadDocument[] {
    const text = this.text;
    const out: ReadDocument[] = [];
    let pos = this.from;
    let lineNo = this.lineBase;
    let sawMarker = false;
    this.count = 0;
    const finish = () => {
      if (this.count === 0) {
        // Comments before the first `---` belong to the first document; an empty one elsewhere is left to yaml.
        if (sawMarker || out.length > 0) bail();
        return;
      }
      out.push(this.document(out.length));
      this.count = 0;
    };
    while (pos < this.to) {
      let end = text.indexOf('\n', pos);
      if (end < 0 || end > this.to) end = this.to;
      lineNo++;
      let i = pos;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i < end) {
        const c = text.charCodeAt(i);
        if (i === pos && (c === DASH || c === 46) && text.startsWith(c === DASH ? '---' : '...', pos)) {
          if (c !== DASH || end - pos !== 3) bail();
          if (this.count > 0 || sawMarker) finish();
          sawMarker = true;
        } else if (c === 37 && i === pos) bail(); // %directives
        else if (c !== HASH) {
          const n = this.count++;
          this.starts[n] = pos;
          this.ends[n] = end;
          this.indents[n] = i - pos;
          this.lineNos[n] = lineNo;
        }
      }
      pos = end + 1;
    }
    finish();
    return out;
  }

  private document(index: number): ReadDocument {
    if (this.indents[0] !== 0) bail();
    this.fields = this.withFields ? {} : null;
    const value: Record<string, unknown> = {};
    const next = this.mapping(0, this.starts[0], '', value);
    if (next !== this.count) bail();
    return { index, value, line: this.lineNos[0], column: 1, from: this.starts[0], to: this.ends[this.count - 1], fields: this.fields };
  }

  private at(line: number, offset: number): SourceLocation {
    return { file: this.file, line: this.lineNos[line], column: offset - this.starts[line] + 1 };
  }

  /**
   * The key written at `text[p, end)`, as the same string object each time it recurs: keys repeat
   * in every document, and a string already used as a property name is cheap to use again.
   */
  private keyAt(p: number, end: number): string {
    const text = this.text;
    let h = end - p;
    for (let i = p; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    const slot = h & (KEY_SLOTS - 1);
    const known = KEYS[slot];
    if (known !== undefined && known.length === end - p && text.startsWith(known, p)) return known;
    const key = text.slice(p, end);
    KEYS[slot] = key;
    return key;
  }

  /** Where a `key:` written at `p` ends (the colon), or -1 when `p` does not start a mapping entry. */
  private keyEnd(p: number, end: number): number {
    const text = this.text;
    if (!isKeyStart(text.charCodeAt(p))) return -1;
    let k = p + 1;
    while (k < end && isKeyChar(text.charCodeAt(k))) k++;
    if (k >= end || text.charCodeAt(k) !== COLON) return -1;
    return k + 1 === end || text.charCodeAt(k + 1) === SPACE ? k : -1;
  }

  /**
   * A block mapping whose first key is at `first` on content line `line`; later keys must sit at
   * the same column. Returns the next unread content line.
   */
  private mapping(line: number, first: number, name: string, out: Record<string, unknown>): number {
    const indent = first - this.starts[line];
    let p = first;
    for (;;) {
      const end = this.ends[line];
      const colon = this.keyEnd(p, end);
      if (colon < 0) bail();
      const key = this.keyAt(p, colon);
      if (SPECIAL_KEYS.has(key) || Object.hasOwn(out, key)) bail();
      let child = '';
      if (this.fields) {
        child = name ? `${name}.${key}` : key;
        this.fields[child] = this.at(line, p);
      }
      let q = colon + 1;
      while (q < end && this.text.charCodeAt(q) === SPACE) q++;
      let next: number;
      if (q === end || this.text.charCodeAt(q) === HASH) {
        next = line + 1;
        const deeper = next < this.count && this.indents[next] > indent;
        if (deeper || (next < this.count && this.indents[next] === indent && this.isItem(next, this.starts[next] + indent))) {
          const col = this.starts[next] + this.indents[next];
          if (this.isItem(next, col)) {
            const list: unknown[] = [];
            out[key] = list;
            next = this.sequence(next, child, list);
          } else {
            const map: Record<string, unknown> = {};
            out[key] = map;
            next = this.mapping(next, col, child, map);
          }
        } else out[key] = null;
      } else {
        out[key] = this.inline(line, q, end, child);
        next = line + 1;
      }
      if (next >= this.count) return next;
      const ind = this.indents[next];
      if (ind > indent) bail();
      if (ind < indent) return next;
      line = next;
      p = this.starts[line] + indent;
    }
  }

  private isItem(line: number, col: number): boolean {
    if (this.text.charCodeAt(col) !== DASH) return false;
    return col + 1 === this.ends[line] || this.text.charCodeAt(col + 1) === SPACE;
  }

  /** A block sequence whose first `-` is on content line `line`. */
  private sequence(line: number, name: string, out: unknown[]): number {
    const indent = this.indents[line];
    for (;;) {
      const end = this.ends[line];
      const dash = this.starts[line] + indent;
      if (!this.isItem(line, dash)) return line;
      let q = dash + 1;
      while (q < end && this.text.charCodeAt(q) === SPACE) q++;
      if (q === end || this.text.charCodeAt(q) === HASH || this.text.charCodeAt(q) === DASH) bail();
      let child = '';
      if (this.fields) {
        child = `${name}[${out.length}]`;
        this.fields[child] = this.at(line, q);
      }
      let next: number;
      if (this.keyEnd(q, end) >= 0) {
        const map: Record<string, unknown> = {};
        out.push(map);
        next = this.mapping(line, q, child, map);
      } else {
        out.push(this.inline(line, q, end, child));
        next = line + 1;
      }
      if (next >= this.count) return next;
      const ind = this.indents[next];
      if (ind > indent) bail();
      if (ind < indent) return next;
      line = next;
    }
  }

  /** A value written on one line from `q`: a quoted, plain or flow scalar. */
  private inline(line: number, q: number, end: number, name: string): unknown {
    const text = this.text;
    const c = text.charCodeAt(q);
    if (c === 91 /* [ */) return this.flowSequence(line, q, end, name);
    if (c === 123 /* { */) return this.flowMapping(line, q, end, name);
    if (c === 34 || c === 39) {
      const [value, after] = this.quoted(q, end);
      this.rest(after, end);
      return value;
    }
    if (BAD_PLAIN_START.has(c)) bail();
    let stop = end;
    for (let i = q + 1; i < end; i++) {
      if (text.charCodeAt(i) === HASH && text.charCodeAt(i - 1) === SPACE) {
        stop = i;
        break;
      }
    }
    while (stop > q && text.charCodeAt(stop - 1) === SPACE) stop--;
    const s = text.slice(q, stop);
    if (s.includes(': ') || s.charCodeAt(s.length - 1) === COLON) bail();
    return resolvePlain(s);
  }

  /** Only spaces, or spaces and a comment, may follow a value. */
  private rest(from: number, end: number): void {
    let i = from;
    while (i < end && this.text.charCodeAt(i) === SPACE) i++;
    if (i < end && (this.text.charCodeAt(i) !== HASH || i === from)) bail();
  }

  /** A one-line quoted scalar at `q`: its value and the offset after the closing quote. */
  private quoted(q: number, end: number): [string, number] {
    const text = this.text;
    if (text.charCodeAt(q) === 34) {
      const close = text.indexOf('"', q + 1);
      if (close < 0 || close >= end) bail();
      const s = text.slice(q + 1, close);
      if (s.includes('\\')) bail();
      return [s, close + 1];
    }
    let s = '';
    let i = q + 1;
    for (;;) {
      const close = text.indexOf("'", i);
      if (close < 0 || close >= end) bail();
      s += text.slice(i, close);
      if (text.charCodeAt(close + 1) === 39) {
        s += "'";
        i = close + 2;
        continue;
      }
      return [s, close + 1];
    }
  }

  /** A scalar inside `[...]` or `{...}`, from `i`: its value and where it ends. */
  private flowScalar(i: number, end: number): [unknown, number] {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) return this.quoted(i, end);
    if (BAD_PLAIN_START.has(c)) bail();
    let j = i;
    for (; j < end; j++) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 93 || d === 125) break; // , ] }
      if (d === 91 || d === 123 || d === HASH) bail();
      if (d === COLON) {
        const e = text.charCodeAt(j + 1);
        if (j + 1 === end || e === SPACE || e === 44 || e === 93 || e === 125) bail();
      }
    }
    let stop = j;
    while (stop > i && text.charCodeAt(stop - 1) === SPACE) stop--;
    if (stop === i) bail();
    return [resolvePlain(text.slice(i, stop)), stop];
  }

  private skipSpaces(i: number, end: number): number {
    while (i < end && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** `[a, "b", c]` on one line. */
  private flowSequence(line: number, q: number, end: number, name: string): unknown[] {
    const text = this.text;
    const out: unknown[] = [];
    let i = this.skipSpaces(q + 1, end);
    if (text.charCodeAt(i) === 93) {
      this.rest(i + 1, end);
      return out;
    }
    for (;;) {
      if (i >= end) bail();
      if (this.fields) this.fields[`${name}[${out.length}]`] = this.at(line, i);
      const [value, after] = this.flowScalar(i, end);
      out.push(value);
      i = this.skipSpaces(after, end);
      const d = text.charCodeAt(i);
      if (d === 93) {
        this.rest(i + 1, end);
        return out;
      }
      if (d !== 44) bail();
      i = this.skipSpaces(i + 1, end);
      if (text.charCodeAt(i) === 93) bail(); // trailing comma: left to yaml
    }
  }

  /** `{ kind: X, name: y }` on one line. */
  private flowMapping(line: number, q: number, end: number, name: string): Record<string, unknown> {
    const text = this.text;
    const out: Record<string, unknown> = {};
    let i = this.skipSpaces(q + 1, end);
    if (text.charCodeAt(i) === 125) {
      this.rest(i + 1, end);
      return out;
    }
    for (;;) {
      if (i >= end) bail();
      const colon = this.keyEnd(i, end);
      if (colon < 0) bail();
      const key = this.keyAt(i, colon);
      if (SPECIAL_KEYS.has(key) || Object.hasOwn(out, key)) bail();
      if (this.fields) this.fields[`${name}.${key}`] = this.at(line, i);
      const v = this.skipSpaces(colon + 1, end);
      const c = text.charCodeAt(v);
      if (v >= end || c === 44 || c === 125) bail();
      const [value, after] = this.flowScalar(v, end);
      out[key] = value;
      i = this.skipSpaces(after, end);
      const d = text.charCodeAt(i);
      if (d === 125) {
        this.rest(i + 1, end);
        return out;
      }
      if (d !== 44) bail();
      i = this.skipSpaces(i + 1, end);
      if (text.charCodeAt(i) === 125) bail();
    }
  }
}
