/**
 * GitHub's GraphQL API over the fake's state. Every document is parsed and validated against the
 * real schema (`@octokit/graphql-schema`) before it runs; resolvers cover what the action reads
 * (repository issues/pull requests/labels, users, org teams and members, viewer, rateLimit).
 * A field without a resolver resolves to null and is recorded as unsupported, so a test notices
 * instead of reading a silently empty answer.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  defaultFieldResolver,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import type { JsonObject, JsonValue } from './openapi-schema.js';
import { packageFile } from './package-files.js';
import { HTML_BASE } from './shapes.js';
import type { Account, CommentRecord, IssueRecord, LabelRecord, RepoState, TeamRecord } from './state.js';

let schema: GraphQLSchema | undefined;

/** The real schema, built once per process (~0.3 s). */
export function githubSchema(): GraphQLSchema {
  if (schema) return schema;
  const sdl = readFileSync(packageFile('@octokit/graphql-schema', 'schema.graphql'), 'utf8');
  // The published SDL defines two EnterpriseOwnerInfo fields twice; graphql-js rejects that unless
  // the SDL is assumed valid (the later definition wins, and both are identical).
  schema = buildSchema(sdl, { assumeValidSDL: true });
  return schema;
}

/** An error GitHub reports with a `type` (NOT_FOUND, FORBIDDEN, …). */
class GitHubGraphqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export interface GraphqlContext {
  state: RepoState;
  branches: Map<string, string>;
  /** Records a field the fake does not model. */
  unsupported: (field: string) => void;
}

/** A GraphQL object: plain values, or functions the default resolver calls with the field's args. */
type Model = { __typename: string; [field: string]: unknown };
type Args = Record<string, unknown>;

// ---- connections ------------------------------------------------------------------------------

const encodeCursor = (index: number): string => Buffer.from(`cursor:v2:${index}`).toString('base64');

function decodeCursor(cursor: unknown): number | undefined {
  if (typeof cursor !== 'string') return undefined;
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new GitHubGraphqlError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(match[1]);
}

/** Relay connection over `items` with GitHub's first/last rules (one of them required, at most 100). */
function connection(items: Model[], args: Args, name: string): Model {
  const first = typeof args.first === 'number' ? args.first : undefined;
  const last = typeof args.last === 'number' ? args.last : undefined;
  if (first === undefined && last === undefined) {
    throw new GitHubGraphqlError('MISSING_PAGINATION_BOUNDARIES', `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`);
  }
  for (const [arg, value] of [['first', first], ['last', last]] as const) {
    if (value !== undefined && (value < 0 || value > 100)) {
      throw new GitHubGraphqlError('EXCESSIVE_PAGINATION', `Requesting ${value} records on the \`${name}\` connection exceeds the \`${arg}\` limit of 100 records.`);
    }
  }
  const after = decodeCursor(args.after);
  const before = decodeCursor(args.before);
  let start = after === undefined ? 0 : after + 1;
  let end = before === undefined ? items.length : Math.min(before, items.length);
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);
  const slice = items.slice(start, end);
  const edges = slice.map((node, i) => ({ __typename: 'Edge', cursor: encodeCursor(start + i), node }));
  return {
    __typename: 'Connection',
    totalCount: items.length,
    nodes: slice,
    edges,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length ? encodeCursor(start) : null,
      endCursor: slice.length ? encodeCursor(end - 1) : null,
    },
  };
}

// ---- models -----------------------------------------------------------------------------------

function repoHtml(state: RepoState): string {
  return `${HTML_BASE}/${state.owner}/${state.repo}`;
}

