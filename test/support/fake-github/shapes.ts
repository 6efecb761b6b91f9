/**
 * Builds REST response bodies from the fake's records, with every field GitHub's OpenAPI schema
 * requires for them (and the common optional ones a client reads). Response validation in
 * openapi.ts checks each body against the schema, so a missing field here fails loudly.
 */
import type { CommitInfo } from './git.js';
import type { JsonObject, JsonValue } from './openapi-schema.js';
import type {
  Account,
  CodeownersErrorRecord,
  CommentRecord,
  DeployKeyRecord,
  InstallationRecord,
  IssueRecord,
  LabelRecord,
  RepoState,
  SecretRecord,
  TeamRecord,
} from './state.js';

export const HTML_BASE = 'https://github.com';
const DOCS = 'https://docs.github.com/rest';

/** What every builder needs: the state, the API root the client used, and live branch tips. */
export interface ShapeContext {
  state: RepoState;
  /** e.g. `http://127.0.0.1:4321`, so links the client follows come back to the fake. */
  api: string;
  /** Branch → tip sha, read from the bare repo for this request. */
  branches: Map<string, string>;
}

const enc = encodeURIComponent;

function repoApi(ctx: ShapeContext): string {
  return `${ctx.api}/repos/${ctx.state.owner}/${ctx.state.repo}`;
}

function repoHtml(ctx: ShapeContext): string {
  return `${HTML_BASE}/${ctx.state.owner}/${ctx.state.repo}`;
}

