/**
 * Turns GitHub's OpenAPI 3.0 schema objects into JSON Schema that ajv (draft-07) validates the way
 * GitHub means them. Pure functions over plain JSON.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Keywords that only annotate; dropping them keeps ajv from logging or compiling them. */
const ANNOTATIONS = new Set([
  'example',
  'examples',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
  'readOnly',
  'writeOnly',
  'title',
  'description',
  'nullable',
]);

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Converts one OpenAPI schema object.
 * - `nullable: true` becomes a `null` type (and a `null` enum member), or an `anyOf` with
 *   `{type:'null'}` when there is no `type` (ajv refuses `nullable` without `type`).
 * - In a `oneOf` where several alternatives are nullable, `null` would match them all and fail
 *   `oneOf`; GitHub means "one of these, or null", so the nullability moves to the parent.
 * - `$ref`s starting with `#/` are prefixed with `refBase`, so a schema lifted out of the spec still
 *   points into the spec document registered with ajv under that id.
 * - Annotations and `x-*` extensions are dropped.
 */
export function toJsonSchema(schema: JsonValue, refBase: string): JsonValue {
  if (!isObject(schema)) return schema;
  let nullable = schema.nullable === true;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    switch (key) {
      case 'properties':
      case 'patternProperties':
        out[key] = isObject(value)
          ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub, refBase)]))
          : value;
        break;
      case 'items':
      case 'additionalProperties':
      case 'not':
        out[key] = isObject(value) ? toJsonSchema(value, refBase) : value;
        break;
      case 'allOf':
      case 'anyOf':
        out[key] = Array.isArray(value) ? value.map((sub) => toJsonSchema(sub, refBase)) : value;
        break;
      case 'oneOf': {
        const alternatives = Array.isArray(value) ? value : [];
        const nullableCount = alternatives.filter((alt) => isObject(alt) && alt.nullable === true).length;
        if (nullableCount > 1) nullable = true;
        out[key] = alternatives.map((alt) => {
          const stripped = nullableCount > 1 && isObject(alt) ? { ...alt, nullable: false } : alt;
          return toJsonSchema(stripped, refBase);
        });
        break;
      }
      case '$ref':
        out[key] = typeof value === 'string' && value.startsWith('#/') ? `${refBase}${value}` : value;
        break;
      default:
        out[key] = value;
    }
  }
  if (!nullable) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/** Converts every schema under `components.schemas`, keeping their names. */
export function convertComponents(schemas: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, toJsonSchema(schema, '')]));
}
