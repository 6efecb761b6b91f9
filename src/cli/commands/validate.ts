import { resolve } from 'node:path';
import { validateCodeownersIn } from '../../codeowners/index.js';
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

Exit codes: 0 valid, 1 invalid, 2 usage error.`,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parse(args, { repo: { type: 'string' }, config: { type: 'string' }, format: { type: 'string' } });
    if (values.help) {
      io.stdout(this.usage + '\n');
      return EXIT_OK;
    }
    const format = oneOf(values.format, FORMATS, '--format', 'text');
    const source = new FsTextSource(resolve(io.cwd, values.repo ?? '.'));
    const repo = loadRepo(source, { configPath: values.config });
    const diagnostics = [...repo.diagnostics, ...codeownersDiagnostics(source, repo)].sort(compareDiagnostics);
    io.stdout(renderDiagnostics(diagnostics, format));
    return diagnostics.some((d) => d.level === 'error') ? EXIT_FINDINGS : EXIT_OK;
  },
};
