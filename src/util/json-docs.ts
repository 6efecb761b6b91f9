/**
 * Reads the JSON shapes real exports come in: one value, NDJSON, and concatenated documents
 * (`gh api --paginate` without `--slurp`). Errors name the line and column.
 */
import { InputError } from './errors.js';

export interface JsonDoc {
  value: unknown;
  /** 1-based line where the document starts. */
  line: number;
}

/** Line/column (1-based) of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastNl = i;
    }
  }
  return { line, column: offset - lastNl };
}

/**
 * Finds where JSON.parse failed: a small validating scanner that returns the offset of the first
 * error, or -1. Used only after JSON.parse has thrown, so the fast path stays native.
 */
export function jsonErrorOffset(text: string, start = 0, end = text.length): { offset: number; reason: string } {
  let i = start;
  const ws = () => {
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const fail = (reason: string): never => {
    throw { offset: i, reason };
  };
  const lit = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected character ${JSON.stringify(text[i] ?? '')}`);
  };
  const str = () => {
    i++;
    while (i < end) {
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const n = text[i + 1];
        if (n === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape');
          i += 6;
        } else if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2;
        else fail('bad escape in string');
      } else if (text.charCodeAt(i) < 32) fail('control character in string');
      else i++;
    }
    fail('unterminated string');
  };
  const num = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, Math.min(end, i + 400)));
    if (!m || m[0] === '' || m[0] === '-') fail('bad number');
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 10_000) fail('nesting too deep');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        str();
        ws();
        if (text[i] !== ':') fail("expected ':' after property name");
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(i >= end ? 'unexpected end of input (truncated?)' : "expected ',' or '}'");
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(i >= end ? 'unexpected end of input (truncated?)' : "expected ',' or ']'");
      }
    } else if (c === '"') str();
    else if (c === 't') lit('true');
    else if (c === 'f') lit('false');
    else if (c === 'n') lit('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) num();
    else fail(i >= end ? 'unexpected end of input (truncated?)' : `unexpected character ${JSON.stringify(c)}`);
  };
  try {
    value(0);
    ws();
    if (i < end) fail('unexpected data after the JSON value');
    return { offset: -1, reason: '' };
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'offset' in e) return e as { offset: number; reason: string };
    throw e;
  }
}

function parseSlice(text: string, start: number, end: number, file: string): unknown {
  try {
    return JSON.parse(text.slice(start, end));
  } catch {
    const { offset, reason } = jsonErrorOffset(text, start, end);
    const at = lineColumnAt(text, offset < 0 ? start : offset);
    throw new InputError(`invalid JSON: ${reason || 'malformed value'}`, { file, ...at });
  }
}

/**
 * Splits the text into top-level JSON documents by tracking nesting and strings, then parses each.
 * Whitespace (including newlines) between documents is allowed; NDJSON is the one-per-line case.
 * Top-level scalars are not accepted: exports are objects or arrays.
 */
export function parseJsonDocuments(text: string, file: string): JsonDoc[] {
  const docs: JsonDoc[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c !== 123 /* { */ && c !== 91 /* [ */) {
      const at = lineColumnAt(text, i);
      throw new InputError(`invalid JSON: expected '{' or '[' to start a document, found ${JSON.stringify(text[i])}`, {
        file,
        ...at,
      });
    }
    const start = i;
    const startLine = line;
    let depth = 0;
    let inString = false;
    for (; i < n; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) line++;
      if (inString) {
        if (ch === 92 /* \ */) i++;
        else if (ch === 34 /* " */) inString = false;
        continue;
      }
      if (ch === 34) inString = true;
      else if (ch === 123 || ch === 91) depth++;
      else if (ch === 125 || ch === 93) {
        depth--;
        if (depth === 0) {
          i++;
          break;
        }
      }
    }
    if (depth !== 0) {
      // Let the validator point at the exact place (usually the end: a truncated file).
      parseSlice(text, start, n, file);
      throw new InputError('invalid JSON: unexpected end of input (truncated?)', { file, ...lineColumnAt(text, n) });
    }
    docs.push({ value: parseSlice(text, start, i, file), line: startLine });
  }
  return docs;
}

/** True when the text looks like JSON (first non-space character opens an object or array). */
export function looksLikeJson(text: string): boolean {
  const m = /^\s*([[{])/.exec(text);
  return m !== null;
}
