import { describe, expect, it } from 'vitest';
import { secretFingerprint, sha256Hex } from '../../util/hash.js';
import { adapterInput } from '../detect.js';
import { loadInput, parseFixture, TEST_HMAC_KEY } from './ml-testing.js';
import { trufflehogAdapter } from './trufflehog.js';

const AWS_ID = `AWS:${sha256Hex('AKIAZ5TQW3RMXN2KLP7D').slice(0, 16)}:0d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e:training/config/aws.env:2`;

describe('trufflehog', () => {
  it('skips log lines and emits one SecretFinding per result line', () => {
    const piece = parseFixture(trufflehogAdapter, 'trufflehog/git-results.ndjson');
    expect(piece).toMatchObject({ source: { type: 'trufflehog' }, complete: true, covers: ['SecretFinding'] });
    expect(piece.assets.map((a) => a.attributes?.detector)).toEqual(['AWS', 'Github', 'Github', 'SlackWebhook']);
    expect(piece.warnings).toEqual(['skipped 2 line(s) without DetectorName (log output)']);
    expect(piece.assets.map((a) => a.evidence?.line)).toEqual([2, 3, 4, 5]);
  });

  it('synthesises the id from detector, sha256(Raw), commit, file and line', () => {
    const [aws] = parseFixture(trufflehogAdapter, 'trufflehog/git-results.ndjson').assets;
    expect(aws.id).toBe(AWS_ID);
    expect(aws).toMatchObject({
      kind: 'SecretFinding',
      active: true,
      createdAt: '2024-03-05T22:22:10.000Z', // 2024-03-05 14:22:10 -0800 PST
      attributes: { file: 'training/config/aws.env', line: 2, commit: '0d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e', verified: true, source: 'Git' },
    });
  });

  it('joins a verified AWS key to IAM: key id, ARN, user id and account as identifiers', () => {
    const [aws] = parseFixture(trufflehogAdapter, 'trufflehog/git-results.ndjson').assets;
    expect(aws.identifiers).toEqual([
      AWS_ID,
      'AKIAZ5TQW3RMXN2KLP7D',
      'arn:aws:iam::123456789012:user/svc-training',
      'AIDAZ5TQW3RMEXAMPLE1',
      '123456789012',
      secretFingerprint('AKIAZ5TQW3RMXN2KLP7D', TEST_HMAC_KEY),
      secretFingerprint('AKIAZ5TQW3RMXN2KLP7Dk7Hn2Qx9Lm4Vb8Rt1Yc6Wz3Pd5Fs0Gj2Ea8Uo', TEST_HMAC_KEY),
    ]);
  });

  it('leaves active unset for unverified results and makes repeated hits unique', () => {
    const assets = parseFixture(trufflehogAdapter, 'trufflehog/git-results.ndjson').assets;
    expect(assets[1].active).toBeUndefined();
    expect(assets[2].id).toBe(`${assets[1].id}#2`);
    expect(assets[3].createdAt).toBe('2022-06-16T17:17:40.000Z'); // -0700 PDT
  });

  it('reads filesystem results (no commit, no timestamp)', () => {
    const [a] = parseFixture(trufflehogAdapter, 'trufflehog/filesystem-results.ndjson').assets;
    expect(a.id).toBe(`OpenAI:${sha256Hex('sk-proj-Hk3Lp9Qz2Wx7Cv4Bn8Mt1Ry6Ue0Io5Pa3Sd9Fg').slice(0, 16)}::/home/runner/work/models/.env:4`);
    expect(a.createdAt).toBeUndefined();
    expect(a.attributes).toMatchObject({ source: 'Filesystem', verified: true, detectorType: 201 });
  });

  it('reads output merged with stderr (banner and text lines are not JSON)', () => {
    const input = loadInput('trufflehog/merged-streams.ndjson');
    expect(input.docs).toBeNull();
    const piece = trufflehogAdapter.parse(input, {});
    expect(piece.assets).toHaveLength(1);
    expect(piece.assets[0]).toMatchObject({ evidence: { line: 4 }, attributes: { source: 'Github', repository: 'https://github.com/acme/ml-platform.git' } });
    expect(piece.assets[0].identifiers).toContain('AKIAW7PLMQ2ZXC4VBN8K');
  });

  it('accepts results wrapped in one array (jq -s)', () => {
    const line = loadInput('trufflehog/filesystem-results.ndjson').text.trim();
    const piece = trufflehogAdapter.parse(adapterInput('r.json', `[${line}]`), {});
    expect(piece.assets).toHaveLength(1);
  });

  it('an empty output is a complete, empty snapshot', () => {
    expect(parseFixture(trufflehogAdapter, 'trufflehog/empty.undetectable.ndjson')).toMatchObject({ complete: true, assets: [] });
  });

  it('rejects a broken result line and a bad timestamp, naming the line', () => {
    expect(() => parseFixture(trufflehogAdapter, 'trufflehog/bad-broken-line.ndjson')).toThrow(
      expect.objectContaining({ file: 'trufflehog/bad-broken-line.ndjson', line: 2, message: 'invalid JSON in a TruffleHog result: unterminated string' }),
    );
    expect(() => parseFixture(trufflehogAdapter, 'trufflehog/bad-timestamp.ndjson')).toThrow(
      expect.objectContaining({ line: 1, message: expect.stringContaining('SourceMetadata.Data.Git.timestamp') }),
    );
  });
});
