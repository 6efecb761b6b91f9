/**
 * Helpers shared by the adapters: the input's JSON documents and the snapshot `source` block
 * (every adapter), and for the cloud identity adapters locating records inside multi-document
 * JSON, unwrapping `--slurp`/`jq -s` arrays of pages, shape errors, repeated records, owner
 * hints from tags and labels.
 */
import type { AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { isObject, str, type JsonObject } from '../fields.js';
import type { LiveAsset, SnapshotSource } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { looksLikeJson, parseJsonDocuments, type JsonDoc } from '../../util/json-docs.js';

/** One JSON document of the input, with the line to cite for records inside it. */
export interface LocatedDoc {
  value: unknown;
  /** Index of the document in the file (0-based). */
  docIndex: number;
  /** Line where the document starts. */
  startLine: number;
  /**
   * The line to cite for a record inside this document: set only when the whole document sits
   * on one line (NDJSON), so the line is exact rather than the start of a multi-line page.
   */
  recordLine?: number;
}

/**
 * The input's JSON documents. When the caller could not parse the text (`docs` null), parsing it
 * here raises the located InputError (file, line, column) instead of a vague "not this format";
 * text that is not JSON at all says which export was expected.
 */
export function jsonDocs(input: AdapterInput, expected: string): JsonDoc[] {
  if (input.docs) return input.docs;
  if (!looksLikeJson(input.text)) {
    if (input.text.trim() === '') return [];
    throw new InputError(`not JSON (expected ${expected})`, { file: input.file, line: 1 });
  }
  return parseJsonDocuments(input.text, input.file);
}

/** `jsonDocs`, each with the line to cite for records inside it. */
export function locatedDocs(input: AdapterInput, expected: string): LocatedDoc[] {
  const docs = jsonDocs(input, expected);
  const single = singleLineDocs(input.text, docs);
  return docs.map((d, docIndex) => ({
    value: d.value,
    docIndex,
    startLine: d.line,
    recordLine: single[docIndex] ? d.line : undefined,
  }));
}

/** For each document, whether it occupies exactly one line of the text. */
function singleLineDocs(text: string, docs: JsonDoc[]): boolean[] {
  const lines = text.split('\n');
  return docs.map((d, k) => {
    const next = docs[k + 1];
    if (next?.line === d.line) return true; // `}{` on one line
    // The document ends before the next one starts; blank lines in between do not count.
    let last = next ? next.line - 1 : lines.length;
    while (last > d.line && lines[last - 1].trim() === '') last--;
    return last === d.line;
  });
}

/** A record's place in the file, for evidence and errors. */
export interface RecordAt {
  file: string;
  index: number;
  line?: number;
  /** Human name of the record, e.g. `AccessKeyMetadata[2]`. */
  record: string;
}

/** `{ file, index, line? }` for LiveAsset.evidence; `line` is present only when defined. */
export function evidenceAt(file: string, index: number, line?: number): { file: string; index: number; line?: number } {
  return line === undefined ? { file, index } : { file, index, line };
}

/** `{ file, index, line? }` for LiveAsset.evidence. */
export function evidenceOf(at: RecordAt): { file: string; index: number; line?: number } {
  return evidenceAt(at.file, at.index, at.line);
}

/** The `Where` that fields.time() and requireString() take. */
export function whereOf(at: RecordAt): { file: string; line?: number; record: string } {
  return { file: at.file, line: at.line, record: at.record };
}

/** Describes a JSON value's shape in a few words, for "expected X, found Y" messages. */
export function describeShape(v: unknown): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return 'an empty array';
    return `an array of ${describeShape(v[0]).replace(/^an? /, '')}s`;
  }
  if (isObject(v)) {
    const keys = Object.keys(v).slice(0, 5);
    return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.join(', ')}`;
  }
  return v === null ? 'null' : typeof v;
}

/** An InputError for a document or record that does not have the format's shape. */
export function shapeError(file: string, line: number | undefined, expected: string, found: unknown): InputError {
  return new InputError(`expected ${expected}, found ${describeShape(found)}`, { file, line });
}

/**
 * The pages of an array-per-page export (`gh api --paginate` without `--slurp` prints one array per
 * page; with `--slurp` it prints one array of page arrays). Yields each page's items.
 */
export function arrayPages(doc: LocatedDoc, file: string, expected: string): unknown[][] {
  const v = doc.value;
  if (!Array.isArray(v)) throw shapeError(file, doc.startLine, expected, v);
  if (v.length > 0 && v.every(Array.isArray)) return v as unknown[][];
  if (v.some(Array.isArray)) throw shapeError(file, doc.startLine, expected, v);
  return [v];
}

/**
 * The response objects of an object-per-page export: one object, or an array of them (`jq -s`,
 * `gh api --slurp`). `isPage` says whether a value is one of this format's pages.
 */
export function objectPages(doc: LocatedDoc, file: string, expected: string, isPage: (v: unknown) => boolean): JsonObject[] {
  const v = doc.value;
  if (isPage(v)) return [v as JsonObject];
  if (Array.isArray(v) && v.every(isPage)) return v as JsonObject[];
  throw shapeError(file, doc.startLine, expected, v);
}

/** The snapshot source block: type = adapter name, name/scope from options, else scope from data. */
export function sourceOf(type: string, options: AdapterOptions, scopeFromData?: string): SnapshotSource {
  const source: SnapshotSource = { type };
  if (options.sourceName) source.name = options.sourceName;
  const scope = options.scope ?? scopeFromData;
  if (scope) source.scope = scope;
  return source;
}

export type Completeness = Pick<SnapshotPiece, 'complete' | 'incompleteReason'>;

/** A piece's `complete` and `incompleteReason` from the reasons it is partial (none: complete). */
export function completeness(reasons: string[]): Completeness {
  return reasons.length === 0 ? { complete: true } : { complete: false, incompleteReason: reasons.join('; ') };
}

/** The assets without repeats, keeping the first of each kind and id: overlapping pages list a record twice. */
export function distinctAssets(assets: Iterable<LiveAsset>): LiveAsset[] {
  const seen = new Set<string>();
  const out: LiveAsset[] = [];
  for (const asset of assets) {
    const key = `${asset.kind}/${asset.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(asset);
  }
  return out;
}

