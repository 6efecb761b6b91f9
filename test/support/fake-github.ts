/**
 * A schema-checked fake of GitHub for tests: real HTTP on 127.0.0.1, REST routes checked against
 * GitHub's OpenAPI description, GraphQL checked against GitHub's schema, refs in a real bare git
 * repository, a request log and fault injection. Drive it with the real Octokit clients by pointing
 * `baseUrl`/`GITHUB_API_URL` at `fake.url`.
 *
 *   const gh = await FakeGitHub.start({ seed: { dir: 'examples/acme' } });
 *   // … run the action with gh.actionEnv() …
 *   expect(gh.problems()).toEqual([]);
 *   await gh.stop();
 */
import { FakeClock } from './fake-github/clock.js';
import { FaultInjector, type FaultRule } from './fake-github/faults.js';
import {
  createGitFixture,
  pushCommit,
  removeGitFixture,
  resetGitFixture,
  type GitFixture,
  type GitIdentity,
  type SeedOptions,
} from './fake-github/git.js';
import { RequestLog, type LoggedRequest, type Violation } from './fake-github/log.js';
import { isKnownOperation } from './fake-github/openapi.js';
import { issueRoutes } from './fake-github/routes-issues.js';
import { pullRoutes } from './fake-github/routes-pulls.js';
import { repoRoutes } from './fake-github/routes-repo.js';
import type { RouteTable } from './fake-github/route-types.js';
import { FakeHttpServer, type ServerDeps } from './fake-github/server.js';
import {
  BOT_LOGIN,
  RepoState,
  type AccessSettings,
  type AccountType,
  type CodeownersErrorRecord,
  type CommentRecord,
  type IssueRecord,
  type LabelRecord,
  type RepoPermissions,
  type StateReason,
  type TeamRecord,
} from './fake-github/state.js';

export type { Fault, FaultRule } from './fake-github/faults.js';
export type { LoggedRequest, Violation } from './fake-github/log.js';
export type { CommentRecord, IssueRecord, LabelRecord, StateReason, TeamRecord } from './fake-github/state.js';
export { BOT_EMAIL, BOT_LOGIN } from './fake-github/state.js';
export { SECONDARY_RATE_LIMIT_MESSAGE } from './fake-github/faults.js';
export { PR_NOT_PERMITTED_MESSAGE } from './fake-github/routes-pulls.js';
export { git, writeFiles } from './fake-github/git.js';

export interface FakeGitHubOptions {
  /** Repository owner (default `acme`). */
  owner?: string;
  /** Repository name (default `governance`). */
  repo?: string;
  /** Whether the owner is an organisation (default) or a user; org endpoints 404 for a user. */
  ownerType?: Extract<AccountType, 'Organization' | 'User'>;
  defaultBranch?: string;
  /** Content of the first commit on the default branch. */
  seed?: SeedOptions;
  /** The token the action uses; it authenticates as `github-actions[bot]`. */
  token?: string;
  /** Logins with push access (assignable, reviewable, members of the org). */
  collaborators?: string[];
  /** Fake-clock start (ISO) and how far each applied write advances it (ms, default 1000). */
  clockStart?: string;
  tickMs?: number;
  /** Primary rate limit for REST (core) and GraphQL (default 1000/1000, GITHUB_TOKEN's). */
  rateLimit?: { limit?: number; remaining?: number };
  access?: {
    permissions?: Partial<RepoPermissions>;
    actionsCanCreatePullRequests?: boolean;
    /** Operation keys answered 403 "Resource not accessible by integration" (default `['GET /user']`). */
    forbidden?: string[];
    canReadOrg?: boolean;
    viewerLogin?: string;
  };
}

const ROUTES: RouteTable = { ...issueRoutes, ...pullRoutes, ...repoRoutes };
const DEFAULT_TOKEN = 'ghs_fakeGitHubToken0000000000000000000';
export const HUMAN_LOGIN = 'octo-human';

/** Every REST operation the fake implements, as `METHOD /template`. */
export function implementedRoutes(): string[] {
  return Object.keys(ROUTES).sort();
}

function checkRouteTable(routes: RouteTable): void {
  const unknown = Object.keys(routes).filter((key) => !isKnownOperation(key));
  if (unknown.length) throw new Error(`fake-github: routes not in GitHub's OpenAPI description: ${unknown.join(', ')}`);
}

export class FakeGitHub {
  readonly clock: FakeClock;
  readonly log = new RequestLog();
  /** Schema violations in requests (the client's fault) and responses (the fake's). Tests expect none. */
  readonly violations: Violation[] = [];
  readonly token: string;
  #faults = new FaultInjector();
  #deps: ServerDeps;
  #server: FakeHttpServer;
  #tokenCount = 0;

