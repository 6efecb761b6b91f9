/**
 * Stage `generate`: writes the governance repository and its exports into `root`, and the inputs
 * the other stages read (`meta.json`, `paths.txt`, the CODEOWNERS text) into `work`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRepo, type RepoSizes } from '../generate/repo.js';

export interface GenerateMeta {
  root: string;
  seed: number;
  sizes: RepoSizes;
  records: number;
  manifestFiles: number;
  manifestBytes: number;
  assets: number;
  realFormatAssets: number;
  jsonlFiles: string[];
  jsonlBytes: number;
  rules: number;
  paths: number;
  expected: Record<string, number>;
}

export function generateStage(work: string, seed: number, sizes: RepoSizes): GenerateMeta {
  const root = join(work, 'repo');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const repo = generateRepo(root, seed, sizes);
  writeFileSync(join(work, 'paths.txt'), repo.paths.join('\n') + '\n');
  const meta: GenerateMeta = {
    root,
    seed,
    sizes,
    records: repo.records,
    manifestFiles: repo.manifestFiles,
    manifestBytes: repo.manifestBytes,
    assets: repo.assets,
    realFormatAssets: repo.realFormatAssets,
    jsonlFiles: repo.jsonlFiles,
    jsonlBytes: repo.jsonlBytes,
    rules: repo.rules,
    paths: repo.paths.length,
    expected: repo.expected as Record<string, number>,
  };
  writeFileSync(join(work, 'meta.json'), JSON.stringify(meta, null, 1));
  return meta;
}
