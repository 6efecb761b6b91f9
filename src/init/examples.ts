/**
 * The example governance records `blindspot init` writes: one per kind, from the manifest
 * templates, linked so every relation resolves (the endpoint serves the example model, the agent
 * runs as the example service account, the credential belongs to it). Relations are set by
 * rewriting only the scalar's source range, so every comment and alignment of the template survives.
 */
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { RecordKind } from '../model/kinds.js';
import { InputError } from '../util/errors.js';
import { EXAMPLE_TEMPLATES, GOVERNANCE_DIR } from './layout.js';

export interface ExampleManifest {
  kind: RecordKind;
  name: string;
  /** Repo-relative path: `governance/<kind folder>/<name>.yaml`. */
  path: string;
  text: string;
}

function parseTemplate(text: string, template: string): Document {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new InputError(`template is not valid YAML: ${doc.errors[0].message}`, { file: `templates/${template}` });
  return doc;
}

/** Replaces the scalar at `path` in `text` with `value` (a plain YAML-safe name), keeping everything else byte for byte. */
export function setScalar(text: string, path: readonly string[], value: string, file: string): string {
  if (!/^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(value)) throw new InputError(`not a record name: ${JSON.stringify(value)}`, { file });
  const doc = parseDocument(text);
  const node = doc.getIn(path, true);
  if (!isScalar(node) || !node.range) throw new InputError(`${path.join('.')} is not a scalar`, { file });
  const [start, end] = node.range;
  return text.slice(0, start) + value + text.slice(end);
}

function stringAt(doc: Document, path: readonly string[], file: string): string {
  const v = doc.getIn(path);
  if (typeof v !== 'string' || v === '') throw new InputError(`${path.join('.')} must be a non-empty string`, { file });
  return v;
}

/** The example manifests, linked to each other, from the templates (`manifests/<kind>.yaml`). */
export function exampleManifests(templates: Readonly<Record<string, string>>): ExampleManifest[] {
  const drafts = EXAMPLE_TEMPLATES.map(({ kind, template, dir }) => {
    const text = templates[template];
    const file = `templates/${template}`;
    if (text === undefined) throw new InputError('template missing from the build', { file });
    const doc = parseTemplate(text, template);
    const found = stringAt(doc, ['kind'], file);
    if (found !== kind) throw new InputError(`expected kind ${kind}, found ${found}`, { file });
    const name = stringAt(doc, ['metadata', 'name'], file);
    return { kind, name, path: `${GOVERNANCE_DIR}/${dir}/${name}.yaml`, text, file };
  });
  const nameOf = (kind: RecordKind) => drafts.find((d) => d.kind === kind)!.name;
  const links: Partial<Record<RecordKind, Array<{ path: string[]; value: string }>>> = {
    ModelEndpoint: [{ path: ['spec', 'serves'], value: nameOf('Model') }],
    Agent: [{ path: ['spec', 'runsAs'], value: nameOf('ServiceAccount') }],
    Credential: [
      { path: ['spec', 'belongsTo', 'kind'], value: 'ServiceAccount' },
      { path: ['spec', 'belongsTo', 'name'], value: nameOf('ServiceAccount') },
    ],
  };
  return drafts.map(({ kind, name, path, text, file }) => {
    let linked = text;
    for (const link of links[kind] ?? []) {
      const doc = parseTemplate(linked, file);
      if (!isMap(doc.getIn(link.path.slice(0, -1), true))) throw new InputError(`${link.path.slice(0, -1).join('.')} is missing`, { file });
      linked = setScalar(linked, link.path, link.value, file);
    }
    return { kind, name, path, text: linked };
  });
}