/** GraphQL names GitHub Apps' bots without the `[bot]` suffix REST uses (`github-actions`). */
function actorModel(account: Account): Model {
  const login = account.type === 'Bot' ? account.login.replace(/\[bot\]$/, '') : account.login;
  return {
    __typename: account.type,
    id: account.nodeId,
    databaseId: account.id,
    login,
    name: account.name,
    url: account.type === 'Bot' ? `${HTML_BASE}/apps/${login}` : `${HTML_BASE}/${login}`,
    resourcePath: account.type === 'Bot' ? `/apps/${login}` : `/${login}`,
    avatarUrl: () => `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
  };
}

function labelModel(label: LabelRecord, state: RepoState): Model {
  return {
    __typename: 'Label',
    id: label.nodeId,
    name: label.name,
    color: label.color,
    description: label.description,
    isDefault: label.default,
    url: `${repoHtml(state)}/labels/${encodeURIComponent(label.name)}`,
  };
}

function commentModel(comment: CommentRecord, state: RepoState): Model {
  return {
    __typename: 'IssueComment',
    id: comment.nodeId,
    databaseId: comment.id,
    body: comment.body,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    author: actorModel(comment.author),
    url: `${repoHtml(state)}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
  };
}

function teamModel(team: TeamRecord, state: RepoState): Model {
  return {
    __typename: 'Team',
    id: team.nodeId,
    databaseId: team.id,
    slug: team.slug,
    name: team.name,
    description: team.description,
    privacy: team.privacy,
    combinedSlug: `${state.owner}/${team.slug}`,
    url: `${HTML_BASE}/orgs/${state.owner}/teams/${team.slug}`,
    members: (args: Args) => connection(team.members.map((login) => actorModel(state.account(login))), args, 'members'),
    // The repositories the team can reach, filtered by name like GitHub's `query` argument.
    repositories: (args: Args) => {
      const matches = team.repoPermission && (args.query === undefined || `${state.owner}/${state.repo}`.includes(String(args.query)));
      const list = connection(matches ? [{ __typename: 'Repository', nameWithOwner: `${state.owner}/${state.repo}`, name: state.repo }] : [], args, 'repositories');
      const edges = (list.edges as Model[]).map((e) => ({ ...e, permission: team.repoPermission }));
      return { ...list, edges };
    },
  };
}

/** Fields Issue and PullRequest share. */
function issueLikeModel(issue: IssueRecord, state: RepoState, branches: Map<string, string>): Model {
  return {
    __typename: 'Issue',
    id: issue.nodeId,
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
    closed: issue.state === 'closed',
    locked: issue.locked,
    author: actorModel(issue.author),
    labels: (args: Args) => connection(issue.labels.map((n) => labelModel(state.ensureLabel(n), state)), args, 'labels'),
    assignees: (args: Args) => connection(issue.assignees.map((l) => actorModel(state.account(l))), args, 'assignees'),
    comments: (args: Args) => connection(issue.comments.map((c) => commentModel(c, state)), args, 'comments'),
    repository: () => repositoryModel(state, branches),
  };
}

function issueModel(issue: IssueRecord, state: RepoState, branches: Map<string, string>): Model {
  const url = `${repoHtml(state)}/issues/${issue.number}`;
  return {
    ...issueLikeModel(issue, state, branches),
    __typename: 'Issue',
    state: issue.state.toUpperCase(),
    // Without enableDuplicate GitHub folds DUPLICATE into NOT_PLANNED.
    stateReason: (args: Args) =>
      issue.stateReason === 'duplicate' && args.enableDuplicate !== true ? 'NOT_PLANNED' : (issue.stateReason?.toUpperCase() ?? null),
    url,
    resourcePath: `/${state.owner}/${state.repo}/issues/${issue.number}`,
  };
}

function pullModel(issue: IssueRecord, state: RepoState, branches: Map<string, string>): Model {
  const pull = issue.pull;
  if (!pull) throw new Error(`#${issue.number} is not a pull request`);
  return {
    ...issueLikeModel(issue, state, branches),
    __typename: 'PullRequest',
    state: pull.merged ? 'MERGED' : issue.state.toUpperCase(),
    url: `${repoHtml(state)}/pull/${issue.number}`,
    resourcePath: `/${state.owner}/${state.repo}/pull/${issue.number}`,
    headRefName: pull.head,
    baseRefName: pull.base,
    headRefOid: branches.get(pull.head) ?? pull.headSha,
    baseRefOid: branches.get(pull.base) ?? pull.baseSha,
    isDraft: pull.draft,
    merged: pull.merged,
    mergedAt: pull.mergedAt,
    reviewRequests: (args: Args) =>
      connection(
        [
          ...pull.requestedReviewers.map((l) => ({ __typename: 'ReviewRequest', requestedReviewer: actorModel(state.account(l)) })),
          ...pull.requestedTeams.flatMap((slug) => {
            const team = state.team(slug);
            return team ? [{ __typename: 'ReviewRequest', requestedReviewer: teamModel(team, state) }] : [];
          }),
        ],
        args,
        'reviewRequests',
      ),
  };
}

