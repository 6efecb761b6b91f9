/** Renders docs/finding-types.md from the finding-type catalog and the standards tables. */
import type { CatalogEntry } from '../../reconcile/catalog.js';
import type { StandardEntry } from '../../reconcile/standards.js';
import { anchor, code, generatedNotice, table } from './markdown.js';

export interface FindingTypesInput {
  catalog: readonly CatalogEntry[];
  /** Name and text of a standard id, or undefined for an id the tables do not know. */
  lookup: (id: string) => StandardEntry | undefined;
  owaspUrl: string;
  nistUrl: string;
}

function standardList(ids: readonly string[], lookup: FindingTypesInput['lookup']): string {
  return ids.map((id) => `${code(id)} ${lookup(id)?.name ?? '(unknown id)'}`).join(', ');
}

function section(e: CatalogEntry, input: FindingTypesInput): string {
  const { owaspNhi, nistCsf } = e.standards;
  const lines = [
    `## ${e.type}`,
    '',
    `**${e.title}** · default severity **${e.defaultSeverity}**`,
    '',
    `**What it means.** ${e.description}`,
    '',
    `**Why it matters.** ${e.why}`,
    '',
    `**Evidence.** ${e.evidence}`,
    '',
    `**How to fix it.** ${e.fix}`,
    '',
    '**Standards.**',
    '',
    `- OWASP Non-Human Identities Top 10 (2025): ${owaspNhi.length ? standardList(owaspNhi, input.lookup) : 'none'}`,
    `- NIST CSF 2.0: ${nistCsf.length ? standardList(nistCsf, input.lookup) : 'none'}`,
  ];
  return lines.join('\n');
}

function referenceTable(ids: readonly string[], lookup: FindingTypesInput['lookup']): string {
  return table(
    ['Id', 'Name', 'Summary'],
    ids.map((id) => {
      const s = lookup(id);
      return [code(id), s?.name ?? '', s?.text ?? ''];
    }),
  );
}

/** Every standard id the catalog uses, in first-use order within each framework, then sorted. */
function usedIds(catalog: readonly CatalogEntry[], pick: (e: CatalogEntry) => readonly string[]): string[] {
  const ids = [...new Set(catalog.flatMap((e) => pick(e)))];
  return ids.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export function renderFindingTypes(input: FindingTypesInput): string {
  const { catalog } = input;
  const summary = table(
    ['Type', 'Title', 'Default severity', 'OWASP NHI', 'NIST CSF 2.0'],
    catalog.map((e) => [
      `[${code(e.type)}](#${anchor(e.type)})`,
      e.title,
      e.defaultSeverity,
      e.standards.owaspNhi.join(', ') || '–',
      e.standards.nistCsf.join(', ') || '–',
    ]),
  );
  const parts = [
    '# Finding types',
    '',
    generatedNotice('src/reconcile/catalog.ts and src/reconcile/standards.ts'),
    '',
    'Every blind spot blindspot reports is a finding of one of these types. The type id is stable:',
    'it is the SARIF rule id, it appears in every report and issue, and it is the key you use in the configuration to',
    'change a severity (`severity: { stale-credential: high }`) or to accept a risk',
    '(`suppressions: [{ match: { type: unmonitored, ... }, reason, expires }]`). See',
    '[configuration.md](configuration.md).',
    '',
    'Severity is one of critical, high, medium or low. Each finding records the rule that set it:',
    'the default below, a `severity` override in the configuration, or a rule that raised it for a',
    'reason it names.',
    '',
    summary,
    '',
    ...catalog.flatMap((e) => [section(e, input), '']),
    '## Standards referenced',
    '',
    `### OWASP Non-Human Identities Top 10 (2025)`,
    '',
    `Source: ${input.owaspUrl}`,
    '',
    referenceTable(usedIds(catalog, (e) => e.standards.owaspNhi), input.lookup),
    '',
    '### NIST Cybersecurity Framework 2.0',
    '',
    `Source: ${input.nistUrl}`,
    '',
    referenceTable(usedIds(catalog, (e) => e.standards.nistCsf), input.lookup),
    '',
  ];
  return parts.join('\n');
}
