import { resolve } from 'node:path';
import { checkOwnersOnline, fetchCodeownersErrors, loadCodeowners, validateCodeownersIn } from '../../codeowners/index.js';
import { createOctokit } from '../../github/client.js';
import { UsageError } from '../../util/errors.js';
import { loadRepo } from '../../load/repo.js';
import { compareDiagnostics } from '../../model/location.js';
import { formatDiagnostic, type Diagnostic } from '../../model/location.js';
import { FsTextSource } from '../../util/reader.js';
import { annotation } from '../../util/workflow-commands.js';
import { oneOf, parse } from '../args.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIO, type Command } from '../io.js';

const FORMATS = ['text', 'json', 'github'] as const;

export function renderDiagnostics(diags: readonly Diagnostic[], format: (typeof FORMATS)[number]): string {
  const errors = diags.filter((d) => d.level === 'error').length;
  const warnings = diags.length - errors;
  if (format === 'json') {
    return JSON.stringify({ valid: errors === 0, errors, warnings, diagnostics: diags }, null, 2) + '\n';
  }
  if (format === 'github') {
    return diags.map((d) => annotation(d.level, `${d.message} [${d.code}]`, { file: d.file, line: d.line, col: d.column }) + '\n').join('');
  }
  const lines = diags.map((d) => formatDiagnostic(d) + '\n');
  lines.push(errors === 0 ? `valid (${warnings} warning${warnings === 1 ? '' : 's'})\n` : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  return lines.join('');
}

/** Every CODEOWNERS check, with the repository's manifests as the files that must be owned. */
export function codeownersDiagnostics(source: FsTextSource, repo: ReturnType<typeof loadRepo>): Diagnostic[] {
  const { file, diagnostics } = validateCodeownersIn(source, {
    trackedFiles: repo.files,
    manifests: repo.manifestFiles,
    catchAllCountsAsOwner: repo.config.ownership.catchAllCountsAsOwner,
  });
  if (file === null && !diagnostics.some((d) => d.level === 'error') && repo.manifestFiles.length > 0) {
    diagnostics.push({ file: '.github/CODEOWNERS', line: 1, column: 1, level: 'warning', code: 'codeowners/missing', message: 'no CODEOWNERS file (.github/, root or docs/): every manifest is ownerless' });
  }
  return diagnostics;
}

/** GitHub's view of the CODEOWNERS owners and its own error list, through the API. */
async function onlineDiagnostics(source: FsTextSource, io: CliIO, repoArg: string | undefined, ref: string | undefined): Promise<Diagnostic[]> {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) throw new UsageError('--online needs a token in GITHUB_TOKEN or GH_TOKEN');
  const full = repoArg ?? io.env.GITHUB_REPOSITORY ?? '';
  const [owner, name] = full.split('/');
  if (!owner || !name) throw new UsageError('--online needs --github-repo OWNER/REPO (or GITHUB_REPOSITORY)');
  const { file } = loadCodeowners(source);
  if (!file) return []; // the offline checks already said why
  const octokit = createOctokit(token, io.env.GITHUB_API_URL || 'https://api.github.com', io.env);
  const repoRef = { owner, repo: name };
  const online = await checkOwnersOnline(file, { repo: repoRef, graphql: (q, v) => octokit.graphql(q, v) });
  const verdict = await fetchCodeownersErrors((route, params) => octokit.request(route, params).then((r) => r.data), repoRef, { ...(ref ? { ref } : {}), path: file.path });
  return [...online.diagnostics, ...verdict];
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check manifests, config and CODEOWNERS; report every problem with file:line:col',
  usage: `blindspot validate [--repo DIR] [--config FILE] [--format text|json|github]

Checks the governance repository: YAML syntax, the manifest and config schemas, duplicate
records, identifiers claimed twice, dangling relations, dates, unknown keys, and CODEOWNERS.

Options:
  --repo DIR        governance repository (default: current directory)
  --config FILE     config path inside the repo (default: .github/blindspot.yml)
  --format FORMAT   text (default), json, or github (workflow annotations)
  --online          also ask GitHub: do the CODEOWNERS users and teams exist, are teams
                    visible, do they have write access (one batched GraphQL query), and
                    GitHub's own verdict (codeowners/errors). Needs GITHUB_TOKEN (or GH_TOKEN)
                    and --github-repo (or GITHUB_REPOSITORY); GITHUB_API_URL for GHES.
  --github-repo OWNER/REPO  the repository the CODEOWNERS file belongs to
  --ref REF         branch or sha for codeowners/errors (default: the default branch)

Exit codes: 0 valid, 1 invalid, 2 usage error.`,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parse(args, {
      repo: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      online: { type: 'boolean' },
      'github-repo': { type: 'string' },
      ref: { type: 'string' },
    });
    if (values.help) {
      io.stdout(this.usage + '\n');
      return EXIT_OK;
    }
    const format = oneOf(values.format, FORMATS, '--format', 'text');
    const source = new FsTextSource(resolve(io.cwd, values.repo ?? '.'));
    const repo = loadRepo(source, { configPath: values.config });
    const diagnostics = [...repo.diagnostics, ...codeownersDiagnostics(source, repo)];
    if (values.online) diagnostics.push(...(await onlineDiagnostics(source, io, values['github-repo'], values.ref)));
    diagnostics.sort(compareDiagnostics);
    io.stdout(renderDiagnostics(diagnostics, format));
    return diagnostics.some((d) => d.level === 'error') ? EXIT_FINDINGS : EXIT_OK;
  },
};