export function userJson(ctx: ShapeContext, account: Account): JsonObject {
  const api = `${ctx.api}/users/${enc(account.login)}`;
  return {
    login: account.login,
    id: account.id,
    node_id: account.nodeId,
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: account.type === 'Bot' ? `${HTML_BASE}/apps/${enc(account.login.replace(/\[bot\]$/, ''))}` : `${HTML_BASE}/${enc(account.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** `GET /user` for a token that may read it: GitHub's private-user view. */
export function privateUserJson(ctx: ShapeContext, account: Account): JsonObject {
  const created = ctx.state.clock.iso();
  return {
    ...userJson(ctx, account),
    user_view_type: 'private',
    name: account.name,
    company: null,
    blog: '',
    location: null,
    // A bot's commit email (`…[bot]@users.noreply…`) is not a valid `email`; GitHub shows none.
    email: account.type === 'Bot' ? null : account.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: created,
    updated_at: created,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

export function labelJson(ctx: ShapeContext, label: LabelRecord): JsonObject {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${repoApi(ctx)}/labels/${enc(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

function reactionsJson(url: string): JsonObject {
  return { url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}

export function authorAssociation(ctx: ShapeContext, account: Account): string {
  const login = account.login.toLowerCase();
  if (login === ctx.state.owner.toLowerCase()) return 'OWNER';
  if (ctx.state.orgMembers.some((m) => m.toLowerCase() === login)) return 'MEMBER';
  if (ctx.state.canAssign(account.login)) return 'COLLABORATOR';
  return 'NONE';
}

function accountOrUser(ctx: ShapeContext, login: string): Account {
  return ctx.state.findAccount(login) ?? ctx.state.account(login);
}

/**
 * An issue as `GET /repos/{o}/{r}/issues` and friends return it. PRs appear with a `pull_request`
 * key. `closed_by` only appears on the single-issue endpoints, as on GitHub.
 */
export function issueJson(ctx: ShapeContext, issue: IssueRecord, options: { single?: boolean } = {}): JsonObject {
  const api = `${repoApi(ctx)}/issues/${issue.number}`;
  const html = issue.pull ? `${repoHtml(ctx)}/pull/${issue.number}` : `${repoHtml(ctx)}/issues/${issue.number}`;
  const assignees = issue.assignees.map((login) => userJson(ctx, accountOrUser(ctx, login)));
  const json: JsonObject = {
    url: api,
    repository_url: repoApi(ctx),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: html,
    id: issue.id,
    node_id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    user: userJson(ctx, issue.author),
    labels: issue.labels.map((name) => labelJson(ctx, ctx.state.ensureLabel(name))),
    state: issue.state,
    locked: issue.locked,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments: issue.comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: authorAssociation(ctx, issue.author),
    active_lock_reason: null,
    body: issue.body,
    reactions: reactionsJson(api),
    timeline_url: `${api}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason,
  };
  if (issue.pull) {
    json.draft = issue.pull.draft;
    json.pull_request = {
      url: `${repoApi(ctx)}/pulls/${issue.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: issue.pull.mergedAt,
    };
  }
  if (options.single) json.closed_by = issue.closedBy ? userJson(ctx, issue.closedBy) : null;
  return json;
}

export function commentJson(ctx: ShapeContext, comment: CommentRecord): JsonObject {
  const url = `${repoApi(ctx)}/issues/comments/${comment.id}`;
  return {
    url,
    html_url: `${repoHtml(ctx)}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(ctx)}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: comment.nodeId,
    user: userJson(ctx, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(ctx, comment.author),
    body: comment.body,
    reactions: reactionsJson(url),
    performed_via_github_app: null,
  };
}

export function repositoryJson(ctx: ShapeContext): JsonObject {
  const { state } = ctx;
  const api = repoApi(ctx);
  const html = repoHtml(ctx);
  const open = [...state.issues.values()].filter((i) => i.state === 'open').length;
  const created = '2024-01-15T10:00:00Z';
  const json: JsonObject = {
    id: state.repoId,
    node_id: `R_kgDO${Buffer.from(String(state.repoId)).toString('base64url')}`,
    name: state.repo,
    full_name: `${state.owner}/${state.repo}`,
    private: true,
    owner: userJson(ctx, state.ownerAccount),
    html_url: html,
    description: null,
    fork: false,
    url: api,
    forks_url: `${api}/forks`,
    keys_url: `${api}/keys{/key_id}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    teams_url: `${api}/teams`,
    hooks_url: `${api}/hooks`,
    issue_events_url: `${api}/issues/events{/number}`,
    events_url: `${api}/events`,
    assignees_url: `${api}/assignees{/user}`,
    branches_url: `${api}/branches{/branch}`,
    tags_url: `${api}/tags`,
    blobs_url: `${api}/git/blobs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    trees_url: `${api}/git/trees{/sha}`,
    statuses_url: `${api}/statuses/{sha}`,
    languages_url: `${api}/languages`,
    stargazers_url: `${api}/stargazers`,
    contributors_url: `${api}/contributors`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    commits_url: `${api}/commits{/sha}`,
    git_commits_url: `${api}/git/commits{/sha}`,
    comments_url: `${api}/comments{/number}`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    contents_url: `${api}/contents/{+path}`,
    compare_url: `${api}/compare/{base}...{head}`,
    merges_url: `${api}/merges`,
    archive_url: `${api}/{archive_format}{/ref}`,
    downloads_url: `${api}/downloads`,
    issues_url: `${api}/issues{/number}`,
    pulls_url: `${api}/pulls{/number}`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`,
    deployments_url: `${api}/deployments`,
    created_at: created,
    updated_at: created,
    pushed_at: state.clock.iso(),
    git_url: `git://github.com/${state.owner}/${state.repo}.git`,
    ssh_url: `git@github.com:${state.owner}/${state.repo}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    homepage: null,
    size: 1,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: false,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: open,
    license: null,
    allow_forking: false,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: 'private',
    forks: 0,
    open_issues: open,
    watchers: 0,
    default_branch: state.defaultBranch,
    permissions: { ...state.access.permissions },
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    network_count: 0,
    subscribers_count: 0,
  };
  if (state.ownerAccount.type === 'Organization') json.organization = userJson(ctx, state.ownerAccount);
  return json;
}

/** Maps a commit email to the GitHub account it belongs to, as GitHub does for `author`/`committer`. */
function accountForEmail(ctx: ShapeContext, email: string): Account | undefined {
  const lower = email.toLowerCase();
  if (lower === (ctx.state.bot.email ?? '').toLowerCase()) return ctx.state.bot;
  for (const account of ctx.state.accounts.values()) {
    if (account.email && account.email.toLowerCase() === lower) return account;
  }
  return undefined;
}

export function commitJson(ctx: ShapeContext, commit: CommitInfo): JsonObject {
  const api = repoApi(ctx);
  const author = accountForEmail(ctx, commit.author.email);
  const committer = accountForEmail(ctx, commit.committer.email);
  return {
    sha: commit.sha,
    node_id: `C_kwDO${Buffer.from(commit.sha.slice(0, 12)).toString('base64url')}`,
    commit: {
      author: { ...commit.author },
      committer: { ...commit.committer },
      message: commit.message,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
      url: `${api}/git/commits/${commit.sha}`,
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    url: `${api}/commits/${commit.sha}`,
    html_url: `${repoHtml(ctx)}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    author: author ? userJson(ctx, author) : null,
    committer: committer ? userJson(ctx, committer) : null,
    parents: commit.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}`, html_url: `${repoHtml(ctx)}/commit/${sha}` })),
  };
}

export function branchJson(ctx: ShapeContext, name: string, commit: CommitInfo): JsonObject {
  const api = repoApi(ctx);
  return {
    name,
    commit: commitJson(ctx, commit),
    _links: { self: `${api}/branches/${enc(name)}`, html: `${repoHtml(ctx)}/tree/${name}` },
    protected: false,
    protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
    protection_url: `${api}/branches/${enc(name)}/protection`,
  };
}

export function gitRefJson(ctx: ShapeContext, fullRef: string, sha: string): JsonObject {
  const api = repoApi(ctx);
  return {
    ref: fullRef,
    node_id: `REF_kwDO${Buffer.from(fullRef).toString('base64url')}`,
    url: `${api}/git/${fullRef}`,
    object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
  };
}

/** Diff figures of a PR, computed from git by the route; absent for list items. */
export interface PullStats {
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
}

function branchEnd(ctx: ShapeContext, ref: string, sha: string): JsonObject {
  return {
    label: `${ctx.state.owner}:${ref}`,
    ref,
    sha,
    user: userJson(ctx, ctx.state.ownerAccount),
    repo: repositoryJson(ctx),
  };
}

function teamJson(ctx: ShapeContext, team: TeamRecord): JsonObject {
  const api = `${ctx.api}/organizations/${ctx.state.ownerAccount.id}/team/${team.id}`;
  return {
    id: team.id,
    node_id: team.nodeId,
    url: api,
    html_url: `${HTML_BASE}/orgs/${ctx.state.owner}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: team.description,
    privacy: team.privacy === 'SECRET' ? 'secret' : 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'push',
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    parent: null,
    type: 'organization',
    organization_id: ctx.state.ownerAccount.id,
  };
}

