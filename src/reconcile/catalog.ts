/**
 * The finding-type catalog: what each finding type means, why it matters, what evidence it carries,
 * how to fix it, its default severity and the standards it maps to. Reconciliation, reports, SARIF
 * rules, issue templates and the docs all read this one table, so users see the same words everywhere.
 */
import { FINDING_TYPES } from '../model/finding.js';
import type { FindingType, Standards } from '../model/finding.js';
import type { Severity } from '../model/kinds.js';
import type { NistCsfId, OwaspNhiId } from './standards.js';

export interface CatalogEntry {
  type: FindingType;
  /** Short name, title case: "Retired but still active". */
  title: string;
  /** What the finding means, precisely enough to decide whether it applies. */
  description: string;
  /** Why it matters: the risk if left alone. */
  why: string;
  /** What evidence a finding of this type carries. */
  evidence: string;
  /** How to fix it. */
  fix: string;
  defaultSeverity: Severity;
  standards: Standards;
}

interface EntryText extends Omit<CatalogEntry, 'type' | 'standards'> {
  // Typed ids, so a typo in the table is a compile error rather than an unnamed id in a report.
  standards: { owaspNhi: OwaspNhiId[]; nistCsf: NistCsfId[] };
}

const ENTRIES: Record<FindingType, EntryText> = {
  'retired-but-active': {
    title: 'Retired but still active',
    description:
      'The record says this asset is retired or revoked, or deprecated past its sunset date, yet the live asset is still enabled and was used after that date (plus the grace period).',
    why: 'Retiring a record is a promise that the asset is gone. A live identity or endpoint that everyone believes is switched off has nobody watching it and no approval behind it: exactly the forgotten access attackers look for.',
    evidence:
      "The record's lifecycle and its `retiredAt` or `sunsetAt` date; the live asset's enabled state; the last activity or traffic after that date, with the source and collection time.",
    fix: 'Finish the retirement: disable or delete the live asset (revoke the key, delete the endpoint, disable the service account) and let the next snapshot confirm it. If the asset is still needed, make the record active again through a reviewed pull request, with a current owner and approval.',
    defaultSeverity: 'critical',
    standards: { owaspNhi: ['NHI1:2025', 'NHI7:2025'], nistCsf: ['ID.AM-08', 'PR.PS-02', 'PR.AA-01'] },
  },
  'unrecorded-asset': {
    title: 'Unrecorded (shadow) asset',
    description:
      'A live asset of a governed kind (model, model endpoint, service account, credential or agent) matches no governance record and no active suppression.',
    why: 'An asset nobody recorded has no declared owner, purpose, approval or monitoring. Shadow identities and agents are where access outlives its reason and where misuse goes unnoticed.',
    evidence:
      'The snapshot item: source, collection time, live id, the identifiers tried for matching, and creation and last-activity times where the source knows them.',
    fix: 'If the asset is legitimate, adopt it: add a manifest with an owner (blindspot proposes one in an adopt pull request). If the record exists but lacks this id, add the id to `spec.identifiers`. If nobody claims the asset, disable it, and delete it after a waiting period.',
    defaultSeverity: 'high',
    standards: { owaspNhi: ['NHI1:2025'], nistCsf: ['ID.AM-02', 'DE.CM-09', 'PR.AA-01'] },
  },
  'missing-asset': {
    title: 'Recorded asset not found live',
    description:
      'The record is active, a fresh and complete snapshot covering its kind was read, and no live asset matches any of its identifiers.',
    why: 'A record for something that no longer exists makes the inventory lie: coverage looks better than it is, and owners keep answering for an asset that is gone, or that now runs under an id nobody recorded.',
    evidence:
      "The record's identifiers, and the sources covering its kind with their collection time and completeness.",
    fix: 'If the asset was decommissioned, merge the proposed retirement pull request (it sets `lifecycle: retired` and `retiredAt`). If it still exists under another id, add that id to `spec.identifiers`. If the export does not reach the asset, widen the export scope.',
    defaultSeverity: 'medium',
    standards: { owaspNhi: [], nistCsf: ['ID.AM-02', 'ID.AM-08'] },
  },
  ownerless: {
    title: 'No owner',
    description:
      "No CODEOWNERS rule gives the record's manifest an owner, or only a catch-all rule does and the configuration does not count catch-alls as owners.",
    why: 'Without an accountable owner nobody reviews changes, answers for the asset in an incident, or decides when it should be retired. Ownerless machine identities are the main source of access that outlives its purpose.',
    evidence: 'The manifest path and how CODEOWNERS resolved it: the matching line and pattern, if any.',
    fix: 'Add a CODEOWNERS rule that names a team (preferred) or a user for the manifest; blindspot can propose it in a pull request. Keep `spec.owner`, if set, in step with it.',
    defaultSeverity: 'medium',
    standards: { owaspNhi: ['NHI1:2025'], nistCsf: ['GV.RR-02', 'PR.AA-01'] },
  },
  'owner-unresolvable': {
    title: 'Owner cannot be resolved',
    description:
      'An owner handle is malformed, or is not a member or team of the organisation according to the membership data provided.',
    why: 'An owner that does not exist, or has left, is no owner: notifications go nowhere and reviews cannot be requested. Leavers are the classic offboarding gap for machine identities.',
    evidence:
      'The handle, where it came from (CODEOWNERS line or `spec.owner`) and the membership source that failed to resolve it.',
    fix: 'Replace the handle with a current team or user in CODEOWNERS and in the manifest. If the owner left, hand the asset over before changing it: a departed owner does not prove the asset is unused.',
    defaultSeverity: 'medium',
    standards: { owaspNhi: ['NHI1:2025'], nistCsf: ['GV.RR-02', 'GV.RR-04'] },
  },
  'owner-conflict': {
    title: 'Conflicting owners',
    description:
      'The owner in `spec.owner`, the CODEOWNERS owners of the manifest, and the owner hints on the live asset (tags, labels) do not agree.',
    why: 'CODEOWNERS decides ownership, but conflicting claims mean people act on different answers: the wrong team is paged, or each team assumes the other one handles it.',
    evidence: 'Each claimed owner with its source: the manifest field, the CODEOWNERS line, the live tag.',
    fix: 'Decide who owns the asset, then make the sources agree: update CODEOWNERS or `spec.owner`, and correct the owner tag on the live asset.',
    defaultSeverity: 'low',
    standards: { owaspNhi: [], nistCsf: ['GV.RR-02'] },
  },
  unmonitored: {
    title: 'Not monitored',
    description:
      'The record has no monitoring evidence, or its evidence (`spec.monitoring`, or a matching monitor in a snapshot) is older than the policy allows.',
    why: 'Misuse of an unmonitored identity, endpoint or agent goes unseen until the damage is done. Monitoring evidence is what lets an owner claim the asset is watched.',
    evidence:
      'The `spec.monitoring` entries with their verification dates, the monitors found in snapshots, and the maximum age the policy allows.',
    fix: 'Add an alert or monitor for the asset, record it in `spec.monitoring` with the date it was verified, and verify it again before the policy age runs out.',
    defaultSeverity: 'medium',
    standards: { owaspNhi: [], nistCsf: ['DE.CM-09', 'DE.CM-03'] },
  },
  'stale-credential': {
    title: 'Stale credential',
    description:
      'An active credential or service account has not been used for longer than the policy allows (90 days by default), or was never used after its grace period.',
    why: 'Unused access serves nobody, yet a leaked copy still works. Stale credentials are the cheapest risk to remove.',
    evidence: 'The creation time, the last-used time and the source that reported it, and the policy threshold.',
    fix: 'Disable the credential, wait to see whether anything breaks, then delete it and retire its record. If it is needed but rarely used, keep it and prefer short-lived credentials issued on demand.',
    defaultSeverity: 'medium',
    standards: { owaspNhi: ['NHI1:2025', 'NHI7:2025'], nistCsf: ['PR.AA-01'] },
  },
  'rotation-overdue': {
    title: 'Rotation overdue',
    description:
      'The credential is older than the rotation policy allows (90 days by default), or is past the expiry its record declares while still active.',
    why: 'Long-lived secrets collect copies in laptops, logs and CI caches; the longer a key lives, the more likely it has leaked somewhere.',
    evidence: 'The creation, last-rotation and expiry times, and the rotation period the policy sets.',
    fix: 'Rotate: issue a new key, roll it out to every consumer, revoke the old one, and update `rotatedAt` in the record. Better still, replace the static key with short-lived or federated credentials (OIDC).',
    defaultSeverity: 'medium',
    standards: { owaspNhi: ['NHI7:2025'], nistCsf: ['PR.AA-01'] },
  },
  'permission-drift': {
    title: 'Permission drift',
    description: 'The live permissions or data access of the asset exceed the approved set in `spec.approval`.',
    why: 'Privileges granted outside review are how least privilege erodes, and an over-privileged identity turns a small leak into a large breach.',
    evidence: 'The approved permissions, the live permissions, and the grants that exceed the approval.',
    fix: 'Remove the extra grants. If they are genuinely needed, extend `spec.approval.permissions` through a reviewed pull request so the approval matches reality.',
    defaultSeverity: 'high',
    standards: { owaspNhi: ['NHI5:2025'], nistCsf: ['PR.AA-05'] },
  },
  'toolset-drift': {
    title: 'Agent toolset drift',
    description: "The live tools, MCP servers or data sources of an agent differ from those in its approval.",
    why: "An agent's tools define what it can do on someone else's behalf. A tool or data source added after review is a capability nobody approved; a missing one can mean an older, unreviewed configuration is running.",
    evidence: 'The approved and live tools, MCP servers and data sources, with the items added and removed.',
    fix: 'Roll the agent back to its approved configuration, or update `spec.approval` (`tools`, `mcpServers`, `dataSources`) through a reviewed pull request.',
    defaultSeverity: 'high',
    standards: { owaspNhi: ['NHI5:2025', 'NHI3:2025'], nistCsf: ['PR.AA-05', 'PR.PS-01', 'DE.CM-09'] },
  },
  'version-drift': {
    title: 'Model version drift',
    description: 'The endpoint serves a model or model version other than the one its record approves in `spec.expected`.',
    why: 'An unapproved model in production has skipped evaluation and sign-off, and the record no longer describes what users actually get.',
    evidence: 'The expected model and version, the live model and version, and the endpoint that serves them.',
    fix: "Redeploy the approved version, or approve the new one by updating `spec.expected` (and the model's record) in a reviewed pull request.",
    defaultSeverity: 'high',
    standards: { owaspNhi: [], nistCsf: ['PR.PS-01', 'ID.AM-08'] },
  },
  'approval-expired': {
    title: 'Approval expired',
    description: "The record's approval is past `spec.approval.expiresAt` while the asset is still live.",
    why: 'An approval is a time-boxed decision. Once it lapses, nobody has confirmed that the asset is still needed or still scoped correctly.',
    evidence: 'The approval reference and expiry date, and the live evidence that the asset still runs.',
    fix: 'Review the asset again and renew the approval with a new `ref` and `expiresAt`, or retire the asset.',
    defaultSeverity: 'high',
    standards: { owaspNhi: ['NHI1:2025'], nistCsf: ['PR.AA-05', 'ID.AM-08'] },
  },
  'secret-in-code': {
    title: 'Secret in code',
    description: 'Key material of a credential was found in a repository or pipeline file by a secret scanner.',
    why: 'A secret in a file can be read by everyone with access to the repository, its forks, clones and history. Treat it as compromised.',
    evidence:
      'The scanner, the file and line of the hit, the scanner rule that matched, and a keyed fingerprint of the secret (never the secret itself).',
    fix: 'Revoke and rotate the credential first: deleting the line does not un-leak it. Then remove it from the file (and from history where policy requires) and load it from a secret store instead.',
    defaultSeverity: 'critical',
    standards: { owaspNhi: ['NHI2:2025'], nistCsf: ['PR.AA-01', 'PR.DS-01'] },
  },
  'ambiguous-match': {
    title: 'Ambiguous match',
    description:
      'One live asset matches several records, or one record matches several live assets, so records and live assets cannot be joined reliably.',
    why: 'No other check on these assets can be trusted until each live asset maps to exactly one record, and duplicates hide which owner answers for what.',
    evidence: 'The identifiers that matched, and every record and live asset involved.',
    fix: 'Make identifiers unique: remove the shared id from all but one record, or split the record so that each live asset has its own.',
    defaultSeverity: 'medium',
    standards: { owaspNhi: [], nistCsf: ['ID.AM-02'] },
  },
  unverifiable: {
    title: 'Unverifiable record',
    description:
      "No fresh, complete snapshot covers this record's kind, so its live state could not be checked. An unverifiable record is never reported as clean.",
    why: 'A missing, stale, failed or truncated export looks exactly like a clean one unless it is called out. Partial visibility must not read as compliance.',
    evidence: 'The sources for the kind, with their status (stale, incomplete or failed) and collection times.',
    fix: 'Add or repair the discovery export for this kind, make sure it is complete (no truncated pages), and run it often enough to stay within the snapshot age policy.',
    defaultSeverity: 'low',
    standards: { owaspNhi: [], nistCsf: ['DE.CM-09', 'ID.AM-02'] },
  },
  'suppression-expired': {
    title: 'Suppression expired or unused',
    description: 'A suppression is past its expiry date, or matches no finding.',
    why: 'Exceptions must be temporary and visible. An expired suppression is a risk acceptance that lapsed without a new decision; one that matches nothing is dead configuration that may later hide an unrelated finding.',
    evidence: 'Where the suppression is written, its reason, owner and expiry, and how many findings it matched.',
    fix: 'Delete the suppression, or renew it with a new expiry and reason after reviewing the finding again.',
    defaultSeverity: 'low',
    standards: { owaspNhi: [], nistCsf: ['ID.RA-07'] },
  },
};

