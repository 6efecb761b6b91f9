import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { combineSnapshots, convertFiles } from '../../discover/convert.js';
import { ADAPTERS } from '../../discover/registry.js';
import { UsageError } from '../../util/errors.js';
import { commitTimeReader } from '../../util/git.js';
import { readUserFile } from '../../util/reader.js';
import { parseTimeOption } from '../../util/time.js';
import { parse } from '../args.js';
import { EXIT_OK, type CliIO, type Command } from '../io.js';

const CONVERT_USAGE = `blindspot snapshot convert [--format auto|NAME] FILE... [--out FILE]
                           [--name NAME] [--scope SCOPE] [--server NAME] [--collected-at ISO]

Converts export files, unchanged as your tools wrote them, into one normalised snapshot (JSON):
{ source, collectedAt, collectedAtFrom, complete, covers, claims?, files, assets[] }.
The format is detected from the content; --format NAME forces one (see "snapshot formats").

Options:
  --format NAME       adapter to use (default: auto)
  --out FILE          write the snapshot to FILE instead of standard output
  --name NAME         source name for reports (e.g. aws-prod)
  --scope SCOPE       what the export covers (account, project, cluster, org/repo)
  --server NAME       for MCP tools/list results: the server they came from
  --collected-at ISO  when the export was taken, for formats that do not say

Secret values (scanner matches, MCP env and header values) are never kept. Set BLINDSPOT_HMAC_KEY
to keep a keyed fingerprint of them instead, for joins with Credential records.
Exit codes: 0 converted, 2 unreadable, truncated, unknown or malformed input (file and line named).`;

const FORMATS_USAGE = `blindspot snapshot formats [--json]

Lists every export format blindspot reads, with the command that produces it and the content
markers that detect it.`;

async function convert(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    name: { type: 'string' },
    scope: { type: 'string' },
    server: { type: 'string' },
    'collected-at': { type: 'string' },
  });
  if (values.help) {
    io.stdout(CONVERT_USAGE + '\n');
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('give at least one export FILE');
  const collectedAt = values['collected-at'] === undefined ? undefined : { iso: parseTimeOption(values['collected-at'], '--collected-at').iso, from: 'option' as const };
  const files = positionals.map((p) => ({ path: p, text: readUserFile(resolve(io.cwd, p), p).text }));
  const snapshots = convertFiles(files, {
    format: values.format,
    sourceName: values.name,
    scope: values.scope,
    serverName: values.server,
    collectedAt,
    hmacKey: io.env.BLINDSPOT_HMAC_KEY || undefined,
    commitTime: commitTimeReader(io.cwd),
  });
  const out = JSON.stringify(combineSnapshots(snapshots), null, 2) + '\n';
  if (values.out) writeFileSync(resolve(io.cwd, values.out), out);
  else io.stdout(out);
  return EXIT_OK;
}

function formats(args: string[], io: CliIO): number {
  const { values } = parse(args, { json: { type: 'boolean' } });
  if (values.help) {
    io.stdout(FORMATS_USAGE + '\n');
    return EXIT_OK;
  }
  const rows = [...ADAPTERS].sort((a, b) => (a.name < b.name ? -1 : 1));
  if (values.json) {
    io.stdout(JSON.stringify(rows.map((a) => ({ name: a.name, description: a.description, markers: a.markers })), null, 2) + '\n');
    return EXIT_OK;
  }
  const width = Math.max(...rows.map((a) => a.name.length));
  io.stdout(rows.map((a) => `${a.name.padEnd(width)}  ${a.description}\n${' '.repeat(width + 2)}detected by: ${a.markers.join('; ')}\n`).join(''));
  return EXIT_OK;
}

export const snapshotCommand: Command = {
  name: 'snapshot',
  summary: 'convert real exports into a normalised snapshot; list the formats blindspot reads',
  usage: `blindspot snapshot convert [--format auto|NAME] FILE... [--out FILE]
blindspot snapshot formats [--json]

${CONVERT_USAGE.split('\n').slice(2).join('\n')}`,
  async run(args: string[], io: CliIO): Promise<number> {
    const [sub, ...rest] = args;
    if (sub === 'convert') return convert(rest, io);
    if (sub === 'formats') return formats(rest, io);
    if (sub === undefined || sub === '--help' || sub === '-h') {
      io.stdout(this.usage + '\n');
      return sub === undefined ? 2 : EXIT_OK;
    }
    throw new UsageError(`unknown subcommand "${sub}": use convert or formats`);
  },
};
