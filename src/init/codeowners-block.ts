/**
 * The CODEOWNERS block `blindspot init` adds so the governance records have an owner.
 *
 * - No CODEOWNERS in any of GitHub's three locations: a new `.github/CODEOWNERS` holding the block.
 * - An existing file: the block is appended, keeping every existing byte, the file's line endings
 *   (CRLF stays CRLF), its BOM and its final-newline state. It goes above blindspot's managed
 *   owner block when there is one, because that block must stay last to keep winning.
 * - Never twice: a file that already has the block is left alone (with `--force`, the block is
 *   rewritten in place).
 * - Never taking ownership away: CODEOWNERS is last-match-wins, so an appended `/governance/`
 *   rule would override existing rules for files under it. When it would change the owner of any
 *   file that has a real (not catch-all) owner today, the block lists only the new files that
 *   have no real owner yet, each by its exact path.
 */
import {
  MANAGED_BEGIN,
  compileOwnership,
  dominantEol,
  exactPathPattern,
  isCatchAll,
  parseCodeowners,
  type CodeownersFile,
  type OwnershipIndex,
} from '../codeowners/index.js';
import { InputError } from '../util/errors.js';
import type { TextFile } from '../util/reader.js';

export const INIT_BLOCK_BEGIN = '# BEGIN blindspot init';
export const INIT_BLOCK_END = '# END blindspot init';

const BLOCK_COMMENT = [
  '# Owners of the governance records, the blindspot config and its workflow, added by',
  '# `blindspot init`. blindspot reads record ownership from this file: put your team here.',
];

const NEW_FILE_HEADER = [
  '# Code owners. GitHub asks them to review pull requests that touch their files, and blindspot',
  '# reads who owns each governance record from here. The last matching line wins.',
  '# https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners',
  '',
];

export interface CodeownersRequest {
  /** Owner handle for the new rules, e.g. `@acme/governance`. */
  owner: string;
  /** Rule patterns that own everything init writes, e.g. `/governance/`, `/.github/blindspot.yml`. */
  patterns: readonly string[];
  /** Repo-relative paths of the files init writes (manifests, config, workflow). */
  newFiles: readonly string[];
  /** Every file in the repository now, for the "never take ownership away" check. */
  trackedFiles: readonly string[];
  /** Rewrite an existing block instead of leaving it alone. */
  force: boolean;
}

export interface CodeownersChange {
  path: string;
  /** `unchanged`: nothing to write (`text` is the current content). */
  action: 'create' | 'append' | 'update' | 'unchanged';
  /** The whole new file, BOM included when the file had one. */
  text: string;
  /** One line for the summary. */
  detail: string;
}

export function blockLines(owner: string, patterns: readonly string[]): string[] {
  const width = Math.max(...patterns.map((p) => p.length));
  return [INIT_BLOCK_BEGIN, ...BLOCK_COMMENT, ...patterns.map((p) => `${p.padEnd(width)} ${owner}`), INIT_BLOCK_END];
}

interface Line {
  raw: string;
  eol: string;
}

function splitLines(text: string): Line[] {
  return parseCodeowners(text).lines.map((l) => ({ raw: l.raw, eol: l.eol }));
}

function join(lines: readonly Line[]): string {
  return lines.map((l) => l.raw + l.eol).join('');
}

/** A file's owners when it has a real one: a matching rule with owners that is not a catch-all. */
function realOwners(index: OwnershipIndex, path: string): string[] | null {
  const rule = index.effectiveRule(path);
  if (rule === null || isCatchAll(rule) || rule.owners.length === 0) return null;
  return rule.owners.map((o) => o.text);
}

function takesOwnershipAway(before: CodeownersFile, after: CodeownersFile, tracked: readonly string[]): string | null {
  const was = compileOwnership(before);
  const now = compileOwnership(after);
  for (const path of tracked) {
    const owners = realOwners(was, path);
    if (owners === null) continue;
    const next = now.ownersOf(path).owners;
    if (next.length !== owners.length || next.some((o, i) => o !== owners[i])) return path;
  }
  return null;
}

/** The existing lines with the block inserted: above the managed owner block if any, else at the end. */
function insertBlock(existing: readonly Line[], block: readonly string[], eol: string): Line[] {
  const out = existing.map((l) => ({ ...l }));
  const hadFinalNewline = out.length === 0 || out[out.length - 1].eol !== '';
  const managed = out.findIndex((l) => l.raw.trim() === MANAGED_BEGIN);
  const blockLines: Line[] = block.map((raw) => ({ raw, eol }));
  if (managed >= 0) {
    // Above the managed block, separated from it by a blank line.
    const before = out.slice(0, managed);
    const lead = before.length > 0 && before[before.length - 1].raw.trim() !== '' ? [{ raw: '', eol }] : [];
    return [...before, ...lead, ...blockLines, { raw: '', eol }, ...out.slice(managed)];
  }
  if (out.length > 0) {
    out[out.length - 1].eol ||= eol;
    if (out[out.length - 1].raw.trim() !== '') out.push({ raw: '', eol });
  }
  out.push(...blockLines);
  // The file keeps its final-newline state: a file without one still ends without one.
  if (!hadFinalNewline) out[out.length - 1].eol = '';
  return out;
}

