/**
 * SARIF 2.1.0 for GitHub code scanning. One run; one rule per finding type (from the catalog, in
 * FINDING_TYPES order, so `ruleIndex` never changes); one result per finding, located at the
 * record's manifest line, else at the file the live asset came from (a scanned file, an export),
 * else at line 1 of the config file. `partialFingerprints['blindspot/v1']` carries the finding
 * fingerprint, so GitHub tracks an alert across runs exactly as the issue tracker does.
 *
 * GitHub limits (docs: "SARIF support for code scanning", "SARIF results exceed limit", "file too
 * large"): at most 25,000 results per run, 10 MB after gzip, rule ids up to 255 characters, 20 tags
 * per rule (10 shown). Over a limit, the least severe results are dropped, the run says so in a tool
 * notification, and `buildSarif` returns the warning for the caller to log.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEFAULT_CONFIG_PATH } from '../load/config.js';
import type { Finding, FindingType } from '../model/finding.js';
import type { Severity } from '../model/kinds.js';
import type { ReconcileResult } from '../model/result.js';
import { FINDING_CATALOG } from '../reconcile/catalog.js';
import type { CatalogEntry } from '../reconcile/catalog.js';
import { standardLabel } from '../reconcile/standards.js';
import { InputError } from '../util/errors.js';
import { stripHiddenControls } from './neutralize.js';
import { encodePath, toRepoRelative } from './paths.js';
import { sortFindings } from './summary.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const DEFAULT_INFORMATION_URI = 'https://blindspot.dev';
/** The key GitHub reads from `partialFingerprints`; versioned so a new fingerprint scheme cannot collide. */
export const FINGERPRINT_KEY = 'blindspot/v1';
const SRCROOT = '%SRCROOT%';

export interface SarifLimits {
  maxResults: number;
  maxGzipBytes: number;
}

/** GitHub code scanning's hard limits for one uploaded run. */
export const GITHUB_SARIF_LIMITS: Readonly<SarifLimits & { maxRuleIdLength: number; maxTagsPerRule: number }> = {
  maxResults: 25_000,
  maxGzipBytes: 10 * 1024 * 1024,
  maxRuleIdLength: 255,
  maxTagsPerRule: 20,
};

/** GitHub maps security-severity to its scale: ≥ 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, < 4.0 low. */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};

export type SarifLevel = 'error' | 'warning' | 'note';

export const SARIF_LEVEL: Readonly<Record<Severity, SarifLevel>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

export interface SarifOptions {
  /** The blindspot version, for `tool.driver.version`. */
  toolVersion: string;
  informationUri?: string;
  /** Repo-relative config path: the location of findings that have no file of their own. */
  configFile?: string;
  /** Severity overrides from the config (`severity:`), so rule defaults match what findings carry. */
  ruleSeverity?: Partial<Record<FindingType, Severity>>;
  /** Absolute path of the checkout. When given, `originalUriBaseIds` maps `%SRCROOT%` to it and
   *  absolute asset paths inside it become repo-relative. GitHub does not need it. */
  srcRoot?: string;
  /** `runAutomationDetails.id` prefix, e.g. `blindspot/prod`; GitHub's upload action can set it too. */
  category?: string;
  /** Page documenting the finding types; each rule gets `helpUri` `<docsUri>#<type>`. */
  docsUri?: string;
  /** Defaults to GITHUB_SARIF_LIMITS; tests pass small ones. */
  limits?: Partial<SarifLimits>;
}

// A narrow model of the SARIF objects this renderer writes.
export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: FindingType;
  name: string;
  helpUri?: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity': string };
}

export interface SarifResult {
  ruleId: FindingType;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } };
  }>;
  partialFingerprints: Record<string, string>;
  properties: {
    severity: Severity;
    type: FindingType;
    severityRule: string;
    standards: { owaspNhi: string[]; nistCsf: string[] };
  };
}

export interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
  automationDetails?: { id: string };
  originalUriBaseIds?: Record<string, { uri: string }>;
  invocations?: Array<{
    executionSuccessful: boolean;
    toolExecutionNotifications: Array<{ level: SarifLevel; message: { text: string } }>;
  }>;
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [SarifRun];
}

export interface SarifBuild {
  log: SarifLog;
  /** Limits that forced results out; empty when every finding is in the log. */
  warnings: string[];
}

/** The SARIF log as text: two-space indent and a final newline. */
export function renderSarif(result: ReconcileResult, options: SarifOptions): string {
  return serialise(buildSarif(result, options).log);
}

