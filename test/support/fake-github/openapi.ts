/**
 * GitHub's REST description (`@octokit/openapi`, api.github.com) as a route matcher and a set of
 * lazily compiled validators for request parameters, request bodies and response bodies.
 *
 * Everything here is cached at module level, so many fake servers in one test process pay the
 * load (about 0.2 s) and each validator compile once.
 *
 * We read the non-dereferenced `api.github.com.json` (13 MB, ~0.15 s to parse) rather than the
 * dereferenced one (73 MB, ~1.3 s): ajv resolves the `$ref`s itself and compiles each shared
 * component (simple-user, label, …) once instead of once per operation.
 */
import { readFileSync } from 'node:fs';
import ajvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { convertComponents, toJsonSchema, type JsonObject, type JsonValue } from './openapi-schema.js';
import { packageFile } from './package-files.js';

// ajv and ajv-formats are CommonJS: their default export arrives as `module.exports`.
const Ajv = ajvModule.default;
const addFormats = formatsModule.default;
type AjvInstance = InstanceType<typeof Ajv>;

/** `$id` under which the spec's components are registered with ajv. */
const SPEC_ID = 'https://fake-github.invalid/api.github.com.json';
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const;

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

interface Reference {
  $ref: string;
}

interface OpenApiResponse {
  description?: string;
  content?: Record<string, { schema?: JsonObject }>;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: Array<OpenApiParameter | Reference>;
  requestBody?: OpenApiResponse & { required?: boolean };
  responses: Record<string, OpenApiResponse | Reference>;
}

interface OpenApiDocument {
  paths: Record<string, Partial<Record<(typeof METHODS)[number], OpenApiOperation>>>;
  components: {
    schemas: JsonObject;
    parameters: Record<string, OpenApiParameter>;
    responses: Record<string, OpenApiResponse>;
  };
}

/** A request resolved to one operation of the description. */
export interface MatchedOperation {
  /** `GET /repos/{owner}/{repo}/issues`: the key route handlers and fault rules use. */
  key: string;
  method: string;
  template: string;
  operationId: string;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

interface TrieNode {
  literal: Map<string, TrieNode>;
  params: Array<{ name: string; node: TrieNode }>;
  template?: string;
}

interface SpecIndex {
  doc: OpenApiDocument;
  trie: TrieNode;
  /** Validates request and response bodies (allErrors, formats). */
  bodies: AjvInstance;
  /** Validates query and path parameters, coercing the strings a URL carries. */
  params: AjvInstance;
}

let index: SpecIndex | undefined;
const validators = new Map<string, ValidateFunction>();

function newAjv(options: { coerce: boolean }): AjvInstance {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    coerceTypes: options.coerce,
    logger: false,
  });
  addFormats(ajv);
  return ajv;
}

function addTemplate(root: TrieNode, template: string): void {
  let node = root;
  for (const segment of template.split('/').slice(1)) {
    const param = /^\{([^}]+)\}$/.exec(segment);
    if (param) {
      let next = node.params.find((p) => p.name === param[1]);
      if (!next) {
        next = { name: param[1], node: { literal: new Map(), params: [] } };
        node.params.push(next);
      }
      node = next.node;
    } else {
      let next = node.literal.get(segment);
      if (!next) {
        next = { literal: new Map(), params: [] };
        node.literal.set(segment, next);
      }
      node = next;
    }
  }
  node.template = template;
}

export function specIndex(): SpecIndex {
  if (index) return index;
  const doc = JSON.parse(readFileSync(packageFile('@octokit/openapi', 'generated/api.github.com.json'), 'utf8')) as OpenApiDocument;
  const trie: TrieNode = { literal: new Map(), params: [] };
  for (const template of Object.keys(doc.paths)) addTemplate(trie, template);
  const bodies = newAjv({ coerce: false });
  bodies.addSchema({ $id: SPEC_ID, components: { schemas: convertComponents(doc.components.schemas) } });
  const params = newAjv({ coerce: true });
  index = { doc, trie, bodies, params };
  return index;
}

function hasMethod(doc: OpenApiDocument, template: string, method: string): boolean {
  return Boolean(doc.paths[template]?.[method.toLowerCase() as (typeof METHODS)[number]]);
}

/** Path parameters whose values may contain `/` (refs, branch names, file paths, `base...head`). */
const SLASHY_PARAMS = new Set(['ref', 'branch', 'path', 'basehead']);

/**
 * Finds the template for `segments`, preferring literal segments over parameters at each position
 * (so `/issues/comments` beats `/issues/{issue_number}`). With `greedyTail`, a template whose last
 * segment is a slash-bearing parameter may swallow the remaining segments: GitHub accepts
 * `git/ref/heads/a/b` unencoded as well as `heads%2Fa%2Fb`.
 */
function walk(
  doc: OpenApiDocument,
  node: TrieNode,
  segments: string[],
  at: number,
  method: string,
  params: Record<string, string>,
  greedyTail: boolean,
): { template: string; params: Record<string, string> } | undefined {
  if (at === segments.length) {
    return node.template && hasMethod(doc, node.template, method) ? { template: node.template, params } : undefined;
  }
  const literal = node.literal.get(segments[at]);
  if (literal) {
    const found = walk(doc, literal, segments, at + 1, method, params, greedyTail);
    if (found) return found;
  }
  for (const param of node.params) {
    const found = walk(doc, param.node, segments, at + 1, method, { ...params, [param.name]: segments[at] }, greedyTail);
    if (found) return found;
    const tail = param.node.template;
    if (greedyTail && tail && SLASHY_PARAMS.has(param.name) && at < segments.length - 1 && hasMethod(doc, tail, method)) {
      return { template: tail, params: { ...params, [param.name]: segments.slice(at).join('/') } };
    }
  }
  return undefined;
}