interface OrderArg {
  field?: string;
  direction?: string;
}

function ordered(items: IssueRecord[], orderBy: unknown): IssueRecord[] {
  const order = (orderBy ?? {}) as OrderArg;
  const sign = order.direction === 'DESC' ? -1 : 1;
  const key = (i: IssueRecord): string | number =>
    order.field === 'UPDATED_AT' ? i.updatedAt : order.field === 'COMMENTS' ? i.comments.length : i.createdAt;
  // Default order is creation, oldest first; ties fall back to the number.
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number) * sign;
  });
}

/** `labels: [...]` on issues/pullRequests matches items carrying any of the labels. */
function hasAnyLabel(issue: IssueRecord, labels: unknown): boolean {
  if (!Array.isArray(labels)) return true;
  const have = issue.labels.map((l) => l.toLowerCase());
  return labels.some((l) => typeof l === 'string' && have.includes(l.toLowerCase()));
}

function inStates(value: string, states: unknown): boolean {
  return !Array.isArray(states) || states.includes(value);
}

function issuesConnection(state: RepoState, branches: Map<string, string>, args: Args, ctx: GraphqlContext): Model {
  const filterBy = (args.filterBy ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(filterBy)) {
    if (!['labels', 'states', 'createdBy', 'since', 'assignee'].includes(key)) ctx.unsupported(`IssueFilters.${key}`);
  }
  const since = typeof filterBy.since === 'string' ? Date.parse(filterBy.since) : undefined;
  const items = [...state.issues.values()].filter((issue) => {
    if (issue.pull) return false;
    const upper = issue.state.toUpperCase();
    if (!inStates(upper, args.states) || !inStates(upper, filterBy.states)) return false;
    if (!hasAnyLabel(issue, args.labels) || !hasAnyLabel(issue, filterBy.labels)) return false;
    if (typeof filterBy.createdBy === 'string' && actorModel(issue.author).login !== filterBy.createdBy) return false;
    if (typeof filterBy.assignee === 'string' && !issue.assignees.includes(filterBy.assignee)) return false;
    if (since !== undefined && Date.parse(issue.updatedAt) < since) return false;
    return true;
  });
  return connection(ordered(items, args.orderBy).map((i) => issueModel(i, state, branches)), args, 'issues');
}

function pullsConnection(state: RepoState, branches: Map<string, string>, args: Args): Model {
  const items = state.pulls().filter((issue) => {
    const pull = issue.pull;
    if (!pull) return false;
    if (!inStates(pull.merged ? 'MERGED' : issue.state.toUpperCase(), args.states)) return false;
    if (typeof args.headRefName === 'string' && pull.head !== args.headRefName) return false;
    if (typeof args.baseRefName === 'string' && pull.base !== args.baseRefName) return false;
    return hasAnyLabel(issue, args.labels);
  });
  return connection(ordered(items, args.orderBy).map((p) => pullModel(p, state, branches)), args, 'pullRequests');
}

