/**
 * The rules for secret values met in exports (scanner hits, MCP env and headers): a value is never
 * kept. It may become a keyed fingerprint, and the public key ids inside it may be kept, because
 * they are how a hit joins to IAM keys and Credential records.
 */
import { secretFingerprint } from '../util/hash.js';

// AWS access key ids (long-term AKIA, temporary ASIA). The look-behind keeps us from matching in
// the middle of a longer token; no look-ahead, since TruffleHog's RawV2 glues id and secret together.
const AWS_KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}/g;

/** The AWS access key ids inside a string, in order of appearance, without duplicates. */
export function awsKeyIds(...texts: Array<string | undefined>): string[] {
  const out: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const m of text.matchAll(AWS_KEY_ID)) if (!out.includes(m[0])) out.push(m[0]);
  }
  return out;
}

/**
 * True for values a scanner already masked: gitleaks `--redact` writes `REDACTED`, `--redact=N`
 * keeps a prefix and appends `...`. Fingerprinting them would make every masked hit look alike.
 */
export function isMaskedSecret(value: string): boolean {
  return value === 'REDACTED' || value.endsWith('...') || /^\*+$/.test(value);
}

/**
 * `hmac-sha256:<hex>` of the value when a key is configured and the value is a real, unmasked
 * secret; otherwise undefined (the value is simply dropped).
 */
export function fingerprintSecret(value: string | undefined, hmacKey: string | undefined): string | undefined {
  if (!hmacKey || !value || isMaskedSecret(value)) return undefined;
  return secretFingerprint(value, hmacKey);
}
