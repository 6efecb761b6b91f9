/**
 * Online owner checks through injected transport functions (no Octokit here, so this stays pure
 * and testable):
 * - one batched GraphQL query per chunk of owners, with aliases, asking whether each user exists
 *   and has write access (repository collaborator permission), and whether each team exists, is
 *   visible and has write access to the repository;
 * - GitHub's own verdict, `GET /repos/{owner}/{repo}/codeowners/errors`, mapped to diagnostics.
 * Email owners cannot be looked up through the API; GitHub's errors endpoint covers them.
 */
import type { Diagnostic } from '../model/location.js';
import type { CodeownersFile, OwnerToken, RuleLine } from './parse.js';
import { ownerKey } from './owners.js';

/** Runs a GraphQL query and resolves to its `data` (like `@octokit/graphql`). May throw on errors. */
export type GraphqlFn = (query: string, variables: Record<string, unknown>) => Promise<unknown>;
/** Runs a REST GET (route template like Octokit's, e.g. `GET /repos/{owner}/{repo}/…`) and resolves to the JSON body. */
export type RestGetFn = (route: string, params: Record<string, string>) => Promise<unknown>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export type OwnerStatus =
  | { state: 'ok' }
  | { state: 'unknown'; reason: string }
  | { state: 'no-write'; permission: string | null }
  | { state: 'secret-team' }
  | { state: 'unchecked'; reason: string };

export interface OwnerQuery {
  query: string;
  variables: Record<string, string>;
  /** Alias → owner handle, to read the answer back. */
  users: Map<string, string>;
  teams: Map<string, { org: string; slug: string; handle: string }>;
  orgs: Map<string, string>;
}

const WRITE = new Set(['WRITE', 'MAINTAIN', 'ADMIN']);

/**
 * Builds one query for a set of `@user` and `@org/team` handles. Values travel as variables, so no
 * handle is ever spliced into the query text. Teams of one organization share one `organization`
 * field. `repositories(query:)` matches by name substring, so the answer is filtered by full name.
 */
export function buildOwnerQuery(repo: RepoRef, handles: readonly string[]): OwnerQuery {
  const variables: Record<string, string> = { owner: repo.owner, repo: repo.repo };
  const users = new Map<string, string>();
  const teams = new Map<string, { org: string; slug: string; handle: string }>();
  const orgs = new Map<string, string>();
  const byOrg = new Map<string, { orgAlias: string; teamFields: string[] }>();
  const repoFields: string[] = [];
  const topFields: string[] = [];
  for (const handle of handles) {
    const name = handle.slice(1);
    const slash = name.indexOf('/');
    if (slash < 0) {
      const alias = `u${users.size}`;
      users.set(alias, handle);
      variables[alias] = name;
      topFields.push(`${alias}: user(login: $${alias}) { login }`);
      repoFields.push(`${alias}: collaborators(login: $${alias}, first: 1) { edges { permission node { login } } }`);
      continue;
    }
    const org = name.slice(0, slash);
    const slug = name.slice(slash + 1);
    const alias = `t${teams.size}`;
    teams.set(alias, { org, slug, handle });
    variables[alias] = slug;
    let group = byOrg.get(org.toLowerCase());
    if (!group) {
      group = { orgAlias: `o${orgs.size}`, teamFields: [] };
      byOrg.set(org.toLowerCase(), group);
      orgs.set(group.orgAlias, org);
      variables[group.orgAlias] = org;
    }
    group.teamFields.push(
      `${alias}: team(slug: $${alias}) { slug privacy repositories(query: $repo, first: 100) { pageInfo { hasNextPage } edges { permission node { nameWithOwner } } } }`,
    );
  }
  for (const { orgAlias, teamFields } of byOrg.values()) {
    topFields.push(`${orgAlias}: organization(login: $${orgAlias}) { login ${teamFields.join(' ')} }`);
  }
  const declared = Object.keys(variables)
    .map((v) => `$${v}: String!`)
    .join(', ');
  const repoBlock = `repository(owner: $owner, name: $repo) { nameWithOwner ${repoFields.join(' ')} }`;
  const query = `query CodeownersOwners(${declared}) { ${repoBlock} ${topFields.join(' ')} }`;
  return { query, variables, users, teams, orgs };
}

