import { describe, expect, it } from 'vitest';
import { fixture, textInput, thrown } from './cloud-testing.js';
import { gcpActivity } from './gcp-activity.js';
import { gcpServiceAccountKeys } from './gcp-service-account-keys.js';
import { gcpServiceAccounts } from './gcp-service-accounts.js';

const SA = 'fraud-serving@acme-ml-prod.iam.gserviceaccount.com';
const KEY = '3b8c2f0d9e1a4b5c6d7e8f9a0b1c2d3e4f5a6b7c';

describe('gcp-service-accounts', () => {
  it('emits a ServiceAccount per account with email, uniqueId and resource name', () => {
    const piece = gcpServiceAccounts.parse(fixture('gcp-service-accounts/accounts.json'), {});
    expect(piece).toMatchObject({ complete: true, covers: ['ServiceAccount'], source: { type: 'gcp-service-accounts', scope: 'acme-ml-prod' } });
    expect(piece.assets).toHaveLength(3);
    expect(piece.assets[0]).toMatchObject({
      kind: 'ServiceAccount',
      id: '104271234567890123456',
      identifiers: [SA, '104271234567890123456', `projects/acme-ml-prod/serviceAccounts/${SA}`],
      name: SA,
      active: true,
      attributes: { disabled: false, projectId: 'acme-ml-prod', displayName: 'Fraud model serving' },
    });
    // No owner field in this export.
    expect(piece.assets[0].ownerHints).toBeUndefined();
  });

  it('reads disabled: true, and its absence as enabled', () => {
    const piece = gcpServiceAccounts.parse(fixture('gcp-service-accounts/accounts.json'), {});
    expect(piece.assets.map((a) => a.active)).toEqual([true, false, true]);
  });

  it('marks a REST page with nextPageToken incomplete; an empty array is complete', () => {
    const page = gcpServiceAccounts.parse(fixture('gcp-service-accounts/accounts-rest-page.json'), {});
    expect(page.complete).toBe(false);
    expect(page.incompleteReason).toMatch(/nextPageToken/);
    expect(page.assets[0].id).toBe('100000000000000000001');
    expect(gcpServiceAccounts.parse(fixture('gcp-service-accounts/accounts-empty.json'), {})).toMatchObject({ complete: true, assets: [] });
  });

  it('rejects wrong shapes and accounts without an email', () => {
    expect(thrown(() => gcpServiceAccounts.parse(fixture('gcp-activity/key-last-auth-page.json'), {})).message).toMatch(
      /expected gcloud iam service-accounts list/,
    );
    const err = thrown(() => gcpServiceAccounts.parse(textInput('[{"name":"projects/p/serviceAccounts/x","uniqueId":"1"}]', 'sa.json'), {}));
    expect(err.file).toBe('sa.json');
    expect(err.message).toMatch(/document 1, item 0/);
  });
});

describe('gcp-service-account-keys', () => {
  const piece = () => gcpServiceAccountKeys.parse(fixture('gcp-service-account-keys/keys.json'), {});

  it('emits user-managed keys across concatenated per-account listings, skipping system-managed ones', () => {
    const p = piece();
    expect(p.assets.map((a) => a.id)).toEqual([
      KEY,
      '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
      '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c',
      'aa11bb22cc33dd44ee55ff6677889900aabbccdd',
    ]);
    expect(p.warnings).toEqual(['1 SYSTEM_MANAGED key(s) skipped: Google manages and rotates them']);
    expect(p.covers).toEqual(['Credential']);
    // Two accounts in one project: the project is the scope.
    expect(p.source.scope).toBe('acme-ml-prod');
  });

  it('identifies a key by id and full name, and reads the no-expiry sentinel as null', () => {
    const k = piece().assets[0];
    expect(k).toMatchObject({
      kind: 'Credential',
      identifiers: [KEY, `projects/acme-ml-prod/serviceAccounts/${SA}/keys/${KEY}`],
      active: true,
      createdAt: '2023-02-10T12:00:00.000Z',
      rotatedAt: '2023-02-10T12:00:00.000Z',
      expiresAt: null,
      attributes: { serviceAccountEmail: SA, keyType: 'USER_MANAGED', credentialType: 'gcp-service-account-key' },
    });
  });

  it('reads disabled keys as inactive and keeps a past expiry for reconciliation to judge', () => {
    const [, disabled, expired] = piece().assets;
    expect(disabled).toMatchObject({ active: false, attributes: { disabled: true, disableReason: 'SERVICE_ACCOUNT_KEY_DISABLE_REASON_USER_INITIATED' } });
    // Adapters have no "now": active reflects only `disabled`; expiresAt carries the end.
    expect(expired).toMatchObject({ active: true, expiresAt: '2024-01-01T00:00:00.000Z' });
  });

  it('scopes a single-account listing to that account; an empty list is complete', () => {
    const text = JSON.stringify([
      {
        keyAlgorithm: 'KEY_ALG_RSA_2048',
        keyOrigin: 'GOOGLE_PROVIDED',
        keyType: 'USER_MANAGED',
        name: `projects/acme-ml-prod/serviceAccounts/${SA}/keys/${KEY}`,
        validAfterTime: '2023-02-10T12:00:00Z',
        validBeforeTime: '9999-12-31T23:59:59Z',
      },
    ]);
    expect(gcpServiceAccountKeys.parse(textInput(text), {}).source.scope).toBe(`projects/acme-ml-prod/serviceAccounts/${SA}`);
    expect(gcpServiceAccountKeys.parse(fixture('gcp-service-account-keys/keys-empty.json'), {})).toMatchObject({ complete: true, assets: [] });
  });

  it('rejects a key name it cannot read, naming file and record', () => {
    const err = thrown(() => gcpServiceAccountKeys.parse(fixture('gcp-service-account-keys/keys-bad-name.json'), {}));
    expect(err.file).toBe('test/fixtures/discover/cloud/gcp-service-account-keys/keys-bad-name.json');
    expect(err.message).toMatch(/field name in document 1, key 0/);
  });
});

