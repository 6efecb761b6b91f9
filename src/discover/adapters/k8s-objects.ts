/**
 * Reading `kubectl get … -o json` output for the Kubernetes adapters: a `kind: List` (or a typed
 * `ServiceAccountList`/`RoleBindingList`/`ClusterRoleBindingList`, or one bare object), in one or
 * more documents, flattened to items with their place in the file.
 */
import { InputError } from '../../util/errors.js';
import { arr, isObject, str, type JsonObject } from '../fields.js';
import { shapeError, type LocatedDoc, type RecordAt } from './shared.js';

export const SERVICE_ACCOUNT = 'ServiceAccount';
export const BINDING_KINDS = ['RoleBinding', 'ClusterRoleBinding'] as const;
/** Item kinds the Kubernetes identity adapters read; a list with any other kind is not theirs. */
export const K8S_IDENTITY_KINDS: readonly string[] = [SERVICE_ACCOUNT, ...BINDING_KINDS];

const TYPED_LISTS = new Set(['List', ...K8S_IDENTITY_KINDS.map((k) => `${k}List`)]);

export interface K8sItem {
  kind: string;
  value: JsonObject;
  at: RecordAt;
}

/** The items of one document, or null when it is not a kubectl List or a single object. */
function rawItems(value: unknown): unknown[] | null {
  if (!isObject(value)) return null;
  const kind = str(value.kind);
  if (kind && TYPED_LISTS.has(kind) && Array.isArray(value.items)) return value.items;
  if (kind && K8S_IDENTITY_KINDS.includes(kind) && isObject(value.metadata)) return [value];
  return null;
}

/** The item kinds of the input's documents; null when some document is not a kubectl list. */
export function itemKinds(values: unknown[]): string[] | null {
  const kinds: string[] = [];
  for (const v of values) {
    const items = rawItems(v);
    if (!items) return null;
    for (const it of items) kinds.push(isObject(it) ? (str(it.kind) ?? '') : '');
  }
  return kinds;
}

/**
 * Items of all documents. Typed lists (`RoleBindingList`) leave `kind` off their items, so an
 * item's kind falls back to the list's. Items of kinds outside `allowed` are an InputError.
 */
export function k8sItems(docs: LocatedDoc[], file: string, expected: string): K8sItem[] {
  const out: K8sItem[] = [];
  let index = 0;
  for (const doc of docs) {
    const items = rawItems(doc.value);
    if (!items) throw shapeError(file, doc.startLine, expected, doc.value);
    const listKind = str((doc.value as JsonObject).kind) ?? '';
    const fallback = listKind.endsWith('List') && listKind !== 'List' ? listKind.slice(0, -4) : undefined;
    arr(items).forEach((item, j) => {
      const at: RecordAt = { file, index: index++, line: doc.recordLine, record: `document ${doc.docIndex + 1}, items[${j}]` };
      if (!isObject(item) || !isObject(item.metadata)) throw shapeError(file, doc.startLine, `a Kubernetes object in ${at.record}`, item);
      const kind = str(item.kind) ?? fallback ?? '';
      if (!K8S_IDENTITY_KINDS.includes(kind)) {
        throw new InputError(
          `${at.record} has kind ${JSON.stringify(kind)}; expected ServiceAccount, RoleBinding or ClusterRoleBinding items`,
          { file, line: at.line ?? doc.startLine },
        );
      }
      out.push({ kind, value: item, at });
    });
  }
  return out;
}

/**
 * Lists fetched from the API server in chunks carry `metadata.continue` while more remain
 * (kubectl follows them itself). Returns a reason per truncated document.
 */
export function truncatedLists(docs: LocatedDoc[]): string[] {
  const out: string[] = [];
  for (const doc of docs) {
    const meta = isObject(doc.value) && isObject(doc.value.metadata) ? doc.value.metadata : undefined;
    if (meta && str((doc.value as JsonObject).kind)?.endsWith('List') && str(meta.continue)) {
      out.push(`document ${doc.docIndex + 1} has metadata.continue: later chunks are missing`);
    }
  }
  return out;
}
