/**
 * Applies a plan through the gateway, one operation at a time, most severe first. It never
 * duplicates: a create that failed with a 5xx is confirmed by re-listing by marker before any
 * retry, a close comment is posted once, and PRs that already exist are updated. Every outcome is
 * recorded for the summary and the dashboard; nothing fails silently.
 */
import type { GitHubPort } from '../github/port.js';
import { renderDashboard, type DashboardData, type DashboardProposal } from '../plan/dashboard.js';
import type { GitHubState } from '../plan/github-state.js';
import type { Operation, Plan } from '../plan/operations.js';
import type { ReconcileResult } from '../model/result.js';
import { errorMessage } from '../util/errors.js';
import { BudgetExhausted, type Gateway } from './gateway.js';
import { isNodeResolution422, isPrNotPermitted, isPullExists, isRateLimited, isUncertain, messageOf, statusOf } from '../github/errors.js';
import { materialize, type BaseReader, type FileChange } from './materialize.js';

/** What the executor needs from git (implemented by ProposalWriter in apply/git). */
export interface ProposalGit extends BaseReader {
  propose(branch: string, message: string, changes: FileChange[]): Promise<{ status: 'pushed' | 'unchanged' | 'human-commits' | 'no-diff'; humanCommits?: Array<{ author: string }> }>;
  deleteBranch(branch: string): Promise<'deleted' | 'absent' | 'human-commits'>;
}

export type OutcomeStatus = 'created' | 'updated' | 'closed' | 'reopened' | 'unchanged' | 'skipped' | 'failed' | 'deferred' | 'planned';

export interface Outcome {
  op: Operation['op'];
  describe: string;
  status: OutcomeStatus;
  detail?: string;
  url?: string;
}

export interface ExecuteInput {
  plan: Plan;
  state: GitHubState;
  result: ReconcileResult;
  port: GitHubPort;
  gateway: Gateway;
  git: ProposalGit | null;
  label: string;
  dashboardTemplate: string;
  runUrl?: string;
  repoUrl: string;
  log: (line: string) => void;
  /** Waits between retries of eventual-consistency errors (ms); tests pass 0. */
  retryDelayMs?: number;
}

export interface ExecuteResult {
  outcomes: Outcome[];
  dashboardUrl?: string;
  /** The run stopped early (rate limit or budget). */
  stoppedEarly?: string;
}

