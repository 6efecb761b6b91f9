/**
 * Kubernetes service accounts: `kubectl get serviceaccounts -A -o json`, and the combined
 * `kubectl get serviceaccounts,rolebindings,clusterrolebindings -A -o json`. This adapter owns every
 * list that holds ServiceAccount items; the role-bindings adapter only lists of bindings alone.
 * When bindings are present their grants become `permissions` (strings as in k8s-role-bindings),
 * including grants to the `system:serviceaccounts[:<ns>]` groups; with no bindings in the input,
 * `permissions` is left absent (unknown), never `[]`.
 *
 * - id `namespace/name` (the natural key; `metadata.uid` changes when the object is re-created)
 * - identifiers `namespace/name`, `system:serviceaccount:<ns>:<name>`, uid
 * - active: true (existence); createdAt: metadata.creationTimestamp
 * - owner hints: labels, then annotations, by the shared owner-key rule (see shared.ts);
 *   `app.kubernetes.io/managed-by` is a tool, kept as `attributes.managedBy`
 * - cloud identity annotations are attributes, not identifiers, so that one account does not also
 *   match the IAM role or GCP account record it federates to (that would be an ambiguous match):
 *   `awsRoleArn` (eks.amazonaws.com/role-arn), `gcpServiceAccount` (iam.gke.io/gcp-service-account),
 *   `azureClientId` (azure.workload.identity/client-id)
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { bool, ids, obj, requireString, str, time, type JsonObject } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { completeness, distinctAssets, environmentFrom, evidenceOf, locatedDocs, mapPairs, ownerHintsFrom, sourceOf, whereOf } from './shared.js';
import { BINDING_KINDS, itemKinds, k8sItems, SERVICE_ACCOUNT, truncatedLists, type K8sItem } from './k8s-objects.js';
import { bindingGrants, saIdentifiers, saKey, type BindingGrants } from './k8s-role-bindings.js';

const NAME = 'k8s-service-accounts';
const EXPECTED = 'kubectl get serviceaccounts -A -o json output (kind: List of ServiceAccount items)';

const CLOUD_ANNOTATIONS: Array<[string, string]> = [
  ['eks.amazonaws.com/role-arn', 'awsRoleArn'],
  ['iam.gke.io/gcp-service-account', 'gcpServiceAccount'],
  ['azure.workload.identity/client-id', 'azureClientId'],
];
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);
/** Cap on dangling-subject warnings, so a large cluster does not flood the output. */
const MAX_DANGLING_WARNINGS = 20;

function accountAsset(item: K8sItem, grants: BindingGrants | null): LiveAsset {
  const where = whereOf(item.at);
  const meta = item.value.metadata as JsonObject;
  const name = requireString(meta, 'name', where);
  const namespace = requireString(meta, 'namespace', where);
  const uid = str(meta.uid);
  const labels = mapPairs(meta.labels);
  const annotations = mapPairs(meta.annotations);
  const attributes: LiveAsset['attributes'] = { namespace };
  if (uid) attributes.uid = uid;
  const managedBy = str(obj(meta.labels)?.['app.kubernetes.io/managed-by']);
  if (managedBy) attributes.managedBy = managedBy;
  for (const [annotation, attribute] of CLOUD_ANNOTATIONS) {
    const v = str(obj(meta.annotations)?.[annotation]);
    if (v) attributes[attribute] = v;
  }
  const automount = bool(item.value.automountServiceAccountToken);
  if (automount !== undefined) attributes.automountServiceAccountToken = automount;
  // Accounts Kubernetes creates itself, which nobody writes a record for.
  if (name === 'default' || SYSTEM_NAMESPACES.has(namespace)) attributes.builtin = true;

  const asset: LiveAsset = {
    kind: 'ServiceAccount',
    id: saKey(namespace, name),
    identifiers: ids(...saIdentifiers(namespace, name), uid),
    name,
    active: true,
    createdAt: time(meta.creationTimestamp, where, 'metadata.creationTimestamp'),
    evidence: evidenceOf(item.at),
    attributes,
  };
  const owners = ownerHintsFrom([...labels, ...annotations]);
  if (owners.length > 0) asset.ownerHints = owners;
  const environment = environmentFrom(labels);
  if (environment) asset.environment = environment;

  if (grants) {
    const own = grants.bySa.get(asset.id);
    const permissions = new Set(own?.permissions);
    const bindings = new Set(own?.bindings);
    for (const g of grants.groups) {
      if (g.namespace === null || g.namespace === namespace) {
        permissions.add(g.permission);
        bindings.add(g.binding);
      }
    }
    asset.permissions = [...permissions].sort();
    attributes.bindings = [...bindings].sort();
  }
  return asset;
}

export const k8sServiceAccounts: Adapter = {
  name: NAME,
  description:
    'Kubernetes service accounts: `kubectl get serviceaccounts -A -o json`, or with bindings: `kubectl get serviceaccounts,rolebindings,clusterrolebindings -A -o json`',
  markers: ['`kind: List` (or ServiceAccountList) with ServiceAccount items, optionally mixed with RoleBinding/ClusterRoleBinding'],

  sniff(input) {
    const kinds = input.docs ? itemKinds(input.docs.map((d) => d.value)) : null;
    return kinds && kinds.includes(SERVICE_ACCOUNT) ? 1 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const docs = locatedDocs(input, EXPECTED);
    const items = k8sItems(docs, input.file, EXPECTED);
    const hasBindings = items.some((i) => (BINDING_KINDS as readonly string[]).includes(i.kind));
    const grants = hasBindings ? bindingGrants(items) : null;
    const assets = distinctAssets(items.filter((i) => i.kind === SERVICE_ACCOUNT).map((i) => accountAsset(i, grants)));
    const warnings: string[] = [];
    if (grants) {
      // Nothing stops a binding from naming an account that does not exist.
      const listed = new Set(assets.map((a) => a.id));
      const dangling = [...grants.bySa.keys()].filter((k) => !listed.has(k)).sort();
      for (const key of dangling.slice(0, MAX_DANGLING_WARNINGS)) {
        const g = grants.bySa.get(key)!;
        warnings.push(`${[...g.bindings].sort().join(', ')} name(s) service account ${key}, which is not in the list (dangling subject)`);
      }
      if (dangling.length > MAX_DANGLING_WARNINGS) {
        warnings.push(`… and ${dangling.length - MAX_DANGLING_WARNINGS} more dangling service account subject(s)`);
      }
    }
    const piece: SnapshotPiece = {
      source: sourceOf(NAME, options),
      ...completeness(truncatedLists(docs)),
      covers: ['ServiceAccount'],
      assets,
    };
    if (warnings.length > 0) piece.warnings = warnings;
    return piece;
  },
};
