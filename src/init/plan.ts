/**
 * What `blindspot init` would write into a repository, computed without writing anything: the
 * config, the workflow, one linked example record per kind, and the CODEOWNERS block. The CLI
 * shell prints the plan (`--dry-run`), refuses it when it has conflicts, or writes it.
 */
import { classifyOwner, exactPathPattern, locateCodeowners } from '../codeowners/index.js';
import { InputError } from '../util/errors.js';
import type { TextSource } from '../util/reader.js';
import { planCodeowners, type CodeownersChange } from './codeowners-block.js';
import { exampleManifests } from './examples.js';
import {
  ACTION_PLACEHOLDER,
  CONFIG_PATH,
  CONFIG_TEMPLATE,
  GOVERNANCE_DIR,
  NEW_CODEOWNERS_PATH,
  PINNED_ACTION,
  WORKFLOW_PATH,
  WORKFLOW_TEMPLATE,
} from './layout.js';
import { TEMPLATES } from '../generated/templates.js';

export const DEFAULT_OWNER = '@your-org/governance';

export interface InitOptions {
  /** Overwrite files that exist (and rewrite an existing CODEOWNERS block). */
  force: boolean;
  /** Owner handle for the CODEOWNERS block. */
  owner: string;
  /** `owner/repo@<40-hex sha>` to pin in the workflow instead of the placeholder. */
  action?: string;
}

export type FileAction = 'create' | 'overwrite' | 'append' | 'update' | 'unchanged';

export interface PlannedFile {
  /** Repo-relative, forward slashes. */
  path: string;
  action: FileAction;
  /** The complete file to write (a BOM included when the file has one). */
  content: string;
  /** What the file is, for the summary. */
  detail: string;
}

export interface InitPlan {
  /** In write order; `unchanged` entries are listed but not written. */
  files: PlannedFile[];
  /** Files init would create that exist already: init refuses them unless `force`. */
  conflicts: string[];
}

/** The workflow template with the action reference pinned, when one is given. */
export function workflowText(template: string, action: string | undefined): string {
  if (action === undefined) return template;
  if (!PINNED_ACTION.test(action)) {
    throw new InputError(`--action must be owner/repo@<40-hex commit sha> (a tag can be moved to other code), got ${JSON.stringify(action)}`);
  }
  const lines = template.split('\n');
  let replaced = 0;
  const out = lines.map((line) => {
    const m = /^(\s*(?:-\s+)?uses:\s*)<owner>\/blindspot@<sha>(\s+#.*)?$/.exec(line);
    if (!m) return line;
    replaced++;
    return `${m[1]}${action} # pinned by blindspot init`;
  });
  if (replaced === 0) throw new InputError(`the workflow template has no "uses: ${ACTION_PLACEHOLDER}" line`, { file: `templates/${WORKFLOW_TEMPLATE}` });
  return out.join('\n');
}

function template(key: string, templates: Readonly<Record<string, string>>): string {
  const text = templates[key];
  if (text === undefined) throw new InputError('template missing from the build', { file: `templates/${key}` });
  return text;
}

function codeownersChange(repo: TextSource, owner: string, newFiles: string[], force: boolean): CodeownersChange {
  const located = locateCodeowners(repo);
  const problem = located.diagnostics.find((d) => d.level === 'error');
  if (problem) throw new InputError(`cannot add the owner block: ${problem.message}`, { file: problem.file });
  const codeownersPath = located.found?.path ?? NEW_CODEOWNERS_PATH;
  return planCodeowners(located.found, NEW_CODEOWNERS_PATH, {
    owner,
    // CODEOWNERS owns itself too, so that changes to ownership need an owner's review.
    patterns: [`/${GOVERNANCE_DIR}/`, ...[CONFIG_PATH, WORKFLOW_PATH, codeownersPath].map(exactPathPattern)],
    newFiles,
    trackedFiles: repo.list(),
    force,
  });
}

export function planInit(repo: TextSource, options: InitOptions, templates: Readonly<Record<string, string>> = TEMPLATES): InitPlan {
  const owner = classifyOwner(options.owner);
  if (owner.kind === 'invalid') throw new InputError(`--owner: ${owner.problem}${owner.hint ? ` (${owner.hint})` : ''}`);
  const files: Array<Omit<PlannedFile, 'action'>> = [
    { path: CONFIG_PATH, content: template(CONFIG_TEMPLATE, templates), detail: 'blindspot configuration' },
    ...exampleManifests(templates).map((m) => ({ path: m.path, content: m.text, detail: `example ${m.kind} record` })),
    { path: WORKFLOW_PATH, content: workflowText(template(WORKFLOW_TEMPLATE, templates), options.action), detail: 'scheduled reconcile workflow' },
  ];
  const conflicts = files.filter((f) => repo.exists(f.path)).map((f) => f.path);
  const planned: PlannedFile[] = files.map((f) => ({ ...f, action: repo.exists(f.path) ? 'overwrite' : 'create' }));
  const co = codeownersChange(
    repo,
    options.owner,
    files.map((f) => f.path),
    options.force,
  );
  planned.push({ path: co.path, action: co.action, content: co.text, detail: co.detail });
  return { files: planned, conflicts };
}
