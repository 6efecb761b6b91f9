import { describe, expect, it } from 'vitest';
import { fixture, textInput, thrown } from './cloud-testing.js';
import { k8sRoleBindings } from './k8s-role-bindings.js';
import { k8sServiceAccounts } from './k8s-service-accounts.js';

describe('k8s-service-accounts', () => {
  const piece = () => k8sServiceAccounts.parse(fixture('k8s-service-accounts/serviceaccounts.json'), { scope: 'prod-eks' });

  it('emits a ServiceAccount per item, keyed by namespace/name', () => {
    const p = piece();
    expect(p).toMatchObject({ complete: true, covers: ['ServiceAccount'], source: { type: 'k8s-service-accounts', scope: 'prod-eks' } });
    expect(p.assets.map((a) => a.id)).toEqual(['ml/default', 'ml/fraud-api', 'data/feature-sync', 'kube-system/coredns']);
    expect(p.assets[1]).toMatchObject({
      kind: 'ServiceAccount',
      identifiers: ['ml/fraud-api', 'system:serviceaccount:ml:fraud-api', '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d'],
      name: 'fraud-api',
      active: true,
      createdAt: '2023-03-02T11:22:33.000Z',
      environment: 'prod',
    });
  });

  it('reads owners from labels then annotations, never from managed-by', () => {
    const fraud = piece().assets[1];
    expect(fraud.ownerHints).toEqual(['ml-platform', '@acme/ml-platform']);
    expect(fraud.attributes).toMatchObject({ managedBy: 'Helm', automountServiceAccountToken: false });
  });

  it('keeps cloud identity links as attributes, not identifiers', () => {
    const [, fraud, sync] = piece().assets;
    expect(fraud.attributes?.awsRoleArn).toBe('arn:aws:iam::123456789012:role/ml-inference');
    expect(fraud.identifiers).not.toContain('arn:aws:iam::123456789012:role/ml-inference');
    expect(sync.attributes?.gcpServiceAccount).toBe('fraud-serving@acme-ml-prod.iam.gserviceaccount.com');
  });

  it('flags accounts Kubernetes creates itself, and leaves permissions unknown without bindings', () => {
    const p = piece();
    expect(p.assets.map((a) => a.attributes?.builtin === true)).toEqual([true, false, false, true]);
    expect(p.assets.every((a) => a.permissions === undefined)).toBe(true);
  });

  it('applies the bindings of a combined list, including group grants, and warns about dangling subjects', () => {
    const p = k8sServiceAccounts.parse(fixture('k8s-service-accounts/combined.json'), {});
    const [fraud, sync] = p.assets;
    expect(fraud.permissions).toEqual(['ClusterRole/view@ml', 'Role/ml/configmap-reader']);
    expect(fraud.attributes?.bindings).toEqual(['RoleBinding/ml/fraud-api-reader', 'RoleBinding/ml/ml-viewers']);
    expect(fraud.ownerHints).toEqual(['alice', 'bob']);
    expect(sync.permissions).toEqual(['ClusterRole/cluster-admin']);
    expect(p.warnings).toEqual([
      'ClusterRoleBinding/feature-sync-admin name(s) service account data/deleted-job, which is not in the list (dangling subject)',
    ]);
  });

  it('treats an empty list as a complete, empty snapshot, and a continue token as incomplete', () => {
    expect(k8sServiceAccounts.parse(fixture('k8s-service-accounts/serviceaccounts-empty.json'), {})).toMatchObject({ complete: true, assets: [] });
    const chunk = '{"apiVersion":"v1","kind":"ServiceAccountList","metadata":{"continue":"eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ"},"items":[{"metadata":{"name":"a","namespace":"b","uid":"u1","creationTimestamp":"2024-01-01T00:00:00Z"}}]}';
    const p = k8sServiceAccounts.parse(textInput(chunk), {});
    expect(p.complete).toBe(false);
    expect(p.assets[0].id).toBe('b/a'); // item kind taken from the typed list
  });

  it('rejects lists of other kinds and items without a namespace', () => {
    const pods = '{"apiVersion":"v1","kind":"List","items":[{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"n"}}]}';
    expect(k8sServiceAccounts.sniff(textInput(pods))).toBe(0);
    expect(thrown(() => k8sServiceAccounts.parse(textInput(pods, 'pods.json'), {})).message).toMatch(/items\[0\] has kind "Pod"/);
    const noNs = '{"kind":"List","items":[{"kind":"ServiceAccount","metadata":{"name":"x"}}]}';
    expect(thrown(() => k8sServiceAccounts.parse(textInput(noNs), {})).message).toMatch(/missing required field namespace in document 1, items\[0\]/);
  });
});

