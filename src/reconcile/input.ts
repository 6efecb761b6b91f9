/** What reconciliation takes: pure data, already loaded. */
import type { Config } from '../model/config.js';
import type { Offload } from './monitoring-job.js';
import type { GovernanceRecord } from '../model/record.js';
import type { RecordIndex } from '../model/record-index.js';
import type { Snapshot } from '../model/snapshot.js';

/** How CODEOWNERS resolves one manifest path. */
export interface RecordOwnership {
  owners: string[];
  /** CODEOWNERS line that decided, or null when no rule matches. */
  line: number | null;
  pattern: string | null;
  /** The deciding rule is a catch-all (`*`, `**`, `/*`). */
  catchAll: boolean;
}

/**
 * The ownership policy, in one place: a manifest is owned when a CODEOWNERS rule gives it owners,
 * and that rule is not only a catch-all (unless the config counts catch-alls as owners).
 */
export function isOwned(o: RecordOwnership, config: Pick<Config, 'ownership'>): boolean {
  return o.owners.length > 0 && (!o.catchAll || config.ownership.catchAllCountsAsOwner);
}

export interface ReconcileInput {
  records: GovernanceRecord[];
  /** The index of `records`, when loading built one; absent: matching builds it. */
  recordIndex?: RecordIndex;
  snapshots: Snapshot[];
  config: Config;
  /** Ownership of a manifest path. */
  ownership: (path: string) => RecordOwnership;
  /** Repo-relative path of the CODEOWNERS file in use, or null. */
  codeownersFile: string | null;
  /** "Now", pinned by the caller (epoch ms). Rules never read the clock. */
  now: number;
  /** Snapshot files that could not be read, as failed sources. */
  failedSources?: Array<{ name: string; files: string[]; error: string }>;
  /**
   * GitHub logins of people who last changed each manifest (most recent first), when the caller
   * could read git history. Used to propose owners; never required.
   */
  committers?: Record<string, string[]>;
  /** Work another thread can do meanwhile (a shell's second core); absent: all of it here. */
  offload?: Offload;
}