export interface OnlineCheckOptions {
  repo: RepoRef;
  graphql: GraphqlFn;
  /** Owners per query; many owners are split into several queries. Default 50. */
  chunkSize?: number;
}

export interface OnlineCheckResult {
  diagnostics: Diagnostic[];
  /** Per owner handle as written (first spelling seen). */
  owners: Map<string, OwnerStatus>;
}

/** Checks every `@user` and `@org/team` owner of the valid rules, with one query per chunk. */
export async function checkOwnersOnline(file: CodeownersFile, opts: OnlineCheckOptions): Promise<OnlineCheckResult> {
  const occurrences = new Map<string, { handle: string; at: { rule: RuleLine; owner: OwnerToken }[] }>();
  for (const rule of file.rules) {
    for (const owner of rule.owners) {
      if (owner.kind !== 'user' && owner.kind !== 'team') continue;
      const k = ownerKey(owner.text);
      let o = occurrences.get(k);
      if (!o) occurrences.set(k, (o = { handle: owner.text, at: [] }));
      o.at.push({ rule, owner });
    }
  }
  const handles = [...occurrences.values()].map((o) => o.handle);
  const size = Math.max(1, opts.chunkSize ?? 50);
  const statuses = new Map<string, OwnerStatus>();
  for (let i = 0; i < handles.length; i += size) {
    const chunk = handles.slice(i, i + size);
    const q = buildOwnerQuery(opts.repo, chunk);
    let data: unknown;
    let failure: string | null = null;
    try {
      data = await opts.graphql(q.query, q.variables);
    } catch (err) {
      // @octokit/graphql throws on any `errors` entry (a missing user is one) but keeps partial data.
      data = isRecord(err) && isRecord(err.data) ? err.data : undefined;
      if (data === undefined) failure = err instanceof Error ? err.message : String(err);
    }
    for (const handle of chunk) {
      statuses.set(handle, failure !== null ? { state: 'unchecked', reason: failure } : readStatus(q, handle, data, opts.repo));
    }
  }

  const diagnostics: Diagnostic[] = [];
  for (const { handle, at } of occurrences.values()) {
    const status = statuses.get(handle) as OwnerStatus;
    const problem = describe(handle, status, opts.repo);
    if (problem === null) continue;
    for (const { rule, owner } of at) {
      diagnostics.push({
        file: file.path,
        line: rule.line,
        column: owner.column,
        level: problem.level,
        code: problem.code,
        message: problem.message.replace('{owner}', owner.text),
      });
    }
  }
  return { diagnostics, owners: statuses };
}

function readStatus(q: OwnerQuery, handle: string, data: unknown, repo: RepoRef): OwnerStatus {
  const root = isRecord(data) ? data : {};
  const repository = isRecord(root.repository) ? root.repository : null;
  for (const [alias, h] of q.users) {
    if (h !== handle) continue;
    if (!isRecord(root[alias])) return { state: 'unknown', reason: 'no such user' };
    // `collaborators` needs push access for the token; null means we cannot tell.
    const collab = repository ? repository[alias] : undefined;
    if (!isRecord(collab) || !Array.isArray(collab.edges)) return { state: 'ok' };
    const edge = collab.edges.find(isRecord);
    const permission = edge && typeof edge.permission === 'string' ? edge.permission : null;
    return permission !== null && WRITE.has(permission) ? { state: 'ok' } : { state: 'no-write', permission };
  }
  for (const [alias, t] of q.teams) {
    if (t.handle !== handle) continue;
    const orgAlias = [...q.orgs].find(([, org]) => org.toLowerCase() === t.org.toLowerCase())?.[0] as string;
    const org = root[orgAlias];
    if (!isRecord(org)) return { state: 'unknown', reason: `no organization ${t.org} visible to this token` };
    const team = org[alias];
    if (!isRecord(team)) return { state: 'unknown', reason: `no team ${t.slug} in ${t.org} visible to this token` };
    if (t.org.toLowerCase() !== repo.owner.toLowerCase()) {
      return { state: 'unknown', reason: `team belongs to ${t.org}, not to the repository owner ${repo.owner}` };
    }
    if (team.privacy === 'SECRET') return { state: 'secret-team' };
    const repos = isRecord(team.repositories) ? team.repositories : null;
    if (repos === null) return { state: 'unchecked', reason: 'team repositories not readable' };
    const full = `${repo.owner}/${repo.repo}`.toLowerCase();
    const edges = Array.isArray(repos.edges) ? repos.edges.filter(isRecord) : [];
    const edge = edges.find((e) => isRecord(e.node) && String(e.node.nameWithOwner).toLowerCase() === full);
    if (edge) {
      const permission = typeof edge.permission === 'string' ? edge.permission : null;
      return permission !== null && WRITE.has(permission) ? { state: 'ok' } : { state: 'no-write', permission };
    }
    const more = isRecord(repos.pageInfo) && repos.pageInfo.hasNextPage === true;
    return more ? { state: 'unchecked', reason: 'too many similarly named repositories' } : { state: 'no-write', permission: null };
  }
  return { state: 'unchecked', reason: 'not queried' };
}

