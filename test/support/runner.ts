/**
 * Runs the built action (dist/index.js) exactly as the GitHub runner does: a spawned node process
 * with INPUT_* variables (hyphens kept, action.yml defaults applied as the runner would), empty
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / env files created beforehand, an event file, and the
 * workspace as the working directory. Free of vitest, so the benchmark uses it too.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { FakeGitHub } from './fake-github.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

/** Input defaults as the runner evaluates them (the only expression is the token). */
export function inputEnv(inputs: Record<string, string>, token: string, root = REPO_ROOT): Record<string, string> {
  const yml = parseYaml(readFileSync(resolve(root, 'action.yml'), 'utf8')) as ActionYml;
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(yml.inputs)) {
    const def = spec.default === '${{ github.token }}' ? token : (spec.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? def;
  }
  for (const name of Object.keys(inputs)) if (!(name in yml.inputs)) throw new Error(`unknown input ${name}`);
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
  seconds: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error`/`::warning` lines. */
  annotations: string[];
}

export type EventName = 'schedule' | 'workflow_dispatch';

export interface RunOptions {
  inputs?: Record<string, string>;
  event?: EventName;
  env?: Record<string, string>;
  /** Pins the action's "now" (BLINDSPOT_NOW). */
  now: string;
  onSpawn?: (kill: () => void) => void;
  /** The repository whose dist/index.js and action.yml run (default REPO_ROOT, from this file's location). */
  root?: string;
}

/** Runs the action once with runner files in `dir` (which the caller owns and removes). */
export async function runActionIn(dir: string, gh: FakeGitHub, opts: RunOptions): Promise<ActionRun> {
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), env: join(dir, 'env'), path: join(dir, 'path'), state: join(dir, 'state') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const event = opts.event ?? 'schedule';
  const root = opts.root ?? REPO_ROOT;
  const eventPath = join(dir, 'event.json');
  const repository = { full_name: `${gh.owner}/${gh.repo}`, name: gh.repo, owner: { login: gh.owner } };
  writeFileSync(eventPath, JSON.stringify(event === 'schedule' ? { schedule: '17 6 * * 1-5', repository } : { inputs: { 'dry-run': 'false', mode: 'all' }, ref: 'refs/heads/main', repository, sender: { login: 'octo-human' } }));
  const runnerTemp = join(dir, 'temp');
  mkdirSync(runnerTemp, { recursive: true });
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
    BLINDSPOT_NOW: opts.now,
    BLINDSPOT_TEST_NO_THROTTLE_WAIT: '1',
    ...(await gh.actionEnv()),
    ...inputEnv(opts.inputs ?? {}, gh.token, root),
    ...opts.env,
  };
  const t0 = performance.now();
  const child = spawn(process.execPath, [resolve(root, 'dist/index.js')], { cwd: gh.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  opts.onSpawn?.(() => child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((res) => child.on('close', (c, signal) => res(c ?? (signal ? 137 : -1))));
  return {
    code,
    seconds: (performance.now() - t0) / 1000,
    stdout,
    stderr,
    outputs: parseEnvFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations: stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
  };
}
