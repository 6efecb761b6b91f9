/** Everything a rule may read. Built once per run; rules are pure functions of it. */
import type { Config } from '../model/config.js';
import type { RecordKind } from '../model/kinds.js';
import type { MonitoringOutcome } from './rules/monitoring.js';
import type { GovernanceRecord } from '../model/record.js';
import type { RecordOwnership } from './input.js';
import type { Ambiguity, SourcedAsset } from './match.js';
import type { JudgedSource } from './sources.js';
import type { LiveView } from './view.js';

export interface RecordState {
  record: GovernanceRecord;
  view: LiveView;
  ownership: RecordOwnership;
  /** Seen by an inventory asset from a fresh source. */
  seenFresh: boolean;
  /** Evidence-kind assets joined to this record. */
  secretFindings: SourcedAsset[];
  secretReferences: SourcedAsset[];
  /** Monitoring evidence, computed once per run (undefined until then). */
  monitoring: MonitoringOutcome | undefined;
}

export interface RuleContext {
  config: Config;
  now: number;
  nowIso: string;
  states: RecordState[];
  /** The states of one kind, in `states` order (for rules about one kind). */
  statesOfKind(kind: RecordKind): readonly RecordState[];
  /** State by record key. */
  byKey: { get(key: string): RecordState | undefined; has(key: string): boolean };
  sources: JudgedSource[];
  /**
   * Sources that should see a record (cover its kind, claim its identifiers). Asked only about
   * records no fresh source showed and retired ones, so worked out on demand, not for every record.
   */
  scopeOf(record: GovernanceRecord): JudgedSource[];
  unrecorded: SourcedAsset[][];
  ambiguities: Ambiguity[];
  monitors: SourcedAsset[];
  /** Secret findings that joined no credential record. */
  orphanSecretFindings: SourcedAsset[];
  /** Lower-cased `@login` and `@org/team` handles known to exist, or null when no membership data was read. */
  members: Set<string> | null;
  codeownersFile: string | null;
  committers: Record<string, string[]>;
  /** Every live endpoint (recorded or not) as one merged view, for "retired model still served". */
  endpoints: Array<{ name: string; view: LiveView }>;
}
