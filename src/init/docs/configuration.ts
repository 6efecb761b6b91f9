/**
 * Renders docs/configuration.md from the config and manifest JSON Schemas: every field with its
 * type, default, constraints and description, so the reference cannot drift from what
 * `blindspot validate` enforces.
 */
import { code, generatedNotice, table } from './markdown.js';

type Schema = Readonly<Record<string, unknown>>;

export interface FieldRow {
  /** Dotted path; `[]` marks list items: `sources[].path`. */
  path: string;
  type: string;
  required: boolean;
  default: string | null;
  description: string;
}

function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Follows local `$ref`s (`#/$defs/x`); keys beside the `$ref` win over the target's. */
export function resolveRef(node: Schema, root: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  let target: unknown = root;
  for (const part of ref.slice(2).split('/')) target = isSchema(target) ? target[part] : undefined;
  if (!isSchema(target)) throw new Error(`dangling $ref ${ref}`);
  const { $ref: _ref, ...rest } = node;
  return { ...resolveRef(target, root), ...rest };
}

/** Properties and required names of an object schema, including those its `allOf` members add. */
function objectShape(node: Schema, root: Schema): { properties: Array<[string, Schema]>; required: Set<string> } {
  const properties: Array<[string, Schema]> = [];
  const required = new Set<string>();
  const add = (n: Schema) => {
    if (Array.isArray(n.allOf)) for (const m of n.allOf) if (isSchema(m)) add(resolveRef(m, root));
    if (isSchema(n.properties)) {
      for (const [k, v] of Object.entries(n.properties)) {
        if (!isSchema(v)) continue;
        const at = properties.findIndex(([name]) => name === k);
        if (at >= 0) properties[at] = [k, { ...properties[at][1], ...v }];
        else properties.push([k, v]);
      }
    }
    if (Array.isArray(n.required)) for (const r of n.required) if (typeof r === 'string') required.add(r);
  };
  add(node);
  return { properties, required };
}

function literal(v: unknown): string {
  return code(typeof v === 'string' ? v : JSON.stringify(v));
}

function constraints(n: Schema): string[] {
  const out: string[] = [];
  if (typeof n.minimum === 'number') out.push(`≥ ${n.minimum}`);
  if (typeof n.exclusiveMinimum === 'number') out.push(`> ${n.exclusiveMinimum}`);
  if (typeof n.maximum === 'number') out.push(`≤ ${n.maximum}`);
  if (typeof n.minItems === 'number' && n.minItems > 0) out.push(`at least ${n.minItems} item${n.minItems === 1 ? '' : 's'}`);
  if (n.uniqueItems === true) out.push('unique items');
  if (typeof n.minLength === 'number' && n.minLength > 1) out.push(`at least ${n.minLength} characters`);
  if (typeof n.maxLength === 'number') out.push(`at most ${n.maxLength} characters`);
  if (typeof n.pattern === 'string') out.push(`pattern ${code(n.pattern)}`);
  return out;
}

/** A readable type: `integer (≥ 1)`, `list of strings`, ``one of `a`, `b` ``. */
export function describeType(node: Schema, root: Schema): string {
  const n = resolveRef(node, root);
  // A named string definition (`#/$defs/date`) says more than `string`.
  const named = typeof node.$ref === 'string' && n.type === 'string' ? node.$ref.split('/').pop() : undefined;
  let base: string;
  if (named) base = named;
  else if ('const' in n) base = `always ${literal(n.const)}`;
  else if (Array.isArray(n.enum)) base = `one of ${n.enum.map(literal).join(', ')}`;
  else if (Array.isArray(n.type)) base = n.type.join(' or ');
  else if (n.type === 'array') base = `list of ${plural(isSchema(n.items) ? describeType(n.items, root) : 'values')}`;
  else if (n.type === 'object' && isSchema(n.additionalProperties)) base = `map of ${plural(describeType(n.additionalProperties, root))}`;
  else if (typeof n.type === 'string') base = n.type;
  else if (isSchema(n.properties) || Array.isArray(n.allOf)) base = 'object';
  else base = 'any';
  const c = constraints(n);
  return c.length ? `${base} (${c.join(', ')})` : base;
}

function plural(type: string): string {
  if (type.startsWith('one of ')) return `values, each ${type}`;
  if (/^(string|number|integer|boolean|object)\b/.test(type)) return type.replace(/^(\w+)/, '$1s');
  return type;
}

/** Notes a row's description gains from the schema: allowed keys of a map, mutually exclusive fields. */
function notes(n: Schema, root: Schema): string[] {
  const out: string[] = [];
  if (isSchema(n.propertyNames) && Array.isArray(n.propertyNames.enum)) {
    out.push(`Keys: ${n.propertyNames.enum.map(literal).join(', ')}.`);
  }
  const item = n.type === 'array' && isSchema(n.items) ? resolveRef(n.items, root) : null;
  for (const target of [n, item]) {
    if (!target || !Array.isArray(target.oneOf)) continue;
    const names = target.oneOf.flatMap((o) => (isSchema(o) && Array.isArray(o.required) ? o.required : [])).map(literal);
    if (names.length) out.push(`${target === item ? 'Each entry needs' : 'Needs'} exactly one of ${names.join(' or ')}.`);
  }
  return out;
}

