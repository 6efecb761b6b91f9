import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../generated/templates.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TEMPLATE_ROOT = join(ROOT, 'templates');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? walk(abs) : [abs];
  });
}

describe('src/generated/templates.ts (what init writes from)', () => {
  it('holds exactly the files under templates/ (run npm run build, or node scripts/gen-templates.mjs, when this fails)', () => {
    const disk = Object.fromEntries(walk(TEMPLATE_ROOT).map((abs) => [relative(TEMPLATE_ROOT, abs).split('\\').join('/'), readFileSync(abs, 'utf8')]));
    expect(Object.keys(TEMPLATES).sort()).toEqual(Object.keys(disk).sort());
    for (const [key, text] of Object.entries(disk)) expect(TEMPLATES[key], key).toBe(text);
  });

  it('has every template init needs', () => {
    for (const key of ['config/blindspot.yml', 'workflows/blindspot.yml', 'manifests/model.yaml', 'manifests/model-endpoint.yaml', 'manifests/service-account.yaml', 'manifests/credential.yaml', 'manifests/agent.yaml']) {
      expect(TEMPLATES[key], key).toBeTypeOf('string');
    }
  });
});
