/**
 * Kubernetes RBAC bindings: `kubectl get rolebindings,clusterrolebindings -A -o json`. Emits one
 * ServiceAccount fragment per service account subject, carrying the roles it is granted.
 * Enrichment only (covers nothing): a binding says nothing about which accounts exist.
 *
 * Canonical permission strings (manifests' `spec.approval.permissions` compare against these):
 * - `ClusterRole/<name>`          ClusterRoleBinding → ClusterRole (cluster-wide)
 * - `ClusterRole/<name>@<ns>`     RoleBinding in <ns> → ClusterRole (granted in <ns> only)
 * - `Role/<ns>/<name>`            RoleBinding in <ns> → Role
 * Subjects that reach a service account: kind ServiceAccount (namespace defaults to the binding's),
 * kind User named `system:serviceaccount:<ns>:<name>`, and the groups `system:serviceaccounts`
 * (every account) and `system:serviceaccounts:<ns>` (every account in <ns>). Group grants cannot be
 * attributed without the account list: this adapter reports them as warnings, and the
 * k8s-service-accounts adapter applies them when a combined list holds both.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { arr, fieldError, obj, requireString, str, type JsonObject } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { evidenceOf, locatedDocs, sourceOf, whereOf, type RecordAt } from './shared.js';
import { BINDING_KINDS, itemKinds, k8sItems, SERVICE_ACCOUNT, truncatedLists, type K8sItem } from './k8s-objects.js';

const NAME = 'k8s-role-bindings';
const EXPECTED = 'kubectl get rolebindings,clusterrolebindings -A -o json output (kind: List of bindings)';

/** `namespace/name` of a service account: the natural key every Kubernetes adapter uses. */
export function saKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

export function saIdentifiers(namespace: string, name: string): string[] {
  return [saKey(namespace, name), `system:serviceaccount:${namespace}:${name}`];
}

export interface SaGrants {
  namespace: string;
  name: string;
  permissions: Set<string>;
  /** `ClusterRoleBinding/<name>` or `RoleBinding/<ns>/<name>`. */
  bindings: Set<string>;
  /** The first binding that named this account. */
  at: RecordAt;
}

export interface GroupGrant {
  /** null: every service account in the cluster. */
  namespace: string | null;
  permission: string;
  binding: string;
}

export interface BindingGrants {
  bySa: Map<string, SaGrants>;
  groups: GroupGrant[];
}

/** The canonical permission string and binding label for one binding object. */
function grantOf(item: K8sItem): { permission: string; binding: string; namespace: string | undefined } {
  const where = whereOf(item.at);
  const meta = item.value.metadata as JsonObject;
  const bindingName = requireString(meta, 'name', where);
  const roleRef = obj(item.value.roleRef);
  if (!roleRef) throw new InputError(`missing required field roleRef in ${item.at.record}`, { file: item.at.file, line: item.at.line });
  const roleKind = requireString(roleRef, 'kind', { ...where, record: `${item.at.record}.roleRef` });
  const roleName = requireString(roleRef, 'name', { ...where, record: `${item.at.record}.roleRef` });
  if (item.kind === 'ClusterRoleBinding') {
    if (roleKind !== 'ClusterRole') {
      throw fieldError(where, 'roleRef.kind', `a ClusterRoleBinding must reference a ClusterRole, found ${JSON.stringify(roleKind)}`);
    }
    return { permission: `ClusterRole/${roleName}`, binding: `ClusterRoleBinding/${bindingName}`, namespace: undefined };
  }
  const ns = requireString(meta, 'namespace', where);
  const binding = `RoleBinding/${ns}/${bindingName}`;
  if (roleKind === 'ClusterRole') return { permission: `ClusterRole/${roleName}@${ns}`, binding, namespace: ns };
  if (roleKind === 'Role') return { permission: `Role/${ns}/${roleName}`, binding, namespace: ns };
  throw fieldError(where, 'roleRef.kind', `expected Role or ClusterRole, found ${JSON.stringify(roleKind)}`);
}

