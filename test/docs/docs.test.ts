/**
 * docs/: the generated files match a fresh generation, and every relative link in every doc
 * points at a file (and heading) that exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/discover/registry.js';
import { FINDING_TYPES } from '../../src/model/finding.js';
import { ADAPTER_NOTES } from '../../src/init/docs/adapter-notes.js';
import { noteGaps } from '../../src/init/docs/export-formats.js';
import { generatedDocs } from '../../src/init/docs/generate.js';
import { anchor } from '../../src/init/docs/markdown.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = join(ROOT, 'docs');
const docFiles = readdirSync(DOCS).filter((f) => f.endsWith('.md'));

describe('generated docs', () => {
  const fresh = generatedDocs();

  it.each(Object.keys(fresh))('docs/%s matches a fresh generation (run node scripts/gen-docs.mjs when this fails)', (name) => {
    expect(readFileSync(join(DOCS, name), 'utf8')).toBe(fresh[name]);
  });

  it('scripts/gen-docs.mjs --check agrees, on Node with no TypeScript loader', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-docs.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('up to date');
    expect(r.status).toBe(0);
  });

  it('has export-format notes for exactly the registered adapters', () => {
    expect(noteGaps(ADAPTERS, ADAPTER_NOTES)).toEqual({ missing: [], stale: [] });
  });

  it('documents every finding type and every adapter with its own section', () => {
    for (const t of FINDING_TYPES) expect(fresh['finding-types.md']).toContain(`\n## ${t}\n`);
    for (const a of ADAPTERS) {
      expect(fresh['export-formats.md']).toContain(`\n## ${a.name}\n`);
      for (const command of ADAPTER_NOTES[a.name].commands) expect(fresh['export-formats.md']).toContain(command);
    }
  });
});

describe('hand-written docs', () => {
  it('include security, faq and scaling', () => {
    expect(docFiles).toEqual(expect.arrayContaining(['security.md', 'faq.md', 'scaling.md', 'finding-types.md', 'configuration.md', 'export-formats.md', 'benchmarks.md']));
  });

  it('state the targets the bench checks', () => {
    const run = readFileSync(join(DOCS, '../bench/run.mjs'), 'utf8');
    const targets = JSON.parse(
      run
        .match(/const TARGETS = (\{[^}]*\});/)![1]
        .replace(/(\w+):/g, '"$1":'),
    ) as Record<string, number>;
    const doc = readFileSync(join(DOCS, 'benchmarks.md'), 'utf8');
    for (const s of [
      `≤ ${targets.reconcileSeconds} s`,
      `≤ ${targets.peakRssMb.toLocaleString('en')} MB`,
      `≤ ${targets.parseRatio}×`,
      `≥ ${targets.speedup}×`,
      `< ${targets.hostileMs} ms`,
      `≤ ${targets.apiRequests}, ${targets.apiWrites}`,
    ])
      expect(doc, s).toContain(s);
  });

  it('cover what users ask for', () => {
    const scaling = readFileSync(join(DOCS, 'scaling.md'), 'utf8');
    for (const s of ['256', 'max-parallel', 'retention-days', 'reusable workflow', 'schedule']) expect(scaling, s).toContain(s);
    const security = readFileSync(join(DOCS, 'security.md'), 'utf8');
    for (const s of ['Allow GitHub Actions to create and approve pull requests', 'BLINDSPOT_HMAC_KEY', 'dry-run', 'max-writes', 'maxRetireShare', 'GitHub App']) expect(security, s).toContain(s);
    const faq = readFileSync(join(DOCS, 'faq.md'), 'utf8');
    for (const s of ['not planned', 'suppressions:', 'claims', 'unverifiable', 'circuit breaker']) expect(faq, s).toContain(s);
  });
});

describe('links in docs/', () => {
  function headings(text: string): Set<string> {
    return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1])));
  }

  it.each(docFiles)('every relative link in %s resolves', (name) => {
    // Code blocks and code spans hold no links (regular expressions in them look like some).
    const text = readFileSync(join(DOCS, name), 'utf8').replace(/```[\s\S]*?```/g, '').replace(/(`+)[\s\S]*?\1/g, '');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
    for (const link of links) {
      const [path, hash] = link.split('#');
      const target = path ? resolve(dirname(join(DOCS, name)), path) : join(DOCS, name);
      expect(existsSync(target), `${name}: ${link}`).toBe(true);
      if (hash) expect(headings(readFileSync(target, 'utf8')).has(hash), `${name}: ${link}`).toBe(true);
    }
  });
});