/** Rows for every field under `node`, depth first, in schema order. */
export function fieldRows(node: Schema, root: Schema, prefix = ''): FieldRow[] {
  const out: FieldRow[] = [];
  const { properties, required } = objectShape(resolveRef(node, root), root);
  for (const [name, child] of properties) {
    const n = resolveRef(child, root);
    const path = prefix ? `${prefix}.${name}` : name;
    const description = [typeof n.description === 'string' ? n.description : '', ...notes(n, root)].filter(Boolean).join(' ');
    out.push({
      path,
      type: describeType(child, root),
      required: required.has(name),
      default: 'default' in n ? literal(n.default) : null,
      description,
    });
    if (objectShape(n, root).properties.length > 0) out.push(...fieldRows(n, root, path));
    if (n.type === 'array' && isSchema(n.items)) {
      const items = resolveRef(n.items, root);
      if (objectShape(items, root).properties.length > 0) out.push(...fieldRows(items, root, `${path}[]`));
    }
  }
  return out;
}

function rowsTable(rows: readonly FieldRow[]): string {
  return table(
    ['Field', 'Type', 'Default', 'Description'],
    rows.map((r) => [code(r.path), r.required ? `${r.type}, **required**` : r.type, r.default ?? '–', r.description]),
  );
}

/** Kind name → its spec schema, from the manifest schema's `if kind = X then spec: $ref` branches. */
export function kindSpecs(manifest: Schema): Array<[string, Schema]> {
  const out: Array<[string, Schema]> = [];
  for (const branch of Array.isArray(manifest.allOf) ? manifest.allOf : []) {
    if (!isSchema(branch) || !isSchema(branch.if) || !isSchema(branch.then)) continue;
    const kind = (branch.if.properties as Record<string, Schema> | undefined)?.kind?.const;
    const spec = (branch.then.properties as Record<string, Schema> | undefined)?.spec;
    if (typeof kind === 'string' && isSchema(spec)) out.push([kind, resolveRef(spec, manifest)]);
  }
  return out;
}

/** Fields a kind's spec adds to the common ones (its own `properties`, not the shared `allOf`). */
function ownFields(spec: Schema, root: Schema): FieldRow[] {
  return fieldRows({ properties: spec.properties ?? {}, required: spec.required ?? [] }, root, 'spec');
}

export function renderConfiguration(configSchema: Schema, manifestSchema: Schema): string {
  const common = (manifestSchema.$defs as Record<string, Schema> | undefined)?.commonSpec;
  if (!isSchema(common)) throw new Error('manifest schema: $defs.commonSpec is missing');
  const topRows = fieldRows({ properties: { ...(manifestSchema.properties as Schema) }, required: manifestSchema.required }, manifestSchema).filter(
    (r) => r.path !== 'spec',
  );
  const parts = [
    '# Configuration and manifest reference',
    '',
    generatedNotice('schema/config.schema.json and schema/manifest.schema.json'),
    '',
    'Both files are YAML checked against JSON Schemas (2020-12) shipped in `schema/`. Start each file',
    'with the modeline so editors validate as you type, and run `blindspot validate` to check a whole',
    'repository with file, line and column for every problem.',
    '',
    'Dates accept a day (`2026-12-31`) or an ISO-8601 timestamp with a zone (`2026-12-31T12:00:00Z`).',
    '',
    '## The configuration file: `.github/blindspot.yml`',
    '',
    '```yaml',
    `# yaml-language-server: $schema=${String(configSchema.$id)}`,
    'version: 1',
    '```',
    '',
    typeof configSchema.description === 'string' ? configSchema.description : '',
    'Every key is optional; a missing file means every default below.',
    '',
    rowsTable(fieldRows(configSchema, configSchema)),
    '',
    '## Governance records (manifests)',
    '',
    '```yaml',
    `# yaml-language-server: $schema=${String(manifestSchema.$id)}`,
    'apiVersion: blindspot.dev/v1',
    'kind: ServiceAccount',
    '```',
    '',
    typeof manifestSchema.description === 'string' ? manifestSchema.description : '',
    'A record is identified by `kind` and `metadata.name`, unique across the repository.',
    '',
    rowsTable(topRows),
    '',
    '### `spec`: fields of every kind',
    '',
    rowsTable(fieldRows(common, manifestSchema, 'spec')),
    '',
  ];
  for (const [kind, spec] of kindSpecs(manifestSchema)) {
    const own = ownFields(spec, manifestSchema);
    parts.push(`### \`spec\` of a ${kind}`, '');
    parts.push(own.length ? `The fields of every kind, plus:\n\n${rowsTable(own)}` : 'The fields of every kind, and nothing else.', '');
  }
  return parts.join('\n');
}