/** Collects what every service account subject (and service-account group) is granted. */
export function bindingGrants(items: K8sItem[]): BindingGrants {
  const bySa = new Map<string, SaGrants>();
  const groups: GroupGrant[] = [];
  const grantTo = (namespace: string, name: string, permission: string, binding: string, at: RecordAt) => {
    const key = saKey(namespace, name);
    let g = bySa.get(key);
    if (!g) bySa.set(key, (g = { namespace, name, permissions: new Set(), bindings: new Set(), at }));
    g.permissions.add(permission);
    g.bindings.add(binding);
  };
  for (const item of items) {
    if (!(BINDING_KINDS as readonly string[]).includes(item.kind)) continue;
    const { permission, binding, namespace } = grantOf(item);
    // `subjects` may be missing entirely: a binding that grants nothing.
    arr(item.value.subjects).forEach((s, j) => {
      const subject = obj(s);
      const record = `${item.at.record}.subjects[${j}]`;
      if (!subject) throw new InputError(`${record}: expected an object`, { file: item.at.file, line: item.at.line });
      const kind = str(subject.kind);
      const name = requireString(subject, 'name', { ...whereOf(item.at), record });
      if (kind === 'ServiceAccount') {
        const ns = str(subject.namespace) || namespace;
        if (!ns) {
          throw fieldError({ ...whereOf(item.at), record }, 'namespace', 'a ServiceAccount subject of a ClusterRoleBinding needs a namespace');
        }
        grantTo(ns, name, permission, binding, item.at);
      } else if (kind === 'User') {
        const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(name);
        if (m) grantTo(m[1], m[2], permission, binding, item.at);
      } else if (kind === 'Group') {
        if (name === 'system:serviceaccounts') groups.push({ namespace: null, permission, binding });
        const m = /^system:serviceaccounts:([^:]+)$/.exec(name);
        if (m) groups.push({ namespace: m[1], permission, binding });
      }
    });
  }
  return { bySa, groups };
}

/** One line per group grant, for warnings. */
export function describeGroupGrant(g: GroupGrant): string {
  const who = g.namespace === null ? 'every service account' : `every service account in namespace ${g.namespace}`;
  return `${g.binding} grants ${g.permission} to ${who}`;
}

export const k8sRoleBindings: Adapter = {
  name: NAME,
  description: 'Kubernetes RBAC bindings: `kubectl get rolebindings,clusterrolebindings -A -o json`',
  markers: ['`kind: List` (or RoleBindingList/ClusterRoleBindingList) whose items are all RoleBinding/ClusterRoleBinding'],

  sniff(input) {
    const kinds = input.docs ? itemKinds(input.docs.map((d) => d.value)) : null;
    if (!kinds || kinds.length === 0) return 0;
    return kinds.every((k) => (BINDING_KINDS as readonly string[]).includes(k)) ? 0.95 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const docs = locatedDocs(input, EXPECTED);
    const items = k8sItems(docs, input.file, EXPECTED);
    const truncated = truncatedLists(docs);
    const { bySa, groups } = bindingGrants(items);
    const assets: LiveAsset[] = [...bySa.values()].map((g) => ({
      kind: 'ServiceAccount',
      id: saKey(g.namespace, g.name),
      identifiers: saIdentifiers(g.namespace, g.name),
      name: g.name,
      permissions: [...g.permissions].sort(),
      evidence: evidenceOf(g.at),
      attributes: { namespace: g.namespace, bindings: [...g.bindings].sort() },
    }));
    const warnings = groups.map(
      (g) => `${describeGroupGrant(g)}; read it together with the account list (kubectl get serviceaccounts,rolebindings,clusterrolebindings -A -o json) to attribute it`,
    );
    const skipped = items.filter((i) => i.kind === SERVICE_ACCOUNT).length;
    if (skipped > 0) warnings.push(`${skipped} ServiceAccount item(s) ignored: the k8s-service-accounts format reads mixed lists`);
    const piece: SnapshotPiece = { source: sourceOf(NAME, options), complete: truncated.length === 0, covers: [], assets };
    if (truncated.length > 0) piece.incompleteReason = truncated.join('; ');
    if (warnings.length > 0) piece.warnings = warnings;
    return piece;
  },
};
