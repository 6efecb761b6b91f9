/**
 * Turns AJV errors into located diagnostics: the instance path is walked in the YAML document to
 * find the line and column, messages name the field, and unknown keys and enum values get a
 * "did you mean". Noise AJV emits for `if/then` and `oneOf` wrappers is dropped.
 */
import type { LineCounter, Document } from 'yaml';
import type { Diagnostic } from '../model/location.js';
import type { ErrorObject, ValidateFunction } from '../util/ajv.js';
import { didYouMean } from '../util/suggest.js';
import { locateNode, type PathSegment } from './yaml-file.js';

type SchemaNode = Record<string, unknown>;

export interface SchemaContext {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Root schema, to resolve local `$ref`s when listing the keys a node allows. */
  root: SchemaNode;
  /** Diagnostic code prefix: `manifest` or `config`. */
  code: string;
}

export function instancePath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `spec.identifiers[0]` */
export function fieldName(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

function resolveRef(root: SchemaNode, node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let cur: unknown = root;
  for (const part of ref.slice(2).split('/')) cur = (cur as SchemaNode | undefined)?.[part];
  return (cur as SchemaNode) ?? node;
}

/** Property names a schema node accepts, following `$ref` and `allOf`. */
export function allowedKeys(root: SchemaNode, node: SchemaNode, seen = new Set<SchemaNode>()): string[] {
  const n = resolveRef(root, node);
  if (seen.has(n)) return [];
  seen.add(n);
  const keys = Object.keys((n.properties as SchemaNode) ?? {});
  for (const sub of (n.allOf as SchemaNode[]) ?? []) keys.push(...allowedKeys(root, sub, seen));
  return [...new Set(keys)];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

function messageFor(err: ErrorObject, ctx: SchemaContext, path: PathSegment[]): { message: string; atKey: boolean; path: PathSegment[] } | null {
  const field = fieldName(path);
  const where = field ? `${field}: ` : '';
  const schema = (err.parentSchema ?? {}) as SchemaNode;
  const hint = typeof schema.description === 'string' ? ` ${schema.description}` : '';
  switch (err.keyword) {
    case 'if':
    case 'oneOf':
    case 'anyOf':
      return null;
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String((err.params as { additionalProperty?: string; unevaluatedProperty?: string }).additionalProperty ?? (err.params as { unevaluatedProperty?: string }).unevaluatedProperty);
      const keyPath = [...path, key];
      const allowed = allowedKeys(ctx.root, schema);
      return { message: `${fieldName(keyPath)}: unknown key "${key}"${didYouMean(key, allowed)}`, atKey: true, path: keyPath };
    }
    case 'required': {
      const missing = (err.params as { missingProperty: string }).missingProperty;
      return { message: `${fieldName([...path, missing])}: required field is missing`, atKey: false, path };
    }
    case 'enum': {
      const allowed = ((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const suggestion = typeof err.data === 'string' ? didYouMean(err.data, allowed) : '';
      return { message: `${where}${describe(err.data)} is not one of ${allowed.join(', ')}${suggestion}`, atKey: false, path };
    }
    case 'const':
      return { message: `${where}must be ${JSON.stringify((err.params as { allowedValue: unknown }).allowedValue)}, found ${describe(err.data)}`, atKey: false, path };
    case 'type':
      return { message: `${where}must be ${(err.params as { type: string | string[] }).type.toString().replace(',', ' or ')}, found ${describe(err.data)}`, atKey: false, path };
    case 'pattern':
      return { message: `${where}${describe(err.data)} is not valid.${hint}`, atKey: false, path };
    case 'uniqueItems':
      return { message: `${where}has duplicate entries (items ${(err.params as { j: number; i: number }).j} and ${(err.params as { i: number }).i})`, atKey: false, path };
    case 'minItems':
      return { message: `${where}must have at least ${(err.params as { limit: number }).limit} item(s)`, atKey: false, path };
    case 'propertyNames': {
      const name = (err.params as { propertyName: string }).propertyName;
      return { message: `${fieldName([...path, name])}: "${name}" is not an accepted key here`, atKey: true, path: [...path, name] };
    }
    default:
      return { message: `${where}${err.message ?? 'is invalid'}`, atKey: false, path };
  }
}

export function schemaDiagnostics(validate: ValidateFunction, value: unknown, ctx: SchemaContext): Diagnostic[] {
  if (validate(value)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const err of validate.errors ?? []) {
    // propertyNames reports each bad name twice (once for the name itself); keep the wrapper only.
    if (err.propertyName !== undefined) continue;
    const m = messageFor(err, ctx, instancePath(err.instancePath));
    if (!m) continue;
    const at = locateNode(ctx.doc, m.path, ctx.lineCounter, { key: m.atKey });
    const d: Diagnostic = {
      file: ctx.file,
      ...at,
      level: 'error',
      code: `${ctx.code}/schema`,
      message: m.message,
      field: fieldName(m.path) || undefined,
    };
    const k = `${d.line}:${d.column}:${d.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(d);
    }
  }
  return out;
}
