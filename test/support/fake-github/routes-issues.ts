/** REST routes for issues, issue comments and labels. */
import type { JsonValue } from './openapi-schema.js';
import { paginate, sortBy, stringList, isString, type RouteRequest, type RouteResponse, type RouteTable } from './route-types.js';
import { basicError, commentJson, issueJson, labelJson, validationFailed, type FieldError } from './shapes.js';
import type { IssueRecord, StateReason } from './state.js';

export const MAX_TITLE = 256;
export const MAX_BODY = 65_536;
const MAX_LABEL_NAME = 50;
const MAX_LABEL_DESCRIPTION = 100;

/** GitHub's "too long" field errors (422 `code: custom`). */
export function lengthErrors(resource: string, fields: Record<string, { value: JsonValue | undefined; max: number }>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, { value, max }] of Object.entries(fields)) {
    if (typeof value === 'string' && value.length > max) {
      errors.push({ resource, code: 'custom', field, message: `${field} is too long (maximum is ${max} characters)` });
    }
  }
  return errors;
}

function notFound(docPath: string): RouteResponse {
  return { status: 404, body: basicError('Not Found', 404, docPath) };
}

function findIssue(req: RouteRequest): IssueRecord | undefined {
  return req.ctx.state.issue(Number(req.params.issue_number));
}

/** Label names from any of the shapes GitHub accepts: strings or `{name}` objects. */
function labelNames(value: JsonValue | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item === 'string') return [item];
    if (item && typeof item === 'object' && !Array.isArray(item) && typeof item.name === 'string') return [item.name];
    return [];
  });
}

/** `labels` payload of add/set-labels: `{labels:[…]}`, a bare array, or a single string. */
function labelsPayload(body: JsonValue | undefined): string[] {
  if (Array.isArray(body)) return labelNames(body);
  if (typeof body === 'string') return [body];
  if (!body || typeof body !== 'object') return [];
  if (typeof body.labels === 'string') return [body.labels];
  return labelNames(body.labels);
}

function unassignable(req: RouteRequest, logins: string[]): FieldError[] {
  return logins
    .filter((login) => !req.ctx.state.canAssign(login))
    .map((login) => ({ resource: 'Issue', code: 'invalid', field: 'assignees', value: login }));
}

