/**
 * Reconciliation: records + snapshots + CODEOWNERS → findings, coverage and attestations.
 * Pure and deterministic: "now" is an input, output is sorted, nothing reads the clock or disk.
 */
import { normalizeIdentifier } from '../model/identifiers.js';
import { compareFindings } from '../model/finding.js';
import type { GovernanceRecord } from '../model/record.js';
import { compareAttestations, type ReconcileResult, type SourceHealth } from '../model/result.js';
import { attestations, coverage } from './coverage.js';
import type { RecordState, RuleContext } from './context.js';
import { buildFinding, type Draft } from './findings.js';
import type { ReconcileInput, RecordOwnership } from './input.js';
import { linkAccessKeySlots } from './link.js';
import { matchSources, type SourcedAsset } from './match.js';
import { monitoringJob } from './monitoring-job.js';
import { ambiguousMatch } from './rules/ambiguity.js';
import { rotationOverdue, secretInCode, staleCredential } from './rules/credentials.js';
import { approvalExpired, permissionDrift, toolsetDrift, versionDrift } from './rules/drift.js';
import { missingAndUnverifiable, retiredButActive } from './rules/lifecycle.js';
import { monitoringOutcome, unmonitored } from './rules/monitoring.js';
import { ownerConflict, ownerless, ownerUnresolvable } from './rules/ownership.js';
import { unrecordedAssets } from './rules/unrecorded.js';
import { judgeSource, scopeResolver, type JudgedSource } from './sources.js';
import { applySuppressions } from './suppress.js';
import { mergeView, rankSources } from './view.js';

/** Every rule, in a fixed order. Each is a pure function of the context. */
export const RULES: ReadonlyArray<(ctx: RuleContext) => Draft[]> = [
  retiredButActive,
  missingAndUnverifiable,
  unrecordedAssets,
  ownerless,
  ownerUnresolvable,
  ownerConflict,
  unmonitored,
  staleCredential,
  rotationOverdue,
  secretInCode,
  permissionDrift,
  toolsetDrift,
  versionDrift,
  approvalExpired,
  ambiguousMatch,
];

/** The empty list most records have for secret evidence: shared, frozen, replaced on first push. */
const NONE_YET: SourcedAsset[] = Object.freeze([]) as unknown as SourcedAsset[];
const NO_ASSETS: SourcedAsset[] = Object.freeze([]) as unknown as SourcedAsset[];

/** Records' states by key (a map's `get`/`has`, without building one from 200,000 keys). */
type StatesByKey = RuleContext['byKey'];

/** Joins evidence-kind assets (scanner hits, CI secret references) to credential records. */
function joinCredentialEvidence(byKey: StatesByKey, input: ReconcileInput, evidence: SourcedAsset[], orphans: SourcedAsset[]): void {
  const secrets = evidence.filter((e) => e.asset.kind === 'SecretFinding' || e.asset.kind === 'SecretReference');
  if (secrets.length === 0) return; // nothing to join: skip indexing every credential
  // Only the ids the secrets carry are ever looked up: index credential records under those alone.
  const wanted = new Set<string>();
  for (const e of secrets) for (const id of e.ids) wanted.add(id);
  const credentialRecords = input.records.filter((r) => r.kind === 'Credential');
  // Credential records by normalised identifier (and secret fingerprint), as matching files them.
  const index = new Map<string, GovernanceRecord[]>();
  for (const r of credentialRecords) {
    const ids = new Set(r.identifiers.map(normalizeIdentifier));
    if (r.credential?.secretFingerprint) ids.add(r.credential.secretFingerprint);
    for (const id of ids) {
      if (!wanted.has(id)) continue;
      const list = index.get(id);
      if (!list) index.set(id, [r]);
      else if (!list.includes(r)) list.push(r);
    }
  }
  // Identifiers the matched live credentials carry (e.g. the key id behind a secret) reach records too.
  for (const r of credentialRecords) {
    for (const a of byKey.get(r.key)?.view.inventory ?? []) {
      for (const id of a.ids) if (wanted.has(id) && !index.has(id)) index.set(id, [r]);
    }
  }
  for (const e of secrets) {
    const hit = new Set<string>();
    for (const id of e.ids) for (const r of index.get(id) ?? []) hit.add(r.key);
    if (hit.size === 1) {
      const s = byKey.get([...hit][0])!;
      if (e.asset.kind === 'SecretFinding') (s.secretFindings === NONE_YET ? (s.secretFindings = []) : s.secretFindings).push(e);
      else (s.secretReferences === NONE_YET ? (s.secretReferences = []) : s.secretReferences).push(e);
    } else if (e.asset.kind === 'SecretFinding') orphans.push(e);
  }
}

