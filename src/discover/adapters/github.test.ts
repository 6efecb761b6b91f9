import { describe, expect, it } from 'vitest';
import { fixture, fixtureText, textInput, thrown } from './cloud-testing.js';
import { ghSecretList } from './gh-secret-list.js';
import { githubActionsSecrets } from './github-actions-secrets.js';
import { githubAppInstallations } from './github-app-installations.js';
import { githubDeployKeys, sshFingerprint } from './github-deploy-keys.js';
import { githubOrgMembers } from './github-org-members.js';
import { githubPats } from './github-pats.js';

const gh = (rel: string) => fixture(`github/${rel}`);

describe('github-actions-secrets', () => {
  it('emits a Credential per repo secret; identifiers gain the scope when it is known', () => {
    const bare = githubActionsSecrets.parse(gh('repo-secrets.json'), {});
    expect(bare).toMatchObject({ complete: true, covers: ['Credential'], source: { type: 'github-actions-secrets' } });
    expect(bare.assets[0]).toMatchObject({ id: 'AWS_ACCESS_KEY_ID', identifiers: ['AWS_ACCESS_KEY_ID'] });
    const scoped = githubActionsSecrets.parse(gh('repo-secrets.json'), { scope: 'acme/models', sourceName: 'gh' });
    expect(scoped.source).toEqual({ type: 'github-actions-secrets', name: 'gh', scope: 'acme/models' });
    expect(scoped.assets[1]).toMatchObject({
      kind: 'Credential',
      id: 'github-secret:acme/models/GCP_SA_KEY',
      identifiers: ['GCP_SA_KEY', 'github-secret:acme/models/GCP_SA_KEY'],
      active: true,
      createdAt: '2021-06-01T00:10:00.000Z',
      rotatedAt: '2023-02-10T12:05:00.000Z',
      attributes: { credentialType: 'ci-secret' },
    });
    expect(scoped.assets[1].attributes?.secretLevel).toBeUndefined();
    // GitHub never reports secret use: unknown, not never.
    expect('lastUsedAt' in scoped.assets[1]).toBe(false);
  });

  it('merges concatenated org pages and reports missing pages against total_count', () => {
    const p = githubActionsSecrets.parse(gh('org-secrets-paginate.json'), { scope: 'octo-org' });
    expect(p.assets.map((a) => a.name)).toEqual(['DEPLOY_TOKEN', 'GH_TOKEN']);
    expect(p.complete).toBe(false);
    expect(p.incompleteReason).toMatch(/total_count says 3 secrets, the file holds 2/);
    expect(p.assets[1].attributes).toMatchObject({
      secretLevel: 'organization',
      visibility: 'selected',
      selectedRepositoriesUrl: 'https://api.github.com/orgs/octo-org/actions/secrets/GH_TOKEN/repositories',
    });
    expect(p.assets[1].evidence?.line).toBe(2);
  });

  it('reads --slurp arrays of pages as complete when every item is there; empty is complete', () => {
    const p = githubActionsSecrets.parse(gh('org-secrets-slurp.json'), {});
    expect(p).toMatchObject({ complete: true });
    expect(p.assets.map((a) => a.name)).toEqual(['NPM_TOKEN', 'SLACK_WEBHOOK']);
    expect(githubActionsSecrets.parse(gh('repo-secrets-empty.json'), {})).toMatchObject({ complete: true, assets: [] });
  });

  it('rejects items without a name and garbage dates', () => {
    expect(thrown(() => githubActionsSecrets.parse(textInput('{"total_count":1,"secrets":[{"created_at":"2020-01-01T00:00:00Z"}]}'), {})).message).toMatch(
      /missing required field name in document 1, secrets\[0\]/,
    );
    expect(
      thrown(() => githubActionsSecrets.parse(textInput('{"total_count":1,"secrets":[{"name":"X","updated_at":"later"}]}', 's.json'), {})).message,
    ).toMatch(/updated_at .*"later"/);
  });
});

describe('gh-secret-list', () => {
  it('reads camelCase CLI output with no createdAt', () => {
    const p = ghSecretList.parse(gh('gh-secret-list.json'), { scope: 'octo-org' });
    expect(p).toMatchObject({ complete: true, covers: ['Credential'], source: { type: 'gh-secret-list', scope: 'octo-org' } });
    expect(p.assets[1]).toMatchObject({
      id: 'github-secret:octo-org/GH_TOKEN',
      identifiers: ['GH_TOKEN', 'github-secret:octo-org/GH_TOKEN'],
      rotatedAt: '2020-01-10T14:59:22.000Z',
      attributes: { visibility: 'selected', numSelectedRepos: 3, secretLevel: 'organization' },
    });
    expect('createdAt' in p.assets[1]).toBe(false);
  });

  it('sniffs CLI output but not the REST shape, and an empty array is a valid forced parse', () => {
    expect(ghSecretList.sniff(gh('gh-secret-list.json'))).toBe(0.9);
    expect(ghSecretList.sniff(gh('repo-secrets.json'))).toBe(0);
    expect(ghSecretList.sniff(textInput('[{"name":"X","updatedAt":"2020-01-01T00:00:00Z","extra":1}]'))).toBe(0);
    expect(ghSecretList.parse(textInput('[]'), {})).toMatchObject({ complete: true, assets: [] });
  });
});

