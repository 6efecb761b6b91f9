import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LiveAsset } from '../../model/snapshot.js';
import {
  awsAccountOf,
  completeness,
  distinctAssets,
  environmentFrom,
  gcpResourceName,
  locatedDocs,
  OWNER_KEYS,
  ownerHintsFrom,
} from './shared.js';
import { textInput } from './cloud-testing.js';

describe('owner hints rule', () => {
  it('takes keys whose last segment is an owner key, in any case, and splits values on commas', () => {
    expect(
      ownerHintsFrom([
        ['Owner', '@acme/ml'],
        ['acme.io/team', ' data , ml '],
        ['app.kubernetes.io/managed-by', 'Helm'],
        ['cost-center', '44'],
        ['owned-by', '@acme/ml'],
      ]),
    ).toEqual(['@acme/ml', 'data', 'ml']);
    expect(environmentFrom([['Env', 'prod']])).toBe('prod');
    expect(environmentFrom([['environment-name', 'prod']])).toBeUndefined();
  });

  it('accepts every owner key under any prefix and rejects keys that merely contain one (property)', () => {
    const prefix = fc.constantFrom('', 'acme.io/', 'x/y/');
    fc.assert(
      fc.property(prefix, fc.constantFrom(...OWNER_KEYS), fc.boolean(), fc.stringMatching(/^[a-z@/-]{1,12}$/), (p, key, upper, value) => {
        const k = p + (upper ? key.toUpperCase() : key);
        expect(ownerHintsFrom([[k, value]])).toEqual([value]);
        expect(ownerHintsFrom([[`${k}-id`, value]])).toEqual([]);
        expect(ownerHintsFrom([[`${k}/sub`, value]])).toEqual([]);
      }),
    );
  });
});

describe('record lines', () => {
  it('gives a line for NDJSON records and none inside a multi-line document', () => {
    const lines = (text: string) => locatedDocs(textInput(text), 'x').map((d) => d.recordLine);
    expect(lines('{"a":1}\n{"a":2}\n\n{"a":3}\n')).toEqual([1, 2, 4]);
    expect(lines('{\n"a":1\n}\n{"a":2}')).toEqual([undefined, 4]);
    expect(lines('{"a":1}{"a":2}\n')).toEqual([1, 1]);
    expect(lines('[\n{"a":1}\n]')).toEqual([undefined]);
  });
});

describe('name grammars', () => {
  it('parses GCP resource names with and without the service prefix', () => {
    expect(gcpResourceName('//iam.googleapis.com/projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k1')).toEqual({
      project: 'p',
      email: 'a@p.iam.gserviceaccount.com',
      keyId: 'k1',
      relative: 'projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k1',
      full: '//iam.googleapis.com/projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k1',
    });
    expect(gcpResourceName('projects/p/serviceAccounts/a@b')?.keyId).toBeUndefined();
    expect(gcpResourceName('projects/p/serviceAccounts/a@b/keys/')).toBeUndefined();
    expect(gcpResourceName('//storage.googleapis.com/projects/p/buckets/b')).toBeUndefined();
  });

  it('reads the account id from AWS ARNs only', () => {
    expect(awsAccountOf('arn:aws:iam::123456789012:user/a/b')).toBe('123456789012');
    expect(awsAccountOf('arn:aws:iam::aws:policy/ReadOnlyAccess')).toBeUndefined();
    expect(awsAccountOf('123456789012')).toBeUndefined();
  });
});

describe('piece helpers', () => {
  it('completeness: complete without reasons, else every reason joined', () => {
    expect(completeness([])).toEqual({ complete: true });
    expect(completeness(['a is truncated', 'b has a next page'])).toEqual({
      complete: false,
      incompleteReason: 'a is truncated; b has a next page',
    });
  });

  it('distinctAssets keeps the first asset of each kind and id, in order', () => {
    const asset = (kind: LiveAsset['kind'], id: string, name: string): LiveAsset => ({ kind, id, identifiers: [id], name });
    const kept = distinctAssets([
      asset('ServiceAccount', 'x', 'first'),
      asset('Credential', 'x', 'other kind'),
      asset('ServiceAccount', 'x', 'repeat'),
      asset('ServiceAccount', 'y', 'second'),
    ]);
    expect(kept.map((a) => `${a.kind}/${a.id}:${a.name}`)).toEqual(['ServiceAccount/x:first', 'Credential/x:other kind', 'ServiceAccount/y:second']);
  });
});
