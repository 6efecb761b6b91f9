/**
 * Test support for the ML/agent/scanner/monitoring adapters (imported only by tests): loads the
 * fixtures under `test/fixtures/discover/ml/<adapter>/` the way the CLI hands files to adapters.
 *
 * Fixture naming: `bad-*` must fail with an InputError; `*.undetectable.*` carry no content marker
 * (`[]`, `{}`, an empty file), so no adapter may claim them; everything else parses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { Snapshot } from '../../model/snapshot.js';
import { adapterInput } from '../detect.js';

export const FIXTURE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/discover/ml');

export const TEST_HMAC_KEY = 'test-hmac-key-not-a-secret';

/** Options some fixtures need (tools/list results that do not name their server). */
export const FIXTURE_OPTIONS: Record<string, AdapterOptions> = {
  'mcp-tools/bare-result.json': { serverName: 'filesystem' },
};

export interface Fixture {
  adapter: string;
  /** `<adapter>/<file>`, also the `file` the adapter sees. */
  path: string;
  kind: 'good' | 'bad' | 'undetectable';
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURE_ROOT)
    .sort()
    .flatMap((adapter) =>
      readdirSync(join(FIXTURE_ROOT, adapter))
        .sort()
        .map((f): Fixture => ({
          adapter,
          path: `${adapter}/${f}`,
          kind: f.startsWith('bad-') ? 'bad' : f.includes('.undetectable.') ? 'undetectable' : 'good',
        })),
    );
}

/** The input as the CLI builds it from the fixture. */
export function loadInput(path: string): AdapterInput {
  return adapterInput(path, readFileSync(join(FIXTURE_ROOT, path), 'utf8'));
}

export function readFixture(path: string): string {
  return readFileSync(join(FIXTURE_ROOT, path), 'utf8');
}

export function parseFixture(adapter: Adapter, path: string, options: AdapterOptions = {}): SnapshotPiece {
  return adapter.parse(loadInput(path), { hmacKey: TEST_HMAC_KEY, ...FIXTURE_OPTIONS[path], ...options });
}

/** The Snapshot the CLI would build from one piece (files and the collectedAt fallback added). */
export function toSnapshot(piece: SnapshotPiece, file: string): Snapshot {
  const snap: Snapshot = {
    source: piece.source,
    collectedAt: piece.collectedAt ?? null,
    collectedAtFrom: piece.collectedAtFrom ?? 'unknown',
    complete: piece.complete,
    covers: piece.covers,
    files: [file],
    assets: piece.assets,
  };
  if (piece.incompleteReason) snap.incompleteReason = piece.incompleteReason;
  if (piece.claims) snap.claims = piece.claims;
  if (piece.warnings) snap.warnings = piece.warnings;
  return snap;
}