function findBlock(lines: readonly Line[], path: string): { begin: number; end: number } | null {
  const begin = lines.findIndex((l) => l.raw.trim() === INIT_BLOCK_BEGIN);
  if (begin < 0) return null;
  const end = lines.findIndex((l, i) => i > begin && l.raw.trim() === INIT_BLOCK_END);
  if (end < 0) throw new InputError(`"${INIT_BLOCK_BEGIN}" on line ${begin + 1} has no "${INIT_BLOCK_END}" line; fix or remove the block`, { file: path });
  return { begin, end };
}

/** Plans the CODEOWNERS change. `existing` is the file GitHub uses, or null when there is none. */
export function planCodeowners(existing: TextFile | null, newPath: string, request: CodeownersRequest): CodeownersChange {
  const { owner, patterns, newFiles, trackedFiles, force } = request;
  if (existing === null) {
    const text = [...NEW_FILE_HEADER, ...blockLines(owner, patterns)].map((l) => l + '\n').join('');
    return { path: newPath, action: 'create', text, detail: `owners for ${patterns.join(', ')}` };
  }
  const path = existing.path;
  const bom = existing.bom ? '\uFEFF' : '';
  const lines = splitLines(existing.text);
  const eol = dominantEol(parseCodeowners(existing.text, path));
  const unchanged = (detail: string): CodeownersChange => ({ path, action: 'unchanged', text: bom + existing.text, detail });

  const present = findBlock(lines, path);
  if (present !== null && !force) return unchanged('already has the blindspot init block');

  // How the file reads with a given set of rules in the block: an existing block is rewritten in
  // place (--force), otherwise the block is inserted.
  let render: (rules: readonly string[]) => string;
  let withoutBlock: readonly Line[];
  if (present !== null) {
    const old = lines.slice(present.begin, present.end + 1);
    withoutBlock = [...lines.slice(0, present.begin), ...lines.slice(present.end + 1)];
    render = (rules) => {
      const fresh = blockLines(owner, rules).map((raw) => ({ raw, eol: old[0].eol || eol }));
      fresh[fresh.length - 1].eol = old[old.length - 1].eol;
      return join([...lines.slice(0, present.begin), ...fresh, ...lines.slice(present.end + 1)]);
    };
  } else {
    withoutBlock = lines;
    render = (rules) => join(insertBlock(lines, blockLines(owner, rules), eol));
  }

  // A rule goes in only if it takes no file away from a real owner. A folder rule that would is
  // replaced by exact rules for the new files under it that nobody really owns yet.
  const before = parseCodeowners(join(withoutBlock), path);
  const index = compileOwnership(before);
  // The new files count too: one that an existing rule already gives a real owner keeps it.
  const watched = [...new Set([...trackedFiles, ...newFiles])];
  const fits = (rules: readonly string[]) => takesOwnershipAway(before, parseCodeowners(render(rules), path), watched);
  const accepted: string[] = [];
  const notes: string[] = [];
  for (const pattern of patterns) {
    const taken = fits([...accepted, pattern]);
    if (taken === null) {
      accepted.push(pattern);
      continue;
    }
    const covered = compileOwnership(parseCodeowners(`${pattern} ${owner}\n`, path));
    const exact = newFiles
      .filter((f) => covered.ownersOf(f).owners.length > 0 && realOwners(index, f) === null)
      .map(exactPathPattern)
      .filter((o) => !accepted.includes(o));
    const fallback = exact.length > 0 && fits([...accepted, ...exact]) === null;
    if (fallback) accepted.push(...exact);
    notes.push(
      taken === pattern.slice(1)
        ? `${taken} already has an owner`
        : `${pattern} would override the owner of ${taken}${fallback ? `, so the new files under it are listed one by one` : ''}`,
    );
  }
  const why = notes.length ? `; ${notes.join('; ')}` : '';
  if (accepted.length === 0) return unchanged(`every file init writes already has an owner${why}`);
  const text = render(accepted);
  if (text === existing.text) return unchanged('the blindspot init block is up to date');
  return {
    path,
    action: present !== null ? 'update' : 'append',
    text: bom + text,
    detail: `owners for ${accepted.length <= 4 ? accepted.join(', ') : `${accepted.length} paths`}${why}`,
  };
}
