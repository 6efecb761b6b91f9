import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FINDING_TYPES } from '../model/finding.js';
import type { Finding } from '../model/finding.js';
import { severityRank } from '../model/kinds.js';
import { catalogEntry } from '../reconcile/catalog.js';
import { compileSchema } from '../util/ajv.js';
import { InputError } from '../util/errors.js';
import { coveredTypes, emptyResult, richFindings, richResult } from '../../test/fixtures/report/rich-result.js';
import { sarifSchema } from '../../test/fixtures/report/sarif-tools.js';
import { FINGERPRINT_KEY, GITHUB_SARIF_LIMITS, buildSarif, renderSarif, sarifText } from './sarif.js';
import type { SarifLog, SarifResult } from './sarif.js';

const OPTIONS = { toolVersion: '1.2.3' };
const validate = compileSchema(sarifSchema());

function log(result = richResult(), options = {}): SarifLog {
  return JSON.parse(renderSarif(result, { ...OPTIONS, ...options })) as SarifLog;
}

function resultFor(l: SarifLog, pick: (f: Finding) => boolean): SarifResult {
  const f = richFindings().find(pick)!;
  const r = l.runs[0].results.find((x) => x.partialFingerprints[FINGERPRINT_KEY] === f.fingerprint);
  expect(r, f.title).toBeDefined();
  return r!;
}

function location(r: SarifResult): { uri: string; line: number; base: string } {
  const p = r.locations[0].physicalLocation;
  return { uri: p.artifactLocation.uri, line: p.region.startLine, base: p.artifactLocation.uriBaseId };
}

