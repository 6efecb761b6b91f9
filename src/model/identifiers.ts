/**
 * Identifier normalisation: the one rule records and live assets share, so an id written by hand
 * in a manifest meets the same id as an export spells it.
 */

const EMAIL_RE = /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/;

export function normalizeIdentifier(raw: string): string {
  // Most ids (ARNs, key ids, names) need none of the rules below: answer those without the
  // regular expressions, which a million-asset snapshot would run several million times.
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127 && raw.indexOf('@') < 0 && !raw.startsWith('system:') && !raw.startsWith('projects/') && !raw.startsWith('//')) {
    return raw;
  }
  let id = raw.trim();
  // Kubernetes service-account usernames → namespace/name.
  const k8s = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(id);
  if (k8s) return `${k8s[1]}/${k8s[2]}`;
  // GCP full resource names → the resource path.
  if (id.startsWith('//iam.googleapis.com/')) id = id.slice('//iam.googleapis.com/'.length);
  const gcpSa = /^projects\/[^/]+\/serviceAccounts\/([^/]+)$/.exec(id);
  if (gcpSa && EMAIL_RE.test(gcpSa[1])) return gcpSa[1].toLowerCase();
  // Emails and GitHub handles compare case-insensitively.
  if (EMAIL_RE.test(id)) return id.toLowerCase();
  if (/^@[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/.test(id)) return id.toLowerCase();
  return id;
}
