import { describe, expect, it } from 'vitest';
import { emptyResult, richResult } from '../../test/fixtures/report/rich-result.js';
import { renderText } from './text.js';

describe('renderText', () => {
  const text = renderText(richResult());
  const lines = text.split('\n');

  it('starts with a one-line summary', () => {
    expect(lines[0]).toBe(
      'blindspot: 19 findings (3 critical, 7 high, 6 medium, 3 low) across 16 records and 519 live assets; 2 suppressed; 3 of 4 sources not fresh.',
    );
  });

  it('groups findings by severity, most severe first, file:line first', () => {
    const headers = lines.filter((l) => /^[A-Z]+ \(\d+\)$/.test(l));
    expect(headers).toEqual(['CRITICAL (3)', 'HIGH (7)', 'MEDIUM (6)', 'LOW (3)']);
    const critical = lines.indexOf('CRITICAL (3)');
    expect(lines[critical + 1]).toBe(
      '  governance/credentials.yaml:12  retired-but-active  Credential/ci-deploy-key is retired but was used after 2026-10-01',
    );
    expect(text).toContain('  ci/pipeline.yml:3  secret-in-code  Unrecorded key material found in ci/pipeline.yml');
    expect(text).toContain('  .github/blindspot.yml:1  suppression-expired  Suppression for ownerless expired on 2026-11-01');
  });

  it('indents record, asset, evidence and fix under each finding', () => {
    const i = lines.findIndex((l) => l.includes('retired-but-active'));
    expect(lines.slice(i + 1, i + 6)).toEqual([
      '      record Credential/ci-deploy-key, owners: @acme/platform',
      '      live Credential AKIAEXAMPLE0001 from aws-credential-report/prod at 2026-11-29T06:00:00.000Z',
      '      - lifecycle: retired, retiredAt 2026-10-01 [governance/credentials.yaml]',
      '      - key active, last used 2026-11-27 by s3 [aws-credential-report/prod @ 2026-11-29T06:00:00.000Z]',
      '      fix: Revoke the key AKIAEXAMPLE0001.',
    ]);
  });

  it('prints a coverage table and source health', () => {
    expect(text).toContain('\nCoverage\n  Kind            Live  Recorded  Owned  Monitored  Unverifiable  Records  Governed\n');
    expect(text).toContain('  ServiceAccount     3         2      2          2             0        4     66.6%\n');
    expect(text).toContain('  Model              0         0      0          0             2        2       n/a\n');
    expect(text).toContain('  mlflow/registry             failed      collected at unknown time  0 assets (unreadable JSON <img src=x onerror=alert(1)>)');
  });

  it('keeps untrusted values on one line and free of escape sequences', () => {
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('- name\\x1b[31mRED\\x1b[0m\\u202eevil [kubernetes/prod');
    expect(text).toContain('- extra: s3:*|iam:PassRole\\nsecond line [gcloud-iam/ml');
  });

  it('colours only when asked', () => {
    const coloured = renderText(richResult(), { color: true });
    expect(coloured).toContain('\u001b[1m\u001b[31mCRITICAL (3)\u001b[0m');
    expect(coloured).toContain('\u001b[33mMEDIUM (6)\u001b[0m');
    expect(coloured).toContain('\u001b[31mfailed    \u001b[0m');
    // Data escape sequences stay neutralised in colour mode too.
    expect(coloured).toContain('name\\x1b[31mRED');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(text);
  });

  it('limits evidence per finding', () => {
    const short = renderText(richResult(), { maxEvidence: 1 });
    const i = short.split('\n').findIndex((l) => l.includes('retired-but-active'));
    expect(short.split('\n').slice(i + 3, i + 6)).toEqual([
      '      - lifecycle: retired, retiredAt 2026-10-01 [governance/credentials.yaml]',
      '      - 1 more fact',
      '      fix: Revoke the key AKIAEXAMPLE0001.',
    ]);
  });

  it('says plainly when nothing was checked', () => {
    const empty = renderText(emptyResult());
    expect(empty.split('\n')[0]).toBe('blindspot: no findings across 0 records and 0 live assets; no sources read: nothing live was checked.');
    expect(empty).toContain('no sources read: every record is unverifiable');
  });

  it('is byte-identical across renders', () => {
    expect(renderText(richResult())).toBe(text);
  });
});
