/**
 * The generated docs, from the real catalog, schemas and adapters. `scripts/gen-docs.mjs` bundles
 * this module to write docs/; a test compares its output with the committed files.
 */
import configSchema from '../../../schema/config.schema.json' with { type: 'json' };
import manifestSchema from '../../../schema/manifest.schema.json' with { type: 'json' };
import { ADAPTERS } from '../../discover/registry.js';
import { FINDING_CATALOG } from '../../reconcile/catalog.js';
import { NIST_CSF_URL, OWASP_NHI_URL, lookupStandard } from '../../reconcile/standards.js';
import { ADAPTER_NOTES } from './adapter-notes.js';
import { renderConfiguration } from './configuration.js';
import { renderExportFormats } from './export-formats.js';
import { renderFindingTypes } from './finding-types.js';

/** docs/-relative file name → Markdown. */
export function generatedDocs(): Record<string, string> {
  return {
    'finding-types.md': renderFindingTypes({ catalog: FINDING_CATALOG, lookup: lookupStandard, owaspUrl: OWASP_NHI_URL, nistUrl: NIST_CSF_URL }),
    'configuration.md': renderConfiguration(configSchema as Record<string, unknown>, manifestSchema as Record<string, unknown>),
    'export-formats.md': renderExportFormats(ADAPTERS, ADAPTER_NOTES),
  };
}
