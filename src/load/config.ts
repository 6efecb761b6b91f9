/** Loads `.github/blindspot.yml`: schema-checked, dates parsed, defaults filled in. */
import { defaultConfig, type Config, type Suppression } from '../model/config.js';
import type { Diagnostic } from '../model/location.js';
import type { TextFile } from '../util/reader.js';
import { parseDateField } from '../util/time.js';
import { schemaDiagnostics } from './schema-check.js';
import { CONFIG_SCHEMA, configValidate } from './schemas.js';
import { locateNode, parseYamlFile } from './yaml-file.js';

export const DEFAULT_CONFIG_PATH = '.github/blindspot.yml';

type Obj = Record<string, unknown>;

export interface LoadedConfig {
  config: Config;
  diagnostics: Diagnostic[];
}

export function loadConfig(file: TextFile): LoadedConfig {
  const parsed = parseYamlFile(file, 'config');
  const diagnostics = [...parsed.diagnostics];
  const config = defaultConfig();
  config.file = file.path;
  const docs = parsed.documents.filter((d) => d.value !== null);
  if (docs.length > 1) {
    const d = docs[1];
    diagnostics.push({ file: file.path, line: d.line, column: d.column, level: 'error', code: 'config/multiple-documents', message: 'the config file must hold one YAML document' });
  }
  const doc = docs[0];
  if (!doc || doc.value === undefined) return { config, diagnostics };
  const value = doc.value;
  const at = (path: Array<string | number>, key = false) => ({ file: file.path, ...locateNode(doc.doc, path, parsed.lineCounter, { key }) });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    diagnostics.push({ ...at([]), level: 'error', code: 'config/schema', message: 'the config must be a mapping' });
    return { config, diagnostics };
  }
  const errors = schemaDiagnostics(configValidate(), value, { file: file.path, doc: doc.doc, lineCounter: parsed.lineCounter, root: CONFIG_SCHEMA, code: 'config' });
  const v = value as Obj;
  const sups = Array.isArray(v.suppressions) ? (v.suppressions as unknown[]) : [];
  sups.forEach((s, i) => {
    if (s && typeof s === 'object' && !Array.isArray(s)) {
      const o = s as Obj;
      const has = ('fingerprint' in o ? 1 : 0) + ('match' in o ? 1 : 0);
      if (has !== 1) {
        errors.push({ ...at(['suppressions', i]), level: 'error', code: 'config/schema', field: `suppressions[${i}]`, message: `suppressions[${i}]: give exactly one of "fingerprint" or "match"` });
      }
    }
  });
  const dateOf = (raw: unknown, path: Array<string | number>, field: string): string | undefined => {
    if (raw === undefined) return undefined;
    const iso = parseDateField(raw);
    if (iso !== null) return iso;
    errors.push({ ...at(path), level: 'error', code: 'config/invalid-date', field, message: `${field}: ${JSON.stringify(raw)} is not a date (use 2026-12-31 or an ISO-8601 timestamp)` });
    return undefined;
  };
  const suppressions: Suppression[] = [];
  sups.forEach((s, i) => {
    const o = (s ?? {}) as Obj;
    const expires = dateOf(o.expires, ['suppressions', i, 'expires'], `suppressions[${i}].expires`);
    if (expires && typeof o.reason === 'string') {
      suppressions.push({
        fingerprint: o.fingerprint as string | undefined,
        match: o.match as Suppression['match'],
        reason: o.reason,
        expires,
        owner: o.owner as string | undefined,
        location: at(['suppressions', i]),
      });
    }
  });
  const sources = Array.isArray(v.sources) ? (v.sources as Obj[]) : [];
  sources.forEach((s, i) => {
    if (s && typeof s === 'object') s.collectedAt = dateOf(s.collectedAt, ['sources', i, 'collectedAt'], `sources[${i}].collectedAt`);
  });
  diagnostics.push(...errors);
  if (errors.some((e) => e.level === 'error')) return { config, diagnostics };

  // Valid: merge over the defaults, section by section.
  if (v.manifests) config.manifests = v.manifests as string[];
  if (v.sources) config.sources = (v.sources as Obj[]).map((s) => Object.fromEntries(Object.entries(s).filter(([, x]) => x !== undefined))) as unknown as Config['sources'];
  Object.assign(config.policy, (v.policy as Obj) ?? {});
  if (v.severity) config.severity = v.severity as Config['severity'];
  config.suppressions = suppressions;
  Object.assign(config.ownership, (v.ownership as Obj) ?? {});
  Object.assign(config.github, (v.github as Obj) ?? {});
  Object.assign(config.limits, (v.limits as Obj) ?? {});
  Object.assign(config.secrets, (v.secrets as Obj) ?? {});
  return { config, diagnostics };
}
