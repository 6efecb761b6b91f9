/**
 * The fake's data: one repository with its issues, pull requests, labels and comments, the owning
 * organisation, and the discovery data (secrets, keys, installations). Only plain records and the
 * mutations GitHub performs; HTTP shapes live in shapes.ts and request checks in the routes.
 */
import type { FakeClock } from './clock.js';

export type AccountType = 'User' | 'Bot' | 'Organization';

export interface Account {
  login: string;
  id: number;
  type: AccountType;
  nodeId: string;
  name: string | null;
  email: string | null;
}

export interface LabelRecord {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface CommentRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  author: Account;
  createdAt: string;
  updatedAt: string;
}

export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate';

export interface PullRecord {
  /** Branch name in this repository (the fake has no forks). */
  head: string;
  base: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: Account | null;
  /** Head/base commit when the PR was last touched; live values come from the bare repo. */
  headSha: string;
  baseSha: string;
  maintainerCanModify: boolean;
  requestedReviewers: string[];
  requestedTeams: string[];
}

export interface IssueRecord {
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: StateReason | null;
  /** Label names, in the order they were added. */
  labels: string[];
  assignees: string[];
  author: Account;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: Account | null;
  locked: boolean;
  comments: CommentRecord[];
  /** Present when this issue number is a pull request, as on GitHub. */
  pull?: PullRecord;
}

export interface TeamRecord {
  id: number;
  nodeId: string;
  slug: string;
  name: string;
  description: string | null;
  privacy: 'VISIBLE' | 'SECRET';
  members: string[];
  /** The team's permission on this repository, if it has access. */
  repoPermission?: 'READ' | 'TRIAGE' | 'WRITE' | 'MAINTAIN' | 'ADMIN';
}

export interface SecretRecord {
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Only org secrets carry a visibility. */
  visibility?: 'all' | 'private' | 'selected';
}

export interface DeployKeyRecord {
  id: number;
  title: string;
  key: string;
  readOnly: boolean;
  verified: boolean;
  createdAt: string;
  addedBy: string | null;
  lastUsed: string | null;
  enabled: boolean;
}

export interface InstallationRecord {
  id: number;
  appId: number;
  appSlug: string;
  permissions: Record<string, 'read' | 'write' | 'admin'>;
  events: string[];
  repositorySelection: 'all' | 'selected';
  createdAt: string;
  updatedAt: string;
  suspendedAt: string | null;
}

export interface CodeownersErrorRecord {
  line: number;
  column: number;
  kind: string;
  source: string;
  message: string;
  path: string;
  suggestion: string | null;
}

export interface RateBucket {
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
}

export interface RepoPermissions {
  admin: boolean;
  maintain: boolean;
  push: boolean;
  triage: boolean;
  pull: boolean;
}

/** Settings that model what the token may do. */
export interface AccessSettings {
  /** Answered on GET /repos/{o}/{r} as `permissions`. */
  permissions: RepoPermissions;
  /** Off → POST /pulls answers GitHub's 403 "GitHub Actions is not permitted to create or approve pull requests." */
  actionsCanCreatePullRequests: boolean;
  /** Operation keys (`GET /user`) answered 403 "Resource not accessible by integration". */
  forbidden: Set<string>;
  /** Whether the token can read org teams/members (GraphQL `organization.team`, team reviewers). GITHUB_TOKEN cannot. */
  canReadOrg: boolean;
  /** Login GraphQL `viewer` resolves to. */
  viewerLogin: string;
}

export const BOT_LOGIN = 'github-actions[bot]';
export const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
const BOT_ID = 41898282;

