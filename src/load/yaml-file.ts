/**
 * Parses a YAML file into documents that remember where every node is written, so schema errors
 * and findings can point at `file:line:col`. Rejects the inputs that attack parsers: alias bombs
 * (the yaml library's alias limit, surfaced as a located error) and prototype keys.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../model/location.js';
import type { TextFile } from '../util/reader.js';

export interface YamlDocument {
  /** 0-based index of the document in its file. */
  index: number;
  doc: Document.Parsed;
  /** Plain JS value (null for an empty document). Undefined when the document is unusable. */
  value: unknown;
  line: number;
  column: number;
}

export interface ParsedYamlFile {
  path: string;
  documents: YamlDocument[];
  diagnostics: Diagnostic[];
  lineCounter: LineCounter;
}

/** Keys that would change object prototypes if code ever merged them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Aliases per document before we call it a resource-exhaustion attack. */
const MAX_ALIAS_COUNT = 100;

function pos(lc: LineCounter, offset: number): { line: number; column: number } {
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}

function firstLine(message: string): string {
  // yaml's pretty errors append a code excerpt after the first line, plus " at line N, column M".
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

export function parseYamlFile(file: TextFile, code = 'yaml'): ParsedYamlFile {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const documents: YamlDocument[] = [];
  const parsed = parseAllDocuments(file.text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    logLevel: 'error',
    strict: true,
  });
  const docs = Array.isArray(parsed) ? parsed : [];
  docs.forEach((doc, index) => {
    // A record starts at its first node, not at the `---` marker before it.
    const start = pos(lineCounter, doc.contents?.range?.[0] ?? doc.range[0]);
    let usable = true;
    for (const err of doc.errors) {
      const at = pos(lineCounter, err.pos[0]);
      diagnostics.push({ file: file.path, ...at, level: 'error', code: `${code}/syntax`, message: `YAML syntax: ${firstLine(err.message)}` });
      usable = false;
    }
    visit(doc, {
      Pair(_key, pair) {
        const k = pair.key;
        if (isScalar(k) && typeof k.value === 'string' && FORBIDDEN_KEYS.has(k.value)) {
          diagnostics.push({
            file: file.path,
            ...pos(lineCounter, k.range?.[0] ?? 0),
            level: 'error',
            code: `${code}/forbidden-key`,
            message: `key "${k.value}" is not allowed (it could alter object prototypes)`,
            field: k.value,
          });
          usable = false;
        } else if (k !== null && !isScalar(k)) {
          diagnostics.push({
            file: file.path,
            ...pos(lineCounter, (k as Node).range?.[0] ?? 0),
            level: 'error',
            code: `${code}/complex-key`,
            message: 'mapping keys must be plain strings',
          });
          usable = false;
        }
      },
    });
    let value: unknown = undefined;
    if (usable) {
      try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        const bomb = /alias/i.test(msg);
        diagnostics.push({
          file: file.path,
          ...(bomb ? firstAliasPos(doc, lineCounter) ?? start : start),
          level: 'error',
          code: bomb ? `${code}/alias-limit` : `${code}/syntax`,
          message: bomb
            ? `too many YAML alias expansions (over ${MAX_ALIAS_COUNT}): refused as a resource-exhaustion ("billion laughs") attack`
            : `YAML: ${firstLine(msg)}`,
        });
        value = undefined;
      }
    }
    documents.push({ index, doc, value, ...start });
  });
  return { path: file.path, documents, diagnostics, lineCounter };
}

function firstAliasPos(doc: Document.Parsed, lc: LineCounter): { line: number; column: number } | undefined {
  let found: { line: number; column: number } | undefined;
  visit(doc, {
    Alias(_k, node) {
      if (!found && node.range) found = pos(lc, node.range[0]);
      return found ? visit.BREAK : undefined;
    },
  });
  return found;
}

export type PathSegment = string | number;

/**
 * Where a value (or, with `key: true`, its key) is written. Walks as far down the path as the
 * document goes, so an error about a missing child points at the parent.
 */
export function locateNode(
  doc: Document.Parsed,
  path: readonly PathSegment[],
  lc: LineCounter,
  options: { key?: boolean } = {},
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let best = doc.contents?.range?.[0] ?? doc.range[0];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && options.key) return pos(lc, keyNode.range?.[0] ?? best);
      best = (pair.value as Node | null)?.range?.[0] ?? keyNode.range?.[0] ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      best = item.range?.[0] ?? best;
      node = item;
    } else break;
    if (isAlias(node)) break;
  }
  return pos(lc, best);
}