describe('renderSarif', () => {
  it('is tested on a fixture with every finding type, with and without a record', () => {
    expect(coveredTypes()).toEqual([...FINDING_TYPES]);
    const findings = richFindings();
    expect(findings.filter((f) => f.record).length).toBeGreaterThan(10);
    expect(findings.filter((f) => !f.record && f.asset?.file).length).toBeGreaterThanOrEqual(2);
    expect(findings.filter((f) => !f.record && !f.asset?.file).length).toBeGreaterThanOrEqual(2);
  });

  it('validates against the SARIF 2.1.0 schema shipped with the Multitool', () => {
    for (const l of [log(), log(emptyResult()), log(richResult(), { srcRoot: '/repo', category: 'x', docsUri: 'https://d.example/f' })]) {
      const ok = validate(l);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('declares the tool and one rule per finding type, in catalog order', () => {
    const driver = log().runs[0].tool.driver;
    expect(driver.name).toBe('blindspot');
    expect(driver.version).toBe('1.2.3');
    expect(driver.informationUri).toBe('https://blindspot.dev');
    expect(driver.rules.map((r) => r.id)).toEqual([...FINDING_TYPES]);
  });

  it('fills every rule from the catalog, within GitHub limits', () => {
    const rules = log().runs[0].tool.driver.rules;
    const names = new Set<string>();
    for (const rule of rules) {
      const entry = catalogEntry(rule.id);
      expect(rule.id.length).toBeLessThanOrEqual(GITHUB_SARIF_LIMITS.maxRuleIdLength);
      expect(rule.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
      names.add(rule.name);
      expect(rule.shortDescription.text).toBe(entry.title);
      expect(rule.fullDescription.text).toBe(entry.description);
      expect(rule.help.text).toContain(entry.fix);
      expect(rule.help.markdown).toContain('### How to fix');
      expect(rule.properties.tags[0]).toBe('security');
      expect(rule.properties.tags).toEqual(['security', ...entry.standards.owaspNhi, ...entry.standards.nistCsf]);
      expect(rule.properties.tags.length).toBeLessThanOrEqual(10);
    }
    expect(names.size).toBe(rules.length);
    const retired = rules.find((r) => r.id === 'retired-but-active')!;
    expect(retired.name).toBe('RetiredButStillActive');
    expect(retired.properties['security-severity']).toBe('9.5');
    expect(retired.defaultConfiguration.level).toBe('error');
    expect(retired.help.markdown).toContain('- NHI1:2025 Improper Offboarding');
    const conflict = rules.find((r) => r.id === 'owner-conflict')!;
    expect(conflict.properties['security-severity']).toBe('3.0');
    expect(conflict.defaultConfiguration.level).toBe('note');
  });

  it('applies configured severities to the rule defaults', () => {
    const rules = log(richResult(), { ruleSeverity: { ownerless: 'high' } }).runs[0].tool.driver.rules;
    const ownerless = rules.find((r) => r.id === 'ownerless')!;
    expect(ownerless.properties['security-severity']).toBe('8.0');
    expect(ownerless.defaultConfiguration.level).toBe('error');
    expect(rules.find((r) => r.id === 'unmonitored')!.properties['security-severity']).toBe('5.5');
  });

  it('emits one result per finding, most severe first, pointing at its rule', () => {
    const run = log().runs[0];
    const findings = richFindings();
    expect(run.results).toHaveLength(findings.length);
    const rank = (r: SarifResult) => severityRank(r.properties.severity);
    for (let i = 1; i < run.results.length; i++) expect(rank(run.results[i - 1])).toBeLessThanOrEqual(rank(run.results[i]));
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.level).toBe({ critical: 'error', high: 'error', medium: 'warning', low: 'note' }[r.properties.severity]);
    }
    const fingerprints = run.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]).sort();
    expect(fingerprints).toEqual(findings.map((f) => f.fingerprint).sort());
  });

  it('carries severity, type, severity rule and standards in result properties', () => {
    const r = resultFor(log(), (f) => f.type === 'ownerless');
    expect(r.properties).toEqual({
      severity: 'high',
      type: 'ownerless',
      severityRule: 'config:severity.ownerless',
      standards: { owaspNhi: ['NHI1:2025'], nistCsf: ['GV.RR-02', 'PR.AA-01'] },
    });
    expect(r.level).toBe('error');
  });

  it('locates a finding at its record manifest line', () => {
    const r = resultFor(log(), (f) => f.type === 'retired-but-active');
    expect(location(r)).toEqual({ uri: 'governance/credentials.yaml', line: 12, base: '%SRCROOT%' });
  });

  it('locates a finding without record at the file its asset came from', () => {
    expect(location(resultFor(log(), (f) => f.type === 'secret-in-code' && !f.record))).toMatchObject({ uri: 'ci/pipeline.yml', line: 3 });
    expect(location(resultFor(log(), (f) => f.type === 'unrecorded-asset' && f.asset?.line === 7))).toMatchObject({
      uri: 'exports/gcloud/service-accounts.json',
      line: 7,
    });
  });

  it('falls back to line 1 of the config file for findings with no repo file', () => {
    for (const pick of [
      (f: Finding) => f.type === 'suppression-expired',
      (f: Finding) => f.type === 'ambiguous-match',
      (f: Finding) => f.asset?.file === '/home/runner/exports/mlflow.json',
    ]) {
      expect(location(resultFor(log(), pick))).toEqual({ uri: '.github/blindspot.yml', line: 1, base: '%SRCROOT%' });
      expect(location(resultFor(log(richResult(), { configFile: 'ops/blindspot.yml' }), pick)).uri).toBe('ops/blindspot.yml');
    }
  });

  it('percent-encodes paths and drops ./ and backslashes', () => {
    const result = richResult();
    const f = result.findings.find((x) => x.type === 'missing-asset')!;
    f.record = { ...f.record!, file: '.\\gov files\\a#b?.yaml' };
    const r = log(result).runs[0].results.find((x) => x.ruleId === 'missing-asset')!;
    expect(location(r).uri).toBe('gov%20files/a%23b%3F.yaml');
  });

  it('maps absolute paths inside srcRoot to repo-relative ones and declares the base', () => {
    const result = richResult();
    const f = result.findings.find((x) => x.asset?.file === '/home/runner/exports/mlflow.json')!;
    f.asset = { ...f.asset!, file: '/home/runner/work/gov/gov/exports/mlflow.json', line: 4 };
    const run = log(result, { srcRoot: '/home/runner/work/gov/gov/' }).runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/runner/work/gov/gov/' } });
    const r = run.results.find((x) => x.partialFingerprints[FINGERPRINT_KEY] === f.fingerprint)!;
    expect(location(r)).toMatchObject({ uri: 'exports/mlflow.json', line: 4 });
    expect(log().runs[0].originalUriBaseIds).toBeUndefined();
  });

  it('rejects a relative srcRoot', () => {
    expect(() => buildSarif(richResult(), { ...OPTIONS, srcRoot: 'repo' })).toThrow(InputError);
  });

  it('sets the automation category and rule help URIs only when asked', () => {
    const run = log(richResult(), { category: 'blindspot/prod/', docsUri: 'https://d.example/findings' }).runs[0];
    expect(run.automationDetails).toEqual({ id: 'blindspot/prod/' });
    expect(run.tool.driver.rules[0].helpUri).toBe('https://d.example/findings#retired-but-active');
    expect(log().runs[0].automationDetails).toBeUndefined();
    expect(log().runs[0].tool.driver.rules[0].helpUri).toBeUndefined();
  });

  it('writes plain-text messages: title, record, evidence and fix, with brackets escaped and controls replaced', () => {
    const retired = resultFor(log(), (f) => f.type === 'retired-but-active').message.text;
    expect(retired.split('\n')).toEqual([
      'Credential/ci-deploy-key is retired but was used after 2026-10-01.',
      'Record: Credential/ci-deploy-key (governance/credentials.yaml:12).',
      'Live asset: Credential AKIAEXAMPLE0001 from aws-credential-report/prod.',
      '- lifecycle: retired, retiredAt 2026-10-01.',
      '- key active, last used 2026-11-27 by s3.',
      'Fix: Revoke the key AKIAEXAMPLE0001.',
    ]);
    const ambiguous = resultFor(log(), (f) => f.type === 'ambiguous-match').message.text;
    expect(ambiguous).toContain('\\[click\\](https://evil.example/a)');
    expect(ambiguous).not.toContain('\u001b');
    expect(ambiguous).not.toContain('\u202e');
    expect(sarifText('a\\[b]')).toBe('a\\\\\\[b\\]');
  });

  it('is byte-identical across renders', () => {
    expect(renderSarif(richResult(), OPTIONS)).toBe(renderSarif(richResult(), OPTIONS));
  });
});

