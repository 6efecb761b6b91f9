/**
 * Reconciliation: records + snapshots + CODEOWNERS → findings, coverage and attestations.
 * Pure and deterministic: "now" is an input, output is sorted, nothing reads the clock or disk.
 */
import { normalizeIdentifier } from '../model/identifiers.js';
import type { Finding } from '../model/finding.js';
import { severityRank } from '../model/kinds.js';
import type { ReconcileResult, SourceHealth } from '../model/result.js';
import { attestations, coverage } from './coverage.js';
import type { RecordState, RuleContext } from './context.js';
import { buildFinding, type Draft } from './findings.js';
import type { ReconcileInput } from './input.js';
import { linkAccessKeySlots } from './link.js';
import { indexRecords, matchAssets, wrap, type SourcedAsset } from './match.js';
import { ambiguousMatch } from './rules/ambiguity.js';
import { rotationOverdue, secretInCode, staleCredential } from './rules/credentials.js';
import { approvalExpired, permissionDrift, toolsetDrift, versionDrift } from './rules/drift.js';
import { missingAndUnverifiable, retiredButActive } from './rules/lifecycle.js';
import { monitoringOutcome, unmonitored } from './rules/monitoring.js';
import { ownerConflict, ownerless, ownerUnresolvable } from './rules/ownership.js';
import { unrecordedAssets } from './rules/unrecorded.js';
import { judgeSource, sourcesInScope, type JudgedSource } from './sources.js';
import { applySuppressions } from './suppress.js';
import { mergeView } from './view.js';

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

export function compareFindings(a: Finding, b: Finding): number {
  return severityRank(a.severity) - severityRank(b.severity) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
}

/** Joins evidence-kind assets (scanner hits, CI secret references) to credential records. */
function joinCredentialEvidence(states: Map<string, RecordState>, input: ReconcileInput, evidence: SourcedAsset[], orphans: SourcedAsset[]): void {
  const credentialRecords = input.records.filter((r) => r.kind === 'Credential');
  const index = indexRecords(credentialRecords);
  // Identifiers the matched live credentials carry (e.g. the key id behind a secret) reach records too.
  for (const r of credentialRecords) {
    for (const a of states.get(r.key)?.view.inventory ?? []) {
      for (const id of a.ids) {
        const k = 'Credential\u0000' + id;
        if (!index.has(k)) index.set(k, [r]);
      }
    }
  }
  for (const e of evidence) {
    if (e.asset.kind !== 'SecretFinding' && e.asset.kind !== 'SecretReference') continue;
    const hit = new Set<string>();
    for (const id of e.ids) for (const r of index.get('Credential\u0000' + id) ?? []) hit.add(r.key);
    if (hit.size === 1) {
      const s = states.get([...hit][0])!;
      (e.asset.kind === 'SecretFinding' ? s.secretFindings : s.secretReferences).push(e);
    } else if (e.asset.kind === 'SecretFinding') orphans.push(e);
  }
}

export function reconcile(input: ReconcileInput): ReconcileResult {
  const { config, now } = input;
  const nowIso = new Date(now).toISOString();
  const maxAge = new Map(config.sources.map((s) => [s.name ?? s.path, s.maxAgeHours]));
  const sources: JudgedSource[] = input.snapshots.map((snap) => judgeSource(snap, config.policy, now, maxAge.get(snap.source.name ?? '') ?? undefined));

  linkAccessKeySlots(input.snapshots.flatMap((s) => s.assets));
  const wrapped: SourcedAsset[] = [];
  for (const j of sources) for (const a of j.snapshot.assets) wrapped.push(wrap(a, j));
  const match = matchAssets(input.records, wrapped);

  const states = new Map<string, RecordState>();
  for (const record of input.records) {
    const view = mergeView(match.views.get(record.key) ?? []);
    const scope = sourcesInScope(record, sources);
    states.set(record.key, {
      record,
      view,
      ownership: input.ownership(record.location.file),
      scope,
      verifiable: scope.some((j) => j.trusted),
      seenFresh: view.inventory.some((a) => a.source.trusted),
      secretFindings: [],
      secretReferences: [],
    });
  }
  const orphanSecretFindings: SourcedAsset[] = [];
  joinCredentialEvidence(states, input, match.evidence, orphanSecretFindings);

  let members: Set<string> | null = null;
  for (const e of match.evidence) {
    if (e.asset.kind !== 'Member') continue;
    members ??= new Set();
    for (const id of e.asset.identifiers) if (id.startsWith('@')) members.add(id.toLowerCase());
  }

  const endpoints = [
    ...[...states.values()].filter((s) => s.record.kind === 'ModelEndpoint' && s.view.assets.length > 0).map((s) => ({ name: s.record.name, view: s.view })),
    ...match.unrecorded.filter((g) => g.some((a) => a.asset.kind === 'ModelEndpoint')).map((g) => ({ name: g[0].asset.name ?? g[0].asset.id, view: mergeView(g) })),
  ];

  const ctx: RuleContext = {
    config,
    now,
    nowIso,
    states: [...states.values()],
    byKey: states,
    sources,
    unrecorded: match.unrecorded,
    ambiguities: match.ambiguities,
    monitors: match.evidence.filter((e) => e.asset.kind === 'Monitor'),
    orphanSecretFindings,
    members,
    codeownersFile: input.codeownersFile,
    committers: input.committers ?? {},
    endpoints,
    monitoring: new Map(),
  };
  for (const s of ctx.states) ctx.monitoring.set(s.record.key, monitoringOutcome(s, ctx));

  const drafts = RULES.flatMap((rule) => rule(ctx));
  const built = drafts.map((d) => buildFinding(d, config, input.ownership));
  const { kept, suppressed, drafts: suppressionDrafts } = applySuppressions(built, config.suppressions, now);
  const findings = [...kept, ...suppressionDrafts.map((d) => buildFinding(d, config, input.ownership))];

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
    attestations: attestations(ctx).sort((a, b) => (a.record < b.record ? -1 : 1)),
    counts: { records: input.records.length, assets: wrapped.length },
  };
}

export { normalizeIdentifier };
