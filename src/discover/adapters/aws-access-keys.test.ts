import { describe, expect, it } from 'vitest';
import { parseJsonDocuments } from '../../util/json-docs.js';
import { awsAccessKeys } from './aws-access-keys.js';
import { fixture, fixtureText, textInput, thrown } from './cloud-testing.js';

const parse = (rel: string) => awsAccessKeys.parse(fixture(`aws-access-keys/${rel}`), {});

describe('aws-access-keys', () => {
  it('reads NDJSON list responses and merges wrapped last-used lines by key id', () => {
    const piece = parse('keys.ndjson');
    expect(piece.covers).toEqual(['Credential']);
    expect(piece.complete).toBe(true);
    expect(piece.assets.map((a) => a.id)).toEqual(['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE', 'AKIAJQ5CMXEXAMPLE123']);
    const [used, inactive, never] = piece.assets;
    expect(used).toMatchObject({
      kind: 'Credential',
      identifiers: ['AKIAIOSFODNN7EXAMPLE', 'ci-deployer#AKIAIOSFODNN7EXAMPLE'],
      active: true,
      createdAt: '2023-06-01T08:00:00.000Z',
      lastUsedAt: '2024-03-10T14:05:00.000Z',
      attributes: { userName: 'ci-deployer', status: 'Active', lastUsedService: 's3', lastUsedRegion: 'us-east-1' },
    });
    // NDJSON: one response per line, so evidence carries the exact line.
    expect(used.evidence).toEqual({ file: 'test/fixtures/discover/cloud/aws-access-keys/keys.ndjson', index: 0, line: 1 });
    expect(inactive.active).toBe(false);
    // No last-used response for this key: unknown, not "never".
    expect('lastUsedAt' in inactive).toBe(false);
    // A missing LastUsedDate with N/A service: never used.
    expect(never).toMatchObject({ lastUsedAt: null, attributes: { lastUsedService: null, lastUsedRegion: null } });
    expect(never.evidence?.line).toBe(2);
  });

  it('reads a jq -s array of responses and maps Expired to inactive', () => {
    const piece = parse('keys-slurped.json');
    expect(piece.assets).toHaveLength(1);
    expect(piece.assets[0]).toMatchObject({ id: 'AKIA2EXPIREDEXAMPLE1', active: false, lastUsedAt: null, attributes: { status: 'Expired' } });
    expect(piece.assets[0].evidence?.line).toBeUndefined();
  });

  it('marks a truncated response incomplete and warns about an unjoinable last-used response', () => {
    const piece = parse('keys-truncated-pages.json');
    expect(piece.complete).toBe(false);
    expect(piece.incompleteReason).toMatch(/bulk-loader.*truncated/);
    expect(piece.warnings?.[0]).toMatch(/without AccessKeyId/);
    expect(piece.assets.map((a) => a.id)).toEqual(['AKIA3BULKLOADEREXMPL']);
  });

  it('keeps last-used fragments for keys listed elsewhere, without claiming coverage', () => {
    const text =
      '{"AccessKeyId":"AKIAOTHERFILEEXAMPLE","UserName":"svc","AccessKeyLastUsed":{"LastUsedDate":"2024-02-02T02:02:02Z","ServiceName":"sts","Region":"us-west-2"}}\n';
    const piece = awsAccessKeys.parse(textInput(text, 'lu.ndjson'), {});
    expect(piece.covers).toEqual([]);
    expect(piece.assets[0]).toMatchObject({
      id: 'AKIAOTHERFILEEXAMPLE',
      identifiers: ['AKIAOTHERFILEEXAMPLE', 'svc#AKIAOTHERFILEEXAMPLE'],
      lastUsedAt: '2024-02-02T02:02:02.000Z',
    });
    expect('active' in piece.assets[0]).toBe(false);
  });

  it('treats an empty key list as a complete, empty snapshot', () => {
    expect(parse('keys-empty.json')).toMatchObject({ complete: true, covers: ['Credential'], assets: [] });
  });

  it('reads AWS CLI v1 epoch-second timestamps', () => {
    const text = '{"AccessKeyMetadata":[{"UserName":"v1","AccessKeyId":"AKIAV1CLIEXAMPLE0001","Status":"Active","CreateDate":1700000000}]}';
    expect(awsAccessKeys.parse(textInput(text), {}).assets[0].createdAt).toBe('2023-11-14T22:13:20.000Z');
  });

  it('rejects malformed input with file and record', () => {
    const bad = thrown(() => parse('keys-bad-status.json'));
    expect(bad.file).toBe('test/fixtures/discover/cloud/aws-access-keys/keys-bad-status.json');
    expect(bad.message).toMatch(/Status in document 1, AccessKeyMetadata\[0\].*"Revoked"/);
    const wrong = thrown(() => awsAccessKeys.parse(fixture('gcp-service-accounts/accounts.json'), {}));
    expect(wrong.message).toMatch(/expected aws iam list-access-keys output/);
    expect(wrong.line).toBe(1);
    const noId = thrown(() => awsAccessKeys.parse(textInput('{"AccessKeyMetadata":[{"UserName":"x","Status":"Active"}]}'), {}));
    expect(noId.message).toMatch(/missing required field AccessKeyId/);
    const garbage = thrown(() =>
      awsAccessKeys.parse(textInput('{"AccessKeyMetadata":[{"AccessKeyId":"AKIAX","Status":"Active","CreateDate":"soon"}]}'), {}),
    );
    expect(garbage.message).toMatch(/field CreateDate .*"soon"/);
  });

  it('a truncated file fails while reading JSON (line given), and CSV text is refused', () => {
    const text = fixtureText('aws-access-keys/keys-truncated-file.json');
    const err = thrown(() => parseJsonDocuments(text, 'k.json'));
    expect(err.message).toMatch(/invalid JSON/);
    expect(err.file).toBe('k.json');
    expect(err.line).toBeGreaterThan(1);
    // The adapter, handed the text unparsed, gives the same located error.
    const fromAdapter = thrown(() => awsAccessKeys.parse({ file: 'k.json', text, docs: null }, {}));
    expect([fromAdapter.message, fromAdapter.file, fromAdapter.line]).toEqual([err.message, 'k.json', err.line]);
    expect(thrown(() => awsAccessKeys.parse({ file: 'k.csv', text: 'user,arn\nbob,x\n', docs: null }, {})).message).toMatch(/^not JSON \(expected aws iam list-access-keys/);
  });

  it('sniffs list and last-used responses in any framing', () => {
    expect(awsAccessKeys.sniff(fixture('aws-access-keys/keys.ndjson'))).toBe(1);
    expect(awsAccessKeys.sniff(fixture('aws-access-keys/keys-slurped.json'))).toBe(1);
    expect(awsAccessKeys.sniff(textInput('{"AccessKeyId":"A","AccessKeyLastUsed":{}}'))).toBeGreaterThan(0.9);
    expect(awsAccessKeys.sniff(textInput('{"Users":[]}'))).toBe(0);
  });
});