describe('github-deploy-keys', () => {
  it('computes the OpenSSH fingerprint ssh-keygen prints', () => {
    expect(sshFingerprint('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBf595hXoLtXXA9NVV1/uHlVYr1utYPntCYCzdD/kpK6 deploy@ci')).toBe(
      'SHA256:fOAWfi5gotmtyaplYJqjap0RGLLx+uogGU9yaQvzO2Y',
    );
    expect(sshFingerprint('ssh-rsa AAA...')).toBeUndefined();
    expect(sshFingerprint('ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIBf595hXoLtXXA9NVV1/uHlVYr1utYPntCYCzdD/kpK6')).toBeUndefined();
  });

  it('emits a Credential per key with permission, last use, owner and repo scope', () => {
    const p = githubDeployKeys.parse(gh('deploy-keys.json'), {});
    expect(p).toMatchObject({ complete: true, covers: ['Credential'], source: { type: 'github-deploy-keys', scope: 'acme/models' } });
    const [ci, old] = p.assets;
    expect(ci).toMatchObject({
      id: 'github-deploy-key:1048576',
      identifiers: ['github-deploy-key:1048576', 'SHA256:fOAWfi5gotmtyaplYJqjap0RGLLx+uogGU9yaQvzO2Y'],
      name: 'ci deploy',
      active: true,
      permissions: ['write'],
      lastUsedAt: '2024-05-30T12:00:00.000Z',
      ownerHints: ['@alice'],
      attributes: { credentialType: 'deploy-key', readOnly: false },
    });
    expect(old).toMatchObject({ identifiers: ['github-deploy-key:1048577'], active: false, permissions: ['read'], lastUsedAt: null, ownerHints: ['@bob-left-2022'] });
  });

  it('reads --slurp pages; a key without last_used (older servers) has unknown use', () => {
    const p = githubDeployKeys.parse(gh('deploy-keys-slurp.json'), {});
    expect(p.assets).toHaveLength(1);
    expect('lastUsedAt' in p.assets[0]).toBe(false);
    expect(p.assets[0].active).toBe(true);
    expect(p.source.scope).toBe('acme/infra');
    expect(githubDeployKeys.parse(gh('deploy-keys-empty.json'), {})).toMatchObject({ complete: true, assets: [] });
  });

  it('rejects a page that mixes arrays and objects', () => {
    const err = thrown(() => githubDeployKeys.parse(textInput('[[{"id":1}], {"id":2}]', 'k.json'), {}));
    expect(err.file).toBe('k.json');
    expect(err.message).toMatch(/expected gh api \/repos/);
  });
});

describe('github-app-installations', () => {
  it('emits a ServiceAccount per installation with scope:level permissions', () => {
    const p = githubAppInstallations.parse(gh('installations.json'), {});
    expect(p).toMatchObject({ complete: true, covers: ['ServiceAccount'], source: { type: 'github-app-installations', scope: 'acme' } });
    const [bot, legacy] = p.assets;
    expect(bot).toMatchObject({
      kind: 'ServiceAccount',
      id: 'github-app-installation:25381',
      identifiers: ['github-app-installation:25381', 'github-app:release-bot', 'release-bot'],
      active: true,
      createdAt: '2017-05-16T15:47:09.000Z',
      permissions: ['contents:write', 'metadata:read', 'pull_requests:write'],
    });
    expect(legacy).toMatchObject({ active: false, attributes: { suspendedBy: 'carol', suspendedAt: '2023-09-09T09:09:09.000Z' } });
  });

  it('reports missing pages against total_count', () => {
    const first = JSON.parse(fixtureText('github/installations.json'));
    first.installations = first.installations.slice(0, 1);
    const p = githubAppInstallations.parse(textInput(JSON.stringify(first)), {});
    expect(p.complete).toBe(false);
    expect(p.incompleteReason).toMatch(/total_count says 2 installations, the file holds 1/);
  });
});

describe('github-pats', () => {
  it('emits a Credential per token with owner, expiry, last use and category permissions', () => {
    const p = githubPats.parse(gh('pats.json'), { scope: 'acme' });
    expect(p).toMatchObject({ complete: true, covers: ['Credential'], source: { type: 'github-pats', scope: 'acme' } });
    const [release, laptop, forever] = p.assets;
    expect(release).toMatchObject({
      id: 'github-pat:98716',
      identifiers: ['github-pat:98716', 'github-pat-grant:25381', 'octocat/release automation'],
      active: true,
      createdAt: '2023-05-16T15:47:09.000Z',
      expiresAt: '2023-11-16T15:47:09.000Z',
      lastUsedAt: null,
      ownerHints: ['@octocat'],
      permissions: ['organization.members:read', 'repository.contents:write', 'repository.metadata:read'],
    });
    expect(laptop).toMatchObject({ active: false, lastUsedAt: '2022-03-30T17:00:00.000Z' });
    expect(forever).toMatchObject({ expiresAt: null, permissions: ['organization.administration:write', 'repository.administration:read'] });
  });

  it('rejects a grant without an owner login', () => {
    const text = '[{"id":1,"token_id":2,"token_name":"t","token_expired":false,"permissions":{}}]';
    expect(thrown(() => githubPats.parse(textInput(text), {})).message).toMatch(/owner\.login in document 1, item 0/);
  });
});

describe('github-org-members', () => {
  it('emits a Member per user across concatenated pages', () => {
    const p = githubOrgMembers.parse(gh('members.json'), { scope: 'acme' });
    expect(p).toMatchObject({ complete: true, covers: ['Member'], source: { type: 'github-org-members', scope: 'acme' } });
    expect(p.assets).toEqual([
      expect.objectContaining({ kind: 'Member', id: '1', identifiers: ['@octocat', 'octocat', '1'], name: 'octocat' }),
      expect.objectContaining({ kind: 'Member', id: '1001', identifiers: ['@alice', 'alice', '1001'] }),
    ]);
    expect(githubOrgMembers.parse(textInput('[]'), {})).toMatchObject({ complete: true, assets: [] });
  });
});