  private constructor(
    private readonly options: FakeGitHubOptions,
    private readonly git: GitFixture,
  ) {
    this.clock = new FakeClock(options.clockStart, options.tickMs ?? 1000);
    this.token = options.token ?? DEFAULT_TOKEN;
    this.#deps = {
      state: this.#freshState(),
      git: git.bare,
      log: this.log,
      faults: this.#faults,
      violations: this.violations,
      tokens: new Map([[this.token, BOT_LOGIN]]),
      routes: ROUTES,
    };
    this.#server = new FakeHttpServer(this.#deps);
  }

  /** Creates the bare repo and workspace, and starts the server on a random port. */
  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    checkRouteTable(ROUTES);
    const clock = new FakeClock(options.clockStart);
    const git = await createGitFixture(options.seed ?? {}, options.defaultBranch ?? 'main', clock.iso());
    const fake = new FakeGitHub(options, git);
    await fake.#server.listen();
    return fake;
  }

  /** Stops the server and deletes the temp folder (bare repo and workspace). */
  async stop(): Promise<void> {
    await this.#server.close();
    await removeGitFixture(this.git);
  }

  #freshState(): RepoState {
    const { options } = this;
    const permissions: RepoPermissions = { admin: false, maintain: false, push: true, triage: true, pull: true, ...options.access?.permissions };
    const access: AccessSettings = {
      permissions,
      actionsCanCreatePullRequests: options.access?.actionsCanCreatePullRequests ?? true,
      forbidden: new Set(options.access?.forbidden ?? ['GET /user']),
      canReadOrg: options.access?.canReadOrg ?? false,
      viewerLogin: options.access?.viewerLogin ?? BOT_LOGIN,
    };
    const limit = options.rateLimit?.limit ?? 1000;
    const state = new RepoState(
      {
        owner: options.owner ?? 'acme',
        repo: options.repo ?? 'governance',
        ownerType: options.ownerType ?? 'Organization',
        defaultBranch: options.defaultBranch ?? 'main',
        access,
        rateLimit: { limit, remaining: options.rateLimit?.remaining ?? limit },
      },
      this.clock,
    );
    for (const login of options.collaborators ?? [HUMAN_LOGIN]) {
      state.collaborators.add(login);
      if (state.ownerAccount.type === 'Organization') state.addOrgMember(login);
      else state.account(login);
    }
    return state;
  }

  /** Base URL for Octokit (`baseUrl`, `GITHUB_API_URL`); GraphQL is `${url}/graphql`. */
  get url(): string {
    return this.#server.url;
  }

  get state(): RepoState {
    return this.#deps.state;
  }

  get owner(): string {
    return this.state.owner;
  }

  get repo(): string {
    return this.state.repo;
  }

  /** The action's GITHUB_WORKSPACE: a clone with `origin` = the bare repo and the bot's git identity. */
  get workspace(): string {
    return this.git.workspace;
  }

  /** Path of the bare repository standing in for GitHub's copy. */
  get bareRepo(): string {
    return this.git.bare.dir;
  }

  /** Environment for running the action against this fake (merge with INPUT_* and file paths). */
  async actionEnv(): Promise<Record<string, string>> {
    const sha = (await this.git.bare.branches()).get(this.state.defaultBranch) ?? '';
    return {
      GITHUB_API_URL: this.url,
      GITHUB_GRAPHQL_URL: `${this.url}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${this.owner}/${this.repo}`,
      GITHUB_REPOSITORY_OWNER: this.owner,
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_REF: `refs/heads/${this.state.defaultBranch}`,
      GITHUB_REF_NAME: this.state.defaultBranch,
      GITHUB_SHA: sha,
    };
  }

  /** A token that authenticates as `login` (a human), for tests that call the API as a person. */
  tokenFor(login: string): string {
    const token = `ghp_fakeHuman${++this.#tokenCount}_${login.replace(/\W/g, '')}`;
    this.#deps.tokens.set(token, login);
    return token;
  }

  // ---- faults -----------------------------------------------------------------------------------

  inject(rule: FaultRule): void {
    this.#faults.add(rule);
  }

  /** Simulates the action being killed after `writes` applied writes (see the `kill-after-writes` fault). */
  killAfterWrites(writes: number, onKill?: () => void): void {
    this.#faults.add({ fault: { kind: 'kill-after-writes', writes, onKill } });
  }

  /** True after a kill-after-writes fault fired (every request gets 502 until `revive()`). */
  get killed(): boolean {
    return this.#faults.killed;
  }

  /** Ends a simulated kill so a rerun can proceed; other fault rules stay. */
  revive(): void {
    this.#faults.revive();
  }

  clearFaults(): void {
    this.#faults.clear();
  }

  // ---- checks -------------------------------------------------------------------------------------

  writes(): LoggedRequest[] {
    return this.log.writes();
  }

  /** Every violation, unhandled request and unmodelled GraphQL field, as readable lines; [] when clean. */
  problems(): string[] {
    return [
      ...this.violations.map((v) => `${v.side} violation #${v.seq} ${v.method} ${v.path}: ${v.errors.join('; ')}`),
      ...this.log.unhandled().filter((e) => !e.graphql).map((e) => `unhandled #${e.seq} ${e.method} ${e.path}`),
      ...this.log.unsupported.map((f) => `unsupported ${f}`),
    ];
  }

  // ---- state seen and changed as people would -----------------------------------------------------

  /** Issues only (no PRs), by number. */
  issues(): IssueRecord[] {
    return [...this.state.issues.values()].filter((i) => !i.pull).sort((a, b) => a.number - b.number);
  }

  issue(number: number): IssueRecord {
    const issue = this.state.issue(number);
    if (!issue) throw new Error(`fake-github: no issue #${number}`);
    return issue;
  }

  pulls(): IssueRecord[] {
    return this.state.pulls().sort((a, b) => a.number - b.number);
  }

  labels(): LabelRecord[] {
    return [...this.state.labels.values()];
  }

  comments(number: number): CommentRecord[] {
    return this.issue(number).comments;
  }

  /** Branch → tip sha in the bare repository. */
  branches(): Promise<Map<string, string>> {
    return this.git.bare.branches();
  }

  /** Creates an issue as it already exists before the run (as the bot by default); not logged. */
  seedIssue(input: { title: string; body?: string; labels?: string[]; assignees?: string[]; author?: string }): IssueRecord {
    this.clock.tick();
    const author = input.author ? this.state.account(input.author) : this.state.bot;
    return this.state.createIssue(author, input);
  }

  humanCreateIssue(input: { title: string; body?: string; labels?: string[] }, login = HUMAN_LOGIN): IssueRecord {
    return this.seedIssue({ ...input, author: login });
  }

  humanComment(number: number, body: string, login = HUMAN_LOGIN): CommentRecord {
    this.clock.tick();
    return this.state.addComment(this.issue(number), this.state.account(login), body);
  }

  humanCloseIssue(number: number, reason: StateReason = 'completed', login = HUMAN_LOGIN): void {
    this.clock.tick();
    this.state.setState(this.issue(number), this.state.account(login), 'closed', reason);
  }

  humanReopenIssue(number: number, login = HUMAN_LOGIN): void {
    this.clock.tick();
    this.state.setState(this.issue(number), this.state.account(login), 'open');
  }

  humanEditIssue(number: number, change: { title?: string; body?: string; labels?: string[] }): void {
    this.clock.tick();
    const issue = this.issue(number);
    if (change.title !== undefined) issue.title = change.title;
    if (change.body !== undefined) issue.body = change.body;
    if (change.labels) this.state.setLabels(issue, change.labels);
    this.state.touch(issue);
  }

  /**
   * Pushes a commit by a person to `branch` (created from the default branch when missing), e.g. to
   * prove the bot stops force-pushing a branch a human touched. Returns the commit sha.
   */
  async humanPush(branch: string, change: { files?: Record<string, string>; message?: string; login?: string } = {}): Promise<string> {
    this.clock.tick();
    const login = change.login ?? HUMAN_LOGIN;
    const account = this.state.account(login);
    const identity: GitIdentity = { name: login, email: account.email ?? `${login}@users.noreply.github.com` };
    return pushCommit(this.git, branch, {
      files: change.files ?? { [`notes/${login}.md`]: `edited by ${login} at ${this.clock.iso()}\n` },
      message: change.message ?? `Edit by ${login}`,
      identity,
      date: this.clock.iso(),
    });
  }

  /** Marks a PR merged (and closed) by a person. The fake does not move git refs for it. */
  mergePull(number: number, login = HUMAN_LOGIN): void {
    this.clock.tick();
    this.state.merge(this.issue(number), this.state.account(login));
  }

  addTeam(team: { slug: string; name?: string; privacy?: 'VISIBLE' | 'SECRET'; members?: string[]; repoPermission?: TeamRecord['repoPermission'] }): TeamRecord {
    return this.state.addTeam(team);
  }

  setCodeownersErrors(errors: Array<Omit<CodeownersErrorRecord, 'path' | 'suggestion'> & { path?: string; suggestion?: string | null }>): void {
    this.state.codeownersErrors = errors.map((e) => ({ ...e, path: e.path ?? '', suggestion: e.suggestion ?? null }));
  }

  /** Back to the state right after `start()`: data, log, violations, faults, clock and git refs. */
  async reset(): Promise<void> {
    this.clock.reset();
    this.#deps.state = this.#freshState();
    this.log.clear();
    this.violations.length = 0;
    this.#faults.clear();
    await resetGitFixture(this.git);
  }
}