export function reconcile(input: ReconcileInput): ReconcileResult {
  const { config, now } = input;
  const nowIso = new Date(now).toISOString();
  const maxAge = new Map(config.sources.map((s) => [s.name ?? s.path, s.maxAgeHours]));
  // Slots the credential report names by user and slot number, with the key id they hold (copies).
  const linked = linkAccessKeySlots(input.snapshots.map((s) => s.assets));
  const snapshots = linked.size === 0 ? input.snapshots : input.snapshots.map((s) => (s.assets.some((a) => linked.has(a)) ? { ...s, assets: s.assets.map((a) => linked.get(a) ?? a) } : s));
  const sources: JudgedSource[] = snapshots.map((snap) => judgeSource(snap, config.policy, now, maxAge.get(snap.source.name ?? '') ?? undefined));
  rankSources(sources);
  // Handed over first, so another thread works the monitoring out while this one matches.
  const offloaded = input.offload?.monitoring(monitoringJob(sources, config, now));

  // Wrapped as matching reads them: one pass over a million assets instead of two.
  const { match, assets: assetCount, firstOfKey: first } = matchSources(input.records, sources, input.recordIndex);

  // One state per record key, as a map keyed by record key would keep them: at the position of
  // the key's first record, holding its last record's state (keys repeat only in broken repos).
  const stateAt: Array<RecordState | undefined> = new Array(input.records.length);
  const scopeOf = scopeResolver(sources);
  // Records of one manifest share its ownership (read-only): resolve each path once.
  const owners = new Map<string, RecordOwnership>();
  // The record each state holds (the key's last), by the state's position: monitoring outcomes come by record.
  const recordAt = new Int32Array(input.records.length);
  for (let i = 0; i < input.records.length; i++) {
    recordAt[first.at[i]] = i;
    const record = input.records[i];
    const view = mergeView(match.byRecord[i] ?? NO_ASSETS);
    const file = record.location.file;
    let ownership = owners.get(file);
    if (ownership === undefined) owners.set(file, (ownership = input.ownership(file)));
    stateAt[first.at[i]] = {
      record,
      view,
      ownership,
      seenFresh: view.inventory.some((a) => a.source.trusted),
      secretFindings: NONE_YET,
      secretReferences: NONE_YET,
      monitoring: undefined,
    };
  }
  const states: RecordState[] = [];
  for (let i = 0; i < stateAt.length; i++) if (first.at[i] === i) states.push(stateAt[i]!);
  const byKey: StatesByKey = {
    get: (k) => {
      const p = first.byKey.get(k);
      return p === undefined ? undefined : stateAt[p];
    },
    has: (k) => first.byKey.has(k),
  };
  const orphanSecretFindings: SourcedAsset[] = [];
  joinCredentialEvidence(byKey, input, match.evidence, orphanSecretFindings);

  let members: Set<string> | null = null;
  for (const e of match.evidence) {
    if (e.asset.kind !== 'Member') continue;
    members ??= new Set();
    for (const id of e.asset.identifiers) if (id.startsWith('@')) members.add(id.toLowerCase());
  }

  const endpoints = [
    ...states.filter((s) => s.record.kind === 'ModelEndpoint' && s.view.assets.length > 0).map((s) => ({ name: s.record.name, view: s.view })),
    ...match.unrecorded.filter((g) => g.some((a) => a.asset.kind === 'ModelEndpoint')).map((g) => ({ name: g[0].asset.name ?? g[0].asset.id, view: mergeView(g) })),
  ];

  let byKind: Map<string, RecordState[]> | null = null;
  const ctx: RuleContext = {
    config,
    now,
    nowIso,
    states,
    statesOfKind(kind) {
      if (byKind === null) {
        byKind = new Map();
        for (const s of states) {
          const list = byKind.get(s.record.kind);
          if (list) list.push(s);
          else byKind.set(s.record.kind, [s]);
        }
      }
      return byKind.get(kind) ?? [];
    },
    byKey,
    sources,
    scopeOf,
    unrecorded: match.unrecorded,
    ambiguities: match.ambiguities,
    monitors: match.evidence.filter((e) => e.asset.kind === 'Monitor'),
    orphanSecretFindings,
    members,
    codeownersFile: input.codeownersFile,
    committers: input.committers ?? {},
    endpoints,
  };
  const outcomes = offloaded?.() ?? null;
  const fromOffload = outcomes !== null && outcomes.length === input.records.length;
  for (let p = 0; p < stateAt.length; p++) {
    if (first.at[p] !== p) continue;
    const s = stateAt[p]!;
    s.monitoring = fromOffload ? outcomes[recordAt[p]] : monitoringOutcome(s.record, ctx);
  }

  const drafts = RULES.flatMap((rule) => rule(ctx));
  // Findings name their manifest's owners: from the per-file cache every record filled above.
  const ownershipOf = (file: string) => owners.get(file) ?? input.ownership(file);
  const built = drafts.map((d) => buildFinding(d, config, ownershipOf));
  const { kept, suppressed, drafts: suppressionDrafts } = applySuppressions(built, config.suppressions, now);
  const findings = [...kept, ...suppressionDrafts.map((d) => buildFinding(d, config, ownershipOf))];

  // One finding per fingerprint: rules may reach the same conclusion twice.
  const unique = [...new Map(findings.map((f) => [f.fingerprint, f])).values()].sort(compareFindings);
  const failed: SourceHealth[] = (input.failedSources ?? []).map((f) => ({
    source: { type: 'unknown', name: f.name },
    files: f.files,
    collectedAt: null,
    collectedAtFrom: 'unknown',
    status: 'failed',
    detail: f.error,
    covers: [],
    assets: 0,
  }));
  return {
    now: nowIso,
    findings: unique,
    suppressed: suppressed.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1)),
    coverage: coverage(ctx, unique),
    sources: [...sources.map((j) => j.health), ...failed].sort((a, b) => ((a.source.name ?? a.source.type) < (b.source.name ?? b.source.type) ? -1 : 1)),
    // States follow the manifests, so this is nearly one pass.
    attestations: attestations(ctx).sort(compareAttestations),
    counts: { records: input.records.length, assets: assetCount },
  };
}