function describe(
  handle: string,
  s: OwnerStatus,
  repo: RepoRef,
): { level: Diagnostic['level']; code: string; message: string } | null {
  const full = `${repo.owner}/${repo.repo}`;
  const team = handle.includes('/');
  switch (s.state) {
    case 'ok':
      return null;
    case 'unknown':
      return { level: 'error', code: 'codeowners/unknown-owner', message: `unknown owner {owner}: ${s.reason}` };
    case 'no-write':
      return {
        level: 'error',
        code: 'codeowners/no-write-access',
        message: `{owner} has ${s.permission ? `only ${s.permission.toLowerCase()}` : 'no'} access to ${full}; ${team ? 'teams' : 'users'} need explicit write access to be code owners`,
      };
    case 'secret-team':
      return {
        level: 'error',
        code: 'codeowners/team-not-visible',
        message: `team {owner} is secret; code owner teams must be visible`,
      };
    case 'unchecked':
      return { level: 'warning', code: 'codeowners/remote-check-failed', message: `could not check {owner}: ${s.reason}` };
  }
}

const KIND_CODES: Record<string, string> = {
  'Invalid pattern': 'codeowners/invalid-pattern',
  'Invalid owner': 'codeowners/invalid-owner',
  'Unknown owner': 'codeowners/unknown-owner',
};

/**
 * Maps the body of `GET /repos/{owner}/{repo}/codeowners/errors` to diagnostics. A body of the
 * wrong shape gives one `codeowners/remote-check-failed` warning instead of silently nothing.
 */
export function codeownersErrorsToDiagnostics(body: unknown, fallbackPath: string): Diagnostic[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) {
    return [remoteFailure(fallbackPath, 'unexpected response from the codeowners/errors endpoint')];
  }
  return body.errors.filter(isRecord).map((e): Diagnostic => {
    const kind = typeof e.kind === 'string' ? e.kind : 'Error';
    const suggestion = typeof e.suggestion === 'string' && e.suggestion !== '' ? `; ${e.suggestion}` : '';
    return {
      file: typeof e.path === 'string' && e.path !== '' ? e.path : fallbackPath,
      line: positive(e.line),
      column: positive(e.column),
      level: 'error',
      code: KIND_CODES[kind] ?? 'codeowners/github-error',
      // GitHub's `message` repeats the source line with a caret; the first line is the sentence.
      message: `GitHub reports: ${(typeof e.message === 'string' ? e.message.split('\n')[0] : kind).replace(/:$/, '')}${suggestion}`,
    };
  });
}

/** Asks GitHub for its own verdict on the CODEOWNERS file at `ref` (default branch when omitted). */
export async function fetchCodeownersErrors(
  restGet: RestGetFn,
  repo: RepoRef,
  opts: { ref?: string; path?: string } = {},
): Promise<Diagnostic[]> {
  const path = opts.path ?? '.github/CODEOWNERS';
  const params: Record<string, string> = { owner: repo.owner, repo: repo.repo };
  if (opts.ref !== undefined) params.ref = opts.ref;
  let body: unknown;
  try {
    body = await restGet('GET /repos/{owner}/{repo}/codeowners/errors', params);
  } catch (err) {
    return [remoteFailure(path, `GitHub's codeowners/errors check failed: ${err instanceof Error ? err.message : String(err)}`)];
  }
  return codeownersErrorsToDiagnostics(body, path);
}

function remoteFailure(file: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, level: 'warning', code: 'codeowners/remote-check-failed', message };
}

function positive(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
