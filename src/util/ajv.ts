/** One way to build a JSON Schema 2020-12 validator, so every schema is compiled with the same options. */
import ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { AnySchemaObject, ValidateFunction } from 'ajv/dist/2020.js';

// ajv and ajv-formats are CommonJS: their default export arrives as `module.exports`.
const Ajv2020 = ajv2020.default;
const addFormats = ajvFormats.default;

export type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

export function compileSchema(schema: AnySchemaObject, extra: AnySchemaObject[] = []): ValidateFunction {
  // verbose: errors carry the failing schema node, which we use for messages and suggestions.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
  addFormats(ajv);
  for (const s of extra) ajv.addSchema(s);
  return ajv.compile(schema);
}
