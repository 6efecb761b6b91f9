/**
 * Minimal manifest edits for retirement PRs.
 *
 * The text is spliced at the node ranges the `yaml` parser reports, never re-serialised, so every
 * byte outside the edited values stays as written: comments, blank lines, quoting, key order, line
 * endings, BOM, final newline, indentation. After the splice the result is parsed again and must
 * hold the same data as before except `spec.lifecycle` and `spec.retiredAt` of the edited
 * document; anything else (an alias that shares the value, an odd layout) refuses the edit.
 */
import { isDeepStrictEqual } from 'node:util';
import { isAlias, isMap, isScalar, LineCounter, parseAllDocuments, Scalar, type Document, type Pair, type YAMLMap } from 'yaml';
import { InputError } from '../util/errors.js';

export interface YamlEditResult {
  text: string;
  /** 1-based lines of the result that were changed or added; empty when nothing changed. */
  changed: number[];
}

/** Same strictness as the loader (src/load/yaml-file.ts), so a file it accepts parses alike here. */
const PARSE_OPTIONS = { strict: true, uniqueKeys: true, logLevel: 'silent' } as const;
const MAX_ALIAS_COUNT = 100;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Splice {
  start: number;
  end: number;
  insert: string;
}

/**
 * Marks document `documentIndex` (0-based, as the loader counts) of a manifest file retired:
 * `spec.lifecycle: retired` and `spec.retiredAt: <retiredAt>`, set in place or added right after
 * the lifecycle line. A record that is already retired with a `retiredAt` is left as it is (its
 * date is history, not ours to move). Throws InputError naming `file` and line when the document
 * or its fields are missing or the edit cannot be made without changing other data.
 */
export function retireRecord(text: string, documentIndex: number, retiredAt: string, file: string): YamlEditResult {
  if (!isCalendarDate(retiredAt)) {
    throw new InputError(`retiredAt must be a date YYYY-MM-DD, got ${JSON.stringify(retiredAt)}`, { file });
  }
  const lines = new LineCounter();
  const docs = parseOrRefuse(text, file, lines);
  const doc = docs[documentIndex];
  if (!Number.isInteger(documentIndex) || !doc) {
    throw new InputError(`cannot retire document ${documentIndex}: the file has ${docs.length} YAML document(s)`, { file, line: 1 });
  }
  const at = (offset: number): Where => ({ file, line: lines.linePos(offset).line, column: lines.linePos(offset).col });
  const docStart = doc.contents?.range?.[0] ?? doc.range[0];

  const root = doc.contents;
  const specPair = isMap(root) ? findPair(root, 'spec') : undefined;
  if (!specPair) throw new InputError(`document ${documentIndex} has no spec mapping`, at(docStart));
  const spec = specPair.value;
  if (isAlias(spec)) throw new InputError('spec is an alias; retire the anchored mapping by hand', at(nodeStart(spec, docStart)));
  if (!isMap(spec)) throw new InputError('spec is not a mapping', at(nodeStart(spec, keyStart(specPair, docStart))));

  const lifecyclePair = findPair(spec, 'lifecycle');
  if (!lifecyclePair) throw new InputError('spec has no lifecycle field', at(nodeStart(spec, docStart)));
  const lifecycle = lifecyclePair.value;
  const lifecycleAt = keyStart(lifecyclePair, docStart);
  if (!isScalar(lifecycle) || typeof lifecycle.value !== 'string' || !lifecycle.range) {
    throw new InputError('spec.lifecycle is not a plain string value', at(lifecycleAt));
  }
  if (isBlockScalar(lifecycle)) {
    throw new InputError('spec.lifecycle is written as a block scalar; edit it by hand', at(lifecycleAt));
  }

  const datePair = findPair(spec, 'retiredAt');
  const dateNode = datePair?.value;
  if (datePair && !(isScalar(dateNode) && dateNode.range && !isBlockScalar(dateNode))) {
    throw new InputError('spec.retiredAt is not a plain value; edit it by hand', at(keyStart(datePair, docStart)));
  }
  const hasDate = isScalar(dateNode) && dateNode.value !== null && dateNode.value !== '';
  if (lifecycle.value === 'retired' && hasDate) return { text, changed: [] };

  const splices: Splice[] = [];
  const [valueStart, valueEnd] = lifecycle.range;
  const quoted = requote(lifecycle, 'retired');
  if (text.slice(valueStart, valueEnd) !== quoted) splices.push({ start: valueStart, end: valueEnd, insert: quoted });

  if (isScalar(dateNode)) {
    splices.push(dateValueSplice(text, dateNode, retiredAt));
  } else if (spec.flow) {
    splices.push({ start: valueEnd, end: valueEnd, insert: `, retiredAt: ${retiredAt}` });
  } else {
    splices.push(newLineAfter(text, lifecycleAt, valueEnd, `retiredAt: ${retiredAt}`));
  }

  const { text: out, changed } = applySplices(text, splices);
  verify(out, docs, documentIndex, retiredAt, at(lifecycleAt));
  return { text: out, changed };
}

type Where = { file: string; line: number; column: number };

function isCalendarDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function parseOrRefuse(text: string, file: string, lineCounter: LineCounter): Document.Parsed[] {
  const parsed = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  const docs = Array.isArray(parsed) ? parsed : [];
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) {
      const p = lineCounter.linePos(err.pos[0]);
      throw new InputError(`cannot edit a file with YAML errors: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, { file, line: p.line, column: p.col });
    }
  }
  return docs;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p): p is Pair => isScalar(p.key) && p.key.value === key);
}

function nodeStart(node: unknown, fallback: number): number {
  return (node as { range?: [number, number, number] } | null)?.range?.[0] ?? fallback;
}

function keyStart(pair: Pair, fallback: number): number {
  return nodeStart(pair.key, fallback);
}

function isBlockScalar(node: Scalar): boolean {
  return node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
}

/** The new value written in the old value's quote style. */
function requote(node: Scalar, value: string): string {
  if (node.type === Scalar.QUOTE_DOUBLE) return `"${value}"`;
  if (node.type === Scalar.QUOTE_SINGLE) return `'${value}'`;
  return value;
}

/** Replaces (or, for an empty value, fills) the retiredAt value; spaces keep it apart from `:` and `#`. */
function dateValueSplice(text: string, node: Scalar, date: string): Splice {
  const [start, end] = node.range!;
  if (start < end) return { start, end, insert: requote(node, date) };
  const before = start > 0 && !/\s/.test(text[start - 1]) ? ' ' : '';
  const after = text[start] === '#' ? ' ' : '';
  return { start, end, insert: `${before}${date}${after}` };
}

/** Inserts `content` as a new line after the line holding `afterOffset`, indented like the line of `keyOffset`. */
function newLineAfter(text: string, keyOffset: number, afterOffset: number, content: string): Splice {
  const lineStart = text.lastIndexOf('\n', keyOffset - 1) + 1;
  const indent = /^[ ]*/.exec(text.slice(lineStart, keyOffset))![0];
  const nl = text.indexOf('\n', afterOffset);
  if (nl === -1) return { start: text.length, end: text.length, insert: `${dominantEol(text)}${indent}${content}` };
  const eol = nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
  return { start: nl + 1, end: nl + 1, insert: `${indent}${content}${eol}` };
}

function dominantEol(text: string): string {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Applies non-overlapping splices and reports the lines their visible text lands on. */
function applySplices(text: string, splices: Splice[]): YamlEditResult {
  const sorted = [...splices].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  const spans: Array<[number, number]> = [];
  for (const s of sorted) {
    out += text.slice(cursor, s.start);
    // Line breaks at either end of an insert are not a changed line of their own.
    const lead = /^(\r?\n)*/.exec(s.insert)![0].length;
    const trail = /(\r?\n)*$/.exec(s.insert.slice(lead))![0].length;
    if (s.insert.length - lead - trail > 0) spans.push([out.length + lead, out.length + s.insert.length - trail]);
    out += s.insert;
    cursor = s.end;
  }
  out += text.slice(cursor);
  const changed = new Set<number>();
  for (const [from, to] of spans) {
    for (let l = lineOf(out, from); l <= lineOf(out, to - 1); l++) changed.add(l);
  }
  return { text: out, changed: [...changed].sort((a, b) => a - b) };
}

function toValues(docs: Document.Parsed[], file: string): unknown[] {
  try {
    return docs.map((d) => d.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  } catch (err) {
    throw new InputError(`cannot edit: ${err instanceof Error ? err.message : String(err)}`, { file });
  }
}

function withoutRetirement(value: unknown): unknown {
  const copy = structuredClone(value) as { spec?: Record<string, unknown> };
  if (copy?.spec && typeof copy.spec === 'object') {
    delete copy.spec.lifecycle;
    delete copy.spec.retiredAt;
  }
  return copy;
}

function isDateValue(v: unknown, date: string): boolean {
  // A `%YAML 1.1` document reads a plain date as a timestamp.
  return v === date || (v instanceof Date && v.toISOString().slice(0, 10) === date);
}

/** The guard: the result must parse to the same data except the two retirement fields. */
function verify(after: string, docs: Document.Parsed[], index: number, date: string, where: Where): void {
  const refuse = (why: string): never => {
    throw new InputError(`cannot retire the record in place: ${why}; edit spec.lifecycle by hand`, where);
  };
  const parsed = parseAllDocuments(after, PARSE_OPTIONS);
  const again = Array.isArray(parsed) ? parsed : [];
  if (again.length !== docs.length || again.some((d) => d.errors.length > 0)) refuse('the edited file would not parse the same way');
  const old = toValues(docs, where.file);
  const now = toValues(again, where.file);
  for (let i = 0; i < old.length; i++) {
    if (i === index) continue;
    if (!isDeepStrictEqual(old[i], now[i])) refuse(`document ${i} would change too`);
  }
  const spec = (now[index] as { spec?: Record<string, unknown> } | null)?.spec;
  if (spec?.lifecycle !== 'retired' || !isDateValue(spec.retiredAt, date)) refuse('the new values would not read back as written');
  if (!isDeepStrictEqual(withoutRetirement(old[index]), withoutRetirement(now[index]))) refuse('other fields would change too (an alias or anchor shares the value)');
}
