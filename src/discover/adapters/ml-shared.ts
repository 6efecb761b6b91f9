/**
 * Helpers for the ML, agent, scanner and monitoring adapters, which read an input as response
 * pages (`document 2`, `document 1[3]`) with lines from the raw text: pages, item line numbers,
 * field readers and small list builders. The JSON documents themselves (`jsonDocs`), the snapshot
 * source block and the located documents the cloud adapters read are in shared.ts.
 */
import type { AdapterInput } from '../adapter.js';
import { InputError } from '../../util/errors.js';
import type { JsonDoc } from '../../util/json-docs.js';
import { jsonDocs } from './shared.js';
import { fieldError, isObject, str, type JsonObject, type Where } from '../fields.js';

/** The first bytes of the text, for marker checks when the JSON did not parse. */
export function head(input: AdapterInput, n = 4096): string {
  return input.text.length > n ? input.text.slice(0, n) : input.text;
}

/** One response page: documents, and the items of documents that are arrays of pages (`jq -s`). */
export interface Page {
  value: unknown;
  /** Line where the page starts (for pages inside an array: where the array starts). */
  line: number;
  /** `document 2` or `document 1[3]`, for error messages. */
  label: string;
  /** Index (0-based) of the document the page is or is inside. */
  doc: number;
}

export function pagesOf(docs: JsonDoc[]): Page[] {
  const pages: Page[] = [];
  docs.forEach((doc, d) => {
    if (Array.isArray(doc.value)) {
      doc.value.forEach((v, i) => pages.push({ value: v, line: doc.line, label: `document ${d + 1}[${i}]`, doc: d }));
    } else pages.push({ value: doc.value, line: doc.line, label: `document ${d + 1}`, doc: d });
  });
  return pages;
}

/**
 * Hands each item of an export that is a JSON array per document (pages concatenated) to `visit`,
 * in file order, with the Where to cite: record `<noun> [i]` at the item's own line. A document
 * that is not an array is an InputError saying `notArray`; so is an item that is not an object.
 */
export function walkArrayDocuments(
  input: AdapterInput,
  format: string,
  notArray: string,
  noun: string,
  visit: (item: JsonObject, where: Where) => void,
): void {
  const docs = jsonDocs(input, format);
  const lines = arrayItemLines(input.text);
  docs.forEach((doc, d) => {
    if (!Array.isArray(doc.value)) throw new InputError(notArray, { file: input.file, line: doc.line });
    doc.value.forEach((item, i) => {
      const where: Where = { file: input.file, line: lines[d]?.[i] ?? doc.line, record: `${noun} [${i}]` };
      if (!isObject(item)) throw new InputError(`${where.record} is not an object`, where);
      visit(item, where);
    });
  });
}

/** The object a page must be, or an InputError naming it. */
export function pageObject(page: Page, file: string, what: string): JsonObject {
  if (!isObject(page.value)) throw new InputError(`${page.label}: expected ${what}`, { file, line: page.line });
  return page.value;
}

/** A numeric field (number or numeric string); undefined when absent; an InputError for anything else. */
export function num(v: unknown, where: Where, field: string): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  if (Number.isFinite(n)) return n;
  throw fieldError(where, field, `expected a number, found ${JSON.stringify(v)}`);
}

/** A list field: the array, [] when absent, an InputError when it is something else. */
export function list(v: unknown, where: Where, field: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v;
  throw fieldError(where, field, 'expected a list');
}

/** An object field: the object, undefined when absent, an InputError when it is something else. */
export function objField(v: unknown, where: Where, field: string): JsonObject | undefined {
  if (v === undefined || v === null) return undefined;
  if (isObject(v)) return v;
  throw fieldError(where, field, 'expected an object');
}

/**
 * A claim (see Snapshot.claims) matching exactly this identifier: wildcard characters are escaped,
 * and a leading `re:` cannot turn it into a regular expression.
 */
export function literalClaim(id: string): string {
  const escaped = id.replace(/[\\*?]/g, '\\$&');
  return escaped.startsWith('re:') ? `re\\:${escaped.slice(3)}` : escaped;
}

/** `key=value` strings for a flat map (non-string values are stringified), sorted by key. */
export function pairs(map: JsonObject | undefined): string[] {
  if (!map) return [];
  return Object.keys(map)
    .sort()
    .map((k) => `${k}=${str(map[k]) ?? JSON.stringify(map[k])}`);
}

/**
 * Makes ids unique inside one piece: the second `x` becomes `x#2`. Real exports repeat keys
 * (gitleaks hits on one line, Prometheus alerts with one name and two severities).
 */
export class IdAllocator {
  private readonly seen = new Map<string, number>();

  next(id: string): string {
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  }
}

/**
 * 1-based start lines of array items, per top-level JSON document, without parsing the values:
 * for a document that is an array, its items; for an object, the items of its `key` array.
 * Documents without such an array get an empty list. Used for evidence lines, never for values.
 */
export function arrayItemLines(text: string, key?: string): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let line = 1;
  let depth = 0;
  let targetDepth = -1; // depth inside the array whose items we record
  let expectItem = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (depth === targetDepth && expectItem && c !== 93 /* ] */ && c !== 44 /* , */) {
      current.push(line);
      expectItem = false;
    }
    if (c === 34 /* " */) {
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === 92) i++;
        else if (s === 34) break;
        else if (s === 10) line++;
      }
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (c === 91 && targetDepth < 0) {
        if (depth === 1 && key === undefined) targetDepth = 1;
        else if (depth === 2 && key !== undefined && keyBefore(text, i) === key) targetDepth = 2;
        if (targetDepth === depth) expectItem = true;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth === targetDepth) {
        targetDepth = -2; // done with this document's array
        expectItem = false;
      }
      depth--;
      if (depth === 0) {
        out.push(current);
        current = [];
        targetDepth = -1;
      }
    } else if (c === 44 && depth === targetDepth) expectItem = true;
  }
  return out;
}

/** The object key written before the value starting at `i` (`"key": [`), or undefined. */
function keyBefore(text: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j])) j--;
  if (text[j] !== ':') return undefined;
  j--;
  while (j >= 0 && /\s/.test(text[j])) j--;
  if (text[j] !== '"') return undefined;
  const end = j;
  j--;
  while (j >= 0 && !(text[j] === '"' && text[j - 1] !== '\\')) j--;
  return j < 0 ? undefined : text.slice(j + 1, end);
}