/**
 * A PR as `pulls.get`/`pulls.create` return it (pull-request), or with `stats` omitted as
 * `pulls.list` returns it (pull-request-simple).
 */
export function pullJson(ctx: ShapeContext, issue: IssueRecord, stats?: PullStats): JsonObject {
  const pull = issue.pull;
  if (!pull) throw new Error(`#${issue.number} is not a pull request`);
  const api = `${repoApi(ctx)}/pulls/${issue.number}`;
  const issueApi = `${repoApi(ctx)}/issues/${issue.number}`;
  const html = `${repoHtml(ctx)}/pull/${issue.number}`;
  const headSha = ctx.branches.get(pull.head) ?? pull.headSha;
  const baseSha = ctx.branches.get(pull.base) ?? pull.baseSha;
  const assignees = issue.assignees.map((login) => userJson(ctx, accountOrUser(ctx, login)));
  const statuses = `${repoApi(ctx)}/statuses/${headSha}`;
  const json: JsonObject = {
    url: api,
    id: issue.id,
    node_id: issue.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(ctx)}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: statuses,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: userJson(ctx, issue.author),
    body: issue.body,
    labels: issue.labels.map((name) => labelJson(ctx, ctx.state.ensureLabel(name))),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: null,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: pull.requestedReviewers.map((login) => userJson(ctx, accountOrUser(ctx, login))),
    requested_teams: pull.requestedTeams.flatMap((slug) => {
      const team = ctx.state.team(slug);
      return team ? [teamJson(ctx, team)] : [];
    }),
    head: branchEnd(ctx, pull.head, headSha),
    base: branchEnd(ctx, pull.base, baseSha),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(ctx)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: statuses },
    },
    author_association: authorAssociation(ctx, issue.author),
    auto_merge: null,
    draft: pull.draft,
  };
  if (!stats) return json;
  return {
    ...json,
    merged: pull.merged,
    mergeable: pull.merged ? null : true,
    rebaseable: pull.merged ? null : true,
    mergeable_state: pull.merged ? 'unknown' : 'clean',
    merged_by: pull.mergedBy ? userJson(ctx, pull.mergedBy) : null,
    comments: issue.comments.length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: stats.commits,
    additions: stats.additions,
    deletions: stats.deletions,
    changed_files: stats.changedFiles,
  };
}

export function rateLimitJson(ctx: ShapeContext): JsonObject {
  const { core, graphql, search } = ctx.state.rate;
  const bucket = (b: typeof core): JsonObject => ({ limit: b.limit, used: b.used, remaining: b.remaining, reset: b.reset });
  return { resources: { core: bucket(core), search: bucket(search), graphql: bucket(graphql) }, rate: bucket(core) };
}

export function secretJson(secret: SecretRecord, orgApi?: string): JsonObject {
  const json: JsonObject = { name: secret.name, created_at: secret.createdAt, updated_at: secret.updatedAt };
  if (secret.visibility) {
    json.visibility = secret.visibility;
    if (secret.visibility === 'selected' && orgApi) json.selected_repositories_url = `${orgApi}/actions/secrets/${enc(secret.name)}/repositories`;
  }
  return json;
}

export function deployKeyJson(ctx: ShapeContext, key: DeployKeyRecord): JsonObject {
  return {
    id: key.id,
    key: key.key,
    url: `${repoApi(ctx)}/keys/${key.id}`,
    title: key.title,
    verified: key.verified,
    created_at: key.createdAt,
    read_only: key.readOnly,
    added_by: key.addedBy,
    last_used: key.lastUsed,
    enabled: key.enabled,
  };
}

