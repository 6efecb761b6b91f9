/**
 * Loads governance records from manifest files: YAML → schema check → typed records with
 * normalised dates. Every problem is a located diagnostic; a broken document yields no record.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { isRecordKind, type Lifecycle, type RecordKind } from '../model/kinds.js';
import type { Diagnostic, SourceLocation } from '../model/location.js';
import { recordKey, type Approval, type GovernanceRecord, type MonitoringRef } from '../model/record.js';
import type { TextFile } from '../util/reader.js';
import { parseDateField } from '../util/time.js';
import { parseSimpleYaml } from './fast-yaml.js';
import { fieldName, schemaDiagnostics } from './schema-check.js';
import { MANIFEST_SCHEMA, manifestValidate } from './schemas.js';
import { locateNode, parseYamlFile, type PathSegment } from './yaml-file.js';

export interface LoadedManifest {
  path: string;
  records: GovernanceRecord[];
  diagnostics: Diagnostic[];
}

type Obj = Record<string, unknown>;

const DATE_FIELDS: readonly PathSegment[][] = [
  ['spec', 'retiredAt'],
  ['spec', 'sunsetAt'],
  ['spec', 'issuedAt'],
  ['spec', 'rotatedAt'],
  ['spec', 'expiresAt'],
  ['spec', 'approval', 'approvedAt'],
  ['spec', 'approval', 'expiresAt'],
];

function get(o: unknown, path: readonly PathSegment[]): unknown {
  let cur = o;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Obj)[seg as string];
  }
  return cur;
}

/** Records where every field is written, as `spec.approval.tools[1]` → location: one walk of the AST. */
function fieldLocations(file: string, doc: Document.Parsed, lc: LineCounter): Record<string, SourceLocation> {
  const out: Record<string, SourceLocation> = {};
  const at = (offset: number | undefined): SourceLocation => {
    const p = lc.linePos(offset ?? 0);
    return { file, line: p.line, column: p.col };
  };
  const walk = (node: unknown, name: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const child = name ? `${name}.${String(pair.key.value)}` : String(pair.key.value);
        out[child] = at(pair.key.range?.[0]);
        walk(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = `${name}[${i}]`;
        out[child] = at((item as { range?: [number, number, number] } | null)?.range?.[0]);
        walk(item, child);
      });
    }
  };
  walk(doc.contents, '');
  return out;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

function toRecord(value: Obj, index: number, start: SourceLocation, fields: Record<string, SourceLocation>, dates: Map<string, string>): GovernanceRecord {
  const metadata = value.metadata as Obj;
  const spec = value.spec as Obj;
  const kind = value.kind as RecordKind;
  const name = String(metadata.name);
  const date = (field: string) => dates.get(field);
  const approvalIn = spec.approval as Obj | undefined;
  const approval: Approval | undefined = approvalIn && {
    ref: approvalIn.ref as string | undefined,
    approvedAt: date('spec.approval.approvedAt'),
    expiresAt: date('spec.approval.expiresAt'),
    permissions: approvalIn.permissions ? strings(approvalIn.permissions) : undefined,
    tools: approvalIn.tools ? strings(approvalIn.tools) : undefined,
    mcpServers: approvalIn.mcpServers ? strings(approvalIn.mcpServers) : undefined,
    dataSources: approvalIn.dataSources ? strings(approvalIn.dataSources) : undefined,
  };
  const expectedIn = spec.expected as Obj | undefined;
  const monitoring: MonitoringRef[] = ((spec.monitoring as Obj[] | undefined) ?? []).map((m, i) => ({
    system: String(m.system),
    ref: String(m.ref),
    verifiedAt: date(`spec.monitoring[${i}].verifiedAt`),
  }));
  const belongsTo = spec.belongsTo as { kind: RecordKind; name: string } | undefined;
  const isCredential = kind === 'Credential';
  return {
    key: recordKey(kind, name),
    apiVersion: String(value.apiVersion),
    kind,
    name,
    description: metadata.description as string | undefined,
    location: start,
    documentIndex: index,
    lifecycle: spec.lifecycle as Lifecycle,
    retiredAt: date('spec.retiredAt'),
    sunsetAt: date('spec.sunsetAt'),
    identifiers: strings(spec.identifiers),
    owner: spec.owner as string | undefined,
    environment: spec.environment as string | undefined,
    monitoring,
    approval,
    expected: expectedIn && {
      model: expectedIn.model as string | undefined,
      modelVersion: expectedIn.modelVersion === undefined ? undefined : String(expectedIn.modelVersion),
      toolsetVersion: expectedIn.toolsetVersion === undefined ? undefined : String(expectedIn.toolsetVersion),
    },
    serves: spec.serves as string | undefined,
    belongsTo: belongsTo && { kind: belongsTo.kind, name: String(belongsTo.name) },
    runsAs: spec.runsAs as string | undefined,
    credential: isCredential
      ? {
          type: spec.credentialType as string | undefined,
          issuedAt: date('spec.issuedAt'),
          rotatedAt: date('spec.rotatedAt'),
          expiresAt: date('spec.expiresAt'),
          secretFingerprint: spec.secretFingerprint as string | undefined,
        }
      : undefined,
    labels: (metadata.labels as Record<string, string> | undefined) ?? {},
    fields,
  };
}

const DATE_NAMES = DATE_FIELDS.map(fieldName);

