/**
 * Minimal, verified CODEOWNERS edits for owner-assignment PRs.
 *
 * The rule for a path is an anchored, escaped exact path (`/governance/x.yaml @org/team`). If a
 * rule with exactly that pattern exists and stays the last match, its line is rewritten; otherwise
 * the rule goes into a managed block kept at the end of the file, so it is the last match and no
 * broader rule below can override it (inserting above a broader rule is the classic bug). After
 * the edit, ownership of every tracked file is recomputed: if anything but the intended path
 * changed owner, the edit is refused. Line endings, BOM and the final newline are preserved.
 */
import { InputError } from '../util/errors.js';
import { compileOwnership } from './compiled.js';
import { encodedBytes, MAX_CODEOWNERS_BYTES } from './locate.js';
import { ownershipOf } from './lookup.js';
import { classifyOwner } from './owners.js';
import { parseCodeowners, parseLine, serializeCodeowners, type CodeownersFile, type LineEnding } from './parse.js';
import { compilePattern, exactPathPattern } from './pattern.js';

export const MANAGED_BEGIN = '# BEGIN blindspot managed owners';
export const MANAGED_END = '# END blindspot managed owners';

export interface EditChange {
  /** `replaced`: an existing rule got new owners; `added`: a new line; `moved`: the managed block moved to the end. */
  kind: 'replaced' | 'added' | 'moved';
  /** 1-based line in the new text. */
  line: number;
  text: string;
  /** Previous text of a replaced line. */
  before?: string;
  /** Previous line number of a moved line. */
  fromLine?: number;
}

export interface EditResult {
  text: string;
  file: CodeownersFile;
  /**
   * Changed lines; empty when the file already said exactly this. Not listed: the old last line
   * gaining a line ending when lines are appended to a file without a final newline.
   */
  changes: EditChange[];
  /** Line of the rule that now owns the path. */
  line: number;
}

interface Draft {
  raw: string;
  eol: LineEnding;
  /** Line number in the original file, or null for a new line. */
  from: number | null;
  moved?: boolean;
  before?: string;
}

/**
 * Makes `owners` the owners of `path` (repo-relative). `trackedFiles` is every file in the
 * repository; the edit is refused (InputError) when it would change any other file's owners.
 */
export function assignOwners(
  file: CodeownersFile,
  path: string,
  owners: readonly string[],
  trackedFiles: readonly string[],
): EditResult {
  const where = { file: file.path };
  const clean = checkPath(path, file.path);
  for (const o of owners) {
    const syntax = classifyOwner(o);
    if (syntax.kind === 'invalid') throw new InputError(`cannot assign owner: ${syntax.problem}`, where);
  }
  const pattern = exactPathPattern(clean);
  const compiled = compilePattern(pattern);
  if (!compiled.ok) throw new InputError(`cannot write a pattern for ${JSON.stringify(path)}`, where);
  const key = compiled.pattern.key;
  const eol = dominantEol(file);
  const ruleText = [pattern, ...owners].join(' ');
  const before = ownershipOf(file);

  // 1. Rewrite the last rule with exactly this pattern when it is the effective one (owners do
  //    not change what a rule matches, so it stays effective).
  const existing = [...file.rules].reverse().find((r) => r.valid && r.matcher?.key === key);
  if (existing !== undefined && before.effectiveRule(clean) === existing) {
    if (sameOwners(existing.owners.map((o) => o.text), owners)) {
      return { text: serializeCodeowners(file), file, changes: [], line: existing.line };
    }
    const lead = existing.raw.slice(0, existing.pattern.column - 1);
    const tail = existing.comment ? ` ${existing.comment.text}` : '';
    const drafts = toDrafts(file);
    drafts[existing.line - 1].raw = `${lead}${[existing.pattern.text, ...owners].join(' ')}${tail}`;
    drafts[existing.line - 1].before = existing.raw;
    const result = finish(file, drafts, clean, owners, trackedFiles);
    if (result !== null) return result;
  }

  // 2. Otherwise add the exact rule to the managed block at the end.
  const drafts = toDrafts(file);
  const hadFinalNewline = drafts.length === 0 || drafts[drafts.length - 1].eol !== '';
  let begin = drafts.findIndex((d) => d.raw.trim() === MANAGED_BEGIN);
  let end = begin < 0 ? -1 : drafts.findIndex((d, i) => i > begin && d.raw.trim() === MANAGED_END);
  if (begin >= 0 && end < 0) {
    throw new InputError(`managed block opened on line ${begin + 1} has no "${MANAGED_END}" line`, where);
  }
  if (begin < 0) {
    if (drafts.length > 0 && drafts[drafts.length - 1].raw.trim() !== '') drafts.push({ raw: '', eol, from: null });
    begin = drafts.length;
    drafts.push({ raw: MANAGED_BEGIN, eol, from: null }, { raw: MANAGED_END, eol, from: null });
    end = begin + 1;
  } else if (drafts.slice(end + 1).some((d) => isRule(d.raw))) {
    // Rules below the block would take precedence: move the block to the end.
    const block = drafts.splice(begin, end - begin + 1).map((d) => ({ ...d, moved: true }));
    if (drafts.length > 0 && drafts[drafts.length - 1].raw.trim() !== '') drafts.push({ raw: '', eol, from: null });
    begin = drafts.length;
    drafts.push(...block);
    end = drafts.length - 1;
  }
  const entries = drafts.slice(begin + 1, end).map((d) => parseLine(d.raw, '', 1));
  const same = entries.findIndex((l) => l.kind === 'rule' && l.valid && l.matcher?.key === key);
  if (same >= 0) {
    // The block already has this path (it was not the last match before the block moved).
    const d = drafts[begin + 1 + same];
    drafts[begin + 1 + same] = { ...d, raw: ruleText, before: d.raw };
  } else {
    // Keep the block sorted, so concurrent proposals touch different lines.
    const after = entries.findIndex((l) => l.kind === 'rule' && l.raw.trim() > ruleText);
    drafts.splice(after < 0 ? end : begin + 1 + after, 0, { raw: ruleText, eol, from: null });
  }
  // Every line but the last ends with a newline; the last keeps the file's final-newline state.
  for (const d of drafts) if (d.eol === '') d.eol = eol;
  if (!hadFinalNewline) drafts[drafts.length - 1].eol = '';
  const result = finish(file, drafts, clean, owners, trackedFiles);
  if (result === null) {
    throw new InputError(`could not make ${clean} owned by ${owners.join(' ') || '(nobody)'}`, where);
  }
  return result;
}

