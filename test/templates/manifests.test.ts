/**
 * The starter manifests and config: valid, with the editor modeline, and showing every field a user
 * may need (as a value or a commented-out example), so the templates cannot fall behind the schemas.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import configSchema from '../../schema/config.schema.json' with { type: 'json' };
import manifestSchema from '../../schema/manifest.schema.json' with { type: 'json' };
import { kindSpecs } from '../../src/init/docs/configuration.js';
import { loadConfig } from '../../src/load/config.js';
import { loadRepo } from '../../src/load/repo.js';
import { MemoryTextSource } from '../../src/util/reader.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MANIFEST_DIR = join(ROOT, 'templates/manifests');
const manifests = Object.fromEntries(readdirSync(MANIFEST_DIR).map((f) => [f, readFileSync(join(MANIFEST_DIR, f), 'utf8')]));
const configText = readFileSync(join(ROOT, 'templates/config/blindspot.yml'), 'utf8');

type Schema = Record<string, unknown>;
const defs = manifestSchema.$defs as Record<string, Schema>;

/** A key shown in the template: as a YAML key, commented out or not. */
function shows(text: string, key: string): boolean {
  return new RegExp(`^\\s*(#\\s*)?(- )?${key}:`, 'm').test(text);
}

/** Spec fields a kind has no use for: `expected` names a model or toolset version. */
const NOT_APPLICABLE: Record<string, string[]> = { ServiceAccount: ['expected'], Credential: ['expected'] };

describe('templates/manifests', () => {
  it('has one template per kind', () => {
    const kinds = Object.values(manifests).map((t) => (parse(t) as { kind: string }).kind);
    expect(kinds.sort()).toEqual(['Agent', 'Credential', 'Model', 'ModelEndpoint', 'ServiceAccount']);
  });

  it.each(Object.keys(manifests))('%s starts with the yaml-language-server modeline', (name) => {
    expect(manifests[name].split('\n')[0]).toBe(`# yaml-language-server: $schema=${manifestSchema.$id}`);
  });

  it('validate together, with their relations resolving, and no warnings', () => {
    const files = Object.fromEntries(Object.entries(manifests).map(([n, t]) => [`governance/${n}`, t]));
    files['.github/CODEOWNERS'] = '/governance/ @acme/governance\n/.github/ @acme/governance\n';
    const repo = loadRepo(new MemoryTextSource(files));
    expect(repo.diagnostics).toEqual([]);
    expect(repo.records).toHaveLength(5);
  });

  it.each(kindSpecs(manifestSchema as Schema).map(([kind, spec]) => [kind, spec] as const))('the %s template shows every spec field', (kind, spec) => {
    const text = Object.values(manifests).find((t) => (parse(t) as { kind: string }).kind === kind)!;
    const common = Object.keys(defs.commonSpec.properties as Schema);
    const own = Object.keys((spec.properties as Schema | undefined) ?? {});
    for (const key of [...common, ...own]) {
      if (NOT_APPLICABLE[kind]?.includes(key)) continue;
      expect(shows(text, key), `${kind}: spec.${key}`).toBe(true);
    }
    expect(shows(text, 'name') && shows(text, 'description'), `${kind}: metadata`).toBe(true);
  });

  it('shows every metadata field at least once across the templates', () => {
    const all = Object.values(manifests).join('\n');
    for (const key of Object.keys(defs.metadata.properties as Schema)) expect(shows(all, key), `metadata.${key}`).toBe(true);
  });

  it('never holds anything that looks like a live secret', () => {
    for (const [name, text] of Object.entries(manifests)) {
      // AWS's documented example key id is the only key id allowed.
      for (const m of text.matchAll(/AKIA[0-9A-Z]{16}/g)) expect(m[0], name).toBe('AKIAIOSFODNN7EXAMPLE');
      expect(text, name).not.toMatch(/hmac-sha256:[0-9a-f]{64}/);
    }
  });
});

describe('templates/config/blindspot.yml', () => {
  it('starts with the modeline and loads with no diagnostics', () => {
    expect(configText.split('\n')[0]).toBe(`# yaml-language-server: $schema=${configSchema.$id}`);
    const loaded = loadConfig({ path: '.github/blindspot.yml', text: configText, bom: false });
    expect(loaded.diagnostics).toEqual([]);
  });

  it('states the defaults the schema declares, so the comments do not lie', () => {
    const value = parse(configText) as Record<string, Record<string, unknown>>;
    const props = configSchema.properties as Record<string, Schema>;
    const policyProps = (configSchema.$defs.policy as Schema).properties as Record<string, Schema>;
    for (const [key, p] of Object.entries(policyProps)) expect(value.policy[key], `policy.${key}`).toEqual(p.default);
    expect(value.manifests).toEqual(props.manifests.default);
    for (const section of ['github', 'limits', 'secrets', 'ownership'] as const) {
      for (const [key, p] of Object.entries((props[section] as Schema).properties as Record<string, Schema>)) {
        if ('default' in p) expect(value[section][key], `${section}.${key}`).toEqual(p.default);
      }
    }
  });

  it('shows every top-level key and every source field', () => {
    for (const key of Object.keys(configSchema.properties)) expect(shows(configText, key), key).toBe(true);
    for (const key of Object.keys((configSchema.$defs.source as Schema).properties as Schema)) expect(shows(configText, key), `sources[].${key}`).toBe(true);
  });
});
