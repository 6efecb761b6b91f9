/** REST routes for pull requests. Branch facts come from the bare repository. */
import { paginate, sortBy, stringList, isString, type RouteRequest, type RouteResponse, type RouteTable } from './route-types.js';
import { lengthErrors, MAX_BODY, MAX_TITLE } from './routes-issues.js';
import { basicError, pullJson, validationFailed, type PullStats } from './shapes.js';
import type { IssueRecord } from './state.js';

const CREATE_DOC = '/pulls/pulls#create-a-pull-request';

/** GitHub's exact 403 when "Allow GitHub Actions to create and approve pull requests" is off. */
export const PR_NOT_PERMITTED_MESSAGE = 'GitHub Actions is not permitted to create or approve pull requests.';

export function prNotPermitted(): RouteResponse {
  return { status: 403, body: basicError(PR_NOT_PERMITTED_MESSAGE, 403, CREATE_DOC) };
}

function findPull(req: RouteRequest): IssueRecord | undefined {
  const issue = req.ctx.state.issue(Number(req.params.pull_number));
  return issue?.pull ? issue : undefined;
}

async function statsFor(req: RouteRequest, pull: IssueRecord): Promise<PullStats> {
  const p = pull.pull;
  if (!p) throw new Error('not a pull request');
  const head = req.ctx.branches.get(p.head) ?? p.headSha;
  const base = req.ctx.branches.get(p.base) ?? p.baseSha;
  const commits = (await req.git.commitsBetween(base, head)).length;
  return { commits, ...(await req.git.diffStats(base, head)) };
}

/** `owner:branch` or `branch` → branch, when the owner is this repository's (the fake has no forks). */
function headBranch(req: RouteRequest, head: string): string | undefined {
  const colon = head.indexOf(':');
  if (colon < 0) return head;
  return head.slice(0, colon).toLowerCase() === req.ctx.state.owner.toLowerCase() ? head.slice(colon + 1) : undefined;
}

function listPulls(req: RouteRequest): RouteResponse {
  const wantState = req.query.state ?? 'open';
  // GitHub ignores `head` unless it is `owner:branch` (a bare branch name returns every PR).
  const headFilter = req.query.head?.includes(':') ? req.query.head : undefined;
  const matches = req.ctx.state.pulls().filter((issue) => {
    const p = issue.pull;
    if (!p) return false;
    if (wantState !== 'all' && issue.state !== wantState) return false;
    if (headFilter && headBranch(req, headFilter) !== p.head) return false;
    if (req.query.base && req.query.base !== p.base) return false;
    return true;
  });
  const sort = req.query.sort ?? 'created';
  const direction = req.query.direction === 'asc' || req.query.direction === 'desc' ? req.query.direction : sort === 'created' ? 'desc' : 'asc';
  const key = (i: IssueRecord): string | number => (sort === 'updated' ? i.updatedAt : sort === 'popularity' ? i.comments.length : i.createdAt);
  const { page, headers } = paginate(req, sortBy(matches, key, (i) => i.number, direction));
  return { status: 200, body: page.map((p) => pullJson(req.ctx, p)), headers };
}

async function createPull(req: RouteRequest): Promise<RouteResponse> {
  const { state } = req.ctx;
  if (!state.access.actionsCanCreatePullRequests) return prNotPermitted();
  const { body } = req;
  const title = isString(body.title) ? body.title : '';
  const head = isString(body.head) ? body.head : '';
  const base = isString(body.base) ? body.base : '';
  const lengths = lengthErrors('PullRequest', { title: { value: title, max: MAX_TITLE }, body: { value: body.body, max: MAX_BODY } });
  if (lengths.length) return { status: 422, body: validationFailed(lengths, CREATE_DOC) };
  const baseSha = req.ctx.branches.get(base);
  if (!baseSha) return { status: 422, body: validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }], CREATE_DOC) };
  const branch = headBranch(req, head);
  const headSha = branch === undefined ? undefined : req.ctx.branches.get(branch);
  if (branch === undefined || !headSha) {
    return { status: 422, body: validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }], CREATE_DOC) };
  }
  if (state.openPullFor(branch, base)) {
    const message = `A pull request already exists for ${state.owner}:${branch}.`;
    return { status: 422, body: validationFailed([{ resource: 'PullRequest', code: 'custom', message }], CREATE_DOC) };
  }
  if (!(await req.git.commitsBetween(baseSha, headSha)).length) {
    const message = `No commits between ${base} and ${branch}`;
    return { status: 422, body: validationFailed([{ resource: 'PullRequest', code: 'custom', message }], CREATE_DOC) };
  }
  if (!title.trim()) return { status: 422, body: validationFailed([{ resource: 'PullRequest', code: 'missing_field', field: 'title' }], CREATE_DOC) };
  const pull = state.createPull(
    req.actor,
    {
      title,
      body: isString(body.body) ? body.body : null,
      head: branch,
      base,
      draft: body.draft === true,
      maintainerCanModify: body.maintainer_can_modify !== false,
    },
    { head: headSha, base: baseSha },
  );
  const json = pullJson(req.ctx, pull, await statsFor(req, pull));
  return { status: 201, body: json, headers: { location: String(json.url) }, applied: true };
}

