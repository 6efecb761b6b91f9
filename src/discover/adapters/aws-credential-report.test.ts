import { describe, expect, it } from 'vitest';
import { awsCredentialReport } from './aws-credential-report.js';
import { fixture, textInput, thrown } from './cloud-testing.js';

const parse = (rel: string, scope?: string) => awsCredentialReport.parse(fixture(`aws-credential-report/${rel}`), { scope });
const byId = (piece: ReturnType<typeof parse>, id: string) => piece.assets.find((a) => a.id === id);
const ACCT = 'arn:aws:iam::123456789012';

describe('aws-credential-report', () => {
  it('emits a ServiceAccount per IAM user and none for the root row', () => {
    const piece = parse('report.csv');
    const users = piece.assets.filter((a) => a.kind === 'ServiceAccount').map((a) => a.name);
    expect(users).toEqual(['ci-deployer', 'alice', 'legacy-batch', 'ghost']);
    expect(piece.source).toEqual({ type: 'aws-credential-report', scope: '123456789012' });
    expect(piece.covers).toEqual(['ServiceAccount', 'Credential']);
    expect(piece.complete).toBe(true);
    expect(piece.collectedAt).toBeUndefined();
  });

  it('identifies a user by ARN (with its path) and name', () => {
    const sa = byId(parse('report.csv'), `${ACCT}:user/automation/ci-deployer`)!;
    expect(sa.identifiers).toEqual([`${ACCT}:user/automation/ci-deployer`, 'ci-deployer']);
    expect(sa.active).toBe(true);
    expect(sa.createdAt).toBe('2021-04-02T12:00:00.000Z');
    expect(sa.lastUsedAt).toBe('2024-03-10T14:05:00.000Z');
    expect(sa.evidence).toEqual({ file: 'test/fixtures/discover/cloud/aws-credential-report/report.csv', index: 1, line: 3 });
  });

  it('reads no_information and N/A as never used', () => {
    const piece = parse('report.csv');
    const alice = byId(piece, `${ACCT}:user/alice`)!;
    expect(alice.active).toBe(true); // console password enabled
    expect(alice.lastUsedAt).toBeNull();
    expect(alice.attributes).toMatchObject({ passwordEnabled: true, passwordLastUsed: null, mfaActive: true });
    const ghost = byId(piece, `${ACCT}:user/ghost`)!;
    expect(ghost.active).toBe(false);
    expect(ghost.lastUsedAt).toBeNull();
    expect(piece.assets.filter((a) => a.attributes?.userName === 'ghost')).toEqual([]);
  });

  it('emits a Credential per key slot that holds a key, active or rotated', () => {
    const piece = parse('report.csv');
    const k1 = byId(piece, `${ACCT}:user/automation/ci-deployer#access_key_1`)!;
    expect(k1).toMatchObject({
      kind: 'Credential',
      identifiers: [`${ACCT}:user/automation/ci-deployer#access_key_1`, 'ci-deployer#access_key_1'],
      active: true,
      rotatedAt: '2023-06-01T08:00:00.000Z',
      lastUsedAt: '2024-03-10T14:05:00.000Z',
    });
    expect(k1.attributes).toMatchObject({ lastUsedService: 's3', lastUsedRegion: 'us-east-1', keyIdAvailable: false });
    // Inactive but with a rotation date: a deactivated key still exists.
    const k2 = byId(piece, `${ACCT}:user/automation/ci-deployer#access_key_2`)!;
    expect(k2).toMatchObject({ active: false, rotatedAt: '2022-01-01T00:00:00.000Z', lastUsedAt: null });
    expect(k2.attributes).toMatchObject({ lastUsedService: null, lastUsedRegion: null });
    // No password, no keys: no credential assets for alice.
    expect(byId(piece, `${ACCT}:user/alice#access_key_1`)).toBeUndefined();
  });

  it('keeps a global-service last use (region N/A) and a never-used active key', () => {
    const piece = parse('report.csv');
    expect(byId(piece, `${ACCT}:user/legacy-batch#access_key_1`)).toMatchObject({ active: true, lastUsedAt: null });
    const k2 = byId(piece, `${ACCT}:user/legacy-batch#access_key_2`)!;
    expect(k2.lastUsedAt).toBe('2024-01-20T16:45:00.000Z');
    expect(k2.attributes).toMatchObject({ lastUsedService: 'iam', lastUsedRegion: null });
    expect(byId(piece, `${ACCT}:user/legacy-batch#cert_1`)).toMatchObject({ active: true, rotatedAt: '2020-06-01T00:00:00.000Z' });
  });

  it('marks root keys instead of dropping them', () => {
    const root = byId(parse('report.csv'), `${ACCT}:root#access_key_1`)!;
    expect(root).toMatchObject({ kind: 'Credential', active: true, lastUsedAt: '2019-03-02T11:30:00.000Z' });
    expect(root.identifiers).toContain('<root_account>#access_key_1');
    expect(root.attributes?.root).toBe(true);
  });

  it('reads upper-case booleans and CRLF line ends', () => {
    const piece = parse('report-crlf-uppercase.csv');
    expect(piece.source.scope).toBe('210987654321');
    const key = piece.assets.find((a) => a.kind === 'Credential')!;
    expect(key).toMatchObject({ active: true, lastUsedAt: '2024-04-01T03:00:00.000Z' });
    expect(piece.assets.find((a) => a.kind === 'ServiceAccount')?.attributes?.passwordEnabled).toBe(false);
  });

  it('treats a header-only report as a complete, empty snapshot and honours options', () => {
    const piece = awsCredentialReport.parse(fixture('aws-credential-report/report-header-only.csv'), { sourceName: 'aws-prod', scope: 'prod' });
    expect(piece).toMatchObject({ complete: true, assets: [], source: { type: 'aws-credential-report', name: 'aws-prod', scope: 'prod' } });
  });

  it('names file and line for a row with the wrong number of columns', () => {
    const err = thrown(() => parse('report-short-row.csv'));
    expect(err.file).toBe('test/fixtures/discover/cloud/aws-credential-report/report-short-row.csv');
    expect(err.line).toBe(3);
    expect(err.message).toMatch(/21 columns, the header has 22/);
  });

  it('names file, line, user and field for a garbage timestamp', () => {
    const err = thrown(() => parse('report-bad-time.csv'));
    expect(err.line).toBe(2);
    expect(err.message).toMatch(/password_last_changed/);
    expect(err.message).toMatch(/alice/);
  });

  it('rejects a header that lacks a column, and an unknown boolean', () => {
    expect(() => awsCredentialReport.parse(textInput('user,arn,user_creation_time\n', 'r.csv'), {})).toThrow(/lacks column password_enabled/);
    const text = fixture('aws-credential-report/report.csv').text.replace('alice,arn:aws:iam::123456789012:user/alice,2022-09-12T07:30:11+00:00,true', 'alice,arn:aws:iam::123456789012:user/alice,2022-09-12T07:30:11+00:00,maybe');
    const err = thrown(() => awsCredentialReport.parse(textInput(text, 'r.csv'), {}));
    expect(err.message).toMatch(/password_enabled.*alice.*"maybe"/);
    expect(err.line).toBe(4);
  });

  it('sniffs its header only', () => {
    expect(awsCredentialReport.sniff(fixture('aws-credential-report/report.csv'))).toBe(1);
    expect(awsCredentialReport.sniff(textInput('user,arn\nx,y\n', 'x.csv'))).toBe(0);
    expect(awsCredentialReport.sniff(textInput('{"user":"x"}'))).toBe(0);
  });
});