const CLOSE_TAG = (fp: string) => `<!-- blindspot:close fp=${fp} -->`;
const REOPEN_TAG = (fp: string, n: number) => `<!-- blindspot:reopen fp=${fp} n=${n} -->`;

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function execute(input: ExecuteInput): Promise<ExecuteResult> {
  const { port, gateway, log } = input;
  const outcomes: Outcome[] = [];
  const proposals: DashboardProposal[] = [];
  const failures: string[] = [];
  let stoppedEarly: string | undefined;
  /** Set after GitHub refused PR creation: later proposals push their branch and stop there. */
  let prsForbidden = false;
  const delay = input.retryDelayMs ?? 1000;

  /** Retries only GitHub's eventual-consistency 422, which is safe to repeat. */
  const withConsistencyRetry = async <T>(fn: () => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (!isNodeResolution422(err) || attempt >= 3) throw err;
        log(`GitHub has not caught up yet (${messageOf(err)}); retrying`);
        await sleep(delay * (attempt + 1));
      }
    }
  };

  const findByMarker = async (fp: string) => (await port.listIssues(input.label)).find((i) => i.marker?.kind === 'finding' && i.marker.fp === fp);

  const commentOnce = async (number: number, tag: string, text: string, what: string) => {
    const existing = await port.listComments(number);
    if (existing.some((c) => c.body.includes(tag))) return;
    await gateway.write(what, () => withConsistencyRetry(() => port.createComment(number, `${tag}\n${text}`)));
  };

  for (const op of input.plan.operations) {
    if (stoppedEarly) {
      outcomes.push({ op: op.op, describe: op.describe, status: 'deferred', detail: stoppedEarly });
      continue;
    }
    if (op.op === 'dashboard') continue; // last, after every outcome is known
    try {
      const out = await runOne(op);
      outcomes.push(out);
    } catch (err) {
      if (err instanceof BudgetExhausted) {
        outcomes.push({ op: op.op, describe: op.describe, status: 'deferred', detail: 'write budget spent' });
        continue;
      }
      const msg = isPrNotPermitted(err) ? prNotPermittedMessage() : messageOf(err);
      if (isRateLimited(err)) {
        // Not a failure: GitHub asked us to stop. Everything left waits for the next run.
        stoppedEarly = `GitHub rate limit reached (${msg}); the rest waits for the next run`;
        outcomes.push({ op: op.op, describe: op.describe, status: 'deferred', detail: stoppedEarly });
        log(stoppedEarly);
        continue;
      }
      failures.push(`${op.describe}: ${msg}`);
      outcomes.push({ op: op.op, describe: op.describe, status: 'failed', detail: msg });
      log(`failed: ${op.describe}: ${msg}`);
    }
  }

  async function runOne(op: Operation): Promise<Outcome> {
    const base = { op: op.op, describe: op.describe };
    const planned = (): Outcome => ({ ...base, status: 'planned' });
    switch (op.op) {
      case 'create-label': {
        const r = await gateway.write(`create label ${op.name}`, () => port.createLabel(op.name, op.color, op.description).catch((err) => {
          if (/already_exists|already exists/i.test(messageOf(err))) return; // someone made it meanwhile
          throw err;
        }));
        return r === undefined && gateway.dryRun ? planned() : { ...base, status: 'created' };
      }
      case 'update-label': {
        const r = await gateway.write(`update label ${op.name}`, () => port.updateLabel(op.name, op.color, op.description));
        return r === undefined && gateway.dryRun ? planned() : { ...base, status: 'updated' };
      }
      case 'create-issue': {
        try {
          const r = await gateway.write(`create issue: ${op.title}`, () => port.createIssue(op));
          if (!r) return planned();
          return { ...base, status: 'created', url: r.url };
        } catch (err) {
          if (statusOf(err) === 422 && op.assignees.length > 0) {
            // A CODEOWNERS user who cannot be assigned here (not a collaborator): a 422 created
            // nothing, so creating again without assignees is safe.
            const r = await gateway.write(`create issue without assignees: ${op.title}`, () => port.createIssue({ ...op, assignees: [] }));
            return { ...base, status: 'created', url: r?.url, detail: `could not assign ${op.assignees.map((a) => `@${a}`).join(', ')} (${messageOf(err)})` };
          }
          if (!isUncertain(err) || err instanceof BudgetExhausted) throw err;
          // The create may have gone through: look before trying again.
          log(`create issue answered ${messageOf(err)}; checking by marker before any retry`);
          const found = await findByMarker(op.fingerprint);
          if (found) return { ...base, status: 'created', url: found.url, detail: 'confirmed by marker after an uncertain response' };
          const r = await gateway.write(`create issue (retry after ${messageOf(err)}): ${op.title}`, () => port.createIssue(op));
          return { ...base, status: 'created', url: r?.url, detail: 'created on retry' };
        }
      }
      case 'update-issue': {
        const r = await gateway.write(`update issue #${op.number}`, () => withConsistencyRetry(() => port.updateIssue(op.number, { title: op.title, body: op.body, labels: op.labels })));
        return r === undefined && gateway.dryRun ? planned() : { ...base, status: 'updated' };
      }
      case 'reopen-issue': {
        if (gateway.dryRun) {
          await gateway.write(`reopen issue #${op.number}`, async () => undefined);
          return planned();
        }
        await commentOnce(op.number, REOPEN_TAG(op.fingerprint, op.number), op.comment, `comment on #${op.number} (reopening)`);
        await gateway.write(`reopen issue #${op.number}`, () => port.updateIssue(op.number, { state: 'open', stateReason: 'reopened', title: op.title, body: op.body, labels: op.labels }));
        return { ...base, status: 'reopened' };
      }
      case 'close-issue': {
        if (gateway.dryRun) {
          await gateway.write(`close issue #${op.number} (${op.reason})`, async () => undefined);
          return planned();
        }
        await commentOnce(op.number, CLOSE_TAG(op.fingerprint), op.comment, `comment on #${op.number} (closing)`);
        await gateway.write(`close issue #${op.number} (${op.reason})`, () =>
          port.updateIssue(op.number, { state: 'closed', stateReason: op.reason, body: op.body, ...(op.reason === 'duplicate' && op.duplicateOfId ? { duplicateOfId: op.duplicateOfId } : {}) }),
        );
        return { ...base, status: 'closed' };
      }
      case 'propose':
        return propose(op);
      case 'close-proposal': {
        if (gateway.dryRun) {
          await gateway.write(`close PR #${op.number} and delete ${op.branch}`, async () => undefined);
          return planned();
        }
        await gateway.write(`comment on PR #${op.number} (closing)`, () => port.createComment(op.number, op.comment));
        await gateway.write(`close PR #${op.number}`, () => port.updatePull(op.number, { state: 'closed' }));
        const del = input.git ? await input.git.deleteBranch(op.branch) : 'absent';
        return { ...base, status: 'closed', detail: del === 'human-commits' ? `branch ${op.branch} kept: a person committed to it` : `branch ${op.branch} ${del}` };
      }
      default:
        return { ...base, status: 'skipped' };
    }
  }

  async function propose(op: Extract<Operation, { op: 'propose' }>): Promise<Outcome> {
    const base = { op: op.op, describe: op.describe };
    const compareUrl = `${input.repoUrl}/compare/${encodeURIComponent(input.state.defaultBranch)}...${encodeURIComponent(op.branch)}?expand=1`;
    if (!input.git) {
      proposals.push({ title: op.title, branch: op.branch, status: 'not built: no git workspace' });
      return { ...base, status: 'skipped', detail: 'no git workspace to build the branch in' };
    }
    let changes: FileChange[];
    try {
      changes = await materialize(op.intents, input.git);
    } catch (err) {
      proposals.push({ title: op.title, branch: op.branch, status: `not built: ${errorMessage(err)}` });
      return { ...base, status: 'skipped', detail: errorMessage(err) };
    }
    if (gateway.dryRun) {
      await gateway.write(`${op.existing ? `update PR #${op.existing}` : 'open PR'} from ${op.branch} (${changes.map((c) => c.path).join(', ')})`, async () => undefined);
      proposals.push({ title: op.title, branch: op.branch, status: 'planned (dry run)' });
      return { ...base, status: 'planned' };
    }
    const pushed = await input.git.propose(op.branch, op.commitMessage, changes);
    if (pushed.status === 'human-commits') {
      const who = [...new Set((pushed.humanCommits ?? []).map((c) => c.author))].join(', ');
      proposals.push({ title: op.title, branch: op.branch, status: `left alone: ${who || 'a person'} committed to the branch` });
      return { ...base, status: 'skipped', detail: `a person (${who}) committed to ${op.branch}; blindspot does not push over it` };
    }
    if (pushed.status === 'no-diff') {
      proposals.push({ title: op.title, branch: op.branch, status: 'nothing to change: the base already has it' });
      return { ...base, status: 'unchanged', detail: 'the base branch already has this change' };
    }
    if (prsForbidden && op.existing === undefined) {
      proposals.push({ title: op.title, branch: op.branch, compareUrl, status: 'GitHub Actions may not create pull requests here' });
      return { ...base, status: 'skipped', detail: `branch ${op.branch} pushed; PR creation is not permitted (see the first failure)` };
    }
    if (op.existing !== undefined) {
      if (op.writes > 0) await gateway.write(`update PR #${op.existing}`, () => withConsistencyRetry(() => port.updatePull(op.existing!, { title: op.title, body: op.body })));
      proposals.push({ title: op.title, branch: op.branch, url: `${input.repoUrl}/pull/${op.existing}`, status: 'open' });
      return { ...base, status: op.writes > 0 || pushed.status === 'pushed' ? 'updated' : 'unchanged', url: `${input.repoUrl}/pull/${op.existing}` };
    }
    try {
      const pr = await gateway.write(`open PR from ${op.branch}`, () => port.createPull({ head: op.branch, base: input.state.defaultBranch, title: op.title, body: op.body }));
      proposals.push({ title: op.title, branch: op.branch, url: pr?.url, status: 'open' });
      return { ...base, status: 'created', url: pr?.url };
    } catch (err) {
      if (isPullExists(err)) {
        const pr = await port.findPull(op.branch);
        if (pr) {
          if (pr.title !== op.title || pr.body !== op.body) await gateway.write(`update PR #${pr.number}`, () => port.updatePull(pr.number, { title: op.title, body: op.body }));
          proposals.push({ title: op.title, branch: op.branch, url: pr.url, status: 'open' });
          return { ...base, status: 'updated', url: pr.url, detail: 'the PR already existed' };
        }
      }
      if (isPrNotPermitted(err)) {
        prsForbidden = true;
        proposals.push({ title: op.title, branch: op.branch, compareUrl, status: 'GitHub Actions may not create pull requests here' });
        throw err;
      }
      if (isUncertain(err)) {
        const pr = await port.findPull(op.branch);
        if (pr) {
          proposals.push({ title: op.title, branch: op.branch, url: pr.url, status: 'open' });
          return { ...base, status: 'created', url: pr.url, detail: 'confirmed after an uncertain response' };
        }
      }
      proposals.push({ title: op.title, branch: op.branch, compareUrl, status: `failed: ${messageOf(err)}` });
      throw err;
    }
  }

  // Proposals the planner held back or deferred still show on the dashboard.
  const dashOp = input.plan.operations.find((o): o is Extract<Operation, { op: 'dashboard' }> => o.op === 'dashboard');
  let dashboardUrl: string | undefined;
  if (dashOp && !stoppedEarly) {
    try {
      const current = dashOp.number !== undefined ? await port.getIssue(dashOp.number) : null;
      const deferredNow = [...input.plan.deferred, ...outcomes.filter((o) => o.status === 'deferred').map((o) => ({ describe: o.describe, severity: 'low' as const, reason: o.detail ?? 'deferred' }))];
      const data: DashboardData = { result: input.result, proposals: [...existingProposals(input.state, proposals), ...proposals], deferred: deferredNow, held: input.plan.held, breaker: input.plan.breaker, acceptedByHumans: input.plan.acceptedByHumans, failures };
      const rendered = renderDashboard(data, current?.body ?? null, input.dashboardTemplate, input.runUrl);
      if (current && current.marker?.h === rendered.hash && current.state === 'open') {
        outcomes.push({ op: 'dashboard', describe: dashOp.describe, status: 'unchanged', url: current.url });
        dashboardUrl = current.url;
      } else if (current) {
        await gateway.write(`update dashboard #${current.number}`, () => port.updateIssue(current.number, { body: rendered.body, title: dashOp.title, ...(current.state === 'closed' ? { state: 'open' as const } : {}) }));
        outcomes.push({ op: 'dashboard', describe: dashOp.describe, status: gateway.dryRun ? 'planned' : 'updated', url: current.url });
        dashboardUrl = current.url;
      } else {
        const r = await gateway.write('open the dashboard issue', () => port.createIssue({ title: dashOp.title, body: rendered.body, labels: [input.label, `${input.label}:dashboard`], assignees: [] }));
        outcomes.push({ op: 'dashboard', describe: dashOp.describe, status: r ? 'created' : 'planned', url: r?.url });
        dashboardUrl = r?.url;
      }
    } catch (err) {
      const status = err instanceof BudgetExhausted ? 'deferred' : 'failed';
      outcomes.push({ op: 'dashboard', describe: dashOp.describe, status, detail: messageOf(err) });
      if (status === 'failed') log(`failed: dashboard: ${messageOf(err)}`);
    }
  }
  return { outcomes, dashboardUrl, ...(stoppedEarly ? { stoppedEarly } : {}) };
}

/** Open bot PRs the plan did not touch this run (so the dashboard still lists them). */
function existingProposals(state: GitHubState, touched: DashboardProposal[]): DashboardProposal[] {
  const seen = new Set(touched.map((p) => p.branch));
  return state.pulls.filter((p) => p.state === 'open' && !seen.has(p.head)).map((p) => ({ title: p.title, branch: p.head, url: p.url, status: 'open' }));
}

export function prNotPermittedMessage(): string {
  return 'GitHub Actions is not permitted to create pull requests in this repository. Turn on Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" (or the same setting for the organisation), or run blindspot with a GitHub App installation token (actions/create-github-app-token), which can also trigger CI on its PRs. The proposal branch was pushed; the dashboard links to it so a person can open the PR.';
}