export function installationJson(ctx: ShapeContext, installation: InstallationRecord): JsonObject {
  return {
    id: installation.id,
    account: userJson(ctx, ctx.state.ownerAccount),
    repository_selection: installation.repositorySelection,
    access_tokens_url: `${ctx.api}/app/installations/${installation.id}/access_tokens`,
    repositories_url: `${ctx.api}/installation/repositories`,
    html_url: `${HTML_BASE}/organizations/${ctx.state.owner}/settings/installations/${installation.id}`,
    app_id: installation.appId,
    app_slug: installation.appSlug,
    target_id: ctx.state.ownerAccount.id,
    target_type: ctx.state.ownerAccount.type,
    permissions: { ...installation.permissions },
    events: [...installation.events],
    created_at: installation.createdAt,
    updated_at: installation.updatedAt,
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: installation.suspendedAt,
  };
}

export function codeownersErrorJson(error: CodeownersErrorRecord): JsonObject {
  return { ...error };
}

function contentLinks(ctx: ShapeContext, path: string, sha: string, ref: string, kind: 'blob' | 'tree'): JsonObject {
  const api = repoApi(ctx);
  return {
    self: `${api}/contents/${path}?ref=${enc(ref)}`,
    git: `${api}/git/${kind === 'blob' ? 'blobs' : 'trees'}/${sha}`,
    html: `${repoHtml(ctx)}/${kind}/${ref}/${path}`,
  };
}

export function contentFileJson(ctx: ShapeContext, path: string, ref: string, sha: string, content: Buffer): JsonObject {
  const links = contentLinks(ctx, path, sha, ref, 'blob');
  // GitHub wraps the base64 body at 60 columns.
  const base64 = (content.toString('base64').match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join('');
  return {
    type: 'file',
    encoding: 'base64',
    size: content.length,
    name: path.split('/').pop() ?? path,
    path,
    content: base64,
    sha,
    url: links.self,
    git_url: links.git,
    html_url: links.html,
    download_url: `https://raw.githubusercontent.com/${ctx.state.owner}/${ctx.state.repo}/${enc(ref)}/${path}`,
    _links: links,
  };
}

export function contentEntryJson(ctx: ShapeContext, ref: string, path: string, entry: { type: 'file' | 'dir'; sha: string; size: number }): JsonObject {
  const links = contentLinks(ctx, path, entry.sha, ref, entry.type === 'dir' ? 'tree' : 'blob');
  return {
    type: entry.type,
    size: entry.size,
    name: path.split('/').pop() ?? path,
    path,
    sha: entry.sha,
    url: links.self,
    git_url: links.git,
    html_url: links.html,
    download_url: entry.type === 'file' ? `https://raw.githubusercontent.com/${ctx.state.owner}/${ctx.state.repo}/${enc(ref)}/${path}` : null,
    _links: links,
  };
}

export function comparisonJson(
  ctx: ShapeContext,
  basehead: string,
  base: CommitInfo,
  mergeBase: CommitInfo,
  commits: CommitInfo[],
  behindBy: number,
): JsonObject {
  const api = repoApi(ctx);
  const aheadBy = commits.length;
  const status = aheadBy && behindBy ? 'diverged' : aheadBy ? 'ahead' : behindBy ? 'behind' : 'identical';
  return {
    url: `${api}/compare/${basehead}`,
    html_url: `${repoHtml(ctx)}/compare/${basehead}`,
    permalink_url: `${repoHtml(ctx)}/compare/${basehead}`,
    diff_url: `${repoHtml(ctx)}/compare/${basehead}.diff`,
    patch_url: `${repoHtml(ctx)}/compare/${basehead}.patch`,
    base_commit: commitJson(ctx, base),
    merge_base_commit: commitJson(ctx, mergeBase),
    status,
    ahead_by: aheadBy,
    behind_by: behindBy,
    total_commits: aheadBy,
    commits: commits.map((c) => commitJson(ctx, c)),
    files: [],
  };
}

// ---- errors -----------------------------------------------------------------------------------

/** GitHub's basic error body: `{message, documentation_url, status}`. */
export function basicError(message: string, status: number, docPath = ''): JsonObject {
  return { message, documentation_url: `${DOCS}${docPath}`, status: String(status) };
}

export interface FieldError {
  resource: string;
  code: string;
  field?: string;
  message?: string;
  value?: JsonValue;
}

/** GitHub's 422 body: `{message:"Validation Failed", errors:[…], documentation_url, status:"422"}`. */
export function validationFailed(errors: FieldError[], docPath = ''): JsonObject {
  return {
    message: 'Validation Failed',
    errors: errors.map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as JsonObject),
    documentation_url: `${DOCS}${docPath}`,
    status: '422',
  };
}
