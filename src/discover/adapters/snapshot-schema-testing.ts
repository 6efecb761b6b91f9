/** Test support: `schema/snapshot.schema.json` compiled with ajv (draft 2020-12 + formats, strict mode). */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv/dist/2020.js';

// CommonJS modules: the default export arrives as `module.exports` (as in src/util/ajv.ts).
const Ajv2020 = ajv2020.default;
const addFormats = ajvFormats.default;

export const SNAPSHOT_SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../schema/snapshot.schema.json');
export const SNAPSHOT_SCHEMA = JSON.parse(readFileSync(SNAPSHOT_SCHEMA_PATH, 'utf8')) as {
  $id: string;
  properties: Record<string, unknown>;
  $defs: Record<string, { properties?: Record<string, unknown> }>;
};

let ajv: InstanceType<typeof Ajv2020> | undefined;

/** The validator for the whole snapshot, or for one of its `$defs` (`asset`, `jsonlHeader`, …). */
export function snapshotValidator(def?: string): ValidateFunction {
  if (!ajv) {
    // Strict mode: a typo in the schema (unknown keyword, bad format name) fails the tests.
    ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    ajv.addSchema(SNAPSHOT_SCHEMA);
  }
  const ref = def ? `${SNAPSHOT_SCHEMA.$id}#/$defs/${def}` : SNAPSHOT_SCHEMA.$id;
  const fn = ajv.getSchema(ref);
  if (!fn) throw new Error(`no schema ${ref}`);
  return fn;
}

/** '' when valid, else ajv's error text (for readable test failures). */
export function schemaErrors(value: unknown, def?: string): string {
  const fn = snapshotValidator(def);
  return fn(value) ? '' : ajv!.errorsText(fn.errors);
}
