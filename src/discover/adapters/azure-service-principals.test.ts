import { describe, expect, it } from 'vitest';
import { azureServicePrincipals } from './azure-service-principals.js';
import { fixture, fixtureText, textInput, thrown } from './cloud-testing.js';

const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe('azure-service-principals', () => {
  const piece = () => azureServicePrincipals.parse(fixture('azure-service-principals/sp-list.json'), {});

  it('emits a ServiceAccount per principal with object id, appId, display name and SPNs', () => {
    const p = piece();
    expect(p).toMatchObject({ complete: true, covers: ['ServiceAccount'], source: { type: 'azure-service-principals' } });
    const sp = p.assets[0];
    expect(sp).toMatchObject({
      kind: 'ServiceAccount',
      id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      identifiers: ['a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', APP, 'fraud-scoring-api', 'api://fraud-scoring-api'],
      active: true,
      attributes: { appId: APP, servicePrincipalType: 'Application' },
    });
  });

  it('emits a Credential per secret and certificate, keyed by keyId, with validity dates', () => {
    const creds = piece().assets.filter((a) => a.kind === 'Credential');
    expect(creds.map((c) => c.id)).toEqual([
      'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a',
      'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b',
      'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
    ]);
    expect(creds[0]).toMatchObject({
      identifiers: ['d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a', `${APP}#d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a`],
      name: 'ci-deploy',
      active: true,
      createdAt: '2023-12-31T23:59:59.999Z',
      expiresAt: '2024-12-31T23:59:59.999Z',
      attributes: { credentialType: 'azure-client-secret', hint: 'Xq8' },
    });
    // An expired secret still shows active: reconciliation compares expiresAt with its now.
    expect(creds[1]).toMatchObject({ active: true, expiresAt: '2023-06-30T00:00:00.000Z' });
    expect(creds[2].attributes).toMatchObject({ credentialType: 'azure-certificate', type: 'AsymmetricX509Cert', usage: 'Verify' });
  });

  it('never keeps secretText or key, even when an export carries them', () => {
    const leaky = fixtureText('azure-service-principals/sp-list.json')
      .replace('"secretText": null', '"secretText": "s3cr3t-value-Xq8"')
      .replace('"key": null', '"key": "MIIC-cert-bytes"');
    const out = JSON.stringify(azureServicePrincipals.parse(textInput(leaky), {}));
    expect(out).not.toContain('s3cr3t-value-Xq8');
    expect(out).not.toContain('MIIC-cert-bytes');
  });

  it('reads a disabled principal as inactive, with its credentials', () => {
    const p = azureServicePrincipals.parse(
      textInput(
        JSON.stringify([
          {
            accountEnabled: false,
            appId: 'app-1',
            displayName: 'off',
            id: 'obj-1',
            passwordCredentials: [{ keyId: 'k-1', startDateTime: '2024-01-01T00:00:00Z', endDateTime: '2026-01-01T00:00:00Z' }],
            servicePrincipalNames: ['app-1'],
            servicePrincipalType: 'Application',
          },
        ]),
      ),
      {},
    );
    expect(p.assets.map((a) => [a.id, a.active])).toEqual([
      ['obj-1', false],
      ['k-1', false],
    ]);
    expect(piece().assets.find((a) => a.name === 'batch-mi')?.active).toBe(false);
  });

  it('marks a Graph page with @odata.nextLink incomplete; an empty list is complete', () => {
    const page = azureServicePrincipals.parse(fixture('azure-service-principals/graph-page.json'), {});
    expect(page.complete).toBe(false);
    expect(page.incompleteReason).toMatch(/nextLink/);
    expect(azureServicePrincipals.parse(fixture('azure-service-principals/sp-list-empty.json'), {})).toMatchObject({ complete: true, assets: [] });
  });

  it('rejects garbage dates and missing ids with file and record', () => {
    const bad = fixtureText('azure-service-principals/sp-list.json').replace('"2025-03-01T00:00:00Z"', '"next spring"');
    const err = thrown(() => azureServicePrincipals.parse(textInput(bad, 'sp.json'), {}));
    expect(err.file).toBe('sp.json');
    expect(err.message).toMatch(/endDateTime in document 1, item 0\.keyCredentials\[0\]/);
    expect(thrown(() => azureServicePrincipals.parse(textInput('[{"appId":"a","servicePrincipalType":"Application"}]'), {})).message).toMatch(
      /missing required field id/,
    );
  });
});