describe('k8s-role-bindings', () => {
  const piece = () => k8sRoleBindings.parse(fixture('k8s-role-bindings/bindings.json'), {});

  it('emits a fragment per service account subject with canonical permission strings', () => {
    const p = piece();
    expect(p).toMatchObject({ complete: true, covers: [], source: { type: 'k8s-role-bindings' } });
    expect(p.assets.map((a) => a.id)).toEqual(['ml/fraud-api', 'data/feature-sync']);
    const fraud = p.assets[0];
    expect(fraud.identifiers).toEqual(['ml/fraud-api', 'system:serviceaccount:ml:fraud-api']);
    // Subject namespace defaults to the RoleBinding's; a User named system:serviceaccount:… counts.
    expect(fraud.permissions).toEqual(['ClusterRole/cluster-admin', 'ClusterRole/edit@ml', 'Role/ml/configmap-reader']);
    expect(fraud.attributes?.bindings).toEqual([
      'ClusterRoleBinding/feature-sync-admin',
      'RoleBinding/ml/fraud-api-edit',
      'RoleBinding/ml/fraud-api-reader',
    ]);
    expect('active' in fraud).toBe(false);
  });

  it('warns about grants to service-account groups it cannot attribute, and ignores bindings without subjects', () => {
    const p = piece();
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings?.[0]).toMatch(/^ClusterRoleBinding\/all-sa-discovery grants ClusterRole\/system:discovery to every service account/);
    expect(p.assets.flatMap((a) => a.permissions)).not.toContain('Role/ml/secret-reader');
  });

  it('rejects a ClusterRoleBinding service account subject without a namespace', () => {
    const err = thrown(() => k8sRoleBindings.parse(fixture('k8s-role-bindings/bindings-bad-subject.json'), {}));
    expect(err.file).toBe('test/fixtures/discover/cloud/k8s-role-bindings/bindings-bad-subject.json');
    expect(err.message).toMatch(/namespace in document 1, items\[0\]\.subjects\[0\]/);
  });

  it('rejects a binding without roleRef', () => {
    const text = '{"kind":"List","items":[{"kind":"RoleBinding","metadata":{"name":"b","namespace":"n"}}]}';
    expect(thrown(() => k8sRoleBindings.parse(textInput(text), {})).message).toMatch(/roleRef/);
  });

  it('does not fight the service-account adapter over mixed lists', () => {
    const combined = fixture('k8s-service-accounts/combined.json');
    expect(k8sRoleBindings.sniff(combined)).toBe(0);
    expect(k8sServiceAccounts.sniff(combined)).toBe(1);
    const bindings = fixture('k8s-role-bindings/bindings.json');
    expect(k8sServiceAccounts.sniff(bindings)).toBe(0);
    expect(k8sRoleBindings.sniff(bindings)).toBeGreaterThan(0.9);
    // Forced onto a mixed list, it reads the bindings and says what it skipped.
    expect(k8sRoleBindings.parse(combined, {}).warnings).toContain(
      '2 ServiceAccount item(s) ignored: the k8s-service-accounts format reads mixed lists',
    );
  });
});