export function buildSarif(result: ReconcileResult, options: SarifOptions): SarifBuild {
  const limits: SarifLimits = { ...GITHUB_SARIF_LIMITS, ...options.limits };
  const srcRoot = options.srcRoot === undefined ? undefined : checkSrcRoot(options.srcRoot);
  const configFile = toRepoRelative(options.configFile ?? DEFAULT_CONFIG_PATH, srcRoot) ?? DEFAULT_CONFIG_PATH;
  const rules = FINDING_CATALOG.map((entry) =>
    rule(entry, options.ruleSeverity?.[entry.type] ?? entry.defaultSeverity, options.docsUri),
  );
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = sortFindings(result.findings).map((f) => sarifResult(f, ruleIndex.get(f.type) ?? -1, configFile, srcRoot));
  const frame: RunFrame = {
    tool: {
      driver: { name: 'blindspot', version: options.toolVersion, informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI, rules },
    },
    ...(options.category !== undefined ? { automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` } } : {}),
    ...(srcRoot !== undefined ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(srcRoot) } } } : {}),
  };
  return withinLimits(frame, results, limits);
}

/** Everything in a run except its results and the notifications about them. */
type RunFrame = Omit<SarifRun, 'results' | 'invocations'>;

function assemble(frame: RunFrame, results: SarifResult[], notes: string[]): SarifLog {
  const invocations =
    notes.length > 0
      ? [{ executionSuccessful: true, toolExecutionNotifications: notes.map((text) => ({ level: 'warning' as const, message: { text } })) }]
      : undefined;
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [{ ...frame, ...(invocations ? { invocations } : {}), results }] };
}

/** Keeps the most severe results (they come sorted) that fit GitHub's result count and size limits. */
function withinLimits(frame: RunFrame, all: SarifResult[], limits: SarifLimits): SarifBuild {
  const warnings: string[] = [];
  let kept = all;
  if (kept.length > limits.maxResults) {
    kept = kept.slice(0, limits.maxResults);
    warnings.push(
      `SARIF holds the ${limits.maxResults} most severe of ${all.length} findings: GitHub code scanning accepts at most ${limits.maxResults} results per run. The JSON report lists every finding.`,
    );
  }
  const log = assemble(frame, kept, warnings);
  if (fitsGzip(log, limits.maxGzipBytes)) return { log, warnings };
  // Probe with the final notification text, so the log that is returned is the one that was measured.
  const candidate = (n: number): SarifLog => assemble(frame, kept.slice(0, n), [...warnings, sizeWarning(n, all.length, limits)]);
  const fit = largestFitting(kept.length, (n) => fitsGzip(candidate(n), limits.maxGzipBytes));
  warnings.push(sizeWarning(fit, all.length, limits));
  return { log: candidate(fit), warnings };
}

function sizeWarning(kept: number, total: number, limits: SarifLimits): string {
  const mib = limits.maxGzipBytes / (1024 * 1024);
  const size = mib >= 1 ? `${Math.round(mib * 10) / 10} MB` : `${limits.maxGzipBytes} bytes`;
  return `SARIF holds the ${kept} most severe of ${total} findings: GitHub code scanning accepts at most ${size} of gzip-compressed SARIF. The JSON report lists every finding.`;
}

function serialise(log: SarifLog): string {
  return JSON.stringify(log, null, 2) + '\n';
}

function fitsGzip(log: SarifLog, maxBytes: number): boolean {
  const text = serialise(log);
  // gzip never grows JSON by more than its header and block overhead, so small logs skip compression.
  if (Buffer.byteLength(text, 'utf8') + 1024 <= maxBytes) return true;
  return gzipSync(text).length <= maxBytes;
}

/** The largest n in [0, upper] with fits(n), assuming fits is monotone (fewer results, smaller file). */
function largestFitting(upper: number, fits: (n: number) => boolean): number {
  let lo = 0;
  let hi = upper;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function rule(entry: CatalogEntry, severity: Severity, docsUri: string | undefined): SarifRule {
  const standards = [...entry.standards.owaspNhi, ...entry.standards.nistCsf];
  return {
    id: entry.type,
    name: ruleName(entry),
    ...(docsUri !== undefined ? { helpUri: `${docsUri}#${entry.type}` } : {}),
    shortDescription: { text: entry.title },
    fullDescription: { text: entry.description },
    help: { text: helpText(entry, standards), markdown: helpMarkdown(entry, standards) },
    defaultConfiguration: { level: SARIF_LEVEL[severity] },
    // GitHub only applies security-severity to rules tagged `security`.
    properties: { tags: ['security', ...standards], 'security-severity': SECURITY_SEVERITY[severity] },
  };
}

/**
 * The catalog title in PascalCase: `Retired but still active` → `RetiredButStillActive`. SARIF wants a
 * readable name that differs from the id (even in case), which a PascalCase of the id would not give
 * for one-word ids such as `ownerless`.
 */
export function ruleName(entry: Pick<CatalogEntry, 'title'>): string {
  return entry.title
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function helpText(entry: CatalogEntry, standards: string[]): string {
  return [
    entry.description,
    `Why it matters: ${entry.why}`,
    `Evidence: ${entry.evidence}`,
    `How to fix: ${entry.fix}`,
    ...(standards.length > 0 ? [`Standards: ${standards.map(standardLabel).join('; ')}.`] : []),
  ].join('\n\n');
}

function helpMarkdown(entry: CatalogEntry, standards: string[]): string {
  return [
    `**${entry.title}** (\`${entry.type}\`)`,
    entry.description,
    `### Why it matters\n\n${entry.why}`,
    `### Evidence\n\n${entry.evidence}`,
    `### How to fix\n\n${entry.fix}`,
    ...(standards.length > 0 ? [`### Standards\n\n${standards.map((id) => `- ${standardLabel(id)}`).join('\n')}`] : []),
  ].join('\n\n');
}

const MAX_EVIDENCE_IN_MESSAGE = 5;

function sarifResult(f: Finding, ruleIndex: number, configFile: string, srcRoot: string | undefined): SarifResult {
  const where = locate(f, configFile, srcRoot);
  return {
    ruleId: f.type,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: messageText(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(where.file), uriBaseId: SRCROOT },
          region: { startLine: where.line },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      severity: f.severity,
      type: f.type,
      severityRule: f.severityRule,
      standards: { owaspNhi: [...f.standards.owaspNhi], nistCsf: [...f.standards.nistCsf] },
    },
  };
}

/** Title, the first evidence facts, the record or asset, and the remediation, as plain text. */
function messageText(f: Finding): string {
  const lines = [sentence(f.title)];
  if (f.record) lines.push(sentence(`Record: ${f.record.kind}/${f.record.name} (${f.record.file}:${f.record.line})`));
  if (f.asset) lines.push(sentence(`Live asset: ${f.asset.kind} ${f.asset.id} from ${f.asset.source}`));
  for (const e of f.evidence.slice(0, MAX_EVIDENCE_IN_MESSAGE)) lines.push(`- ${sentence(e.fact)}`);
  if (f.evidence.length > MAX_EVIDENCE_IN_MESSAGE) {
    lines.push(`- ${f.evidence.length - MAX_EVIDENCE_IN_MESSAGE} more evidence facts in the JSON report.`);
  }
  if (f.remediation.summary) lines.push(`Fix: ${sentence(f.remediation.summary)}`);
  return sarifText(lines.join('\n'));
}

/** One line, ending with a full stop (the SARIF validator's advice for messages). */
function sentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * SARIF plain-text messages treat `[text](target)` as an embedded link, so literal brackets (and a
 * backslash in front of one) are escaped (SARIF 2.1.0 §3.11.6). Hidden controls become U+FFFD.
 */
export function sarifText(text: string): string {
  return stripHiddenControls(text).replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, '\\$&');
}

interface Where {
  file: string;
  line: number;
}

function locate(f: Finding, configFile: string, srcRoot: string | undefined): Where {
  if (f.record) {
    const file = toRepoRelative(f.record.file, srcRoot);
    if (file) return { file, line: validLine(f.record.line) };
  }
  if (f.asset?.file) {
    const file = toRepoRelative(f.asset.file, srcRoot);
    if (file) return { file, line: validLine(f.asset.line) };
  }
  return { file: configFile, line: 1 };
}

function validLine(line: number | undefined): number {
  return line !== undefined && Number.isInteger(line) && line >= 1 ? line : 1;
}

/** SARIF requires a base URI to end with `/`, or relative references would replace its last segment. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function checkSrcRoot(root: string): string {
  if (!isAbsolute(root)) throw new InputError(`SARIF source root must be an absolute path, got "${root}"`);
  return root.replace(/[\\/]+$/, '') || sep;
}
