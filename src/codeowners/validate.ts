/**
 * Offline CODEOWNERS checks: syntax GitHub rejects, mistakes it accepts silently (owner-only
 * lines, duplicates), and governance gaps (dead rules, unowned manifests, an unowned CODEOWNERS).
 * Pure: the repository's file list comes in as data.
 */
import { compareDiagnostics, type Diagnostic, type DiagnosticLevel } from '../model/location.js';
import type { TextSource } from '../util/reader.js';
import { compileOwnership, type OwnershipIndex } from './compiled.js';
import { loadCodeowners } from './locate.js';
import { isCatchAll, ownershipOf } from './lookup.js';
import { looksLikeOwner, ownerKey } from './owners.js';
import { parseCodeowners, type CodeownersFile, type RuleLine } from './parse.js';

export interface ValidateOptions {
  /** Every tracked file, repo-relative. Enables unmatched-pattern, shadowed-rule and case hints. */
  trackedFiles?: readonly string[];
  /** Governance manifests that must resolve to an owner. */
  manifests?: readonly string[];
  /** Count an owner given only by a catch-all rule (`*`, `**`, `/*`…) as real ownership. Default false. */
  catchAllCountsAsOwner?: boolean;
}

export function validateCodeowners(file: CodeownersFile, opts: ValidateOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (rule: RuleLine, column: number, level: DiagnosticLevel, code: string, message: string) =>
    out.push({ file: file.path, line: rule.line, column, level, code, message });

  for (const rule of file.rules) {
    for (const p of rule.problems) {
      at(rule, p.column, 'error', p.code, p.hint ? `${p.message}; ${p.hint}` : p.message);
    }
    if (looksLikeOwner(rule.pattern.text)) {
      at(
        rule,
        rule.pattern.column,
        'warning',
        'codeowners/missing-pattern',
        `\`${rule.pattern.text}\` is read as a file pattern, not an owner; the line has no pattern`,
      );
    }
    const seen = new Set<string>();
    for (const o of rule.owners) {
      const k = ownerKey(o.text);
      if (seen.has(k)) {
        at(rule, o.column, 'warning', 'codeowners/duplicate-owner', `owner \`${o.text}\` is listed twice on this line`);
      }
      seen.add(k);
    }
  }

  const duplicates = duplicatePatterns(file);
  for (const [earlier, last] of duplicates) {
    at(
      earlier,
      earlier.pattern.column,
      'warning',
      'codeowners/duplicate-pattern',
      `pattern \`${earlier.pattern.text}\` on line ${earlier.line} is repeated on line ${last.line}; only line ${last.line} applies`,
    );
  }

  const index = ownershipOf(file);
  if (file.path !== '') selfOwnership(file, index, out);
  if (opts.trackedFiles !== undefined) coverage(file, index, opts.trackedFiles, new Set(duplicates.keys()), at);
  if (opts.manifests !== undefined) manifestOwnership(file, index, opts.manifests, opts.catchAllCountsAsOwner ?? false, out);
  return out.sort(compareDiagnostics);
}

/**
 * Locates, loads and validates the repository's CODEOWNERS in one call: location and size
 * diagnostics plus `validateCodeowners`, with every file the source lists as the tracked files
 * unless `opts.trackedFiles` says otherwise. `file` is null when there is no usable CODEOWNERS.
 */
export function validateCodeownersIn(
  source: TextSource,
  opts: ValidateOptions = {},
): { file: CodeownersFile | null; diagnostics: Diagnostic[] } {
  const loaded = loadCodeowners(source);
  if (loaded.file === null) return { file: null, diagnostics: loaded.diagnostics.sort(compareDiagnostics) };
  const tracked = opts.trackedFiles ?? source.list();
  const diagnostics = [...loaded.diagnostics, ...validateCodeowners(loaded.file, { ...opts, trackedFiles: tracked })];
  return { file: loaded.file, diagnostics: diagnostics.sort(compareDiagnostics) };
}

/** Earlier rule → the last rule with an equivalent pattern (only valid rules apply). */
function duplicatePatterns(file: CodeownersFile): Map<RuleLine, RuleLine> {
  const lastByKey = new Map<string, RuleLine>();
  for (const r of file.rules) if (r.valid && r.matcher) lastByKey.set(r.matcher.key, r);
  const out = new Map<RuleLine, RuleLine>();
  for (const r of file.rules) {
    if (!r.valid || !r.matcher) continue;
    const last = lastByKey.get(r.matcher.key) as RuleLine;
    if (last !== r) out.set(r, last);
  }
  return out;
}

function selfOwnership(file: CodeownersFile, index: OwnershipIndex, out: Diagnostic[]): void {
  const rule = index.effectiveRule(file.path);
  if (rule !== null && rule.owners.length > 0) return;
  out.push({
    file: file.path,
    line: rule?.line ?? 1,
    column: rule?.pattern.column ?? 1,
    level: 'warning',
    code: 'codeowners/self-unowned',
    message:
      rule === null
        ? `${file.path} itself has no owner, so changes to ownership need no owner review; add \`/${file.path} @owner\``
        : `line ${rule.line} leaves ${file.path} itself without an owner, so changes to ownership need no owner review`,
  });
}

