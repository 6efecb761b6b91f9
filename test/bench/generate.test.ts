import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiWorld } from '../../bench/generate/api-world.js';
import { generateRepo } from '../../bench/generate/repo.js';
import { NOW_MS } from '../../bench/generate/world.js';
import { compileOwnership } from '../../src/codeowners/compiled.js';
import { linearResolve } from '../../src/codeowners/match.js';
import { parseCodeowners } from '../../src/codeowners/parse.js';
import { runPipelineAsync } from '../../src/pipeline.js';
import { FsTextSource } from '../../src/util/reader.js';
import { tempDir } from '../helpers/tmp.js';

const SMALL = { records: 1_500, assets: 6_000, rules: 200, paths: 3_000 };

function treeHash(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else out[relative(root, abs)] = createHash('sha256').update(readFileSync(abs)).digest('hex');
    }
  };
  walk(root);
  return out;
}

async function findingsByType(root: string) {
  const run = await runPipelineAsync(new FsTextSource(root), { now: NOW_MS, env: {} });
  const byType: Record<string, number> = {};
  for (const f of run.result?.findings ?? []) byType[f.type] = (byType[f.type] ?? 0) + 1;
  return { run, byType };
}

describe('bench generators', () => {
  it('write the same bytes for the same seed, and other bytes for another', () => {
    const a = tempDir('bench-a-');
    const b = tempDir('bench-b-');
    const c = tempDir('bench-c-');
    const ga = generateRepo(a, 7, SMALL);
    const gb = generateRepo(b, 7, SMALL);
    generateRepo(c, 8, SMALL);
    expect(treeHash(a)).toEqual(treeHash(b));
    expect(gb).toEqual({ ...ga, root: b });
    expect(treeHash(c)).not.toEqual(treeHash(a));
  });

  it('build a repository that loads cleanly and reconciles to the planted findings, type by type', async () => {
    const root = tempDir('bench-truth-');
    const repo = generateRepo(root, 11, SMALL);
    const { run, byType } = await findingsByType(root);
    expect(run.repo.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(run.repo.records).toHaveLength(SMALL.records);
    expect(run.result?.counts.assets).toBe(SMALL.assets);
    expect(repo.assets).toBe(SMALL.assets);
    expect(run.result?.sources.filter((s) => s.status !== 'fresh')).toEqual([]);
    expect(byType).toEqual(repo.expected);
    // Every planted story is there: the check cannot pass on an empty world.
    expect(Object.keys(repo.expected).length).toBe(13);
  });

  it('size the API repository to exactly the asked number of findings', async () => {
    const world = apiWorld(150);
    const root = tempDir('bench-api-');
    generateRepo(root, 3, { records: world.records, assets: world.assets, rules: 60, paths: 0 }, world.plan);
    const { byType } = await findingsByType(root);
    expect(Object.values(byType).reduce((a, b) => a + b, 0)).toBe(150);
  });

  it('write CODEOWNERS rules the compiled index and the linear scan read alike', () => {
    const root = tempDir('bench-owners-');
    const repo = generateRepo(root, 5, SMALL);
    const file = parseCodeowners(repo.codeownersText);
    expect(file.rules.every((r) => r.valid)).toBe(true);
    expect(repo.rules).toBe(SMALL.rules);
    expect(repo.paths).toHaveLength(SMALL.paths);
    // Realistic shapes: a catch-all first, extension globs, ** rules.
    const patterns = file.rules.map((r) => r.pattern.text);
    expect(patterns[0]).toBe('*');
    expect(patterns.some((p) => p.startsWith('*.'))).toBe(true);
    expect(patterns.some((p) => p.includes('**'))).toBe(true);
    expect(compileOwnership(file).resolveOwners(repo.paths)).toEqual(linearResolve(file, repo.paths));
  });
});
