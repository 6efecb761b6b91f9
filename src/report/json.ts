/**
 * The JSON report: the machine-readable contract scripts key on, described by
 * `schema/report.schema.json`. Deterministic: findings in report order, every object built with its
 * keys in a fixed order, absent optional fields left out, and no clock but `result.now`.
 */
import type {
  EvidenceFact,
  Finding,
  FindingAssetRef,
  FindingRecordRef,
  ProposedChange,
  Remediation,
  Standards,
} from '../model/finding.js';
import { compareAttestations, type Attestation, type KindCoverage, type ReconcileResult, type SourceHealth, type SuppressedFinding } from '../model/result.js';
import { sortCoverage, sortFindings, sortSources, sortSuppressed, summarize } from './summary.js';
import type { FindingSummary } from './summary.js';

export const REPORT_SCHEMA_VERSION = 1;
export const REPORT_SCHEMA_ID = 'https://blindspot.dev/schema/report.schema.json';

/** The reconcile result as written to disk: versioned, with the counts precomputed. */
export interface JsonReport extends ReconcileResult {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  summary: FindingSummary;
}

/** Builds the report object (sorted, keys in order), for callers that embed it rather than print it. */
export function buildJsonReport(result: ReconcileResult): JsonReport {
  const findings = sortFindings(result.findings).map(finding);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    now: result.now,
    findings,
    suppressed: sortSuppressed(result.suppressed).map(suppressed),
    coverage: sortCoverage(result.coverage).map(coverage),
    sources: sortSources(result.sources).map(source),
    attestations: sortAttestations(result.attestations).map(attestation),
    counts: { records: result.counts.records, assets: result.counts.assets },
    summary: summarize(findings),
  };
}

/** The JSON report as text: two-space indent and a final newline. */
export function renderJson(result: ReconcileResult): string {
  return Array.from(jsonReportPieces(result)).join('');
}

/**
 * The JSON report's text in consecutive pieces whose concatenation is `renderJson`. A large report
 * copies and stringifies its attestations (one per record, most of the report) a chunk at a time,
 * so a caller that writes each piece as it comes never holds every attestation's copy or the whole
 * text at once.
 */
export function* jsonReportPieces(result: ReconcileResult): Generator<string> {
  if (result.attestations.length <= ATTESTATION_CHUNK) {
    yield JSON.stringify(buildJsonReport(result), null, 2) + '\n';
    return;
  }
  const head = JSON.stringify(buildJsonReport({ ...result, attestations: [] }), null, 2);
  // Top-level keys are the only lines indented by exactly two spaces (strings hold no raw newline).
  const slot = '\n  "attestations": [],\n';
  const at = head.indexOf(slot);
  if (at < 0) {
    yield JSON.stringify(buildJsonReport(result), null, 2) + '\n';
    return;
  }
  yield head.slice(0, at) + '\n  "attestations": [\n';
  const sorted = sortAttestations(result.attestations);
  for (let i = 0; i < sorted.length; i += ATTESTATION_CHUNK) {
    // Written inside the same key, each item lands at the report's indent: keep what is between the brackets.
    const text = JSON.stringify({ attestations: sorted.slice(i, i + ATTESTATION_CHUNK).map(attestation) }, null, 2);
    // The separator on its own: joined to the chunk, it would make a copy of megabytes to write.
    if (i > 0) yield ',\n';
    yield text.slice(CHUNK_OPEN.length, text.length - CHUNK_CLOSE.length);
  }
  yield '\n  ],\n' + head.slice(at + slot.length) + '\n';
}

/** Attestations copied and stringified per chunk in large reports. */
const ATTESTATION_CHUNK = 10_000;
const CHUNK_OPEN = '{\n  "attestations": [\n';
const CHUNK_CLOSE = '\n  ]\n}';

/** Results come in this order already (one pass to confirm); other callers' lists are sorted. */
function sortAttestations(list: readonly Attestation[]): Attestation[] {
  return [...list].sort(compareAttestations);
}

function finding(f: Finding): Finding {
  return {
    type: f.type,
    severity: f.severity,
    severityRule: f.severityRule,
    fingerprint: f.fingerprint,
    title: f.title,
    ...(f.record ? { record: recordRef(f.record) } : {}),
    ...(f.asset ? { asset: assetRef(f.asset) } : {}),
    evidence: f.evidence.map(evidence),
    remediation: remediation(f.remediation),
    standards: standards(f.standards),
  };
}

function recordRef(r: FindingRecordRef): FindingRecordRef {
  return {
    kind: r.kind,
    name: r.name,
    file: r.file,
    line: r.line,
    owners: [...r.owners],
    codeownersLine: r.codeownersLine,
  };
}

function assetRef(a: FindingAssetRef): FindingAssetRef {
  return {
    kind: a.kind,
    source: a.source,
    id: a.id,
    collectedAt: a.collectedAt,
    ...(a.file !== undefined ? { file: a.file } : {}),
    ...(a.line !== undefined ? { line: a.line } : {}),
  };
}

function evidence(e: EvidenceFact): EvidenceFact {
  return { fact: e.fact, source: e.source, at: e.at };
}

function remediation(r: Remediation): Remediation {
  return { action: r.action, summary: r.summary, change: change(r.change) };
}

function change(c: ProposedChange): ProposedChange {
  switch (c.kind) {
    case 'retire':
      return { kind: c.kind, file: c.file, documentIndex: c.documentIndex, recordKey: c.recordKey, retiredAt: c.retiredAt };
    case 'assign-owner':
      return { kind: c.kind, file: c.file, owners: [...c.owners], reason: c.reason };
    case 'adopt':
      return { kind: c.kind, file: c.file, manifest: c.manifest };
    case 'none':
      return { kind: c.kind };
  }
}

function standards(s: Standards): Standards {
  return { owaspNhi: [...s.owaspNhi], nistCsf: [...s.nistCsf] };
}

function suppressed(s: SuppressedFinding): SuppressedFinding {
  return {
    fingerprint: s.fingerprint,
    type: s.type,
    title: s.title,
    reason: s.reason,
    expires: s.expires,
    ...(s.owner !== undefined ? { owner: s.owner } : {}),
  };
}

function coverage(c: KindCoverage): KindCoverage {
  return {
    kind: c.kind,
    live: c.live,
    recorded: c.recorded,
    owned: c.owned,
    monitored: c.monitored,
    unverifiable: c.unverifiable,
    records: c.records,
    governedCoverage: c.governedCoverage,
  };
}

function source(s: SourceHealth): SourceHealth {
  return {
    source: {
      type: s.source.type,
      ...(s.source.name !== undefined ? { name: s.source.name } : {}),
      ...(s.source.scope !== undefined ? { scope: s.source.scope } : {}),
    },
    files: [...s.files],
    collectedAt: s.collectedAt,
    collectedAtFrom: s.collectedAtFrom,
    status: s.status,
    ...(s.detail !== undefined ? { detail: s.detail } : {}),
    covers: [...s.covers],
    assets: s.assets,
  };
}

function attestation(a: Attestation): Attestation {
  return {
    record: a.record,
    file: a.file,
    line: a.line,
    ownership: { owners: [...a.ownership.owners], codeownersLine: a.ownership.codeownersLine, proof: a.ownership.proof },
    monitoring: a.monitoring ? { proof: a.monitoring.proof, at: a.monitoring.at } : null,
    retirement: a.retirement ? { proof: a.retirement.proof, at: a.retirement.at } : null,
    liveMatches: [...a.liveMatches],
  };
}
