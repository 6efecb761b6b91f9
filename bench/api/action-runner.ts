/** Runs the built action once against the fake GitHub, as the runner does (see test/support/runner.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeGitHub } from '../../test/support/fake-github.js';
import { runActionIn, type ActionRun } from '../../test/support/runner.js';
import { NOW_ISO } from '../generate/world.js';

export type { ActionRun };

export async function runAction(gh: FakeGitHub, repoRoot: string, inputs: Record<string, string>): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'blindspot-bench-runner-'));
  try {
    return await runActionIn(dir, gh, { inputs, now: NOW_ISO, root: repoRoot });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