/** Every finding type, in FINDING_TYPES order (the order SARIF rules and docs list them in). */
export const FINDING_CATALOG: readonly CatalogEntry[] = FINDING_TYPES.map((type) => catalogEntryFresh(type));

const BY_TYPE = new Map<FindingType, CatalogEntry>(FINDING_CATALOG.map((e) => [e.type, e]));

function catalogEntryFresh(type: FindingType): CatalogEntry {
  const e = ENTRIES[type];
  return {
    type,
    title: e.title,
    description: e.description,
    why: e.why,
    evidence: e.evidence,
    fix: e.fix,
    defaultSeverity: e.defaultSeverity,
    standards: { owaspNhi: [...e.standards.owaspNhi], nistCsf: [...e.standards.nistCsf] },
  };
}

/** The catalog entry for a finding type. */
export function catalogEntry(type: FindingType): CatalogEntry {
  const entry = BY_TYPE.get(type);
  // FINDING_TYPES and ENTRIES are both keyed by FindingType, so this only fires on a corrupt cast.
  if (!entry) throw new Error(`unknown finding type: ${String(type)}`);
  return entry;
}

/** A copy of the standards a finding type maps to, safe for the caller to mutate. */
export function standardsFor(type: FindingType): Standards {
  const s = catalogEntry(type).standards;
  return { owaspNhi: [...s.owaspNhi], nistCsf: [...s.nistCsf] };
}

export function defaultSeverity(type: FindingType): Severity {
  return catalogEntry(type).defaultSeverity;
}
