import { resolve } from 'node:path';
import { loadCodeowners, parseCodeownersFile, type CodeownersFile } from '../../codeowners/index.js';
import { loadRepo } from '../../load/repo.js';
import { ownershipResolver } from '../../pipeline.js';
import { isOwned } from '../../reconcile/input.js';
import { UsageError } from '../../util/errors.js';
import { FsTextSource, readUserFile } from '../../util/reader.js';
import { parse } from '../args.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIO, type Command } from '../io.js';

export interface OwnersRow {
  path: string;
  owners: string[];
  line: number | null;
  pattern: string | null;
}

function normalizePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
}

function text(rows: OwnersRow[]): string {
  return rows.map((r) => `${r.path}  ${r.owners.length ? r.owners.join(' ') : r.line === null ? '(unowned)' : '(no owners: ownership removed)'}${r.line !== null ? `  [line ${r.line}: ${r.pattern}]` : ''}\n`).join('');
}

export const ownersCommand: Command = {
  name: 'owners',
  summary: 'resolve owners of paths exactly as GitHub does; list manifests nobody owns',
  usage: `blindspot owners [--repo DIR | --codeowners FILE] [--json] PATH...
blindspot owners --unowned [--repo DIR] [--json]

Resolves each PATH (repo-relative) against CODEOWNERS with GitHub's rules: the file in
.github/, the root or docs/ (first found wins), last matching line wins, a pattern with no
owners removes ownership.

  --json      print [{ "path", "owners": [..], "line": <CODEOWNERS line or null>, "pattern": <string or null> }]
  --unowned   list the manifests with no owner (or only a catch-all owner, unless
              ownership.catchAllCountsAsOwner is set); exits 1 when there are any

Exit codes: 0 ok, 1 unowned manifests found (with --unowned), 2 usage or input error.`,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse(args, {
      repo: { type: 'string' },
      codeowners: { type: 'string' },
      json: { type: 'boolean' },
      unowned: { type: 'boolean' },
    });
    if (values.help) {
      io.stdout(this.usage + '\n');
      return EXIT_OK;
    }
    if (values.repo && values.codeowners) throw new UsageError('give --repo or --codeowners, not both');
    const root = resolve(io.cwd, values.repo ?? '.');
    let file: CodeownersFile | null;
    if (values.codeowners) {
      file = parseCodeownersFile(readUserFile(resolve(io.cwd, values.codeowners), values.codeowners, 3 * 1024 * 1024));
    } else {
      const loaded = loadCodeowners(new FsTextSource(root));
      for (const d of loaded.diagnostics) if (d.level === 'error') io.stderr(`${d.file}:${d.line}:${d.column}: ${d.message}\n`);
      file = loaded.file;
    }
    const resolveOwner = ownershipResolver(file);
    if (values.unowned) {
      if (values.codeowners) throw new UsageError('--unowned reads the repository: use --repo');
      const repo = loadRepo(new FsTextSource(root));
      const rows: OwnersRow[] = repo.manifestFiles
        .map((path) => ({ path, o: resolveOwner(path) }))
        .filter(({ o }) => !isOwned(o, repo.config))
        .map(({ path, o }) => ({ path, owners: o.owners, line: o.line, pattern: o.pattern }));
      io.stdout(values.json ? JSON.stringify(rows, null, 2) + '\n' : rows.length ? text(rows) : 'every manifest has an owner\n');
      return rows.length ? EXIT_FINDINGS : EXIT_OK;
    }
    if (positionals.length === 0) throw new UsageError('give at least one PATH (or --unowned)');
    const rows = positionals.map(normalizePath).map((path) => {
      const o = resolveOwner(path);
      return { path, owners: o.owners, line: o.line, pattern: o.pattern };
    });
    io.stdout(values.json ? JSON.stringify(rows, null, 2) + '\n' : text(rows));
    return EXIT_OK;
  },
};
