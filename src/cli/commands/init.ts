import { lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { INIT_BLOCK_BEGIN, INIT_BLOCK_END } from '../../init/codeowners-block.js';
import { DEFAULT_OWNER, planInit, type InitPlan, type PlannedFile } from '../../init/plan.js';
import { InputError } from '../../util/errors.js';
import { FsTextSource } from '../../util/reader.js';
import { parse } from '../args.js';
import { EXIT_OK, EXIT_USAGE, type CliIO, type Command } from '../io.js';

const VERBS: Record<PlannedFile['action'], string> = {
  create: 'created',
  overwrite: 'overwrote',
  append: 'appended to',
  update: 'updated',
  unchanged: 'left alone',
};

const WOULD: Record<PlannedFile['action'], string> = {
  create: 'would create',
  overwrite: 'would overwrite',
  append: 'would append to',
  update: 'would update',
  unchanged: 'would leave alone',
};

function summary(plan: InitPlan, verbs: Record<PlannedFile['action'], string>): string {
  const width = Math.max(...plan.files.map((f) => verbs[f.action].length));
  return plan.files.map((f) => `  ${verbs[f.action].padEnd(width)}  ${f.path}  (${f.detail})\n`).join('');
}

function nextSteps(dirArg: string, owner: string, pinned: boolean): string {
  const steps = [
    owner === DEFAULT_OWNER ? `Replace ${DEFAULT_OWNER} in CODEOWNERS with the team that owns your governance records.` : null,
    pinned ? null : 'Pin the blindspot action in .github/workflows/blindspot.yml to a release commit SHA (or rerun with --action OWNER/blindspot@SHA --force).',
    'Replace the example records under governance/ with your own, and list your discovery exports under `sources` in .github/blindspot.yml.',
    `Check the result: blindspot validate --repo ${dirArg}`,
  ].filter((s): s is string => s !== null);
  return `\nNext steps:\n${steps.map((s, i) => `  ${i + 1}. ${s}\n`).join('')}`;
}

/** The init block inside a CODEOWNERS text. */
function initBlockOf(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const begin = lines.findIndex((l) => l.trim() === INIT_BLOCK_BEGIN);
  const end = lines.findIndex((l, i) => i > begin && l.trim() === INIT_BLOCK_END);
  return begin >= 0 && end > begin ? lines.slice(begin, end + 1).join('\n') : text;
}

/** Refuses to write through a symlink or over something that is not a regular file. */
function checkTarget(abs: string, path: string): void {
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return; // does not exist yet
  }
  if (st.isSymbolicLink()) throw new InputError('is a symbolic link; refusing to write through it', { file: path });
  if (!st.isFile()) throw new InputError('exists and is not a regular file', { file: path });
}

/**
 * Writes every changed file, or none: each goes to a temporary file beside its target first, and
 * only when all of them are written are they renamed into place.
 */
function writeAll(root: string, files: readonly PlannedFile[]): void {
  const todo = files.filter((f) => f.action !== 'unchanged');
  for (const f of todo) checkTarget(join(root, f.path), f.path);
  const staged: Array<{ tmp: string; abs: string }> = [];
  try {
    for (const f of todo) {
      const abs = join(root, f.path);
      mkdirSync(dirname(abs), { recursive: true });
      const tmp = `${abs}.blindspot-init-${process.pid}.tmp`;
      staged.push({ tmp, abs });
      writeFileSync(tmp, f.content, { encoding: 'utf8', flag: 'wx' });
    }
  } catch (err) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw err;
  }
  for (const s of staged) renameSync(s.tmp, s.abs);
}

export const initCommand: Command = {
  name: 'init',
  summary: 'scaffold a governance repository: config, example records, CODEOWNERS, workflow',
  usage: `blindspot init [--dir DIR] [--dry-run] [--force] [--owner HANDLE] [--action OWNER/REPO@SHA]

Scaffolds a governance repository in DIR:
  .github/blindspot.yml              the configuration, every option shown with its default
  governance/<kind>/example-*.yaml   one example record per kind, related to each other
  CODEOWNERS                         a block making HANDLE the owner of governance/ (appended to
                                     the CODEOWNERS GitHub uses, or a new .github/CODEOWNERS)
  .github/workflows/blindspot.yml    the scheduled workflow, with hardened permissions

Existing files are never overwritten without --force: init lists them, writes nothing and exits 2.
An existing CODEOWNERS keeps every byte; the block is added once.

Options:
  --dir DIR        the repository (default: current directory)
  --dry-run        print what would be written, and write nothing
  --force          overwrite existing files, and rewrite the CODEOWNERS block
  --owner HANDLE   owner for the CODEOWNERS block (default: ${DEFAULT_OWNER})
  --action REF     pin the workflow's action: OWNER/REPO@<40-hex commit sha>

Exit codes: 0 written (or dry run), 2 existing files without --force, usage or input error.`,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parse(args, {
      dir: { type: 'string' },
      'dry-run': { type: 'boolean' },
      force: { type: 'boolean' },
      owner: { type: 'string' },
      action: { type: 'string' },
    });
    if (values.help) {
      io.stdout(this.usage + '\n');
      return EXIT_OK;
    }
    const dirArg = values.dir ?? '.';
    const root = resolve(io.cwd, dirArg);
    let isDir = false;
    try {
      isDir = statSync(root).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new InputError('directory not found', { file: dirArg });
    const owner = values.owner ?? DEFAULT_OWNER;
    const force = values.force === true;
    const plan = planInit(new FsTextSource(root), { force, owner, action: values.action });

    if (plan.conflicts.length > 0 && !force) {
      io.stderr(
        `blindspot init: these files exist already; nothing was written (use --force to overwrite them):\n${plan.conflicts.map((p) => `  ${p}\n`).join('')}`,
      );
      return EXIT_USAGE;
    }
    if (values['dry-run']) {
      io.stdout(`Dry run in ${dirArg}: nothing was written.\n${summary(plan, WOULD)}`);
      for (const f of plan.files) {
        if (f.action === 'unchanged') continue;
        // For an existing CODEOWNERS, only the block init adds: the rest stays as it is.
        const shown = f.action === 'append' || f.action === 'update' ? initBlockOf(f.content) : f.content;
        io.stdout(`\n--- ${f.path} (${WOULD[f.action]})\n${shown.endsWith('\n') ? shown : shown + '\n'}`);
      }
      return EXIT_OK;
    }
    writeAll(root, plan.files);
    io.stdout(`Initialised blindspot in ${dirArg}:\n${summary(plan, VERBS)}${nextSteps(dirArg, owner, values.action !== undefined)}`);
    return EXIT_OK;
  },
};
