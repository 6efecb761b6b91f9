import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/plan/markers.js';
import { ACME } from '../helpers/acme.js';
import { FakeGitHub } from '../support/fake-github.js';
import { runAction, snapshotState } from './harness.js';

let gh: FakeGitHub;
let reference: ReturnType<typeof snapshotState>;
let totalWrites = 0;

beforeAll(async () => {
  gh = await FakeGitHub.start({ seed: { dir: ACME } });
  const r = await runAction(gh);
  if (r.code !== 0) throw new Error(r.stdout + r.stderr);
  reference = snapshotState(gh);
  totalWrites = gh.writes().length;
});
afterAll(async () => {
  await gh?.stop();
});

describe('killed after k writes, then rerun', () => {
  it('converges to the same final state with no duplicates, for every k', async () => {
    expect(totalWrites).toBeGreaterThan(10);
    for (let k = 1; k <= totalWrites; k++) {
      await gh.reset();
      let kill: (() => void) | undefined;
      gh.killAfterWrites(k, () => kill?.());
      const killed = await runAction(gh, { onSpawn: (fn) => (kill = fn) });
      expect(killed.code, `run killed after ${k} writes`).not.toBe(0);
      gh.revive();
      const rerun = await runAction(gh);
      expect(rerun.code, `rerun after a kill at write ${k}:\n${rerun.stdout}`).toBe(0);
      const state = snapshotState(gh);
      expect(state, `final state after a kill at write ${k}`).toEqual(reference);
      const fps = gh.issues().map((i) => parseMarker(i.body)?.fp).filter(Boolean);
      expect(new Set(fps).size, `duplicate issues after a kill at write ${k}`).toBe(fps.length);
      expect(gh.problems()).toEqual([]);
    }
  }, 600_000);
});
