/**
 * The external standards findings map to, with the names reports print next to the ids.
 *
 * - OWASP Non-Human Identities Top 10, 2025 edition. Ids use OWASP's own `NHI<n>:<year>` form, so a
 *   later edition can never silently change what an id means.
 * - NIST Cybersecurity Framework 2.0 (CSWP 29) subcategories, e.g. `PR.AA-01`.
 */

export interface StandardEntry {
  /** The id as findings carry it: `NHI1:2025`, `PR.AA-01`. */
  id: string;
  /** Short name: `Improper Offboarding`, `Identity and credential management`. */
  name: string;
  /** One-sentence summary (paraphrased for OWASP, the outcome statement for NIST). */
  text: string;
}

export const OWASP_NHI_URL = 'https://owasp.org/www-project-non-human-identities-top-10/2025/top-10-2025/';
export const NIST_CSF_URL = 'https://nvlpubs.nist.gov/nistpubs/CSWP/NIST.CSWP.29.pdf';

export const OWASP_NHI_2025 = {
  'NHI1:2025': {
    name: 'Improper Offboarding',
    text: 'Service accounts, keys and other machine identities left active after they are no longer needed or after their owner leaves.',
  },
  'NHI2:2025': {
    name: 'Secret Leakage',
    text: 'Secrets exposed in source code, configuration files, logs or chat.',
  },
  'NHI3:2025': {
    name: 'Vulnerable Third-Party NHI',
    text: 'Credentials held by third-party tools, IDE extensions or SaaS integrations that can be compromised.',
  },
  'NHI4:2025': {
    name: 'Insecure Authentication',
    text: 'Deprecated or weak authentication mechanisms for machine identities.',
  },
  'NHI5:2025': {
    name: 'Overprivileged NHI',
    text: 'Machine identities holding far more permissions than their function needs.',
  },
  'NHI6:2025': {
    name: 'Insecure Cloud Deployment Configurations',
    text: 'CI/CD pipelines using static credentials or weakly constrained OIDC trust.',
  },
  'NHI7:2025': {
    name: 'Long-Lived Secrets',
    text: 'Secrets with no expiry, or an expiry far in the future.',
  },
  'NHI8:2025': {
    name: 'Environment Isolation',
    text: 'The same machine identity used across development, test and production.',
  },
  'NHI9:2025': {
    name: 'NHI Reuse',
    text: 'One machine identity shared across several applications or services.',
  },
  'NHI10:2025': {
    name: 'Human Use of NHI',
    text: 'People doing manual work through machine identities.',
  },
} as const satisfies Record<string, { name: string; text: string }>;
export type OwaspNhiId = keyof typeof OWASP_NHI_2025;

export const NIST_CSF_2 = {
  'GV.PO-01': {
    name: 'Cybersecurity policy',
    text: 'Policy for managing cybersecurity risks is established based on organizational context, cybersecurity strategy, and priorities and is communicated and enforced.',
  },
  'GV.RR-02': {
    name: 'Roles and responsibilities',
    text: 'Roles, responsibilities, and authorities related to cybersecurity risk management are established, communicated, understood, and enforced.',
  },
  'GV.RR-04': {
    name: 'Cybersecurity in HR practices',
    text: 'Cybersecurity is included in human resources practices.',
  },
  'ID.AM-02': {
    name: 'Software and service inventory',
    text: 'Inventories of software, services, and systems managed by the organization are maintained.',
  },
  'ID.AM-08': {
    name: 'Life-cycle management',
    text: 'Systems, hardware, software, services, and data are managed throughout their life cycles.',
  },
  'ID.RA-07': {
    name: 'Changes and exceptions',
    text: 'Changes and exceptions are managed, assessed for risk impact, recorded, and tracked.',
  },
  'PR.AA-01': {
    name: 'Identity and credential management',
    text: 'Identities and credentials for authorized users, services, and hardware are managed by the organization.',
  },
  'PR.AA-05': {
    name: 'Least-privilege access',
    text: 'Access permissions, entitlements, and authorizations are defined in a policy, managed, enforced, and reviewed, and incorporate the principles of least privilege and separation of duties.',
  },
  'PR.DS-01': {
    name: 'Data-at-rest protection',
    text: 'The confidentiality, integrity, and availability of data-at-rest are protected.',
  },
  'PR.PS-01': {
    name: 'Configuration management',
    text: 'Configuration management practices are established and applied.',
  },
  'PR.PS-02': {
    name: 'Software maintenance and removal',
    text: 'Software is maintained, replaced, and removed commensurate with risk.',
  },
  'DE.CM-03': {
    name: 'Activity and usage monitoring',
    text: 'Personnel activity and technology usage are monitored to find potentially adverse events.',
  },
  'DE.CM-09': {
    name: 'Runtime and software monitoring',
    text: 'Computing hardware and software, runtime environments, and their data are monitored to find potentially adverse events.',
  },
} as const satisfies Record<string, { name: string; text: string }>;
export type NistCsfId = keyof typeof NIST_CSF_2;

export function isOwaspNhiId(id: string): id is OwaspNhiId {
  return Object.hasOwn(OWASP_NHI_2025, id);
}

export function isNistCsfId(id: string): id is NistCsfId {
  return Object.hasOwn(NIST_CSF_2, id);
}

/** The entry for an OWASP NHI or NIST CSF id, or undefined for an id neither table knows. */
export function lookupStandard(id: string): StandardEntry | undefined {
  if (isOwaspNhiId(id)) return { id, ...OWASP_NHI_2025[id] };
  if (isNistCsfId(id)) return { id, ...NIST_CSF_2[id] };
  return undefined;
}

/** `NHI1:2025 Improper Offboarding`; an unknown id is returned as it is. */
export function standardLabel(id: string): string {
  const entry = lookupStandard(id);
  return entry ? `${entry.id} ${entry.name}` : id;
}
