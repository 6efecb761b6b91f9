import type { FindingType } from './finding.js';
import type { RecordKind, Severity } from './kinds.js';
import type { SourceLocation } from './location.js';

export interface SourceConfig {
  path: string;
  format?: string;
  name?: string;
  scope?: string;
  collectedAt?: string;
  maxAgeHours?: number;
  server?: string;
  /** Identifier patterns the source is authoritative for (overrides the adapter's own). */
  claims?: string[];
}

export interface Policy {
  staleAfterDays: number;
  rotationDays: number;
  newCredentialGraceDays: number;
  retiredGraceDays: number;
  snapshotMaxAgeHours: number;
  monitoringMaxAgeDays: number;
  monitoringRequiredFor: RecordKind[];
  retireStaleCredentials: boolean;
  maxRetireShare: number;
}

export interface Suppression {
  fingerprint?: string;
  match?: { type?: string; kind?: RecordKind; name?: string };
  reason: string;
  /** ISO timestamp. */
  expires: string;
  owner?: string;
  location: SourceLocation;
}

export interface Config {
  /** Repo-relative path of the config file, or null when defaults are in use. */
  file: string | null;
  manifests: string[];
  sources: SourceConfig[];
  policy: Policy;
  severity: Partial<Record<FindingType, Severity>>;
  suppressions: Suppression[];
  ownership: { catchAllCountsAsOwner: boolean; fallbackOwner?: string };
  github: { label: string; dashboardTitle: string; groupProposals: boolean; assignOwners: boolean };
  limits: { maxFileBytes: number };
  secrets: { hmacKeyEnv: string };
}

export const DEFAULT_POLICY: Policy = {
  staleAfterDays: 90,
  rotationDays: 90,
  newCredentialGraceDays: 7,
  retiredGraceDays: 1,
  snapshotMaxAgeHours: 48,
  monitoringMaxAgeDays: 30,
  monitoringRequiredFor: ['ModelEndpoint', 'ServiceAccount', 'Agent'],
  retireStaleCredentials: false,
  maxRetireShare: 0.2,
};

export function defaultConfig(): Config {
  return {
    file: null,
    manifests: ['governance/**/*.yaml', 'governance/**/*.yml'],
    sources: [],
    policy: { ...DEFAULT_POLICY, monitoringRequiredFor: [...DEFAULT_POLICY.monitoringRequiredFor] },
    severity: {},
    suppressions: [],
    ownership: { catchAllCountsAsOwner: false },
    github: { label: 'blindspot', dashboardTitle: 'blindspot dashboard', groupProposals: false, assignOwners: true },
    limits: { maxFileBytes: 5 * 1024 * 1024 },
    secrets: { hmacKeyEnv: 'BLINDSPOT_HMAC_KEY' },
  };
}
