/**
 * REST routes for the repository itself, git refs (backed by the bare repo), CODEOWNERS errors and
 * the discovery endpoints (secrets, deploy keys, installations, org members).
 */
import { paginate, type RouteRequest, type RouteResponse, type RouteTable } from './route-types.js';
import {
  basicError,
  branchJson,
  codeownersErrorJson,
  comparisonJson,
  contentEntryJson,
  contentFileJson,
  deployKeyJson,
  gitRefJson,
  installationJson,
  privateUserJson,
  rateLimitJson,
  repositoryJson,
  secretJson,
  userJson,
} from './shapes.js';

const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

function notFound(docPath: string): RouteResponse {
  return { status: 404, body: basicError('Not Found', 404, docPath) };
}

function getRepo(req: RouteRequest): RouteResponse {
  return { status: 200, body: repositoryJson(req.ctx) };
}

function getAuthenticatedUser(req: RouteRequest): RouteResponse {
  return { status: 200, body: privateUserJson(req.ctx, req.actor) };
}

function getRateLimit(req: RouteRequest): RouteResponse {
  return { status: 200, body: rateLimitJson(req.ctx) };
}

async function getBranch(req: RouteRequest): Promise<RouteResponse> {
  const sha = req.ctx.branches.get(req.params.branch);
  if (!sha) return { status: 404, body: basicError('Branch not found', 404, '/branches/branches#get-a-branch') };
  return { status: 200, body: branchJson(req.ctx, req.params.branch, await req.git.commit(sha)) };
}

async function getRef(req: RouteRequest): Promise<RouteResponse> {
  const fullRef = `refs/${req.params.ref}`;
  const sha = await req.git.resolve(fullRef);
  if (!sha) return notFound('/git/refs#get-a-reference');
  return { status: 200, body: gitRefJson(req.ctx, fullRef, sha) };
}

async function deleteRef(req: RouteRequest): Promise<RouteResponse> {
  const fullRef = `refs/${req.params.ref}`;
  if (!(await req.git.deleteRef(fullRef))) {
    return { status: 422, body: basicError('Reference does not exist', 422, '/git/refs#delete-a-reference') };
  }
  // Deleting a PR's head branch closes the open PR, as on GitHub.
  const branch = fullRef.replace(/^refs\/heads\//, '');
  const { state } = req.ctx;
  for (const pull of state.pulls()) {
    if (pull.state === 'open' && pull.pull?.head === branch) state.setState(pull, req.actor, 'closed');
  }
  return { status: 204, applied: true };
}

/** A branch name, full ref or sha → commit sha. */
async function resolveRevision(req: RouteRequest, revision: string): Promise<string | undefined> {
  return req.ctx.branches.get(revision) ?? (await req.git.resolve(revision));
}

async function compare(req: RouteRequest): Promise<RouteResponse> {
  const doc = '/commits/commits#compare-two-commits';
  const [baseName, headName] = req.params.basehead.split('...');
  if (!baseName || !headName) return notFound(doc);
  const base = await resolveRevision(req, baseName);
  const head = await resolveRevision(req, headName);
  if (!base || !head) return notFound(doc);
  const mergeBase = await req.git.mergeBase(base, head);
  if (!mergeBase) return notFound(doc);
  const ahead = await req.git.commitsBetween(base, head);
  const behind = await req.git.commitsBetween(head, base);
  const commits = await Promise.all(ahead.map((sha) => req.git.commit(sha)));
  const body = comparisonJson(req.ctx, req.params.basehead, await req.git.commit(base), await req.git.commit(mergeBase), commits, behind.length);
  return { status: 200, body };
}

async function getContent(req: RouteRequest): Promise<RouteResponse> {
  const doc = '/repos/contents#get-repository-content';
  const ref = req.query.ref ?? req.ctx.state.defaultBranch;
  const path = req.params.path.replace(/^\/+|\/+$/g, '');
  const revision = await resolveRevision(req, ref);
  if (!revision) return notFound(doc);
  const found = await req.git.read(revision, path);
  if (!found) return notFound(doc);
  if (found.type === 'file') return { status: 200, body: contentFileJson(req.ctx, path, ref, found.sha, found.content) };
  return { status: 200, body: found.entries.map((e) => contentEntryJson(req.ctx, ref, path ? `${path}/${e.name}` : e.name, e)) };
}

async function codeownersErrors(req: RouteRequest): Promise<RouteResponse> {
  const ref = req.query.ref ?? req.ctx.state.defaultBranch;
  const revision = await resolveRevision(req, ref);
  if (!revision) return notFound('/repos/repos#list-codeowners-errors');
  for (const location of CODEOWNERS_LOCATIONS) {
    if ((await req.git.read(revision, location))?.type === 'file') {
      return { status: 200, body: { errors: req.ctx.state.codeownersErrors.map((e) => codeownersErrorJson({ ...e, path: e.path || location })) } };
    }
  }
  // GitHub answers 404 when the ref has no CODEOWNERS file.
  return notFound('/repos/repos#list-codeowners-errors');
}

function listRepoSecrets(req: RouteRequest): RouteResponse {
  const { page, headers } = paginate(req, req.ctx.state.repoSecrets);
  return { status: 200, body: { total_count: req.ctx.state.repoSecrets.length, secrets: page.map((s) => secretJson(s)) }, headers };
}

function listOrgSecrets(req: RouteRequest): RouteResponse {
  const orgApi = `${req.ctx.api}/orgs/${req.ctx.state.owner}`;
  const { page, headers } = paginate(req, req.ctx.state.orgSecrets);
  return { status: 200, body: { total_count: req.ctx.state.orgSecrets.length, secrets: page.map((s) => secretJson(s, orgApi)) }, headers };
}

function listDeployKeys(req: RouteRequest): RouteResponse {
  const { page, headers } = paginate(req, req.ctx.state.deployKeys);
  return { status: 200, body: page.map((k) => deployKeyJson(req.ctx, k)), headers };
}

function listInstallations(req: RouteRequest): RouteResponse {
  const { page, headers } = paginate(req, req.ctx.state.installations);
  return { status: 200, body: { total_count: req.ctx.state.installations.length, installations: page.map((i) => installationJson(req.ctx, i)) }, headers };
}

function listMembers(req: RouteRequest): RouteResponse {
  const { state } = req.ctx;
  const members = state.orgMembers.map((login) => state.account(login));
  const { page, headers } = paginate(req, members);
  return { status: 200, body: page.map((m) => userJson(req.ctx, m)), headers };
}

export const repoRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}': getRepo,
  'GET /user': getAuthenticatedUser,
  'GET /rate_limit': getRateLimit,
  'GET /repos/{owner}/{repo}/branches/{branch}': getBranch,
  'GET /repos/{owner}/{repo}/git/ref/{ref}': getRef,
  'DELETE /repos/{owner}/{repo}/git/refs/{ref}': deleteRef,
  'GET /repos/{owner}/{repo}/compare/{basehead}': compare,
  'GET /repos/{owner}/{repo}/contents/{path}': getContent,
  'GET /repos/{owner}/{repo}/codeowners/errors': codeownersErrors,
  'GET /repos/{owner}/{repo}/actions/secrets': listRepoSecrets,
  'GET /orgs/{org}/actions/secrets': listOrgSecrets,
  'GET /repos/{owner}/{repo}/keys': listDeployKeys,
  'GET /orgs/{org}/installations': listInstallations,
  'GET /orgs/{org}/members': listMembers,
};
