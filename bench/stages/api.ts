/**
 * Stage `api`: a rerun over thousands of tracked issues with nothing changed. A small generated
 * repository reconciles to `findings` findings; the fake GitHub is seeded with one issue per
 * finding exactly as the action creates them (the planner's own create operations, labels with
 * their colours, authored by github-actions[bot]); a first run of the built action adds the
 * dashboard; then the measured rerun, whose requests and writes are read from the request log.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates } from '../../src/plan/overrides.js';
import { planRun } from '../../src/plan/plan.js';
import { runPipelineAsync } from '../../src/pipeline.js';
import { FsTextSource } from '../../src/util/reader.js';
import { FakeGitHub, HUMAN_LOGIN } from '../../test/support/fake-github.js';
import { runAction } from '../api/action-runner.js';
import { apiWorld } from '../generate/api-world.js';
import { USERS } from '../generate/codeowners.js';
import { generateRepo } from '../generate/repo.js';
import { NOW_MS } from '../generate/world.js';

export interface ApiStageResult {
  trackedIssues: number;
  findings: number;
  requests: number;
  writes: number;
  /** Requests by route, for the table. */
  byRoute: Record<string, number>;
  warmupWrites: number;
  seconds: number;
  problems: string[];
  error?: string;
}

const INPUTS = { mode: 'issues', 'max-writes': '50' };

export async function apiStage(work: string, repoRoot: string, seed: number, findings: number): Promise<ApiStageResult> {
  const root = join(work, 'api-repo');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const world = apiWorld(findings);
  generateRepo(root, seed, { records: world.records, assets: world.assets, rules: 60, paths: 0 }, world.plan);

  const source = new FsTextSource(root);
  const run = await runPipelineAsync(source, { now: NOW_MS, env: {} });
  if (!run.result) throw new Error(`bench: the API repository is invalid: ${run.blocking[0]?.message}`);
  const result = run.result;

  const gh = await FakeGitHub.start({ seed: { dir: root }, collaborators: [HUMAN_LOGIN, ...USERS] });
  try {
    // What the action's first run would create: the planner's operations against an empty repository.
    const plan = planRun({
      result,
      state: { issues: [], pulls: [], labels: new Map(), defaultBranch: 'main' },
      config: run.repo.config,
      mode: 'issues',
      maxWrites: Number.MAX_SAFE_INTEGER,
      templates: loadTemplates(source),
      runUrl: `https://github.com/${gh.owner}/${gh.repo}/actions/runs/4242`,
    });
    let tracked = 0;
    for (const op of plan.operations) {
      if (op.op === 'create-label') gh.state.createLabel(op.name, op.color, op.description);
      else if (op.op === 'create-issue') {
        gh.seedIssue({ title: op.title, body: op.body, labels: op.labels, assignees: op.assignees });
        tracked++;
      }
    }
    const warmup = await runAction(gh, repoRoot, INPUTS);
    if (warmup.code !== 0) return failure(`first run exited ${warmup.code}: ${warmup.stderr.slice(-500) || warmup.stdout.slice(-500)}`);
    const warmupWrites = gh.writes().length;
    gh.log.clear();
    const rerun = await runAction(gh, repoRoot, INPUTS);
    if (rerun.code !== 0) return failure(`rerun exited ${rerun.code}: ${rerun.stderr.slice(-500) || rerun.stdout.slice(-500)}`);
    const byRoute: Record<string, number> = {};
    for (const e of gh.log.entries) {
      const k = e.route ?? `${e.method} ${e.path.split('?')[0]}`;
      byRoute[k] = (byRoute[k] ?? 0) + 1;
    }
    return {
      trackedIssues: tracked,
      findings: Number(rerun.outputs.findings ?? result.findings.length),
      requests: gh.log.entries.length,
      writes: gh.writes().length,
      byRoute,
      warmupWrites,
      seconds: rerun.seconds,
      problems: gh.problems().slice(0, 5),
    };
  } finally {
    await gh.stop();
  }

  function failure(error: string): ApiStageResult {
    return { trackedIssues: 0, findings: result.findings.length, requests: -1, writes: -1, byRoute: {}, warmupWrites: -1, seconds: 0, problems: [], error };
  }
}
