/**
 * GitHub Actions workflow files (`.github/workflows/*.yml`): which job references which secret
 * (`secrets.NAME`). This is the "key still used by the CI/CD pipeline" evidence: a SecretReference
 * per workflow, job and secret, located at the line that uses it. Values never appear in
 * workflow files; only names are kept.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import type { Adapter } from '../adapter.js';
import { ids } from '../fields.js';
import { sourceOf } from './shared.js';

const NAME = 'github-workflow';
const SECRET_REF = /\bsecrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\])/g;
/** Provided by GitHub for every run; never a governed credential. */
const BUILTIN = new Set(['GITHUB_TOKEN']);

function hasKey(text: string, key: string): boolean {
  return new RegExp(`^${key}\\s*:`, 'm').test(text);
}

export const githubWorkflowsAdapter: Adapter = {
  name: NAME,
  description: 'GitHub Actions workflow files (`.github/workflows/*.yml`): secret references per job',
  markers: ['YAML with top-level `on:` and `jobs:`'],

  sniff(input) {
    if (input.docs !== null) return 0;
    if (!hasKey(input.text, 'jobs')) return 0;
    return hasKey(input.text, 'on') || hasKey(input.text, '"on"') || hasKey(input.text, "'on'") ? 0.9 : 0.4;
  },

  parse(input, options) {
    const lc = new LineCounter();
    const doc = parseDocument(input.text, { lineCounter: lc, uniqueKeys: false, logLevel: 'error' });
    const syntax = doc.errors[0];
    if (syntax) {
      const p = lc.linePos(syntax.pos[0]);
      throw new InputError(`invalid workflow YAML: ${syntax.message.split('\n')[0]}`, { file: input.file, line: p.line, column: p.col });
    }
    if (!isMap(doc.contents) || !doc.has('jobs')) {
      throw new InputError('not a GitHub Actions workflow: no top-level `jobs:` mapping', { file: input.file, line: 1 });
    }
    const workflowName = doc.get('name');
    const scope = options.scope;
    const seen = new Map<string, LiveAsset>();
    visit(doc, {
      Scalar(_key, node, path) {
        if (typeof node.value !== 'string' || !node.value.includes('secrets')) return;
        // path: Document, jobs map, jobs pair, job map, ... → the job id is the key after `jobs`.
        let job: string | undefined;
        let step: string | undefined;
        for (let i = 0; i < path.length; i++) {
          const p = path[i];
          if (isPair(p) && isScalar(p.key) && p.key.value === 'jobs') {
            const next = path[i + 2];
            if (isPair(next) && isScalar(next.key)) job = String(next.key.value);
          }
          if (isMap(p) && job && p.has('run') !== p.has('uses') && typeof p.get('name') === 'string') step = String(p.get('name'));
        }
        SECRET_REF.lastIndex = 0;
        for (let m = SECRET_REF.exec(node.value); m; m = SECRET_REF.exec(node.value)) {
          const secret = m[1] ?? m[2];
          if (BUILTIN.has(secret)) continue;
          const line = lc.linePos((node as Node).range?.[0] ?? 0).line;
          const id = `${input.file}#${job ?? '(workflow)'}#${secret}`;
          if (seen.has(id)) continue;
          seen.set(id, {
            kind: 'SecretReference',
            id,
            identifiers: ids(secret, scope && `github-secret:${scope}/${secret}`),
            name: secret,
            active: true,
            evidence: { file: input.file, index: seen.size, line },
            attributes: {
              workflow: typeof workflowName === 'string' ? `${workflowName} (${input.file})` : input.file,
              ...(job ? { job } : {}),
              ...(step ? { step } : {}),
            },
          });
        }
      },
    });
    return {
      source: sourceOf(NAME, options),
      complete: true,
      covers: ['SecretReference'],
      assets: [...seen.values()],
    };
  },
};
