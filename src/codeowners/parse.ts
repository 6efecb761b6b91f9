/**
 * Lossless line model of a CODEOWNERS file. Every line is kept (comments, blanks, invalid rules)
 * with its own line ending, plus the BOM and whether the file ends with a newline, so
 * `serializeCodeowners(parseCodeowners(text)) === text` byte for byte. Rules carry the line number
 * and the column of every token, so diagnostics can point at them.
 */
import type { TextFile } from '../util/reader.js';
import { classifyOwner, type OwnerKind } from './owners.js';
import { compilePattern, type CompiledPattern } from './pattern.js';

export type LineEnding = '\n' | '\r\n' | '';

/** A piece of a line; `column` is 1-based (UTF-16 units, after any BOM). */
export interface Token {
  text: string;
  column: number;
}

export interface OwnerToken extends Token {
  kind: OwnerKind;
}

/** A syntax problem on a line. */
export interface LineProblem {
  code: 'codeowners/invalid-pattern' | 'codeowners/invalid-owner';
  column: number;
  message: string;
  hint?: string;
  /** GitHub skips the whole line because of it (true for all but a few owner typos it tolerates). */
  skipsLine: boolean;
}

interface LineBase {
  /** 1-based line number. */
  line: number;
  /** The line's text without its ending. */
  raw: string;
  eol: LineEnding;
}

export interface BlankLine extends LineBase {
  kind: 'blank';
}

export interface CommentLine extends LineBase {
  kind: 'comment';
}

export interface RuleLine extends LineBase {
  kind: 'rule';
  pattern: Token;
  /** Null when the pattern is invalid. */
  matcher: CompiledPattern | null;
  owners: OwnerToken[];
  /** Inline `# …` comment after the owners, if any. */
  comment: Token | null;
  problems: LineProblem[];
  /** GitHub applies the line: the pattern and owners pass its syntax check. Invalid lines are skipped. */
  valid: boolean;
}

export type CodeownersLine = BlankLine | CommentLine | RuleLine;

export interface CodeownersFile {
  /** Repo-relative path the file was read from (e.g. `.github/CODEOWNERS`), used in diagnostics. */
  path: string;
  bom: boolean;
  lines: CodeownersLine[];
  /** The rule lines, in file order (valid and invalid). */
  rules: RuleLine[];
}

export const DEFAULT_CODEOWNERS_PATH = '.github/CODEOWNERS';

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v';

/** Parses text (a leading BOM is recorded and stripped). */
export function parseCodeowners(text: string, path: string = DEFAULT_CODEOWNERS_PATH): CodeownersFile {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const lines: CodeownersLine[] = [];
  let start = 0;
  let n = 1;
  while (start < body.length) {
    const nl = body.indexOf('\n', start);
    let raw: string;
    let eol: LineEnding;
    if (nl < 0) {
      raw = body.slice(start);
      eol = '';
      start = body.length;
    } else if (nl > start && body.charCodeAt(nl - 1) === 13) {
      raw = body.slice(start, nl - 1);
      eol = '\r\n';
      start = nl + 1;
    } else {
      raw = body.slice(start, nl);
      eol = '\n';
      start = nl + 1;
    }
    lines.push(parseLine(raw, eol, n++));
  }
  return { path, bom, lines, rules: lines.filter((l): l is RuleLine => l.kind === 'rule') };
}

/** Parses a file from a `TextSource` (its BOM was stripped by the reader and is restored on output). */
export function parseCodeownersFile(file: TextFile): CodeownersFile {
  return { ...parseCodeowners(file.text, file.path), bom: file.bom };
}

export function serializeCodeowners(file: CodeownersFile): string {
  let out = file.bom ? '\uFEFF' : '';
  for (const l of file.lines) out += l.raw + l.eol;
  return out;
}

/** Parses one line (without its ending). Exposed for the editor, which builds lines one at a time. */
export function parseLine(raw: string, eol: LineEnding, line: number): CodeownersLine {
  let i = 0;
  while (i < raw.length && isSpace(raw[i])) i++;
  if (i === raw.length) return { kind: 'blank', line, raw, eol };
  if (raw[i] === '#') return { kind: 'comment', line, raw, eol };

  // The pattern runs to the first unescaped whitespace; `\ ` keeps a space in it.
  const patStart = i;
  while (i < raw.length && !isSpace(raw[i])) i += raw[i] === '\\' && i + 1 < raw.length ? 2 : 1;
  const pattern: Token = { text: raw.slice(patStart, i), column: patStart + 1 };

  const owners: OwnerToken[] = [];
  let comment: Token | null = null;
  while (i < raw.length) {
    while (i < raw.length && isSpace(raw[i])) i++;
    if (i === raw.length) break;
    const tokStart = i;
    while (i < raw.length && !isSpace(raw[i]) && raw[i] !== '#') i++;
    if (i > tokStart) {
      const text = raw.slice(tokStart, i);
      owners.push({ text, column: tokStart + 1, kind: classifyOwner(text).kind });
    }
    // Everything from a `#` after the pattern is an inline comment.
    if (raw[i] === '#') {
      comment = { text: raw.slice(i), column: i + 1 };
      break;
    }
  }

  const problems: LineProblem[] = [];
  const compiled = compilePattern(pattern.text);
  if (!compiled.ok) {
    for (const p of compiled.problems) {
      problems.push({
        code: 'codeowners/invalid-pattern',
        column: pattern.column + p.offset,
        message: `invalid pattern \`${pattern.text}\`: ${p.message}`,
        ...(p.hint ? { hint: p.hint } : {}),
        skipsLine: true,
      });
    }
  }
  for (const o of owners) {
    if (o.kind !== 'invalid') continue;
    const syntax = classifyOwner(o.text);
    problems.push({
      code: 'codeowners/invalid-owner',
      column: o.column,
      message: `invalid owner: ${syntax.problem ?? o.text}`,
      ...(syntax.hint ? { hint: syntax.hint } : {}),
      skipsLine: syntax.rejectedByGitHub,
    });
  }
  return {
    kind: 'rule',
    line,
    raw,
    eol,
    pattern,
    matcher: compiled.ok ? compiled.pattern : null,
    owners,
    comment,
    problems,
    valid: compiled.ok && !problems.some((p) => p.skipsLine),
  };
}