/** The single value every record agrees on, or undefined when they differ or there is none. */
export function sharedValue(values: Iterable<string | undefined>): string | undefined {
  let out: string | undefined;
  for (const v of values) {
    if (v === undefined) continue;
    if (out === undefined) out = v;
    else if (out !== v) return undefined;
  }
  return out;
}

/** Account id from an AWS ARN (`arn:aws:iam::123456789012:user/x` → `123456789012`). */
export function awsAccountOf(arn: string | undefined): string | undefined {
  if (!arn) return undefined;
  const parts = arn.split(':');
  return parts.length >= 6 && parts[0] === 'arn' && /^\d{12}$/.test(parts[4]) ? parts[4] : undefined;
}

/**
 * The owner rule for tags, labels and annotations, shared so every source reads owners alike:
 * a key whose last `/`-separated segment is, ignoring case, one of OWNER_KEYS gives owner hints;
 * its value is split on commas and trimmed. `app.kubernetes.io/managed-by` names a tool (Helm,
 * Argo CD), not a person, so it is deliberately not an owner key.
 */
export const OWNER_KEYS = ['owner', 'owners', 'team', 'owner-team', 'owned-by', 'ownedby'] as const;

/** The environment rule: last key segment `environment` or `env`, ignoring case. */
export const ENVIRONMENT_KEYS = ['environment', 'env'] as const;

function keyName(key: string): string {
  const slash = key.lastIndexOf('/');
  return (slash === -1 ? key : key.slice(slash + 1)).trim().toLowerCase();
}

export function ownerHintsFrom(pairs: Iterable<[string, unknown]>): string[] {
  const out: string[] = [];
  for (const [key, value] of pairs) {
    if (!(OWNER_KEYS as readonly string[]).includes(keyName(key))) continue;
    const text = str(value);
    if (!text) continue;
    for (const part of text.split(',')) {
      const hint = part.trim();
      if (hint && !out.includes(hint)) out.push(hint);
    }
  }
  return out;
}

export function environmentFrom(pairs: Iterable<[string, unknown]>): string | undefined {
  for (const [key, value] of pairs) {
    if ((ENVIRONMENT_KEYS as readonly string[]).includes(keyName(key))) {
      const text = str(value)?.trim();
      if (text) return text;
    }
  }
  return undefined;
}

/** AWS `Tags: [{Key, Value}]` as key/value pairs (malformed entries are skipped). */
export function awsTagPairs(tags: unknown): Array<[string, unknown]> {
  if (!Array.isArray(tags)) return [];
  const out: Array<[string, unknown]> = [];
  for (const t of tags) {
    if (isObject(t) && typeof t.Key === 'string') out.push([t.Key, t.Value]);
  }
  return out;
}

/** An object's entries as pairs (Kubernetes labels/annotations); nothing for non-objects. */
export function mapPairs(v: unknown): Array<[string, unknown]> {
  return isObject(v) ? Object.entries(v) : [];
}

/** GitHub logins as owner hints use the CODEOWNERS spelling: `@login`. */
export function githubHandle(login: string): string {
  return login.startsWith('@') ? login : `@${login}`;
}

/** Parts of a GCP IAM resource name, with or without the `//iam.googleapis.com/` prefix. */
export interface GcpResourceName {
  project: string;
  email: string;
  keyId?: string;
  /** `projects/P/serviceAccounts/EMAIL[/keys/KEY]`: the form gcloud prints in `name`. */
  relative: string;
  /** `//iam.googleapis.com/projects/…`: the form Activity Analyzer prints. */
  full: string;
}

const GCP_NAME_RE = /^(?:\/\/iam\.googleapis\.com\/)?projects\/([^/]+)\/serviceAccounts\/([^/]+)(?:\/keys\/([^/]+))?$/;

export function gcpResourceName(name: string): GcpResourceName | undefined {
  const m = GCP_NAME_RE.exec(name);
  if (!m) return undefined;
  const relative = `projects/${m[1]}/serviceAccounts/${m[2]}${m[3] ? `/keys/${m[3]}` : ''}`;
  return { project: m[1], email: m[2], keyId: m[3], relative, full: `//iam.googleapis.com/${relative}` };
}