/** Deterministic node id in GitHub's `PREFIX_kwDO…` style. */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`fake:${id}`).toString('base64url')}`;
}

export interface RepoStateOptions {
  owner: string;
  repo: string;
  ownerType: AccountType;
  defaultBranch: string;
  access: AccessSettings;
  rateLimit: { limit: number; remaining: number };
}

export class RepoState {
  readonly owner: string;
  readonly repo: string;
  readonly repoId = 700_001;
  readonly defaultBranch: string;
  readonly ownerAccount: Account;
  readonly bot: Account;
  readonly access: AccessSettings;

  readonly issues = new Map<number, IssueRecord>();
  /** Keyed by lower-case name: GitHub label names are case-insensitive. */
  readonly labels = new Map<string, LabelRecord>();
  readonly accounts = new Map<string, Account>();
  readonly orgMembers: string[] = [];
  readonly teams: TeamRecord[] = [];
  /** Users who can be assigned and asked for review. */
  readonly collaborators = new Set<string>();
  readonly repoSecrets: SecretRecord[] = [];
  readonly orgSecrets: SecretRecord[] = [];
  readonly deployKeys: DeployKeyRecord[] = [];
  readonly installations: InstallationRecord[] = [];
  codeownersErrors: CodeownersErrorRecord[] = [];
  readonly rate: { core: RateBucket; graphql: RateBucket; search: RateBucket };

  #nextId = 1_000_001;
  #nextNumber = 1;

  constructor(
    options: RepoStateOptions,
    readonly clock: FakeClock,
  ) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.defaultBranch = options.defaultBranch;
    this.access = options.access;
    this.ownerAccount = this.account(options.owner, options.ownerType);
    this.bot = {
      login: BOT_LOGIN,
      id: BOT_ID,
      type: 'Bot',
      nodeId: 'BOT_kgDOAJy2KA',
      name: null,
      email: BOT_EMAIL,
    };
    this.accounts.set(BOT_LOGIN.toLowerCase(), this.bot);
    const reset = clock.epochSeconds() + 3600;
    const { limit, remaining } = options.rateLimit;
    this.rate = {
      core: { limit, remaining, used: limit - remaining, reset },
      graphql: { limit, remaining, used: limit - remaining, reset },
      search: { limit: 30, remaining: 30, used: 0, reset: clock.epochSeconds() + 60 },
    };
  }

  newId(): number {
    return this.#nextId++;
  }

  /** The account for `login`, created as a User on first use (ids are deterministic by order). */
  account(login: string, type: AccountType = 'User'): Account {
    const key = login.toLowerCase();
    const known = this.accounts.get(key);
    if (known) return known;
    const id = this.newId();
    const prefix = type === 'Organization' ? 'O' : type === 'Bot' ? 'BOT' : 'U';
    const created: Account = { login, id, type, nodeId: nodeId(prefix, id), name: null, email: `${login}@users.noreply.github.com` };
    this.accounts.set(key, created);
    return created;
  }

  findAccount(login: string): Account | undefined {
    return this.accounts.get(login.toLowerCase());
  }

  // ---- labels -------------------------------------------------------------------------------

  label(name: string): LabelRecord | undefined {
    return this.labels.get(name.toLowerCase());
  }

  createLabel(name: string, color = 'ededed', description: string | null = null): LabelRecord {
    const id = this.newId();
    const label: LabelRecord = { id, nodeId: nodeId('LA', id), name, color: color.toLowerCase(), description, default: false };
    this.labels.set(name.toLowerCase(), label);
    return label;
  }

  /** GitHub creates a label on the fly when an issue is given one that does not exist. */
  ensureLabel(name: string): LabelRecord {
    return this.label(name) ?? this.createLabel(name);
  }

  // ---- issues and comments ------------------------------------------------------------------

  issue(number: number): IssueRecord | undefined {
    return this.issues.get(number);
  }

  createIssue(author: Account, input: { title: string; body?: string | null; labels?: string[]; assignees?: string[] }): IssueRecord {
    const now = this.clock.iso();
    const id = this.newId();
    const number = this.#nextNumber++;
    const issue: IssueRecord = {
      number,
      id,
      nodeId: nodeId('I', id),
      title: input.title,
      body: input.body ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: [],
      author,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null,
      locked: false,
      comments: [],
    };
    this.issues.set(number, issue);
    this.addLabels(issue, input.labels ?? []);
    this.addAssignees(issue, input.assignees ?? []);
    return issue;
  }

  touch(issue: IssueRecord): void {
    issue.updatedAt = this.clock.iso();
  }

  /** Closes or reopens like GitHub: closing defaults the reason to `completed`, reopening sets `reopened`. */
  setState(issue: IssueRecord, actor: Account, state: 'open' | 'closed', reason?: StateReason | null): void {
    if (state === 'closed') {
      if (issue.state !== 'closed') {
        issue.state = 'closed';
        issue.closedAt = this.clock.iso();
        issue.closedBy = actor;
      }
      issue.stateReason = reason ?? (issue.stateReason && issue.stateReason !== 'reopened' ? issue.stateReason : 'completed');
    } else if (issue.state !== 'open') {
      issue.state = 'open';
      issue.closedAt = null;
      issue.closedBy = null;
      issue.stateReason = 'reopened';
    }
    this.touch(issue);
  }

  addLabels(issue: IssueRecord, names: string[]): void {
    for (const name of names) {
      const label = this.ensureLabel(name);
      if (!issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) issue.labels.push(label.name);
    }
    if (names.length) this.touch(issue);
  }

  setLabels(issue: IssueRecord, names: string[]): void {
    issue.labels = [];
    this.addLabels(issue, names);
    this.touch(issue);
  }

  /** False when the issue does not carry the label. */
  removeLabel(issue: IssueRecord, name: string): boolean {
    const before = issue.labels.length;
    issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name.toLowerCase());
    if (issue.labels.length === before) return false;
    this.touch(issue);
    return true;
  }

  addAssignees(issue: IssueRecord, logins: string[]): void {
    for (const login of logins) {
      if (!issue.assignees.some((a) => a.toLowerCase() === login.toLowerCase())) issue.assignees.push(login);
    }
    if (logins.length) this.touch(issue);
  }

  canAssign(login: string): boolean {
    return [...this.collaborators].some((c) => c.toLowerCase() === login.toLowerCase());
  }

  addComment(issue: IssueRecord, author: Account, body: string): CommentRecord {
    const now = this.clock.iso();
    const id = this.newId();
    const comment: CommentRecord = { id, nodeId: nodeId('IC', id), issueNumber: issue.number, body, author, createdAt: now, updatedAt: now };
    issue.comments.push(comment);
    this.touch(issue);
    return comment;
  }

  findComment(id: number): CommentRecord | undefined {
    for (const issue of this.issues.values()) {
      const found = issue.comments.find((c) => c.id === id);
      if (found) return found;
    }
    return undefined;
  }

  // ---- pull requests ------------------------------------------------------------------------

  createPull(
    author: Account,
    input: { title: string; body?: string | null; head: string; base: string; draft?: boolean; maintainerCanModify?: boolean },
    shas: { head: string; base: string },
  ): IssueRecord {
    const record = this.createIssue(author, { title: input.title, body: input.body ?? null });
    record.nodeId = nodeId('PR', record.id);
    record.pull = {
      head: input.head,
      base: input.base,
      draft: input.draft ?? false,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      headSha: shas.head,
      baseSha: shas.base,
      maintainerCanModify: input.maintainerCanModify ?? true,
      requestedReviewers: [],
      requestedTeams: [],
    };
    return record;
  }

  pulls(): IssueRecord[] {
    return [...this.issues.values()].filter((i) => i.pull);
  }

  /** An open PR whose head is `branch`, as GitHub keeps at most one per head and base. */
  openPullFor(head: string, base: string): IssueRecord | undefined {
    return this.pulls().find((p) => p.state === 'open' && p.pull?.head === head && p.pull.base === base);
  }

  merge(pull: IssueRecord, actor: Account): void {
    if (!pull.pull) throw new Error(`#${pull.number} is not a pull request`);
    pull.pull.merged = true;
    pull.pull.mergedAt = this.clock.iso();
    pull.pull.mergedBy = actor;
    this.setState(pull, actor, 'closed');
  }

  // ---- org ----------------------------------------------------------------------------------

  team(slug: string): TeamRecord | undefined {
    return this.teams.find((t) => t.slug.toLowerCase() === slug.toLowerCase());
  }

  addTeam(input: { slug: string; name?: string; privacy?: 'VISIBLE' | 'SECRET'; members?: string[]; description?: string | null; repoPermission?: TeamRecord['repoPermission'] }): TeamRecord {
    const id = this.newId();
    const team: TeamRecord = {
      id,
      nodeId: nodeId('T', id),
      slug: input.slug,
      name: input.name ?? input.slug,
      description: input.description ?? null,
      privacy: input.privacy ?? 'VISIBLE',
      members: input.members ?? [],
      ...(input.repoPermission ? { repoPermission: input.repoPermission } : {}),
    };
    this.teams.push(team);
    for (const member of team.members) this.addOrgMember(member);
    return team;
  }

  addOrgMember(login: string): void {
    this.account(login);
    if (!this.orgMembers.some((m) => m.toLowerCase() === login.toLowerCase())) this.orgMembers.push(login);
  }
}
