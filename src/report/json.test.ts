import { afterEach, describe, expect, it, vi } from 'vitest';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };
import { FINDING_TYPES } from '../model/finding.js';
import { ASSET_KINDS, RECORD_KINDS, SEVERITIES, severityRank } from '../model/kinds.js';
import { compileSchema } from '../util/ajv.js';
import { NOW, emptyResult, richResult } from '../../test/fixtures/report/rich-result.js';
import { REPORT_SCHEMA_ID, buildJsonReport, renderJson } from './json.js';

const validate = compileSchema(reportSchema as Record<string, unknown>);

function parsed(text: string): Record<string, unknown> & { findings: Array<Record<string, unknown>> } {
  return JSON.parse(text) as Record<string, unknown> & { findings: Array<Record<string, unknown>> };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('renderJson', () => {
  it('validates against schema/report.schema.json', () => {
    for (const result of [richResult(), emptyResult()]) {
      const report = JSON.parse(renderJson(result));
      const ok = validate(report);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('puts top-level keys in the documented order', () => {
    expect(Object.keys(parsed(renderJson(richResult())))).toEqual([
      'schemaVersion',
      'now',
      'findings',
      'suppressed',
      'coverage',
      'sources',
      'attestations',
      'counts',
      'summary',
    ]);
  });

  it('writes finding keys in a fixed order, leaving out absent record and asset', () => {
    const report = parsed(renderJson(richResult()));
    const withBoth = report.findings.find((f) => f.record && f.asset)!;
    expect(Object.keys(withBoth)).toEqual([
      'type',
      'severity',
      'severityRule',
      'fingerprint',
      'title',
      'record',
      'asset',
      'evidence',
      'remediation',
      'standards',
    ]);
    const bare = report.findings.find((f) => f.type === 'suppression-expired')!;
    expect(Object.keys(bare)).not.toContain('record');
    expect(Object.keys(bare)).not.toContain('asset');
    expect(Object.keys(withBoth.record as object)).toEqual(['kind', 'name', 'file', 'line', 'owners', 'codeownersLine']);
  });

  it('sorts findings by severity, then type, then fingerprint', () => {
    const { findings } = buildJsonReport(richResult());
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1];
      const b = findings[i];
      const order = severityRank(a.severity) - severityRank(b.severity) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
      expect(order <= 0, `${a.type} before ${b.type}`).toBe(true);
      if (order === 0) expect(a.fingerprint < b.fingerprint).toBe(true);
    }
    expect(findings[0].severity).toBe('critical');
    expect(findings.at(-1)!.severity).toBe('low');
  });

  it('sorts coverage by kind and sources by name', () => {
    const report = buildJsonReport(richResult());
    expect(report.coverage.map((c) => c.kind)).toEqual([...RECORD_KINDS]);
    expect(report.sources.map((s) => s.source.type)).toEqual(['aws-credential-report', 'gcloud-iam', 'kubernetes', 'mlflow']);
  });

  it('summarises every type and severity, zero included', () => {
    const report = buildJsonReport(richResult());
    expect(Object.keys(report.summary.byType)).toEqual([...FINDING_TYPES]);
    expect(Object.keys(report.summary.bySeverity)).toEqual([...SEVERITIES]);
    expect(report.summary.total).toBe(report.findings.length);
    expect(report.summary.byType['secret-in-code']).toBe(2);
    expect(report.summary.bySeverity.critical).toBe(3);
    const empty = buildJsonReport(emptyResult()).summary;
    expect(empty.total).toBe(0);
    expect(Object.values(empty.byType).every((n) => n === 0)).toBe(true);
  });

  it('is byte-identical across renders and ignores the wall clock', () => {
    const first = renderJson(richResult());
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    const second = renderJson(richResult());
    expect(second).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    expect(first).toContain(`"now": "${NOW}"`);
    expect(first).not.toContain('2031');
  });

  it('does not let extra properties on the input leak into the report', () => {
    const result = richResult();
    Object.assign(result.findings[0], { internal: 'secret' });
    expect(renderJson(result)).not.toContain('internal');
  });
});

describe('schema/report.schema.json', () => {
  const defs = (reportSchema as { $defs: Record<string, { enum?: string[] }> }).$defs;

  it('has the documented $id and draft', () => {
    expect(reportSchema.$id).toBe(REPORT_SCHEMA_ID);
    expect(reportSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('keeps its enums in step with the model', () => {
    expect(defs.findingType.enum).toEqual([...FINDING_TYPES]);
    expect(defs.severity.enum).toEqual([...SEVERITIES]);
    expect(defs.recordKind.enum).toEqual([...RECORD_KINDS]);
    expect(defs.assetKind.enum).toEqual([...ASSET_KINDS]);
    expect(reportSchema.properties.summary.properties.byType.required).toEqual([...FINDING_TYPES]);
  });

  it('rejects reports that break the contract', () => {
    const good = JSON.parse(renderJson(richResult()));
    const unknownType = structuredClone(good);
    unknownType.findings[0].type = 'made-up';
    expect(validate(unknownType)).toBe(false);
    const badFingerprint = structuredClone(good);
    badFingerprint.findings[0].fingerprint = 'abc';
    expect(validate(badFingerprint)).toBe(false);
    const extraKey = structuredClone(good);
    extraKey.findings[0].extra = 1;
    expect(validate(extraKey)).toBe(false);
    const badTime = structuredClone(good);
    badTime.now = 'yesterday';
    expect(validate(badTime)).toBe(false);
  });
});
