import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secretFingerprint } from '../util/hash.js';
import { awsKeyIds, fingerprintSecret, isMaskedSecret } from './secrets.js';

const keyIdArb = fc
  .tuple(fc.constantFrom('AKIA', 'ASIA'), fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.split('')), minLength: 16, maxLength: 16 }))
  .map(([p, s]) => p + s);

describe('awsKeyIds', () => {
  it('finds long-term and temporary key ids in free text, once each', () => {
    expect(awsKeyIds('aws_access_key_id = AKIAQ3EGRTWLZJ7XK5NM # again AKIAQ3EGRTWLZJ7XK5NM, ASIAY4KPZ7QWERTNM2XB')).toEqual([
      'AKIAQ3EGRTWLZJ7XK5NM',
      'ASIAY4KPZ7QWERTNM2XB',
    ]);
  });

  it("reads the id at the start of TruffleHog's RawV2, where the secret follows without a separator", () => {
    expect(awsKeyIds('AKIAZ5TQW3RMXN2KLP7Dk7Hn2Qx9Lm4Vb8Rt1Yc6Wz3Pd5Fs0Gj2Ea8Uo')).toEqual(['AKIAZ5TQW3RMXN2KLP7D']);
  });

  it('ignores AKIA inside a longer token and too-short ids', () => {
    expect(awsKeyIds('xAKIAQ3EGRTWLZJ7XK5NM', 'AKIAQ3EGRT', undefined, '')).toEqual([]);
  });

  it('finds any embedded key id (property)', () => {
    fc.assert(
      fc.property(fc.string(), keyIdArb, fc.string(), (before, id, after) => {
        const text = `${before} ${id}${after.replace(/^[A-Z0-9]/, ' ')}`;
        expect(awsKeyIds(text)).toContain(id);
      }),
    );
  });
});

describe('fingerprintSecret', () => {
  it('is the keyed HMAC from util/hash when a key is set', () => {
    expect(fingerprintSecret('s3cr3t-value', 'k')).toBe(secretFingerprint('s3cr3t-value', 'k'));
    expect(fingerprintSecret('s3cr3t-value', 'k')).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
  });

  it('drops the value without a key, and never fingerprints masked values', () => {
    expect(fingerprintSecret('s3cr3t-value', undefined)).toBeUndefined();
    expect(fingerprintSecret('', 'k')).toBeUndefined();
    for (const masked of ['REDACTED', 'q9Xv2LmT...', '********']) {
      expect(isMaskedSecret(masked)).toBe(true);
      expect(fingerprintSecret(masked, 'k')).toBeUndefined();
    }
  });

  it('never contains the secret itself (property)', () => {
    // Secrets that could not appear in `hmac-sha256:<hex>` by chance alone.
    const secretArb = fc.string({ minLength: 4 }).filter((s) => /[^0-9a-f:hmcs-]/.test(s));
    fc.assert(
      fc.property(secretArb, fc.string({ minLength: 1 }), (secret, key) => {
        expect(fingerprintSecret(secret, key) ?? '').not.toContain(secret);
      }),
    );
  });
});
