/**
 * The plan: an ordered list of operations, each one self-contained so the executor can apply,
 * defer (budget) or print (dry-run) it. `writes` is the number of GitHub write requests the
 * operation costs; the budget counts those.
 */
import type { FindingType } from '../model/finding.js';
import type { Severity } from '../model/kinds.js';

export type ProposalKind = 'retire' | 'owner' | 'adopt';

/** What a proposal changes, materialised against the base branch at apply time. */
export type ProposalIntent =
  | { kind: 'retire'; file: string; documentIndex: number; recordKey: string; retiredAt: string }
  | { kind: 'owner'; file: string; owners: string[]; reason: string }
  | { kind: 'adopt'; file: string; manifest: string };

interface Base {
  /** Ordering and budget priority: the most severe finding involved. */
  severity: Severity;
  writes: number;
  /** One line for logs, the summary and dry-run output. */
  describe: string;
}

export type Operation =
  | (Base & { op: 'create-label'; name: string; color: string; description: string })
  | (Base & { op: 'update-label'; name: string; color: string; description: string })
  | (Base & { op: 'create-issue'; fingerprint: string; type: FindingType; title: string; body: string; labels: string[]; assignees: string[] })
  | (Base & { op: 'update-issue'; number: number; fingerprint: string; title: string; body: string; labels: string[] })
  | (Base & { op: 'reopen-issue'; number: number; fingerprint: string; title: string; body: string; labels: string[]; comment: string })
  | (Base & { op: 'close-issue'; number: number; fingerprint: string; body: string; comment: string; reason: 'completed' | 'not_planned' | 'duplicate'; duplicateOf?: number; duplicateOfId?: number })
  | (Base & { op: 'propose'; kind: ProposalKind; branch: string; title: string; body: string; intents: ProposalIntent[]; fingerprints: string[]; existing?: number; commitMessage: string })
  | (Base & { op: 'close-proposal'; number: number; branch: string; comment: string })
  | (Base & { op: 'dashboard'; number?: number; title: string });

export interface Deferred {
  describe: string;
  severity: Severity;
  reason: string;
}

/** Something blindspot chose not to do, and why (shown on the summary and dashboard). */
export interface Held {
  describe: string;
  reason: string;
}

export interface Plan {
  operations: Operation[];
  deferred: Deferred[];
  held: Held[];
  /** Set when the circuit breaker stopped retirements and closes. */
  breaker?: string;
  /** Issues a person closed as not planned while the finding persists: treated as accepted. */
  acceptedByHumans: Array<{ number: number; fingerprint: string; title: string; url: string }>;
  unchanged: number;
  counts: { findings: number; new: number; resolved: number };
}
