/** The shipped JSON Schemas, compiled once on first use. */
import configSchema from '../../schema/config.schema.json' with { type: 'json' };
import manifestSchema from '../../schema/manifest.schema.json' with { type: 'json' };
import { compileSchema, type ValidateFunction } from '../util/ajv.js';

export const MANIFEST_SCHEMA = manifestSchema as Record<string, unknown>;
export const CONFIG_SCHEMA = configSchema as Record<string, unknown>;

let manifestValidator: ValidateFunction | undefined;
let configValidator: ValidateFunction | undefined;

export function manifestValidate(): ValidateFunction {
  return (manifestValidator ??= compileSchema(MANIFEST_SCHEMA));
}

export function configValidate(): ValidateFunction {
  return (configValidator ??= compileSchema(CONFIG_SCHEMA));
}
