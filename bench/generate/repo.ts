/**
 * Writes a whole generated governance repository into a directory: manifests, CODEOWNERS, the
 * config with its sources, and the live exports. Returns what the stages need: the sources, the
 * CODEOWNERS input, byte counts and the ground truth.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FindingType } from '../../src/model/finding.js';
import { generateOwners } from './codeowners.js';
import { renderManifestFile } from './manifests.js';
import { writeLive, type SourceSpec } from './snapshots.js';
import { ORG, planWorld, type StoryPlan, type WorldSizes } from './world.js';

export interface RepoSizes extends WorldSizes {
  rules: number;
  paths: number;
}

export interface GeneratedRepo {
  root: string;
  records: number;
  manifestFiles: number;
  manifestBytes: number;
  assets: number;
  /** Native JSONL files (repo-relative) and their total size: the `JSON.parse` floor reads these. */
  jsonlFiles: string[];
  jsonlBytes: number;
  realFormatAssets: number;
  rules: number;
  codeownersText: string;
  /** Paths the CODEOWNERS stage resolves. */
  paths: string[];
  expected: Partial<Record<FindingType, number>>;
}

function write(root: string, path: string, text: string): number {
  const abs = join(root, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  return Buffer.byteLength(text);
}

function yamlValue(v: string): string {
  return /^[A-Za-z0-9._/*-]+$/.test(v) && !/^\d+$/.test(v) ? v : JSON.stringify(v);
}

/** `.github/blindspot.yml`: every source, the policy the stories are planted against. */
export function renderConfig(sources: readonly SourceSpec[]): string {
  const lines = [
    '# yaml-language-server: $schema=https://blindspot.dev/schema/config.schema.json',
    'version: 1',
    '',
    'manifests:',
    '  - governance/**/*.yaml',
    '',
    'sources:',
  ];
  for (const s of sources) {
    lines.push(`  - path: ${s.path}`, `    name: ${s.name}`);
    if (s.config?.scope) lines.push(`    scope: ${JSON.stringify(s.config.scope)}`);
    if (s.config?.collectedAt) lines.push(`    collectedAt: ${s.config.collectedAt}`);
    if (s.config?.claims) lines.push(`    claims: [${s.config.claims.map(yamlValue).join(', ')}]`);
  }
  lines.push(
    '',
    'policy:',
    '  staleAfterDays: 90',
    '  rotationDays: 365',
    '  newCredentialGraceDays: 7',
    '  retiredGraceDays: 1',
    '  snapshotMaxAgeHours: 48',
    '  monitoringMaxAgeDays: 30',
    '',
    'ownership:',
    '  catchAllCountsAsOwner: false',
    `  fallbackOwner: "@${ORG}/platform-admins"`,
  );
  return lines.join('\n') + '\n';
}

export function generateRepo(root: string, seed: number, sizes: RepoSizes, plan?: StoryPlan): GeneratedRepo {
  const world = planWorld(seed, sizes, plan);
  let manifestBytes = 0;
  for (const f of world.files) manifestBytes += write(root, f.path, renderManifestFile(f.path, f.records, world));
  const owners = generateOwners(world, sizes.rules, sizes.paths);
  write(root, '.github/CODEOWNERS', owners.text);
  const live = writeLive(world, root);
  write(root, '.github/blindspot.yml', renderConfig(live.sources));
  const jsonlFiles = live.sources.filter((s) => s.jsonl).map((s) => s.path);
  return {
    root,
    records: world.records.length,
    manifestFiles: world.files.length,
    manifestBytes,
    assets: live.total,
    jsonlFiles,
    jsonlBytes: live.jsonlBytes,
    realFormatAssets: live.sources.filter((s) => !s.jsonl).reduce((n, s) => n + (live.assets[s.path] ?? 0), 0),
    rules: owners.rules,
    codeownersText: owners.text,
    paths: owners.paths,
    expected: world.expected,
  };
}