function repositoryModel(state: RepoState, branches: Map<string, string>, ctx?: GraphqlContext): Model {
  const context = ctx ?? { state, branches, unsupported: () => undefined };
  return {
    __typename: 'Repository',
    id: `R_kgDO${Buffer.from(String(state.repoId)).toString('base64url')}`,
    databaseId: state.repoId,
    name: state.repo,
    nameWithOwner: `${state.owner}/${state.repo}`,
    url: repoHtml(state),
    isPrivate: true,
    isArchived: false,
    owner: actorModel(state.ownerAccount),
    defaultBranchRef: {
      __typename: 'Ref',
      name: state.defaultBranch,
      prefix: 'refs/heads/',
      target: { __typename: 'Commit', oid: branches.get(state.defaultBranch) ?? '' },
    },
    issues: (args: Args) => issuesConnection(state, branches, args, context),
    pullRequests: (args: Args) => pullsConnection(state, branches, args),
    // Users with access: the fake's collaborators all have WRITE (push access).
    collaborators: (args: Args) => {
      const logins = [...state.collaborators].filter((l) => args.login === undefined || l.toLowerCase() === String(args.login).toLowerCase());
      const list = connection(logins.map((l) => actorModel(state.account(l))), args, 'collaborators');
      return { ...list, edges: (list.edges as Model[]).map((e) => ({ ...e, permission: 'WRITE' })) };
    },
    issue: (args: Args) => {
      const issue = state.issue(Number(args.number));
      if (!issue || issue.pull) throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to an Issue with the number of ${String(args.number)}.`);
      return issueModel(issue, state, branches);
    },
    pullRequest: (args: Args) => {
      const issue = state.issue(Number(args.number));
      if (!issue?.pull) throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${String(args.number)}.`);
      return pullModel(issue, state, branches);
    },
    label: (args: Args) => {
      const label = state.label(String(args.name));
      return label ? labelModel(label, state) : null;
    },
    labels: (args: Args) =>
      connection(
        [...state.labels.values()].sort((a, b) => a.name.localeCompare(b.name)).map((l) => labelModel(l, state)),
        args,
        'labels',
      ),
  };
}

function organizationModel(state: RepoState): Model {
  const forbidden = (): never => {
    throw new GitHubGraphqlError('FORBIDDEN', 'Resource not accessible by integration');
  };
  return {
    ...actorModel(state.ownerAccount),
    __typename: 'Organization',
    // A team the token cannot see (GITHUB_TOKEN sees none) or that does not exist is null, without an error.
    team: (args: Args) => {
      const team = state.access.canReadOrg ? state.team(String(args.slug)) : undefined;
      return team ? teamModel(team, state) : null;
    },
    teams: (args: Args) => connection(state.access.canReadOrg ? state.teams.map((t) => teamModel(t, state)) : [], args, 'teams'),
    membersWithRole: (args: Args) =>
      state.access.canReadOrg ? connection(state.orgMembers.map((l) => actorModel(state.account(l))), args, 'membersWithRole') : forbidden(),
  };
}

function nodeById(state: RepoState, branches: Map<string, string>, id: unknown): Model | null {
  for (const issue of state.issues.values()) {
    if (issue.nodeId === id) return issue.pull ? pullModel(issue, state, branches) : issueModel(issue, state, branches);
  }
  for (const label of state.labels.values()) if (label.nodeId === id) return labelModel(label, state);
  return null;
}

