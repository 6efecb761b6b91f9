/** GitHub behind an interface: everything blindspot reads or writes, and nothing else. */
import type { TrackedIssue, TrackedPull } from '../plan/github-state.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface GitHubPort {
  readonly repo: RepoRef;
  getRepository(): Promise<{ defaultBranch: string; htmlUrl: string; ownerType: string }>;
  /** Every issue (open and closed) carrying `label`, pull requests excluded; paginated listing, never search. */
  listIssues(label: string): Promise<TrackedIssue[]>;
  getIssue(number: number): Promise<TrackedIssue>;
  listLabels(): Promise<Map<string, { color: string; description: string }>>;
  /** Open PRs whose head branch starts with `prefix`. */
  listPulls(prefix: string): Promise<TrackedPull[]>;
  listComments(number: number): Promise<Array<{ body: string; author: string }>>;
  createLabel(name: string, color: string, description: string): Promise<void>;
  updateLabel(name: string, color: string, description: string): Promise<void>;
  createIssue(issue: { title: string; body: string; labels: string[]; assignees: string[] }): Promise<{ number: number; url: string }>;
  updateIssue(number: number, patch: { title?: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened'; duplicateOfId?: number }): Promise<void>;
  createComment(number: number, body: string): Promise<void>;
  createPull(pull: { head: string; base: string; title: string; body: string }): Promise<{ number: number; url: string }>;
  /** The open PR for a head branch, if any (after "A pull request already exists"). */
  findPull(head: string): Promise<TrackedPull | null>;
  updatePull(number: number, patch: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<void>;
}
