import { resolve } from 'node:path';
import { failsOn } from '../../model/finding.js';
import { SEVERITIES } from '../../model/kinds.js';
import { formatDiagnostic } from '../../model/location.js';
import type { ReconcileResult } from '../../model/result.js';
import { runPipelineAsync } from '../../pipeline.js';
import { jsonReportPieces } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderSarif } from '../../report/sarif.js';
import { renderText } from '../../report/text.js';
import { committersReader } from '../../apply/git/committers.js';
import { commitTimeReader } from '../../util/git.js';
import { FsTextSource } from '../../util/reader.js';
import { writePieces } from '../../util/write-pieces.js';
import { parseTimeOption } from '../../util/time.js';
import { VERSION } from '../../version.js';
import { oneOf, parse } from '../args.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIO, type Command } from '../io.js';

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
const FAIL_ON = ['none', ...SEVERITIES] as const;

/** `--now`, else BLINDSPOT_NOW, else the clock; an unparseable value names where it came from. */
export function parseNow(value: string | undefined, env: CliIO['env']): number {
  if (value !== undefined && value !== '') return parseTimeOption(value, '--now').ms;
  if (env.BLINDSPOT_NOW) return parseTimeOption(env.BLINDSPOT_NOW, 'BLINDSPOT_NOW').ms;
  return Date.now();
}

/** The report in consecutive pieces: JSON reports can run to hundreds of megabytes. */
export function render(result: ReconcileResult, format: (typeof FORMATS)[number], configFile: string, color: boolean): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonReportPieces(result);
    case 'markdown':
      return [renderMarkdown(result, {})];
    case 'sarif':
      return [renderSarif(result, { toolVersion: VERSION, configFile })];
    default:
      return [renderText(result, { color, configFile })];
  }
}

export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: 'reconcile records against discovery snapshots and report every blind spot',
  usage: `blindspot reconcile [--repo DIR] [--config FILE] [--snapshot FILE|GLOB ...] [--format text|json|markdown|sarif]
                    [--out FILE] [--fail-on critical|high|medium|low|none] [--now ISO] [--collected-at ISO]

Reads the governance repository (manifests, CODEOWNERS, .github/blindspot.yml), the discovery
sources listed in the config plus any --snapshot files, and reports each blind spot with its
evidence, coverage per kind and source health.

Options:
  --repo DIR          governance repository (default: current directory)
  --config FILE       config path inside the repo (default: .github/blindspot.yml)
  --snapshot PATH     an export file or glob (from the current directory, or absolute), in addition to
                      the config's sources (repeatable); quote globs so the shell leaves them to blindspot
  --only-snapshots    ignore the config's sources; read only --snapshot
  --format FORMAT     text (default), json, markdown or sarif
  --out FILE          write the report to FILE instead of standard output
  --fail-on LEVEL     exit 1 when a finding at or above LEVEL exists (default: none)
  --now ISO           pin "now" (default: the clock, or BLINDSPOT_NOW): same input, same output
  --collected-at ISO  when --snapshot exports were taken, for formats that do not say
  --snapshot-format N adapter name for --snapshot files (default: detect from content)

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or input error.`,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parse(args, {
      repo: { type: 'string' },
      config: { type: 'string' },
      snapshot: { type: 'string', multiple: true },
      'only-snapshots': { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      'fail-on': { type: 'string' },
      now: { type: 'string' },
      'collected-at': { type: 'string' },
      'snapshot-format': { type: 'string' },
    });
    if (values.help) {
      io.stdout(this.usage + '\n');
      return EXIT_OK;
    }
    const format = oneOf(values.format, FORMATS, '--format', 'text');
    const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on', 'none');
    const now = parseNow(values.now, io.env);
    const collectedAt = values['collected-at'] === undefined ? undefined : parseTimeOption(values['collected-at'], '--collected-at').iso;
    const root = resolve(io.cwd, values.repo ?? '.');
    const source = new FsTextSource(root);
    // Progress goes to stderr, and only on an interactive terminal: never into JSON or CI logs.
    const progress = io.interactive ? (line: string) => io.stderr(`\r\u001b[K${line}`) : () => {};
    progress('blindspot: reading records…');
    const run = await runPipelineAsync(source, {
      configPath: values.config,
      now,
      extra: values.snapshot ?? [],
      cwd: io.cwd,
      skipConfigured: values['only-snapshots'] ?? false,
      collectedAt,
      format: values['snapshot-format'],
      env: io.env,
      commitTime: commitTimeReader(root),
      committersFor: committersReader(root),
      onProgress: (p) =>
        progress(
          p.stage === 'records'
            ? `blindspot: ${p.records} records in ${p.files} files; reading sources…`
            : p.stage === 'sources'
              ? `blindspot: ${p.assets} live assets from ${p.sources} sources${p.failed ? ` (${p.failed} failed)` : ''}; reconciling…`
              : `blindspot: ${p.findings} findings; writing the report…`,
        ),
    });
    progress('');
    if (!run.result) {
      io.stderr(run.blocking.map((d) => formatDiagnostic(d) + '\n').join('') + `blindspot reconcile: the governance repository is invalid (${run.blocking.length} error${run.blocking.length === 1 ? '' : 's'}); run \`blindspot validate\` and fix them first\n`);
      return EXIT_USAGE;
    }
    const r = run.result;
    const out = render(r, format, run.repo.config.file ?? '.github/blindspot.yml', io.interactive && !values.out && format === 'text');
    if (values.out) await writePieces(resolve(io.cwd, values.out), out);
    else for (const piece of out) io.stdout(piece);
    return failsOn(r.findings, failOn) ? EXIT_FINDINGS : EXIT_OK;
  },
};