type At = (rule: RuleLine, column: number, level: DiagnosticLevel, code: string, message: string) => void;

/** Rules that match no tracked file, and rules that match files but never win for any. */
function coverage(
  file: CodeownersFile,
  index: OwnershipIndex,
  tracked: readonly string[],
  duplicates: Set<RuleLine>,
  at: At,
): void {
  const matched = new Set<RuleLine>();
  const effective = new Set<RuleLine>();
  const shadowers = new Map<RuleLine, Set<RuleLine>>();
  for (const path of tracked) {
    const rules = index.matchingRules(path);
    if (rules.length === 0) continue;
    const winner = rules[0];
    effective.add(winner);
    for (const r of rules) {
      matched.add(r);
      if (r === winner) continue;
      let s = shadowers.get(r);
      if (!s) shadowers.set(r, (s = new Set()));
      s.add(winner);
    }
  }

  const unmatched = file.rules.filter((r) => r.valid && r.matcher && !matched.has(r));
  const caseHints = caseOnlyMatches(unmatched, tracked);
  for (const r of unmatched) {
    const hint = caseHints.get(r);
    at(
      r,
      r.pattern.column,
      'warning',
      'codeowners/unmatched-pattern',
      `pattern \`${r.pattern.text}\` matches no tracked file` +
        (hint ? `; \`${hint}\` differs only in case (paths are case-sensitive)` : ''),
    );
  }

  for (const r of file.rules) {
    if (!matched.has(r) || effective.has(r) || duplicates.has(r)) continue;
    const later = [...(shadowers.get(r) ?? [])].sort((a, b) => a.line - b.line);
    const describe = (x: RuleLine) => `line ${x.line} (\`${x.pattern.text}\`)`;
    const message =
      later.length === 1
        ? `rule never applies: the later, broader rule on ${describe(later[0])} matches every tracked file this one matches`
        : `rule never applies: later rules on ${later.slice(0, 5).map(describe).join(', ')}${later.length > 5 ? ', …' : ''} take every tracked file it matches`;
    at(r, r.pattern.column, 'warning', 'codeowners/shadowed-rule', message);
  }
}

/**
 * For rules that match nothing, a tracked path they would match if case were ignored. Built as
 * one lowercased index over just those rules, so the cost is one pass over the files.
 */
function caseOnlyMatches(rules: readonly RuleLine[], tracked: readonly string[]): Map<RuleLine, string> {
  const out = new Map<RuleLine, string>();
  if (rules.length === 0) return out;
  const folded = compileOwnership(parseCodeowners(rules.map((r) => r.pattern.text.toLowerCase()).join('\n'), ''));
  for (const path of tracked) {
    for (const hit of folded.matchingRules(path.toLowerCase())) {
      const original = rules[hit.line - 1];
      if (!out.has(original)) out.set(original, path);
    }
    if (out.size === rules.length) break;
  }
  return out;
}

function manifestOwnership(
  file: CodeownersFile,
  index: OwnershipIndex,
  manifests: readonly string[],
  catchAllCounts: boolean,
  out: Diagnostic[],
): void {
  let folded: OwnershipIndex | null = null;
  for (const m of manifests) {
    const rule = index.effectiveRule(m);
    const where = { file: m, line: 1, column: 1 };
    if (rule === null || rule.owners.length === 0) {
      let message =
        rule === null
          ? `no ${file.path || 'CODEOWNERS'} rule matches ${m}, so it has no owner`
          : `${file.path || 'CODEOWNERS'} line ${rule.line} (\`${rule.pattern.text}\`) leaves ${m} without an owner`;
      if (rule === null) {
        folded ??= compileOwnership(parseCodeowners(foldedText(file), ''));
        const near = folded.effectiveRule(m.toLowerCase());
        if (near !== null) {
          message += `; line ${near.line} (\`${file.lines[near.line - 1].raw.trim()}\`) would match if case were ignored (paths are case-sensitive)`;
        }
      }
      out.push({ ...where, level: 'error', code: 'codeowners/unowned-manifest', message });
    } else if (!catchAllCounts && isCatchAll(rule)) {
      out.push({
        ...where,
        level: 'warning',
        code: 'codeowners/catch-all-only',
        message: `${m} is owned only through the catch-all rule on ${file.path || 'CODEOWNERS'} line ${rule.line} (\`${rule.pattern.text}\`); add a specific rule`,
      });
    }
  }
}

/** The file with every line lowercased, line numbers unchanged (for case-only hints). */
function foldedText(file: CodeownersFile): string {
  return file.lines.map((l) => (l.kind === 'rule' && l.valid ? l.raw.toLowerCase() : '')).join('\n');
}