function listIssues(req: RouteRequest): RouteResponse {
  const { state } = req.ctx;
  const wantState = req.query.state ?? 'open';
  const wanted = (req.query.labels ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
  const since = req.query.since ? Date.parse(req.query.since) : undefined;
  const creator = req.query.creator?.toLowerCase();
  const assignee = req.query.assignee?.toLowerCase();
  const matches = [...state.issues.values()].filter((issue) => {
    if (wantState !== 'all' && issue.state !== wantState) return false;
    const have = issue.labels.map((l) => l.toLowerCase());
    // `labels=a,b` means the issue carries every one of them.
    if (!wanted.every((w) => have.includes(w))) return false;
    if (since !== undefined && Date.parse(issue.updatedAt) < since) return false;
    if (creator && issue.author.login.toLowerCase() !== creator) return false;
    if (assignee === 'none' && issue.assignees.length) return false;
    if (assignee === '*' && !issue.assignees.length) return false;
    if (assignee && assignee !== 'none' && assignee !== '*' && !issue.assignees.some((a) => a.toLowerCase() === assignee)) return false;
    return true;
  });
  const sort = req.query.sort ?? 'created';
  const key = (i: IssueRecord): string | number => (sort === 'updated' ? i.updatedAt : sort === 'comments' ? i.comments.length : i.createdAt);
  const sorted = sortBy(matches, key, (i) => i.number, req.query.direction === 'asc' ? 'asc' : 'desc');
  const { page, headers } = paginate(req, sorted);
  return { status: 200, body: page.map((i) => issueJson(req.ctx, i)), headers };
}

function createIssue(req: RouteRequest): RouteResponse {
  const { body } = req;
  const title = typeof body.title === 'number' ? String(body.title) : isString(body.title) ? body.title : '';
  const assignees = [...stringList(body.assignees), ...(isString(body.assignee) ? [body.assignee] : [])];
  const errors = [
    ...(title.trim() ? [] : [{ resource: 'Issue', code: 'missing_field', field: 'title' }]),
    ...lengthErrors('Issue', { title: { value: title, max: MAX_TITLE }, body: { value: body.body, max: MAX_BODY } }),
    ...unassignable(req, assignees),
  ];
  if (errors.length) return { status: 422, body: validationFailed(errors, '/issues/issues#create-an-issue') };
  const issue = req.ctx.state.createIssue(req.actor, {
    title,
    body: isString(body.body) ? body.body : null,
    labels: labelNames(body.labels),
    assignees,
  });
  const json = issueJson(req.ctx, issue, { single: true });
  return { status: 201, body: json, headers: { location: String(json.url) }, applied: true };
}

function getIssue(req: RouteRequest): RouteResponse {
  const issue = findIssue(req);
  if (!issue) return notFound('/issues/issues#get-an-issue');
  return { status: 200, body: issueJson(req.ctx, issue, { single: true }) };
}

function updateIssue(req: RouteRequest): RouteResponse {
  const issue = findIssue(req);
  if (!issue) return notFound('/issues/issues#update-an-issue');
  const { body } = req;
  const assignees = body.assignees !== undefined ? stringList(body.assignees) : isString(body.assignee) ? [body.assignee] : undefined;
  const errors = [
    ...(body.title !== undefined && !String(body.title ?? '').trim() ? [{ resource: 'Issue', code: 'missing_field', field: 'title' }] : []),
    ...lengthErrors('Issue', { title: { value: body.title, max: MAX_TITLE }, body: { value: body.body, max: MAX_BODY } }),
    ...unassignable(req, assignees ?? []),
  ];
  if (errors.length) return { status: 422, body: validationFailed(errors, '/issues/issues#update-an-issue') };
  const { state } = req.ctx;
  if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
  if (body.body !== undefined) issue.body = isString(body.body) ? body.body : null;
  if (body.labels !== undefined) state.setLabels(issue, labelNames(body.labels));
  if (assignees) issue.assignees = [...assignees];
  const reason = isString(body.state_reason) ? (body.state_reason as StateReason) : undefined;
  if (body.state === 'open' || body.state === 'closed') state.setState(issue, req.actor, body.state, reason);
  else if (reason && issue.state === 'closed') state.setState(issue, req.actor, 'closed', reason);
  state.touch(issue);
  return { status: 200, body: issueJson(req.ctx, issue, { single: true }), applied: true };
}

function listComments(req: RouteRequest): RouteResponse {
  const issue = findIssue(req);
  if (!issue) return notFound('/issues/comments#list-issue-comments');
  const since = req.query.since ? Date.parse(req.query.since) : undefined;
  const comments = issue.comments.filter((c) => since === undefined || Date.parse(c.updatedAt) >= since);
  const { page, headers } = paginate(req, comments);
  return { status: 200, body: page.map((c) => commentJson(req.ctx, c)), headers };
}

function createComment(req: RouteRequest): RouteResponse {
  const issue = findIssue(req);
  if (!issue) return notFound('/issues/comments#create-an-issue-comment');
  const text = isString(req.body.body) ? req.body.body : '';
  const errors = [
    ...(text.trim() ? [] : [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]),
    ...lengthErrors('IssueComment', { body: { value: text, max: MAX_BODY } }),
  ];
  if (errors.length) return { status: 422, body: validationFailed(errors, '/issues/comments#create-an-issue-comment') };
  const comment = req.ctx.state.addComment(issue, req.actor, text);
  const json = commentJson(req.ctx, comment);
  return { status: 201, body: json, headers: { location: String(json.url) }, applied: true };
}

function getComment(req: RouteRequest): RouteResponse {
  const comment = req.ctx.state.findComment(Number(req.params.comment_id));
  if (!comment) return notFound('/issues/comments#get-an-issue-comment');
  return { status: 200, body: commentJson(req.ctx, comment) };
}

function updateComment(req: RouteRequest): RouteResponse {
  const comment = req.ctx.state.findComment(Number(req.params.comment_id));
  if (!comment) return notFound('/issues/comments#update-an-issue-comment');
  const text = isString(req.body.body) ? req.body.body : '';
  const errors = lengthErrors('IssueComment', { body: { value: text, max: MAX_BODY } });
  if (errors.length) return { status: 422, body: validationFailed(errors, '/issues/comments#update-an-issue-comment') };
  comment.body = text;
  comment.updatedAt = req.ctx.state.clock.iso();
  return { status: 200, body: commentJson(req.ctx, comment), applied: true };
}

function issueLabels(req: RouteRequest, issue: IssueRecord): JsonValue {
  return issue.labels.map((name) => labelJson(req.ctx, req.ctx.state.ensureLabel(name)));
}

function addLabels(req: RouteRequest): RouteResponse {
  const issue = findIssue(req);
  if (!issue) return notFound('/issues/labels#add-labels-to-an-issue');
  req.ctx.state.addLabels(issue, labelsPayload(req.rawBody));
  return { status: 200, body: issueLabels(req, issue), applied: true };
}

function setLabels(req: RouteRequest): RouteResponse {
  const issue = findIssue(req);
  if (!issue) return notFound('/issues/labels#set-labels-for-an-issue');
  req.ctx.state.setLabels(issue, labelsPayload(req.rawBody));
  return { status: 200, body: issueLabels(req, issue), applied: true };
}

function removeLabel(req: RouteRequest): RouteResponse {
  const issue = findIssue(req);
  if (!issue) return notFound('/issues/labels#remove-a-label-from-an-issue');
  if (!req.ctx.state.removeLabel(issue, req.params.name)) {
    return { status: 404, body: basicError('Label does not exist', 404, '/issues/labels#remove-a-label-from-an-issue') };
  }
  return { status: 200, body: issueLabels(req, issue), applied: true };
}

function addAssignees(req: RouteRequest): RouteResponse {
  const issue = findIssue(req);
  if (!issue) return notFound('/issues/assignees#add-assignees-to-an-issue');
  // GitHub silently ignores logins that cannot be assigned here (unlike create/update).
  const logins = stringList(req.body.assignees).filter((login) => req.ctx.state.canAssign(login));
  req.ctx.state.addAssignees(issue, logins);
  return { status: 201, body: issueJson(req.ctx, issue, { single: true }), applied: true };
}

function listLabels(req: RouteRequest): RouteResponse {
  const labels = sortBy([...req.ctx.state.labels.values()], (l) => l.name.toLowerCase(), (l) => l.id, 'asc');
  const { page, headers } = paginate(req, labels);
  return { status: 200, body: page.map((l) => labelJson(req.ctx, l)), headers };
}

function labelErrors(name: JsonValue | undefined, color: JsonValue | undefined, description: JsonValue | undefined): FieldError[] {
  const errors = lengthErrors('Label', { name: { value: name, max: MAX_LABEL_NAME }, description: { value: description, max: MAX_LABEL_DESCRIPTION } });
  if (color !== undefined && (typeof color !== 'string' || !/^#?[0-9a-fA-F]{6}$/.test(color))) {
    errors.push({ resource: 'Label', code: 'invalid', field: 'color' });
  }
  return errors;
}

function createLabel(req: RouteRequest): RouteResponse {
  const { name, color, description } = req.body;
  const labelName = isString(name) ? name : '';
  const errors = labelErrors(labelName, color, description);
  if (req.ctx.state.label(labelName)) errors.push({ resource: 'Label', code: 'already_exists', field: 'name' });
  if (errors.length) return { status: 422, body: validationFailed(errors, '/issues/labels#create-a-label') };
  const label = req.ctx.state.createLabel(labelName, isString(color) ? color.replace(/^#/, '') : 'ededed', isString(description) ? description : null);
  const json = labelJson(req.ctx, label);
  return { status: 201, body: json, headers: { location: String(json.url) }, applied: true };
}

function getLabel(req: RouteRequest): RouteResponse {
  const label = req.ctx.state.label(req.params.name);
  if (!label) return notFound('/issues/labels#get-a-label');
  return { status: 200, body: labelJson(req.ctx, label) };
}

function updateLabel(req: RouteRequest): RouteResponse {
  const { state } = req.ctx;
  const label = state.label(req.params.name);
  if (!label) return notFound('/issues/labels#update-a-label');
  const { new_name: newName, color, description } = req.body;
  const errors = labelErrors(newName, color, description);
  if (isString(newName) && newName.toLowerCase() !== label.name.toLowerCase() && state.label(newName)) {
    errors.push({ resource: 'Label', code: 'already_exists', field: 'name' });
  }
  if (errors.length) return { status: 422, body: validationFailed(errors, '/issues/labels#update-a-label') };
  if (isString(newName)) {
    const old = label.name;
    state.labels.delete(old.toLowerCase());
    label.name = newName;
    state.labels.set(newName.toLowerCase(), label);
    for (const issue of state.issues.values()) issue.labels = issue.labels.map((l) => (l.toLowerCase() === old.toLowerCase() ? newName : l));
  }
  if (isString(color)) label.color = color.replace(/^#/, '').toLowerCase();
  if (description !== undefined) label.description = isString(description) ? description : null;
  return { status: 200, body: labelJson(req.ctx, label), applied: true };
}

export const issueRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/issues': listIssues,
  'POST /repos/{owner}/{repo}/issues': createIssue,
  'GET /repos/{owner}/{repo}/issues/{issue_number}': getIssue,
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': updateIssue,
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': listComments,
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': createComment,
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': getComment,
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': updateComment,
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': addLabels,
  'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels': setLabels,
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': removeLabel,
  'POST /repos/{owner}/{repo}/issues/{issue_number}/assignees': addAssignees,
  'GET /repos/{owner}/{repo}/labels': listLabels,
  'POST /repos/{owner}/{repo}/labels': createLabel,
  'GET /repos/{owner}/{repo}/labels/{name}': getLabel,
  'PATCH /repos/{owner}/{repo}/labels/{name}': updateLabel,
};