/** Resolves `method pathname` (pathname as sent, percent-encoded) to an operation, or undefined. */
export function matchOperation(method: string, pathname: string): MatchedOperation | undefined {
  const { doc, trie } = specIndex();
  let segments: string[];
  try {
    segments = pathname.split('/').slice(1).map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
  const upper = method.toUpperCase();
  const found = walk(doc, trie, segments, 0, upper, {}, false) ?? walk(doc, trie, segments, 0, upper, {}, true);
  if (!found) return undefined;
  const operation = operationOf(upper, found.template);
  return {
    key: `${upper} ${found.template}`,
    method: upper,
    template: found.template,
    operationId: operation.operationId,
    params: found.params,
  };
}

/** True when `METHOD /template` is an operation in the description (used to check route tables). */
export function isKnownOperation(key: string): boolean {
  const [method, template] = key.split(' ');
  return hasMethod(specIndex().doc, template ?? '', method ?? '');
}

function operationOf(method: string, template: string): OpenApiOperation {
  const operation = specIndex().doc.paths[template]?.[method.toLowerCase() as (typeof METHODS)[number]];
  if (!operation) throw new Error(`fake-github: no operation ${method} ${template}`);
  return operation;
}

function resolveRef<T>(value: T | Reference): T {
  if (typeof value !== 'object' || value === null || !('$ref' in value)) return value;
  let node: unknown = specIndex().doc;
  for (const part of value.$ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part];
  return node as T;
}

function compileCached(cacheKey: string, ajv: AjvInstance, schema: JsonValue): ValidateFunction {
  const known = validators.get(cacheKey);
  if (known) return known;
  const compiled = ajv.compile(schema as JsonObject);
  validators.set(cacheKey, compiled);
  return compiled;
}

function formatErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, 20).map((e) => {
    const detail = e.keyword === 'additionalProperties'
      ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
      : e.keyword === 'enum'
        ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
        : '';
    return `${where}${e.instancePath || ''} ${e.message ?? e.keyword}${detail}`;
  });
}

function parametersOf(m: MatchedOperation): OpenApiParameter[] {
  return (operationOf(m.method, m.template).parameters ?? []).map((p) => resolveRef(p));
}

function paramsValidator(m: MatchedOperation, where: 'query' | 'path'): ValidateFunction {
  const list = parametersOf(m).filter((p) => p.in === where);
  const schema: JsonObject = {
    type: 'object',
    properties: Object.fromEntries(list.map((p) => [p.name, toJsonSchema(p.schema ?? {}, SPEC_ID)])),
    required: list.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  };
  return compileCached(`${m.key} ${where}`, specIndex().params, schema);
}

/**
 * Checks path parameters, query parameters (names, enums, types) and the JSON body of a request
 * against the operation. `body` is undefined when the request had none. Returns readable errors.
 */
export function validateRequest(m: MatchedOperation, query: Record<string, string>, body: JsonValue | undefined): string[] {
  const errors: string[] = [];
  const pathCheck = paramsValidator(m, 'path');
  if (!pathCheck({ ...m.params })) errors.push(...formatErrors('path', pathCheck.errors));
  const queryCheck = paramsValidator(m, 'query');
  if (!queryCheck({ ...query })) errors.push(...formatErrors('query', queryCheck.errors));

  const requestBody = resolveRef(operationOf(m.method, m.template).requestBody);
  const schema = requestBody?.content?.['application/json']?.schema;
  if (!schema) {
    const empty = body === undefined || (typeof body === 'object' && body !== null && Object.keys(body).length === 0);
    if (!empty) errors.push(`body: ${m.key} takes no request body`);
    return errors;
  }
  if (body === undefined) {
    if (requestBody?.required) errors.push('body: required request body is missing');
    return errors;
  }
  const bodyCheck = compileCached(`${m.key} request`, specIndex().bodies, toJsonSchema(schema, SPEC_ID));
  if (!bodyCheck(body)) errors.push(...formatErrors('body', bodyCheck.errors));
  return errors;
}

/**
 * Checks a response the fake is about to send against the operation's documented response for that
 * status. An undocumented success status is an error; an undocumented error status must at least
 * look like GitHub's `basic-error`.
 */
export function validateResponse(m: MatchedOperation, status: number, body: JsonValue | undefined): string[] {
  const responses = operationOf(m.method, m.template).responses;
  const documented = responses[String(status)] ?? responses.default;
  if (!documented) {
    if (status < 400) return [`response: status ${status} is not documented for ${m.key}`];
    const basic = compileCached('basic-error', specIndex().bodies, { $ref: `${SPEC_ID}#/components/schemas/basic-error` });
    return basic(body ?? null) ? [] : formatErrors('response', basic.errors);
  }
  const schema = resolveRef(documented).content?.['application/json']?.schema;
  if (!schema) {
    return body === undefined || status >= 400 ? [] : [`response: ${m.key} documents no body for ${status}`];
  }
  const check = compileCached(`${m.key} response ${status}`, specIndex().bodies, toJsonSchema(schema, SPEC_ID));
  return check(body ?? null) ? [] : formatErrors('response', check.errors);
}
