/** Renders docs/export-formats.md from the adapters (name, description, markers) and their notes. */
import type { Adapter } from '../../discover/adapter.js';
import type { AdapterNote } from './adapter-notes.js';
import { anchor, code, generatedNotice, table } from './markdown.js';

type AdapterInfo = Pick<Adapter, 'name' | 'description' | 'markers'>;

/** Adapter names with no note, and notes naming no adapter: both must be empty for the docs to be complete. */
export function noteGaps(adapters: readonly AdapterInfo[], notes: Readonly<Record<string, AdapterNote>>): { missing: string[]; stale: string[] } {
  const names = new Set(adapters.map((a) => a.name));
  return {
    missing: [...names].filter((n) => !Object.hasOwn(notes, n)).sort(),
    stale: Object.keys(notes).filter((n) => !names.has(n)).sort(),
  };
}

function section(a: AdapterInfo, note: AdapterNote): string {
  const lines = [
    `## ${a.name}`,
    '',
    a.description,
    '',
    '```sh',
    ...note.commands,
    '```',
    '',
    `- **Covers:** ${note.covers}.`,
    `- **Identifiers:** ${note.identifiers}`,
    `- **Detected by:** ${a.markers.join('; ')}.`,
  ];
  if (note.notes) lines.push(`- **Notes:** ${note.notes}`);
  return lines.join('\n');
}

export function renderExportFormats(adapters: readonly AdapterInfo[], notes: Readonly<Record<string, AdapterNote>>): string {
  const gaps = noteGaps(adapters, notes);
  if (gaps.missing.length) throw new Error(`no export-format notes for adapter(s): ${gaps.missing.join(', ')}`);
  const sorted = [...adapters].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parts = [
    '# Export formats',
    '',
    generatedNotice('the discovery adapters (src/discover/adapters) and src/init/docs/adapter-notes.ts'),
    '',
    'blindspot reads the files your tools already export, unchanged. The format is detected from the',
    "content, never the file name (`blindspot snapshot formats` lists the markers); force one with",
    '`format:` on a source in the configuration or `--format NAME` on `blindspot snapshot convert`.',
    '',
    'What matters for each format:',
    '',
    '- **Covers**: the kinds an export is authoritative for. A record of a covered kind, in the scope',
    '  the export claims (its account, project, cluster or repository), that the export does not show',
    '  is reported `missing-asset`; with no fresh, complete export covering it, it is `unverifiable`.',
    '  Exports that cover nothing only add facts (traffic, last use, permissions) to assets seen elsewhere.',
    '- **Identifiers**: the ids each live asset carries. List the ones your records should match in',
    '  `spec.identifiers` (matching is on normalised identifiers).',
    '- **Collection time**: exports that do not say when they were taken need `collectedAt` on the',
    '  source (or `--collected-at`); an export older than `policy.snapshotMaxAgeHours` proves nothing.',
    '- Secret values (scanner matches, MCP environment and header values) are never kept: at most an',
    '  HMAC fingerprint keyed by `BLINDSPOT_HMAC_KEY`.',
    '',
    table(
      ['Format', 'Export', 'Covers'],
      sorted.map((a) => [`[${code(a.name)}](#${anchor(a.name)})`, a.description, notes[a.name].covers]),
    ),
    '',
    ...sorted.flatMap((a) => [section(a, notes[a.name]), '']),
  ];
  return parts.join('\n');
}
