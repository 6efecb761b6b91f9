import { describe, expect, it } from 'vitest';
import { awsAuthorizationDetails } from './aws-authorization-details.js';
import { fixture, textInput, thrown } from './cloud-testing.js';

const parse = (rel: string) => awsAuthorizationDetails.parse(fixture(`aws-authorization-details/${rel}`), {});
const ACCT = 'arn:aws:iam::123456789012';

describe('aws-authorization-details', () => {
  it('emits roles and users as ServiceAccounts with ARN, name and unique id', () => {
    const piece = parse('details.json');
    expect(piece.source).toEqual({ type: 'aws-authorization-details', scope: '123456789012' });
    expect(piece.covers).toEqual(['ServiceAccount']);
    expect(piece.complete).toBe(true);
    expect(piece.assets.map((a) => a.name)).toEqual(['ml-inference', 'old-etl', 'AWSServiceRoleForElasticLoadBalancing', 'ci-deployer']);
    const role = piece.assets[0];
    expect(role.identifiers).toEqual([`${ACCT}:role/ml-inference`, 'ml-inference', 'AROAJ52OTH4H7LEXAMPLE']);
    expect(role).toMatchObject({ id: `${ACCT}:role/ml-inference`, active: true, createdAt: '2022-08-15T09:30:00.000Z' });
  });

  it('writes permissions as policy:<arn>, inline:<name> and group:<name>', () => {
    const piece = parse('details.json');
    expect(piece.assets[0].permissions).toEqual([
      'policy:arn:aws:iam::aws:policy/AmazonSageMakerFullAccess',
      `policy:${ACCT}:policy/ml-logs`,
      'inline:read-model-artifacts',
    ]);
    expect(piece.assets[1].permissions).toEqual([]);
    expect(piece.assets[3].permissions).toEqual(['policy:arn:aws:iam::aws:policy/ReadOnlyAccess', 'inline:deploy-bucket-write', 'group:deployers']);
    expect(piece.assets[0].attributes?.permissionsBoundary).toBe(`${ACCT}:policy/ml-boundary`);
  });

  it('reads RoleLastUsed, where {} means not used in the 400-day window', () => {
    const piece = parse('details.json');
    expect(piece.assets[0].lastUsedAt).toBe('2024-05-30T22:14:08.000Z');
    expect(piece.assets[0].attributes?.lastUsedRegion).toBe('us-east-1');
    expect(piece.assets[1].lastUsedAt).toBeNull();
    // Users carry no last-used field in this export: unknown.
    expect('lastUsedAt' in piece.assets[3]).toBe(false);
  });

  it('takes owners and environment from tags, trust from the assume-role policy', () => {
    const piece = parse('details.json');
    expect(piece.assets[0].ownerHints).toEqual(['ml-platform', 'data-science']);
    expect(piece.assets[0].environment).toBe('prod');
    expect(piece.assets[0].attributes?.trustedPrincipals).toEqual([
      `${ACCT}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE`,
    ]);
    expect(piece.assets[3].ownerHints).toEqual(['@acme/platform']);
    expect(piece.assets[1].ownerHints).toBeUndefined();
    expect(piece.assets[2].attributes?.serviceLinked).toBe(true);
  });

  it('marks a truncated response incomplete and decodes a URL-encoded trust policy', () => {
    const piece = parse('details-truncated.json');
    expect(piece.complete).toBe(false);
    expect(piece.incompleteReason).toMatch(/truncated/);
    expect(piece.assets[0].attributes?.trustedPrincipals).toEqual(['batch.amazonaws.com']);
    expect(piece.assets[0].lastUsedAt).toBeNull();
  });

  it('reads an empty account as complete and empty', () => {
    expect(parse('details-empty.json')).toMatchObject({ complete: true, assets: [] });
  });

  it('merges concatenated pages and drops repeats', () => {
    const page = fixture('aws-authorization-details/details.json').text;
    const piece = awsAuthorizationDetails.parse(textInput(`${page}\n${page}`, 'pages.json'), {});
    expect(piece.assets).toHaveLength(4);
  });

  it('rejects garbage timestamps and wrong shapes with file and record', () => {
    const err = thrown(() => parse('details-bad-time.json'));
    expect(err.file).toBe('test/fixtures/discover/cloud/aws-authorization-details/details-bad-time.json');
    expect(err.message).toMatch(/CreateDate in document 1, RoleDetailList\[0\].*yesterday-ish/);
    expect(thrown(() => awsAuthorizationDetails.parse(textInput('{"Roles":[]}'), {})).message).toMatch(/get-account-authorization-details/);
    expect(thrown(() => awsAuthorizationDetails.parse(textInput('{"RoleDetailList":[{"RoleName":"x"}],"Policies":[]}'), {})).message).toMatch(
      /missing required field Arn/,
    );
  });

  it('sniffs only authorization details', () => {
    expect(awsAuthorizationDetails.sniff(fixture('aws-authorization-details/details.json'))).toBe(1);
    expect(awsAuthorizationDetails.sniff(fixture('aws-access-keys/keys.ndjson'))).toBe(0);
  });
});
