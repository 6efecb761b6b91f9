/**
 * Runs the built action (dist/index.js) against the fake GitHub exactly as the runner does, like
 * test/e2e/harness.ts (which needs vitest, so it cannot run here): a spawned node with INPUT_*
 * variables (action.yml defaults applied), empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an
 * event file, and the workspace as the working directory.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { FakeGitHub } from '../../test/support/fake-github.js';
import { NOW_ISO } from '../generate/world.js';

export interface ActionRun {
  code: number;
  seconds: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

function inputEnv(repoRoot: string, inputs: Record<string, string>, token: string): Record<string, string> {
  const yml = parseYaml(readFileSync(resolve(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(yml.inputs)) {
    const def = spec.default === '${{ github.token }}' ? token : (spec.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? def;
  }
  return env;
}

/** `NAME=value` lines and `NAME<<DELIM` heredocs, as the runner writes GITHUB_OUTPUT. */
function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=');
      out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return out;
}

export async function runAction(gh: FakeGitHub, repoRoot: string, inputs: Record<string, string>): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'blindspot-bench-runner-'));
  try {
    const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), env: join(dir, 'env'), path: join(dir, 'path'), state: join(dir, 'state') };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ schedule: '17 6 * * 1-5', repository: { full_name: `${gh.owner}/${gh.repo}`, name: gh.repo, owner: { login: gh.owner } } }));
    mkdirSync(join(dir, 'temp'));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'schedule',
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
      RUNNER_TEMP: join(dir, 'temp'),
      RUNNER_OS: 'Linux',
      BLINDSPOT_NOW: NOW_ISO,
      BLINDSPOT_TEST_NO_THROTTLE_WAIT: '1',
      ...(await gh.actionEnv()),
      ...inputEnv(repoRoot, inputs, gh.token),
    };
    const t0 = performance.now();
    const child = spawn(process.execPath, [resolve(repoRoot, 'dist/index.js')], { cwd: gh.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number>((res) => child.on('close', (c, signal) => res(c ?? (signal ? 137 : -1))));
    return { code, seconds: (performance.now() - t0) / 1000, stdout, stderr, outputs: parseEnvFile(readFileSync(files.output, 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
