import { describe, expect, it } from 'vitest';
import { FINDING_TYPES } from '../model/finding.js';
import type { FindingType } from '../model/finding.js';
import type { Severity } from '../model/kinds.js';
import { FINDING_CATALOG, catalogEntry, defaultSeverity, standardsFor } from './catalog.js';
import { NIST_CSF_2, OWASP_NHI_2025, isNistCsfId, isOwaspNhiId, lookupStandard, standardLabel } from './standards.js';

const EXPECTED_SEVERITY: Record<FindingType, Severity> = {
  'retired-but-active': 'critical',
  'secret-in-code': 'critical',
  'permission-drift': 'high',
  'toolset-drift': 'high',
  'unrecorded-asset': 'high',
  'version-drift': 'high',
  'approval-expired': 'high',
  ownerless: 'medium',
  'owner-unresolvable': 'medium',
  unmonitored: 'medium',
  'stale-credential': 'medium',
  'rotation-overdue': 'medium',
  'missing-asset': 'medium',
  'ambiguous-match': 'medium',
  'owner-conflict': 'low',
  unverifiable: 'low',
  'suppression-expired': 'low',
};

describe('finding catalog', () => {
  it('has one entry per finding type, in FINDING_TYPES order', () => {
    expect(FINDING_CATALOG.map((e) => e.type)).toEqual([...FINDING_TYPES]);
  });

  it('uses the agreed default severities', () => {
    for (const type of FINDING_TYPES) expect(defaultSeverity(type), type).toBe(EXPECTED_SEVERITY[type]);
  });

  it('writes every text field as prose: non-empty, capitalised, ending with a full stop', () => {
    for (const e of FINDING_CATALOG) {
      expect(e.title.length, e.type).toBeGreaterThan(2);
      expect(e.title, e.type).not.toMatch(/\.$/);
      for (const field of ['description', 'why', 'evidence', 'fix'] as const) {
        expect(e[field], `${e.type}.${field}`).toMatch(/^[A-Z`].*[.)]$/s);
        expect(e[field].length, `${e.type}.${field}`).toBeGreaterThan(40);
      }
    }
  });

  it('gives every type distinct titles', () => {
    expect(new Set(FINDING_CATALOG.map((e) => e.title)).size).toBe(FINDING_CATALOG.length);
  });

  it('maps every type to at least one NIST CSF id, and only to ids the standards tables name', () => {
    for (const e of FINDING_CATALOG) {
      expect(e.standards.nistCsf.length, e.type).toBeGreaterThan(0);
      for (const id of e.standards.owaspNhi) expect(isOwaspNhiId(id), id).toBe(true);
      for (const id of e.standards.nistCsf) expect(isNistCsfId(id), id).toBe(true);
    }
  });

  it('maps the NHI-specific types to their OWASP risks', () => {
    expect(catalogEntry('secret-in-code').standards.owaspNhi).toContain('NHI2:2025');
    expect(catalogEntry('retired-but-active').standards.owaspNhi).toContain('NHI1:2025');
    expect(catalogEntry('permission-drift').standards.owaspNhi).toEqual(['NHI5:2025']);
    expect(catalogEntry('rotation-overdue').standards.owaspNhi).toEqual(['NHI7:2025']);
    expect(catalogEntry('suppression-expired').standards.nistCsf).toEqual(['ID.RA-07']);
  });

  it('hands out copies of the standards lists', () => {
    const copy = standardsFor('ownerless');
    copy.nistCsf.push('XX');
    expect(catalogEntry('ownerless').standards.nistCsf).not.toContain('XX');
  });
});

describe('standards tables', () => {
  it('names all ten OWASP NHI 2025 risks', () => {
    expect(Object.keys(OWASP_NHI_2025)).toEqual(Array.from({ length: 10 }, (_, i) => `NHI${i + 1}:2025`));
    expect(lookupStandard('NHI1:2025')?.name).toBe('Improper Offboarding');
    expect(lookupStandard('NHI10:2025')?.name).toBe('Human Use of NHI');
  });

  it('spells NIST CSF ids as Function.Category-NN', () => {
    for (const id of Object.keys(NIST_CSF_2)) expect(id).toMatch(/^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$/);
    expect(standardLabel('PR.AA-01')).toBe('PR.AA-01 Identity and credential management');
  });

  it('returns an unknown id unchanged', () => {
    expect(lookupStandard('NHI11:2025')).toBeUndefined();
    expect(lookupStandard('toString')).toBeUndefined();
    expect(standardLabel('XX.YY-99')).toBe('XX.YY-99');
  });
});
