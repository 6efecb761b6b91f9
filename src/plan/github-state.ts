/** What blindspot reads back from GitHub before planning: its own issues, PRs and labels. */
import type { Marker } from './markers.js';

export interface TrackedIssue {
  number: number;
  /** REST id (needed to mark a duplicate). */
  id: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  assignees: string[];
  createdAt: string;
  url: string;
  /** Parsed hidden marker; null for issues that carry the label but no valid marker. */
  marker: Marker | null;
}

export interface TrackedPull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  head: string;
  base: string;
  url: string;
  marker: Marker | null;
}

export interface GitHubState {
  issues: TrackedIssue[];
  /** Open PRs whose head branch starts with `blindspot/`. */
  pulls: TrackedPull[];
  labels: Map<string, { color: string; description: string }>;
  defaultBranch: string;
}
