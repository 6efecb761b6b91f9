import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadRepo } from '../load/repo.js';
import { InputError } from '../util/errors.js';
import { MemoryTextSource } from '../util/reader.js';
import { exampleManifests, setScalar } from './examples.js';
import { TEMPLATES } from '../generated/templates.js';

type Spec = Record<string, unknown>;

function specOf(text: string): Spec {
  return (parse(text) as { spec: Spec }).spec;
}

describe('exampleManifests', () => {
  it('writes one record per kind under governance/<kind folder>/<name>.yaml', () => {
    const examples = exampleManifests(TEMPLATES);
    expect(examples.map((e) => e.kind)).toEqual(['Model', 'ModelEndpoint', 'ServiceAccount', 'Credential', 'Agent']);
    for (const e of examples) expect(e.path).toMatch(new RegExp(`^governance/[a-z-]+/${e.name}\\.yaml$`));
    expect(new Set(examples.map((e) => e.path)).size).toBe(5);
  });

  it('links the relations so they resolve: serves the model, runs as and belongs to the service account', () => {
    const examples = exampleManifests(TEMPLATES);
    const by = Object.fromEntries(examples.map((e) => [e.kind, e]));
    expect(specOf(by.ModelEndpoint.text).serves).toBe(by.Model.name);
    expect(specOf(by.Agent.text).runsAs).toBe(by.ServiceAccount.name);
    expect(specOf(by.Credential.text).belongsTo).toEqual({ kind: 'ServiceAccount', name: by.ServiceAccount.name });
    const repo = loadRepo(new MemoryTextSource(Object.fromEntries(examples.map((e) => [e.path, e.text]))));
    expect(repo.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(repo.records).toHaveLength(5);
  });

  it('follows renamed templates: the relations point at whatever the model and service account are called', () => {
    const templates = {
      ...TEMPLATES,
      'manifests/model.yaml': TEMPLATES['manifests/model.yaml'].replace('name: example-model\n', 'name: churn-model\n'),
      'manifests/service-account.yaml': TEMPLATES['manifests/service-account.yaml'].replace('name: example-service-account\n', 'name: etl-bot\n'),
    };
    const by = Object.fromEntries(exampleManifests(templates).map((e) => [e.kind, e]));
    expect(by.Model.path).toBe('governance/models/churn-model.yaml');
    expect(specOf(by.ModelEndpoint.text).serves).toBe('churn-model');
    expect(specOf(by.Agent.text).runsAs).toBe('etl-bot');
    expect(specOf(by.Credential.text).belongsTo).toEqual({ kind: 'ServiceAccount', name: 'etl-bot' });
    // Only the relation scalar changed: the comment beside it survives.
    expect(by.ModelEndpoint.text).toContain('serves: churn-model        # relation: the Model record');
  });

  it('refuses a template of the wrong kind, naming the template', () => {
    const templates = { ...TEMPLATES, 'manifests/agent.yaml': TEMPLATES['manifests/model.yaml'] };
    expect(() => exampleManifests(templates)).toThrow(InputError);
    expect(() => exampleManifests(templates)).toThrow(/expected kind Agent, found Model/);
  });
});

describe('setScalar', () => {
  const text = '# head\nspec:   # keep\n  serves: old-name   # the model\n  other: { kind: A, name: x }\n';

  it('replaces only the scalar, in block and flow maps', () => {
    expect(setScalar(text, ['spec', 'serves'], 'new', 'f.yaml')).toBe(text.replace('old-name', 'new'));
    expect(setScalar(text, ['spec', 'other', 'name'], 'yy', 'f.yaml')).toBe(text.replace('name: x', 'name: yy'));
  });

  it('keeps every other byte for any valid name (property)', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,20}[A-Za-z0-9])?$/);
    fc.assert(
      fc.property(name, (n) => {
        const out = setScalar(text, ['spec', 'serves'], n, 'f.yaml');
        expect(out).toBe(text.replace('old-name', n));
        expect(setScalar(out, ['spec', 'serves'], 'old-name', 'f.yaml')).toBe(text);
      }),
    );
  });

  it('refuses values that are not record names and paths that are not scalars', () => {
    expect(() => setScalar(text, ['spec', 'serves'], 'a: b', 'f.yaml')).toThrow(/not a record name/);
    expect(() => setScalar(text, ['spec', 'other'], 'x', 'f.yaml')).toThrow(/not a scalar/);
  });
});
