import { describe, expect, it } from 'vitest';
import { InputError } from '../../util/errors.js';
import { secretFingerprint } from '../../util/hash.js';
import { gitleaksAdapter } from './gitleaks.js';
import { adapterInput } from '../detect.js';
import { loadInput, parseFixture, TEST_HMAC_KEY } from './ml-testing.js';

const FP_AWS = '9f3c2a7d0b5e8e4c1a6f2d3b7c8e9a0b1c2d3e4f:deploy/staging.tfvars:aws-access-token:12';
const FP_PAT = '1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e:.github/workflows/train.yml:github-pat:4';

describe('gitleaks', () => {
  it('emits one SecretFinding per finding, keyed by Fingerprint, with file/line/commit/rule', () => {
    const piece = parseFixture(gitleaksAdapter, 'gitleaks/git-report.json');
    expect(piece).toMatchObject({ source: { type: 'gitleaks' }, complete: true, covers: ['SecretFinding'] });
    expect(piece.assets).toHaveLength(4);
    expect(piece.assets[0]).toMatchObject({
      kind: 'SecretFinding',
      id: FP_AWS,
      createdAt: '2024-02-14T09:12:44.000Z',
      evidence: { file: 'gitleaks/git-report.json', index: 0, line: 2 },
      attributes: {
        rule: 'aws-access-token',
        file: 'deploy/staging.tfvars',
        line: 12,
        commit: '9f3c2a7d0b5e8e4c1a6f2d3b7c8e9a0b1c2d3e4f',
        redacted: false,
      },
    });
  });

  it('keeps the public AWS key id and an HMAC of the secret as identifiers, never the secret', () => {
    const [aws, generic] = parseFixture(gitleaksAdapter, 'gitleaks/git-report.json').assets;
    expect(aws.identifiers).toEqual([FP_AWS, 'AKIAQ3EGRTWLZJ7XK5NM', secretFingerprint('AKIAQ3EGRTWLZJ7XK5NM', TEST_HMAC_KEY)]);
    expect(generic.identifiers).toEqual([
      '9f3c2a7d0b5e8e4c1a6f2d3b7c8e9a0b1c2d3e4f:deploy/staging.tfvars:generic-api-key:13',
      secretFingerprint('q9Xv2LmT8rYb4Nc6Pd0Wf3Hs7Jk1Ze5Ua9Gi2Ro4', TEST_HMAC_KEY),
    ]);
    expect(JSON.stringify(generic)).not.toContain('q9Xv2LmT8rYb4Nc6Pd0Wf3Hs7Jk1Ze5Ua9Gi2Ro4');
  });

  it('without an HMAC key, drops the secret and keeps only public ids', () => {
    const piece = gitleaksAdapter.parse(loadInput('gitleaks/git-report.json'), {});
    expect(piece.assets[0].identifiers).toEqual([FP_AWS, 'AKIAQ3EGRTWLZJ7XK5NM']);
    expect(piece.assets.flatMap((a) => a.identifiers).some((i) => i.startsWith('hmac-sha256:'))).toBe(false);
  });

  it("reads gitleaks' own 10-19-2003 date form, and an unreadable Date as unknown with a warning", () => {
    const piece = parseFixture(gitleaksAdapter, 'gitleaks/git-report.json');
    expect(piece.assets[2].createdAt).toBe('2003-10-19T00:00:00.000Z');
    expect(piece.assets[3].createdAt).toBeUndefined();
    expect(piece.warnings).toEqual(['finding [3]: Date "last tuesday" is not a timestamp; treated as unknown']);
  });

  it('makes repeated fingerprints (two hits on one line) unique, keeping the raw fingerprint as identifier', () => {
    const piece = parseFixture(gitleaksAdapter, 'gitleaks/git-report.json');
    expect(piece.assets.map((a) => a.id).slice(2)).toEqual([FP_PAT, `${FP_PAT}#2`]);
    expect(piece.assets[3].identifiers[0]).toBe(FP_PAT);
    expect(piece.assets[3].attributes?.column).toBe(60);
  });

  it('reads directory scans (empty commit, author and date)', () => {
    const [a] = parseFixture(gitleaksAdapter, 'gitleaks/dir-report.json').assets;
    expect(a.id).toBe('notebooks/.aws/credentials:aws-access-token:3');
    expect(a.identifiers).toContain('ASIAY4KPZ7QWERTNM2XB');
    expect(a.createdAt).toBeUndefined();
    expect(a.attributes?.commit).toBeUndefined();
    expect(a.attributes?.author).toBeUndefined();
  });

  it('reads --redact reports: no fingerprint of REDACTED or of a kept prefix, marked redacted', () => {
    const piece = parseFixture(gitleaksAdapter, 'gitleaks/redacted-report.json');
    expect(piece.assets.map((a) => a.identifiers)).toEqual([
      [FP_AWS],
      ['9f3c2a7d0b5e8e4c1a6f2d3b7c8e9a0b1c2d3e4f:deploy/staging.tfvars:generic-api-key:13'],
    ]);
    expect(piece.assets.every((a) => a.attributes?.redacted === true)).toBe(true);
  });

  it('synthesises the documented fingerprint when a report leaves it out', () => {
    const text = JSON.stringify([{ RuleID: 'slack-bot-token', File: 'bot.py', StartLine: 3, Commit: 'abc', Secret: 'xoxb-1', Match: 'x' }]);
    const [a] = gitleaksAdapter.parse(adapterInput('r.json', text), {}).assets;
    expect(a.id).toBe('abc:bot.py:slack-bot-token:3');
  });

  it('an empty report is a complete, empty snapshot', () => {
    const piece = parseFixture(gitleaksAdapter, 'gitleaks/empty.undetectable.json');
    expect(piece).toMatchObject({ complete: true, covers: ['SecretFinding'], assets: [] });
  });

  it('rejects malformed input with the file and line', () => {
    const truncated = () => parseFixture(gitleaksAdapter, 'gitleaks/bad-truncated.json');
    expect(truncated).toThrow(InputError);
    expect(truncated).toThrow(expect.objectContaining({ file: 'gitleaks/bad-truncated.json', line: 19 }));
    expect(() => parseFixture(gitleaksAdapter, 'gitleaks/bad-field.json')).toThrow(
      expect.objectContaining({ line: 10, message: 'field StartLine in finding [1]: expected a number, found "seven"' }),
    );
    expect(() => gitleaksAdapter.parse(adapterInput('r.json', '{"RuleID": "x"}'), {})).toThrow(/JSON array of findings/);
  });
});
