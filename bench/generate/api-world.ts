/**
 * The small governance repository behind the API stage: its reconciliation yields exactly
 * `findings` findings (5,000 in full mode), a mix of every planted story, so the rerun tracks that
 * many issues.
 */
import { STORIES, type Story, type StoryPlan } from './world.js';

/** Shares of the findings per story (the unrecorded assets take what is left). */
const SHARES: Record<Story, number> = {
  'retired-but-active': 0.08,
  'missing-asset': 0.06,
  'stale-credential': 0.12,
  'rotation-overdue': 0.06,
  ownerless: 0.06,
  'owner-conflict': 0.06,
  unmonitored: 0.16,
  'permission-drift': 0.06,
  'toolset-drift': 0.08,
  'version-drift': 0.04,
  'approval-expired': 0.04,
  'secret-in-code': 0.02,
};

export interface ApiWorldSizes {
  records: number;
  assets: number;
  plan: StoryPlan;
}

/** Records and a story plan whose findings add up to exactly `findings`. */
export function apiWorld(findings: number): ApiWorldSizes {
  const stories = {} as Record<Story, number>;
  let planted = 0;
  for (const s of STORIES) {
    stories[s] = Math.max(1, Math.floor(findings * SHARES[s]));
    planted += stories[s];
  }
  const unrecordedActive = findings - planted;
  if (unrecordedActive < 1) throw new Error(`bench: ${findings} findings are too few for every story`);
  // Enough records that every story finds eligible ones, and a clean majority besides.
  const records = Math.max(400, Math.round(findings * 1.2));
  return { records, assets: Math.round(records * 1.5), plan: { stories, unrecordedActive, unrecordedDisabled: Math.max(1, Math.round(findings / 250)) } };
}
