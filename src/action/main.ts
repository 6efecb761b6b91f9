/**
 * The action: read inputs → run the engine → write reports → (unless mode report) read GitHub
 * state, plan, apply through the gateway → job summary, annotations, outputs. Thin: the work is in
 * the pipeline, the planner and the executor.
 */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execute, type Outcome, type ProposalGit } from '../apply/executor.js';
import { Gateway } from '../apply/gateway.js';
import { ProposalWriter } from '../apply/git/index.js';
import { committersReader } from '../apply/git/committers.js';
import { createOctokit, noWaitForTests } from '../github/client.js';
import { discoverGithub } from '../github/discovery.js';
import { RestGitHub } from '../github/rest.js';
import { failsOn } from '../model/finding.js';
import { severityRank } from '../model/kinds.js';
import { formatDiagnostic } from '../model/location.js';
import type { Snapshot } from '../model/snapshot.js';
import type { GitHubState } from '../plan/github-state.js';
import type { Plan } from '../plan/operations.js';
import { planRun } from '../plan/plan.js';
import { loadTemplates } from '../plan/overrides.js';
import { runPipelineAsync } from '../pipeline.js';
import { jsonReportPieces } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { errorMessage, InputError, UsageError } from '../util/errors.js';
import { commitTimeReader } from '../util/git.js';
import { FsTextSource } from '../util/reader.js';
import { writePieces } from '../util/write-pieces.js';
import { parseTimeOption } from '../util/time.js';
import { VERSION } from '../version.js';
import { readInputs } from './inputs.js';
import { tally, writeSummary } from './summary.js';

const MAX_ANNOTATIONS = 100;

/** BLINDSPOT_NOW pins "now" (tests, reproducing a run); otherwise the clock. */
function nowFromEnv(env: NodeJS.ProcessEnv): number {
  return env.BLINDSPOT_NOW ? parseTimeOption(env.BLINDSPOT_NOW, 'BLINDSPOT_NOW').ms : Date.now();
}

function repoFromEnv(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const full = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = full.split('/');
  if (!owner || !repo) throw new UsageError('GITHUB_REPOSITORY is not set (owner/repo): run inside GitHub Actions, or set it');
  return { owner, repo };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runAction(env);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) core.setFailed(`blindspot: ${errorMessage(err)}`);
    else core.setFailed(`blindspot: internal error: ${err instanceof Error ? (env.RUNNER_DEBUG === '1' ? err.stack : err.message) : String(err)}`);
  }
}

