import { createHash, createHmac } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Keyed fingerprint of a secret value: `hmac-sha256:<hex>`. The key never comes from the repo. */
export function secretFingerprint(secret: string, key: string): string {
  return 'hmac-sha256:' + createHmac('sha256', key).update(secret, 'utf8').digest('hex');
}
