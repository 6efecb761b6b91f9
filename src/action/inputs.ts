/**
 * The action's inputs, typed and validated up front (a bad input fails fast with its name).
 * Names are kebab-case as in action.yml; the runner passes them as INPUT_<NAME> with hyphens kept.
 */
import { SEVERITIES, type Severity } from '../model/kinds.js';
import type { Mode } from '../plan/plan.js';
import { UsageError } from '../util/errors.js';

export interface ActionInputs {
  token: string;
  config: string;
  snapshots: string[];
  mode: Mode;
  dryRun: boolean;
  maxWrites: number;
  failOn: Severity | 'none';
  discoverGithub: boolean;
  workingDirectory: string;
}

export type InputReader = (name: string) => string;

const MODES: readonly Mode[] = ['report', 'issues', 'prs', 'all'];

function bool(name: string, raw: string, fallback: boolean): boolean {
  const v = raw.trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new UsageError(`input ${name}: "${raw}" is not a boolean (true or false)`);
}

export function readInputs(get: InputReader): ActionInputs {
  const mode = (get('mode').trim() || 'all') as Mode;
  if (!MODES.includes(mode)) throw new UsageError(`input mode: "${mode}" is not one of ${MODES.join(', ')}`);
  const rawMax = get('max-writes').trim() || '50';
  if (!/^\d+$/.test(rawMax)) throw new UsageError(`input max-writes: "${rawMax}" is not a whole number`);
  const failOn = (get('fail-on').trim() || 'none') as Severity | 'none';
  if (failOn !== 'none' && !SEVERITIES.includes(failOn)) throw new UsageError(`input fail-on: "${failOn}" is not one of none, ${SEVERITIES.join(', ')}`);
  const inputs: ActionInputs = {
    token: get('github-token').trim(),
    config: get('config').trim() || '.github/blindspot.yml',
    snapshots: get('snapshots')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.startsWith('#')),
    mode,
    dryRun: bool('dry-run', get('dry-run'), false),
    maxWrites: Number(rawMax),
    failOn,
    discoverGithub: bool('discover-github', get('discover-github'), false),
    workingDirectory: get('working-directory').trim() || '.',
  };
  if (inputs.mode !== 'report' && inputs.token === '') throw new UsageError(`input github-token is empty: mode ${inputs.mode} needs a token (or use mode: report)`);
  if (inputs.mode !== 'report' && inputs.workingDirectory !== '.') throw new UsageError('input working-directory: issues and PRs need the governance repository at the workspace root (CODEOWNERS applies from there); use mode: report for a sub-directory');
  return inputs;
}