/**
 * Builds the new file and verifies it: null when the intended path does not end up with the new
 * owners through an exact rule; an InputError when anything else changed owner or the file is too large.
 */
function finish(
  file: CodeownersFile,
  drafts: Draft[],
  path: string,
  owners: readonly string[],
  tracked: readonly string[],
): EditResult | null {
  const text = (file.bom ? '\uFEFF' : '') + drafts.map((d) => d.raw + d.eol).join('');
  const next = parseCodeowners(text, file.path);
  const bytes = encodedBytes(serializeCodeowners(next), false);
  if (bytes >= MAX_CODEOWNERS_BYTES) {
    throw new InputError(`the edit would make CODEOWNERS ${bytes} bytes, over GitHub's 3 MB limit`, { file: file.path });
  }
  const after = compileOwnership(next);
  const rule = after.effectiveRule(path);
  if (rule === null || !sameOwners(rule.owners.map((o) => o.text), owners)) return null;
  const before = ownershipOf(file);
  for (const other of tracked) {
    if (other === path) continue;
    const was = before.ownersOf(other).owners;
    const now = after.ownersOf(other).owners;
    if (!sameOwners(was, now)) {
      throw new InputError(
        `assigning owners to ${path} would also change the owners of ${other} (${was.join(' ') || 'none'} → ${now.join(' ') || 'none'}); refused`,
        { file: file.path },
      );
    }
  }
  const changes: EditChange[] = [];
  drafts.forEach((d, i) => {
    const line = i + 1;
    if (d.from === null) changes.push({ kind: 'added', line, text: d.raw });
    else if (d.before !== undefined) changes.push({ kind: 'replaced', line, text: d.raw, before: d.before });
    else if (d.moved) changes.push({ kind: 'moved', line, text: d.raw, fromLine: d.from });
  });
  return { text, file: next, changes, line: rule.line };
}

function toDrafts(file: CodeownersFile): Draft[] {
  return file.lines.map((l) => ({ raw: l.raw, eol: l.eol, from: l.line }));
}

function isRule(raw: string): boolean {
  return parseLine(raw, '', 1).kind === 'rule';
}

function sameOwners(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The line ending most lines use (LF on a tie or an empty file). */
export function dominantEol(file: CodeownersFile): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (const l of file.lines) {
    if (l.eol === '\r\n') crlf++;
    else if (l.eol === '\n') lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Refuses what a CODEOWNERS pattern cannot say; returns the path without a leading slash. */
function checkPath(path: string, codeownersPath: string): string {
  const bad = (why: string) => new InputError(`cannot assign owners to ${JSON.stringify(path)}: ${why}`, { file: codeownersPath });
  if (/[\n\r]/.test(path)) throw bad('paths with newlines cannot be written to CODEOWNERS');
  if (path.includes('#')) throw bad('`#` cannot be escaped in CODEOWNERS');
  if (path.includes('\t')) throw bad('tabs cannot be written to CODEOWNERS');
  const clean = path.startsWith('/') ? path.slice(1) : path;
  const segs = clean.split('/');
  if (clean === '' || segs.some((s) => s === '' || s === '.' || s === '..')) {
    throw bad('expected a repo-relative file path without empty, `.` or `..` segments');
  }
  return clean;
}
