/** The GitHubPort over REST, through the Octokit client. All calls in one place. */
import { parseMarker } from '../plan/markers.js';
import type { TrackedIssue, TrackedPull } from '../plan/github-state.js';
import type { Octokit } from './client.js';
import type { GitHubPort, RepoRef } from './port.js';

interface RestIssue {
  number: number;
  id: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  labels: Array<string | { name?: string }>;
  assignees?: Array<{ login: string }> | null;
  created_at: string;
  html_url: string;
  pull_request?: unknown;
}

interface RestPull {
  number: number;
  title: string;
  body: string | null;
  state: string;
  merged_at: string | null;
  head: { ref: string };
  base: { ref: string };
  html_url: string;
}

function toIssue(i: RestIssue): TrackedIssue {
  const body = i.body ?? '';
  return {
    number: i.number,
    id: i.id,
    title: i.title,
    body,
    state: i.state === 'closed' ? 'closed' : 'open',
    stateReason: i.state_reason ?? null,
    labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    assignees: (i.assignees ?? []).map((a) => a.login),
    createdAt: i.created_at,
    url: i.html_url,
    marker: parseMarker(body),
  };
}

function toPull(p: RestPull): TrackedPull {
  const body = p.body ?? '';
  return { number: p.number, title: p.title, body, state: p.state === 'closed' ? 'closed' : 'open', merged: p.merged_at !== null, head: p.head.ref, base: p.base.ref, url: p.html_url, marker: parseMarker(body) };
}

/** A create must not be retried blindly: a 5xx may have created it already. */
const NO_RETRY = { request: { retries: 0 } };

export class RestGitHub implements GitHubPort {
  constructor(
    private readonly octokit: Octokit,
    readonly repo: RepoRef,
  ) {}

  async getRepository() {
    const { data } = await this.octokit.rest.repos.get({ ...this.repo });
    return { defaultBranch: data.default_branch, htmlUrl: data.html_url, ownerType: data.owner.type };
  }

  async listIssues(label: string): Promise<TrackedIssue[]> {
    const items = (await this.octokit.paginate(this.octokit.rest.issues.listForRepo, { ...this.repo, labels: label, state: 'all', per_page: 100, sort: 'created', direction: 'asc' })) as RestIssue[];
    return items.filter((i) => !i.pull_request).map(toIssue);
  }

  async getIssue(number: number): Promise<TrackedIssue> {
    const { data } = await this.octokit.rest.issues.get({ ...this.repo, issue_number: number });
    return toIssue(data as RestIssue);
  }

  async listLabels() {
    const labels = await this.octokit.paginate(this.octokit.rest.issues.listLabelsForRepo, { ...this.repo, per_page: 100 });
    return new Map(labels.map((l) => [l.name, { color: l.color, description: l.description ?? '' }]));
  }

  async listPulls(prefix: string): Promise<TrackedPull[]> {
    const pulls = (await this.octokit.paginate(this.octokit.rest.pulls.list, { ...this.repo, state: 'open', per_page: 100 })) as RestPull[];
    return pulls.filter((p) => p.head.ref.startsWith(prefix)).map(toPull);
  }

  async listComments(number: number) {
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repo, issue_number: number, per_page: 100 });
    return comments.map((c) => ({ body: c.body ?? '', author: c.user?.login ?? '' }));
  }

  async createLabel(name: string, color: string, description: string) {
    await this.octokit.rest.issues.createLabel({ ...this.repo, name, color, description, ...NO_RETRY });
  }

  async updateLabel(name: string, color: string, description: string) {
    await this.octokit.rest.issues.updateLabel({ ...this.repo, name, color, description });
  }

  async createIssue(issue: { title: string; body: string; labels: string[]; assignees: string[] }) {
    const { data } = await this.octokit.rest.issues.create({ ...this.repo, title: issue.title, body: issue.body, labels: issue.labels, ...(issue.assignees.length ? { assignees: issue.assignees } : {}), ...NO_RETRY });
    return { number: data.number, url: data.html_url };
  }

  async updateIssue(number: number, patch: Parameters<GitHubPort['updateIssue']>[1]) {
    await this.octokit.rest.issues.update({
      ...this.repo,
      issue_number: number,
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.body !== undefined ? { body: patch.body } : {}),
      ...(patch.labels !== undefined ? { labels: patch.labels } : {}),
      ...(patch.state !== undefined ? { state: patch.state } : {}),
      ...(patch.stateReason !== undefined ? { state_reason: patch.stateReason } : {}),
      ...(patch.duplicateOfId !== undefined ? { duplicate_issue_id: patch.duplicateOfId } : {}),
    });
  }

  async createComment(number: number, body: string) {
    await this.octokit.rest.issues.createComment({ ...this.repo, issue_number: number, body, ...NO_RETRY });
  }

  async createPull(pull: { head: string; base: string; title: string; body: string }) {
    const { data } = await this.octokit.rest.pulls.create({ ...this.repo, head: pull.head, base: pull.base, title: pull.title, body: pull.body, maintainer_can_modify: true, ...NO_RETRY });
    return { number: data.number, url: data.html_url };
  }

  async findPull(head: string) {
    const { data } = await this.octokit.rest.pulls.list({ ...this.repo, head: `${this.repo.owner}:${head}`, state: 'open', per_page: 1 });
    return data[0] ? toPull(data[0] as RestPull) : null;
  }

  async updatePull(number: number, patch: { title?: string; body?: string; state?: 'open' | 'closed' }) {
    await this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, ...patch });
  }
}