async function getPull(req: RouteRequest): Promise<RouteResponse> {
  const pull = findPull(req);
  if (!pull) return { status: 404, body: basicError('Not Found', 404, '/pulls/pulls#get-a-pull-request') };
  return { status: 200, body: pullJson(req.ctx, pull, await statsFor(req, pull)) };
}

async function updatePull(req: RouteRequest): Promise<RouteResponse> {
  const pull = findPull(req);
  const p = pull?.pull;
  if (!pull || !p) return { status: 404, body: basicError('Not Found', 404, '/pulls/pulls#update-a-pull-request') };
  const { body } = req;
  const doc = '/pulls/pulls#update-a-pull-request';
  const lengths = lengthErrors('PullRequest', { title: { value: body.title, max: MAX_TITLE }, body: { value: body.body, max: MAX_BODY } });
  if (lengths.length) return { status: 422, body: validationFailed(lengths, doc) };
  if (isString(body.base) && !req.ctx.branches.has(body.base)) {
    return { status: 422, body: validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }], doc) };
  }
  const { state } = req.ctx;
  if (isString(body.title)) pull.title = body.title;
  if (body.body !== undefined) pull.body = isString(body.body) ? body.body : null;
  if (isString(body.base)) p.base = body.base;
  if (typeof body.maintainer_can_modify === 'boolean') p.maintainerCanModify = body.maintainer_can_modify;
  if (body.state === 'open' || body.state === 'closed') {
    if (body.state === 'open' && p.merged) {
      return { status: 422, body: validationFailed([{ resource: 'PullRequest', code: 'custom', field: 'state', message: 'state cannot be changed. The pull request has been merged.' }], doc) };
    }
    state.setState(pull, req.actor, body.state);
  }
  state.touch(pull);
  return { status: 200, body: pullJson(req.ctx, pull, await statsFor(req, pull)), applied: true };
}

function requestReviewers(req: RouteRequest): RouteResponse {
  const pull = findPull(req);
  const p = pull?.pull;
  const doc = '/pulls/review-requests#request-reviewers-for-a-pull-request';
  if (!pull || !p) return { status: 404, body: basicError('Not Found', 404, doc) };
  const { state } = req.ctx;
  const reviewers = stringList(req.body.reviewers);
  const teams = stringList(req.body.team_reviewers);
  // GITHUB_TOKEN cannot read org teams, so GitHub cannot resolve the team's node (actions/github-script#284).
  const unresolvable = teams.find((slug) => !state.access.canReadOrg || !state.team(slug));
  if (unresolvable !== undefined) {
    const ghost = `T_kwDO${Buffer.from(`team:${unresolvable}`).toString('base64url')}`;
    return { status: 422, body: basicError(`Could not resolve to a node with the global id of '${ghost}'.`, 422, doc) };
  }
  if (reviewers.some((login) => login.toLowerCase() === pull.author.login.toLowerCase())) {
    return { status: 422, body: validationFailed([{ resource: 'PullRequest', code: 'custom', message: 'Review cannot be requested from pull request author.' }], doc) };
  }
  if (reviewers.some((login) => !state.canAssign(login))) {
    const message = `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${state.owner}/${state.repo} repository.`;
    return { status: 422, body: validationFailed([{ resource: 'PullRequest', code: 'custom', message }], doc) };
  }
  for (const login of reviewers) if (!p.requestedReviewers.includes(login)) p.requestedReviewers.push(login);
  for (const slug of teams) if (!p.requestedTeams.includes(slug)) p.requestedTeams.push(slug);
  state.touch(pull);
  return { status: 201, body: pullJson(req.ctx, pull), applied: true };
}

export const pullRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/pulls': listPulls,
  'POST /repos/{owner}/{repo}/pulls': createPull,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': getPull,
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': updatePull,
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': requestReviewers,
};