describe('GitHub limits', () => {
  it('keeps the most severe results under maxResults and says so', () => {
    const { log: l, warnings } = buildSarif(richResult(), { ...OPTIONS, limits: { maxResults: 4 } });
    const run = l.runs[0];
    expect(run.results).toHaveLength(4);
    expect(run.results.slice(0, 3).every((r) => r.properties.severity === 'critical')).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('4 most severe of 19 findings');
    expect(run.invocations).toEqual([
      { executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: warnings[0] } }] },
    ]);
  });

  it('drops results until the gzip-compressed log fits', () => {
    const full = renderSarif(richResult(), OPTIONS);
    const limit = Math.floor(gzipSync(full).length * 0.85);
    const { log: l, warnings } = buildSarif(richResult(), { ...OPTIONS, limits: { maxGzipBytes: limit } });
    const text = JSON.stringify(l, null, 2) + '\n';
    expect(gzipSync(text).length).toBeLessThanOrEqual(limit);
    expect(l.runs[0].results.length).toBeGreaterThan(0);
    expect(l.runs[0].results.length).toBeLessThan(19);
    expect(warnings.some((w) => w.includes('gzip-compressed'))).toBe(true);
  });

  it('adds no notification when everything fits', () => {
    const { log: l, warnings } = buildSarif(richResult(), OPTIONS);
    expect(warnings).toEqual([]);
    expect(l.runs[0].invocations).toBeUndefined();
  });
});