describe('gcp-activity', () => {
  it('emits ServiceAccount fragments with lastUsedAt and the ids every form of name gives', () => {
    const piece = gcpActivity.parse(fixture('gcp-activity/sa-last-auth.json'), {});
    expect(piece.covers).toEqual([]);
    expect(piece.complete).toBe(true);
    expect(piece.collectedAt).toBe('2024-06-03T07:00:00.000Z');
    expect(piece.collectedAtFrom).toBe('data');
    expect(piece.assets[0]).toMatchObject({
      kind: 'ServiceAccount',
      id: '104271234567890123456',
      identifiers: [
        SA,
        '104271234567890123456',
        `projects/acme-ml-prod/serviceAccounts/${SA}`,
        `//iam.googleapis.com/projects/acme-ml-prod/serviceAccounts/${SA}`,
      ],
      lastUsedAt: '2024-06-02T07:00:00.000Z',
      attributes: { projectNumber: '123456789012', observationStart: '2024-03-05T08:00:00.000Z' },
    });
    // Enrichment only: an activity says nothing about whether the account is enabled.
    expect('active' in piece.assets[0]).toBe(false);
  });

  it('emits key fragments from a REST page and marks nextPageToken incomplete', () => {
    const piece = gcpActivity.parse(fixture('gcp-activity/key-last-auth-page.json'), {});
    expect(piece.complete).toBe(false);
    expect(piece.incompleteReason).toMatch(/nextPageToken/);
    expect(piece.assets[0]).toMatchObject({
      kind: 'Credential',
      id: KEY,
      identifiers: [KEY, `projects/acme-ml-prod/serviceAccounts/${SA}/keys/${KEY}`, `//iam.googleapis.com/projects/acme-ml-prod/serviceAccounts/${SA}/keys/${KEY}`],
      lastUsedAt: '2024-05-28T07:00:00.000Z',
    });
  });

  it('treats an empty result as complete with no assets (absence = no observed use)', () => {
    expect(gcpActivity.parse(fixture('gcp-activity/activity-empty.json'), {})).toMatchObject({ complete: true, assets: [], covers: [] });
    expect(gcpActivity.parse(textInput('{"nextPageToken":""}'), {})).toMatchObject({ complete: true, assets: [] });
  });

  it('rejects a bad resource name and a garbage time with the record', () => {
    const base = { activityType: 'serviceAccountLastAuthentication', observationPeriod: {} };
    const badName = thrown(() => gcpActivity.parse(textInput(JSON.stringify([{ ...base, fullResourceName: '//storage.googleapis.com/b' }]), 'a.json'), {}));
    expect(badName.message).toMatch(/fullResourceName in document 1, activity 0/);
    const badTime = thrown(() =>
      gcpActivity.parse(
        textInput(JSON.stringify([{ ...base, fullResourceName: `//iam.googleapis.com/projects/p/serviceAccounts/${SA}`, activity: { lastAuthenticatedTime: 'Tuesday' } }])),
        {},
      ),
    );
    expect(badTime.message).toMatch(/activity.lastAuthenticatedTime .*Tuesday/);
  });
});
