/**
 * Turns a rule's draft into a Finding: stable fingerprint, severity (catalog default, then the
 * rule's own escalation, then config), standards, and the record/asset references.
 */
import type { Config } from '../model/config.js';
import type { EvidenceFact, Finding, FindingType, Remediation } from '../model/finding.js';
import type { Severity } from '../model/kinds.js';
import type { GovernanceRecord } from '../model/record.js';
import { sha256Hex } from '../util/hash.js';
import { catalogEntry, standardsFor } from './catalog.js';
import type { RecordOwnership } from './input.js';
import { sourcedEvidence, type SourcedAsset } from './match.js';

export interface Draft {
  type: FindingType;
  record?: GovernanceRecord;
  asset?: SourcedAsset;
  /**
   * Part of the fingerprint beside the record key. Empty for findings about a record as a whole,
   * so the fingerprint survives changes in which source happened to show the problem.
   */
  assetKey: string;
  title: string;
  evidence: EvidenceFact[];
  remediation: Remediation;
  /** A rule may escalate or lower the catalog default, naming why. */
  severity?: { level: Severity; rule: string };
}

export function fingerprintOf(type: FindingType, recordKey: string, assetKey: string): string {
  return sha256Hex(`${type}|${recordKey}|${assetKey}`);
}

export function buildFinding(d: Draft, config: Config, ownership: (path: string) => RecordOwnership): Finding {
  let severity: Severity = catalogEntry(d.type).defaultSeverity;
  let severityRule = 'default';
  if (d.severity) {
    severity = d.severity.level;
    severityRule = `rule:${d.severity.rule}`;
  }
  const override = config.severity[d.type];
  if (override) {
    severity = override;
    severityRule = `config:severity.${d.type}`;
  }
  const finding: Finding = {
    type: d.type,
    severity,
    severityRule,
    fingerprint: fingerprintOf(d.type, d.record?.key ?? '', d.assetKey),
    title: d.title,
    evidence: d.evidence,
    remediation: d.remediation,
    standards: standardsFor(d.type),
  };
  if (d.record) {
    const o = ownership(d.record.location.file);
    finding.record = {
      kind: d.record.kind,
      name: d.record.name,
      file: d.record.location.file,
      line: d.record.location.line,
      owners: o.owners,
      codeownersLine: o.line,
    };
  }
  if (d.asset) {
    const a = d.asset;
    const evidence = sourcedEvidence(a);
    finding.asset = {
      kind: a.asset.kind,
      source: a.source.label,
      id: a.asset.id,
      collectedAt: a.source.snapshot.collectedAt,
      ...(evidence?.file ? { file: evidence.file } : {}),
      ...(evidence?.line ? { line: evidence.line } : {}),
    };
  }
  return finding;
}

export function issueOnly(summary: string): Remediation {
  return { action: 'issue', summary, change: { kind: 'none' } };
}
