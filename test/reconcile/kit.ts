/**
 * A small world for rule tests: records written as YAML (through the real loader), snapshots built
 * directly, CODEOWNERS ownership by path prefix, and a pinned "now".
 */
import { loadRepo } from '../../src/load/repo.js';
import { defaultConfig, type Config } from '../../src/model/config.js';
import type { Finding, FindingType } from '../../src/model/finding.js';
import type { AssetKind } from '../../src/model/kinds.js';
import type { ReconcileResult } from '../../src/model/result.js';
import type { LiveAsset, Snapshot } from '../../src/model/snapshot.js';
import { reconcile } from '../../src/reconcile/index.js';
import type { RecordOwnership } from '../../src/reconcile/input.js';
import { MemoryTextSource } from '../../src/util/reader.js';

export const NOW = Date.parse('2026-11-28T12:00:00Z');
export const FRESH = '2026-11-28T06:00:00Z';
export const STALE = '2026-11-01T06:00:00Z';

export function record(kind: string, name: string, spec: string): string {
  return `apiVersion: blindspot.dev/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n`;
}

export function snapshot(type: string, covers: AssetKind[], assets: LiveAsset[], extra: Partial<Snapshot> = {}): Snapshot {
  return { source: { type, name: type }, collectedAt: FRESH, collectedAtFrom: 'data', complete: true, covers, claims: ['*'], files: [`${type}.json`], assets, ...extra };
}

export interface World {
  records: Record<string, string>;
  snapshots: Snapshot[];
  config?: (c: Config) => void;
  /** Path prefix → owners; default everything owned by @acme/team at line 2. */
  owners?: (path: string) => RecordOwnership;
  now?: number;
}

export function run(w: World): ReconcileResult {
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries(w.records)) files[`governance/${name}.yaml`] = text;
  const repo = loadRepo(new MemoryTextSource(files));
  const errors = repo.diagnostics.filter((d) => d.level === 'error');
  if (errors.length) throw new Error(errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n'));
  const config = defaultConfig();
  // Monitoring has its own tests; elsewhere it would add a finding to every record.
  config.policy.monitoringRequiredFor = [];
  w.config?.(config);
  return reconcile({
    records: repo.records,
    snapshots: w.snapshots,
    config,
    ownership: w.owners ?? (() => ({ owners: ['@acme/team'], line: 2, pattern: '/governance/', catchAll: false })),
    codeownersFile: '.github/CODEOWNERS',
    now: w.now ?? NOW,
  });
}

export function ofType(r: ReconcileResult, type: FindingType): Finding[] {
  return r.findings.filter((f) => f.type === type);
}

export function types(r: ReconcileResult): string[] {
  return [...new Set(r.findings.map((f) => f.type))].sort();
}