function queryRoot(ctx: GraphqlContext): Model {
  const { state, branches } = ctx;
  const { graphql: bucket } = state.rate;
  return {
    __typename: 'Query',
    repository: (args: Args) => {
      const matches = String(args.owner).toLowerCase() === state.owner.toLowerCase() && String(args.name).toLowerCase() === state.repo.toLowerCase();
      if (!matches) throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a Repository with the name '${String(args.owner)}/${String(args.name)}'.`);
      return repositoryModel(state, branches, ctx);
    },
    user: (args: Args) => {
      const account = state.findAccount(String(args.login));
      if (!account || account.type !== 'User') throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a User with the login of '${String(args.login)}'.`);
      return actorModel(account);
    },
    organization: (args: Args) => {
      const isOrg = state.ownerAccount.type === 'Organization' && String(args.login).toLowerCase() === state.owner.toLowerCase();
      if (!isOrg) throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to an Organization with the login of '${String(args.login)}'.`);
      return organizationModel(state);
    },
    viewer: () => ({ ...actorModel(state.account(state.access.viewerLogin)), __typename: 'User', login: state.access.viewerLogin }),
    rateLimit: () => ({
      __typename: 'RateLimit',
      cost: 1,
      limit: bucket.limit,
      remaining: bucket.remaining,
      used: bucket.used,
      nodeCount: 0,
      resetAt: new Date(bucket.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }),
    node: (args: Args) => nodeById(state, branches, args.id),
    nodes: (args: Args) => (Array.isArray(args.ids) ? args.ids.map((id) => nodeById(state, branches, id)) : []),
  };
}

function makeFieldResolver(ctx: GraphqlContext): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    if (source !== null && typeof source === 'object' && info.fieldName in source) return defaultFieldResolver(source, args, context, info);
    ctx.unsupported(`${info.parentType.name}.${info.fieldName}`);
    return null;
  };
}

const typeResolver: GraphQLTypeResolver<unknown, unknown> = (value) =>
  value !== null && typeof value === 'object' && '__typename' in value ? String((value as Model).__typename) : undefined;

// ---- request handling ---------------------------------------------------------------------------

export interface GraphqlOutcome {
  status: number;
  body: JsonObject;
  /** Schema violations: unparsable or invalid document, bad variables, malformed request. */
  violations: string[];
  operationName: string | null;
  operationType: 'query' | 'mutation' | 'subscription' | null;
}

function violation(errors: string[], operationName: string | null = null): GraphqlOutcome {
  return {
    status: 400,
    body: { message: 'fake-github: GraphQL request does not match GitHub\'s schema', errors },
    violations: errors,
    operationName,
    operationType: null,
  };
}

function githubError(error: GraphQLError): JsonObject {
  const original = error.originalError;
  const json: JsonObject = {};
  if (original instanceof GitHubGraphqlError) json.type = original.type;
  if (error.path) json.path = [...error.path];
  if (error.locations) json.locations = error.locations.map((l) => ({ line: l.line, column: l.column }));
  json.message = error.message;
  return json;
}

/** Parses, validates and executes one GraphQL request body. */
export async function runGraphql(body: JsonValue | undefined, ctx: GraphqlContext): Promise<GraphqlOutcome> {
  if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string') {
    return violation(['body: a GraphQL request needs a JSON object with a string `query`']);
  }
  const variables = body.variables ?? {};
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) return violation(['body: `variables` must be an object']);
  const requestedName = typeof body.operationName === 'string' ? body.operationName : null;
  let document: DocumentNode;
  try {
    document = parse(body.query);
  } catch (error) {
    return violation([`syntax: ${(error as Error).message}`], requestedName);
  }
  const invalid = validate(githubSchema(), document);
  if (invalid.length) return violation(invalid.map((e) => e.message), requestedName);
  const operation = getOperationAST(document, requestedName ?? undefined);
  if (!operation) return violation(['document: cannot tell which operation to run (name it with operationName)'], requestedName);
  const operationName = operation.name?.value ?? requestedName;
  const operationType = operation.operation;

  const bucket = ctx.state.rate.graphql;
  if (bucket.remaining <= 0) {
    const message = 'API rate limit already exceeded for installation ID 1.';
    return { status: 200, body: { errors: [{ type: 'RATE_LIMITED', message }] }, violations: [], operationName, operationType };
  }
  bucket.remaining -= 1;
  bucket.used += 1;

  const result = await execute({
    schema: githubSchema(),
    document,
    rootValue: operationType === 'query' ? queryRoot(ctx) : { __typename: operationType === 'mutation' ? 'Mutation' : 'Subscription' },
    contextValue: ctx,
    variableValues: variables as Record<string, unknown>,
    operationName: requestedName ?? undefined,
    fieldResolver: makeFieldResolver(ctx),
    typeResolver,
  });
  // Errors without data mean the variables did not fit the document's types.
  if (result.data === undefined && result.errors?.length) return violation(result.errors.map((e) => e.message), operationName);
  const out: JsonObject = { data: (result.data ?? null) as JsonValue };
  if (result.errors?.length) out.errors = result.errors.map(githubError);
  return { status: 200, body: out, violations: [], operationName, operationType };
}
