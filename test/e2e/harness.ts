/**
 * Runs the built action (dist/index.js) exactly as the runner does: a spawned node process with
 * INPUT_* variables (hyphens kept, action.yml defaults applied by us as the runner would), empty
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files created beforehand, an event file, and the
 * workspace as the working directory. GitHub is the schema-checked fake.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { FakeGitHub } from '../support/fake-github.js';
import { git } from '../support/fake-github/git.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

export const ACTION = resolve(ROOT, 'dist/index.js');
export const STORY_NOW = '2026-11-28T12:00:00Z';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

const actionYml = parseYaml(readFileSync(resolve(ROOT, 'action.yml'), 'utf8')) as ActionYml;

/** Input defaults as the runner evaluates them (the only expression is the token). */
export function inputEnv(inputs: Record<string, string>, token: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const given = inputs[name];
    const def = spec.default === '${{ github.token }}' ? token : (spec.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = given ?? def;
  }
  for (const name of Object.keys(inputs)) if (!(name in actionYml.inputs)) throw new Error(`unknown input ${name}`);
  return env;
}

/** Parses the runner's environment-file format (NAME=value or heredoc NAME<<DELIM). */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`Matching delimiter not found '${delim}'`);
      out[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`Invalid format '${line}'`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error`/`::warning` lines. */
  annotations: string[];
}

export type EventName = 'schedule' | 'workflow_dispatch';

export async function runAction(gh: FakeGitHub, opts: { inputs?: Record<string, string>; event?: EventName; env?: Record<string, string>; onSpawn?: (kill: () => void) => void } = {}): Promise<ActionRun> {
  const dir = tempDir('blindspot-runner-');
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), env: join(dir, 'env'), path: join(dir, 'path'), state: join(dir, 'state') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const event = opts.event ?? 'schedule';
  const eventPath = join(dir, 'event.json');
  const repository = { full_name: `${gh.owner}/${gh.repo}`, name: gh.repo, owner: { login: gh.owner } };
  writeFileSync(eventPath, JSON.stringify(event === 'schedule' ? { schedule: '17 6 * * 1-5', repository } : { inputs: { 'dry-run': 'false', mode: 'all' }, ref: 'refs/heads/main', repository, sender: { login: 'octo-human' } }));
  const runnerTemp = join(dir, 'temp');
  mkdirSync(runnerTemp);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'github-actions[bot]',
    GITHUB_WORKFLOW: 'blindspot',
    GITHUB_JOB: 'reconcile',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    BLINDSPOT_NOW: STORY_NOW,
    BLINDSPOT_TEST_NO_THROTTLE_WAIT: '1',
    ...(await gh.actionEnv()),
    ...inputEnv(opts.inputs ?? {}, gh.token),
    ...opts.env,
  };
  const child = spawn(process.execPath, [ACTION], { cwd: gh.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  opts.onSpawn?.(() => child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((res) => child.on('close', (c, signal) => res(c ?? (signal ? 137 : -1))));
  return {
    code,
    stdout,
    stderr,
    outputs: parseEnvFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations: stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
  };
}

/** What actions/checkout does at the start of every job: the workspace becomes the remote main. */
export async function syncWorkspace(gh: FakeGitHub): Promise<void> {
  await git(gh.workspace, ['fetch', '--quiet', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
  await git(gh.workspace, ['reset', '--quiet', '--hard', 'origin/main']);
}

/** A person merges a proposal PR: main fast-forwards to the PR's branch, the PR is marked merged. */
export async function mergeProposal(gh: FakeGitHub, number: number): Promise<void> {
  const pr = gh.issue(number);
  if (!pr.pull) throw new Error(`#${number} is not a PR`);
  await git(gh.bareRepo, ['update-ref', 'refs/heads/main', `refs/heads/${pr.pull.head}`]);
  gh.mergePull(number);
  await syncWorkspace(gh);
}

/** The stable shape of what the bot made: issues by marker, PRs by branch, labels by name. */
export function snapshotState(gh: FakeGitHub) {
  const issues = gh
    .issues()
    .filter((i) => !i.pull)
    .map((i) => ({ marker: (i.body ?? '').split('\n', 1)[0].replace(/ h=[0-9a-f]+/, '').replace(/ src=\S+/, ''), state: i.state, title: i.title, labels: [...i.labels].sort() }))
    .sort((a, b) => (a.marker + a.state < b.marker + b.state ? -1 : 1));
  const pulls = gh
    .pulls()
    .map((p) => ({ head: p.pull!.head, state: p.state, title: p.title }))
    .sort((a, b) => (a.head < b.head ? -1 : 1));
  const labels = gh
    .labels()
    .map((l) => l.name)
    .sort();
  return { issues, pulls, labels };
}