async function runAction(env: NodeJS.ProcessEnv): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  if (inputs.token) core.setSecret(inputs.token);
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const root = resolve(workspace, inputs.workingDirectory);
  const now = nowFromEnv(env);
  const nowIso = new Date(now).toISOString();
  const source = new FsTextSource(root);
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const notes: string[] = [];
  const limitNotes: string[] = [];
  const needsGitHub = inputs.mode !== 'report' || inputs.discoverGithub;
  const repoRef = needsGitHub ? repoFromEnv(env) : null;
  const octokit = needsGitHub ? createOctokit(inputs.token, apiUrl, env, { onLimit: (e) => limitNotes.push(`${e.kind} rate limit on ${e.method} ${e.url}: ${e.stopped ? 'stopped' : `waited ${e.retryAfter}s`}`) }) : null;
  const github = octokit && repoRef ? new RestGitHub(octokit, repoRef) : null;
  // Asked once: discovery and planning both need it.
  let repository: ReturnType<RestGitHub['getRepository']> | undefined;
  const repositoryInfo = (port: RestGitHub) => (repository ??= port.getRepository());
  const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;

  let liveSnapshots: Snapshot[] = [];
  if (inputs.discoverGithub && octokit && repoRef && github) {
    core.startGroup('GitHub live discovery');
    // Org secrets and app installations exist only for organisations.
    const info = await repositoryInfo(github);
    const d = await discoverGithub(octokit, repoRef, source, nowIso, info.ownerType === 'Organization');
    liveSnapshots = d.snapshots;
    for (const s of d.skipped) {
      core.info(`skipped: ${s}`);
      notes.push(`GitHub discovery skipped ${s}`);
    }
    core.endGroup();
  }

  core.startGroup('Reconcile');
  const run = await runPipelineAsync(source, { configPath: inputs.config, now, extra: inputs.snapshots, cwd: root, env, commitTime: commitTimeReader(root), committersFor: committersReader(root), snapshots: liveSnapshots });
  core.endGroup();
  if (!run.result) {
    for (const d of run.blocking) core.error(d.message, { file: d.file, startLine: d.line, startColumn: d.column, title: d.code });
    throw new InputError(`the governance repository is invalid (${run.blocking.length} error${run.blocking.length === 1 ? '' : 's'}): ${run.blocking.slice(0, 3).map(formatDiagnostic).join('; ')}. Fix them (blindspot validate) before blindspot writes anything.`);
  }
  const result = run.result;
  const config = run.repo.config;

  // Reports first: they exist even if GitHub is unreachable later.
  const outDir = join(env.RUNNER_TEMP || tmpdir(), 'blindspot');
  mkdirSync(outDir, { recursive: true });
  const reportPath = join(outDir, 'report.json');
  const sarifPath = join(outDir, 'report.sarif');
  await writePieces(reportPath, jsonReportPieces(result));
  writeFileSync(sarifPath, renderSarif(result, { toolVersion: VERSION, configFile: config.file ?? inputs.config }));
  for (const f of result.findings.slice(0, MAX_ANNOTATIONS)) {
    const props = f.record ? { file: f.record.file, startLine: f.record.line, title: `blindspot: ${f.type}` } : { title: `blindspot: ${f.type}` };
    const msg = `${f.title}\n${f.evidence.slice(0, 3).map((e) => `- ${e.fact} (${e.source})`).join('\n')}`;
    if (severityRank(f.severity) <= severityRank('high')) core.error(msg, props);
    else core.warning(msg, props);
  }
  for (const s of result.sources.filter((x) => x.status !== 'fresh')) notes.push(`source ${s.source.name ?? s.source.type} is ${s.status}${s.detail ? `: ${s.detail}` : ''}`);

  let plan: Plan | undefined;
  let outcomes: Outcome[] = [];
  let dashboardUrl: string | undefined;
  if (inputs.mode !== 'report' && github) {
    core.startGroup('Read GitHub state');
    const repoInfo = await repositoryInfo(github);
    const state: GitHubState = {
      issues: await github.listIssues(config.github.label),
      pulls: inputs.mode === 'issues' ? [] : await github.listPulls('blindspot/'),
      labels: await github.listLabels(),
      defaultBranch: repoInfo.defaultBranch,
    };
    core.info(`${state.issues.length} tracked issues, ${state.pulls.length} open proposals`);
    core.endGroup();
    const templates = loadTemplates(source);
    plan = planRun({ result, state, config, mode: inputs.mode, maxWrites: inputs.maxWrites, templates, runUrl });
    core.startGroup(inputs.dryRun ? 'Plan (dry run: nothing is written)' : 'Apply');
    const gateway = new Gateway({ dryRun: inputs.dryRun, maxWrites: inputs.maxWrites, log: (l) => core.info(l) });
    let git: ProposalGit | null = null;
    if ((inputs.mode === 'prs' || inputs.mode === 'all') && plan.operations.some((o) => o.op === 'propose' || o.op === 'close-proposal')) {
      try {
        // Fetching is read-only, so a dry run opens the writer too (diffs need the base files);
        // the executor never pushes or deletes in a dry run.
        git = await ProposalWriter.open(workspace, { base: state.defaultBranch, now: nowIso });
      } catch (err) {
        notes.push(`proposal branches cannot be built: ${errorMessage(err)}`);
      }
    }
    const exec = await execute({ plan, state, result, port: github, gateway, git, label: config.github.label, dashboardTemplate: templates['dashboard.md'], runUrl, repoUrl: repoInfo.htmlUrl, log: (l) => core.info(l), retryDelayMs: noWaitForTests(env, apiUrl) ? 0 : 1000 });
    core.endGroup();
    outcomes = exec.outcomes;
    dashboardUrl = exec.dashboardUrl;
    if (exec.stoppedEarly) notes.push(exec.stoppedEarly);
    if (plan.deferred.length) notes.push(`${plan.deferred.length} change${plan.deferred.length === 1 ? '' : 's'} deferred: the write budget (max-writes ${inputs.maxWrites}) was spent; they are listed on the dashboard and continue next run`);
    if (plan.breaker) notes.push(`circuit breaker: ${plan.breaker}`);
    for (const o of outcomes.filter((x) => x.status === 'failed')) core.error(`${o.describe}: ${o.detail ?? 'failed'}`);
  }
  notes.push(...limitNotes);

  const t = tally(outcomes);
  const count = (op: Outcome['op'], status: Outcome['status']) => outcomes.filter((o) => o.op === op && o.status === status).length;
  core.setOutput('findings', String(result.findings.length));
  core.setOutput('new', String(plan?.counts.new ?? 0));
  core.setOutput('resolved', String(plan?.counts.resolved ?? 0));
  core.setOutput('issues-created', String(count('create-issue', 'created')));
  core.setOutput('issues-updated', String(count('update-issue', 'updated') + count('reopen-issue', 'reopened')));
  core.setOutput('issues-closed', String(count('close-issue', 'closed')));
  core.setOutput('prs-opened', String(count('propose', 'created')));
  core.setOutput('prs-updated', String(count('propose', 'updated')));
  core.setOutput('report', reportPath);
  core.setOutput('sarif', sarifPath);
  core.setOutput('dashboard-url', dashboardUrl ?? '');
  await writeSummary({ result, mode: inputs.mode, dryRun: inputs.dryRun, plan, outcomes, notes, dashboardUrl });

  const failed = t.failed > 0;
  const failOn = inputs.failOn;
  const tripped = failsOn(result.findings, failOn);
  if (failed) core.setFailed(`blindspot: ${t.failed} GitHub operation${t.failed === 1 ? '' : 's'} failed (see the log and the job summary)`);
  else if (tripped) core.setFailed(`blindspot: findings at or above ${failOn} (fail-on)`);
}