/** The date fields a document holds: path, dotted name and raw value. */
function dateFields(value: unknown): Array<{ path: readonly PathSegment[]; name: string; raw: unknown }> {
  const out: Array<{ path: readonly PathSegment[]; name: string; raw: unknown }> = [];
  DATE_FIELDS.forEach((path, i) => {
    const raw = get(value, path);
    if (raw !== undefined) out.push({ path, name: DATE_NAMES[i], raw });
  });
  const mon = get(value, ['spec', 'monitoring']);
  if (Array.isArray(mon)) {
    mon.forEach((_, i) => {
      const path = ['spec', 'monitoring', i, 'verifiedAt'];
      const raw = get(value, path);
      if (raw !== undefined) out.push({ path, name: fieldName(path), raw });
    });
  }
  return out;
}

/** A date field's normalised value, or null when it is not a date. */
function dateValue(raw: unknown): string | null {
  if (typeof raw === 'string') {
    const known = dateCache.get(raw);
    if (known !== undefined) return known;
  }
  const iso = parseDateField(raw);
  if (typeof raw === 'string' && dateCache.size < MAX_CACHED_DATES) dateCache.set(raw, iso);
  return iso;
}

/** Dates repeat across records (`issuedAt: 2026-05-01`): parse each spelling once. */
const dateCache = new Map<string, string | null>();
const MAX_CACHED_DATES = 50_000;

/** A rule across lifecycle fields that the schema cannot state, at the field it concerns. */
interface LifecycleProblem extends Omit<Diagnostic, keyof SourceLocation> {
  path: readonly PathSegment[];
}

const NO_PROBLEMS: readonly LifecycleProblem[] = [];

/** What both paths check beyond the schema: the fast one hands any of it to the full one, which reports it. */
function lifecycleProblems(spec: Obj | undefined): readonly LifecycleProblem[] {
  if (spec === undefined) return NO_PROBLEMS;
  const undated = spec.lifecycle === 'retired' && spec.retiredAt === undefined;
  const sunsetAlone = spec.sunsetAt !== undefined && spec.lifecycle !== 'deprecated';
  if (!undated && !sunsetAlone) return NO_PROBLEMS;
  const out: LifecycleProblem[] = [];
  if (undated) out.push({ path: ['spec', 'lifecycle'], level: 'error', code: 'manifest/retired-without-date', field: 'spec.lifecycle', message: 'spec.lifecycle is retired but spec.retiredAt is missing: say when, so activity after it can be judged' });
  if (sunsetAlone) out.push({ path: ['spec', 'sunsetAt'], level: 'warning', code: 'manifest/sunset-not-deprecated', field: 'spec.sunsetAt', message: `spec.sunsetAt is only meaningful for deprecated records (lifecycle is ${String(spec.lifecycle)})` });
  return out;
}

/**
 * The fast path: plain manifests (nearly all of them) read by `parseSimpleYaml`. It answers only
 * when every document is valid and clean; anything the full path would report on — a schema
 * error, a bad date, a warning — returns null so the full path runs and reports it exactly.
 */
function loadCleanManifest(file: TextFile): LoadedManifest | null {
  const docs = parseSimpleYaml(file.text, file.path);
  if (docs === null) return null;
  const validate = manifestValidate();
  const records: GovernanceRecord[] = [];
  for (const d of docs) {
    const value = d.value;
    if (!validate(value)) return null;
    const dates = new Map<string, string>();
    for (const f of dateFields(value)) {
      const iso = dateValue(f.raw);
      if (iso === null) return null;
      dates.set(f.name, iso);
    }
    if (lifecycleProblems(value.spec as Obj | undefined).length > 0) return null;
    if (!isRecordKind(value.kind)) continue;
    records.push(toRecord(value, d.index, { file: file.path, line: d.line, column: d.column }, d.fields, dates));
  }
  return { path: file.path, records, diagnostics: [] };
}

export function loadManifest(file: TextFile): LoadedManifest {
  return loadCleanManifest(file) ?? loadManifestFully(file);
}

/** The full path: the `yaml` library, every problem located. */
function loadManifestFully(file: TextFile): LoadedManifest {
  const parsed = parseYamlFile(file, 'manifest');
  const diagnostics = [...parsed.diagnostics];
  const records: GovernanceRecord[] = [];
  const validate = manifestValidate();
  for (const d of parsed.documents) {
    if (d.value === undefined || d.value === null) continue; // unusable (already reported) or empty
    const start = { file: file.path, line: d.line, column: d.column };
    if (typeof d.value !== 'object' || Array.isArray(d.value)) {
      diagnostics.push({ ...start, level: 'error', code: 'manifest/schema', message: 'a manifest document must be a mapping with apiVersion, kind, metadata and spec' });
      continue;
    }
    const ctx = { file: file.path, doc: d.doc, lineCounter: parsed.lineCounter, root: MANIFEST_SCHEMA, code: 'manifest' };
    const errors = schemaDiagnostics(validate, d.value, ctx);
    const at = (path: readonly PathSegment[]) => ({ file: file.path, ...locateNode(d.doc, path, parsed.lineCounter) });

    // Dates: the schema says "string"; whether it parses is ours to say, with the field named.
    const dates = new Map<string, string>();
    for (const { path, name, raw } of dateFields(d.value)) {
      const iso = dateValue(raw);
      if (iso !== null) dates.set(name, iso);
      else errors.push({ ...at(path), level: 'error', code: 'manifest/invalid-date', field: name, message: `${name}: ${JSON.stringify(raw)} is not a date (use 2026-09-01 or an ISO-8601 timestamp)` });
    }

    for (const { path, ...problem } of lifecycleProblems(get(d.value, ['spec']) as Obj | undefined)) errors.push({ ...at(path), ...problem });
    diagnostics.push(...errors);
    if (errors.some((e) => e.level === 'error')) continue;
    const value = d.value as Obj;
    if (!isRecordKind(value.kind)) continue;
    records.push(toRecord(value, d.index, start, fieldLocations(file.path, d.doc, parsed.lineCounter), dates));
  }
  return { path: file.path, records, diagnostics };
}
