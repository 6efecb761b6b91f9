/**
 * Hidden markers that tie a GitHub issue or PR to what blindspot tracks. The marker is written in
 * the same request that creates the item, so it cannot be lost the way a follow-up label can, and
 * it is parsed strictly so text from data can never pass for one (data is neutralised too).
 *
 *   <!-- blindspot:v1 kind=finding fp=<64 hex> h=<16 hex> src=<base64url> closed=bot -->
 *   <!-- blindspot:v1 kind=dashboard -->
 *   <!-- blindspot:v1 kind=proposal id=<branch> h=<16 hex> fps=<base64url> -->
 */
import { sha256Hex } from '../util/hash.js';

export type MarkerKind = 'finding' | 'dashboard' | 'proposal';

export interface Marker {
  kind: MarkerKind;
  /** finding: its fingerprint. */
  fp?: string;
  /** Hash of the rendered content this marker was written with (change detection). */
  h?: string;
  /** finding: labels of the snapshot sources whose data proved it (freshness gate for closing). */
  sources?: string[];
  /** finding: set when blindspot itself closed the issue (only those are ever reopened). */
  closedByBot?: boolean;
  /** proposal: the branch. */
  id?: string;
  /** proposal: the fingerprints it addresses. */
  fps?: string[];
}

const MARKER_RE = /^<!-- blindspot:v1 ((?:[a-z]+=[A-Za-z0-9_./:=-]*(?: |(?= -->)))+) -->$/m;

function b64(list: string[]): string {
  return Buffer.from(JSON.stringify(list), 'utf8').toString('base64url');
}

function unb64(v: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(v, 'base64url').toString('utf8'));
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function contentHash(text: string): string {
  return sha256Hex(text).slice(0, 16);
}

export function formatMarker(m: Marker): string {
  const parts = [`kind=${m.kind}`];
  if (m.fp) parts.push(`fp=${m.fp}`);
  if (m.id) parts.push(`id=${m.id}`);
  if (m.h) parts.push(`h=${m.h}`);
  if (m.sources?.length) parts.push(`src=${b64(m.sources)}`);
  if (m.fps?.length) parts.push(`fps=${b64(m.fps)}`);
  if (m.closedByBot) parts.push('closed=bot');
  return `<!-- blindspot:v1 ${parts.join(' ')} -->`;
}

/** The marker on the first line of a body, or null. Anything malformed is not a marker. */
export function parseMarker(body: string | null | undefined): Marker | null {
  if (!body) return null;
  const first = body.split('\n', 1)[0].replace(/\r$/, '');
  const m = MARKER_RE.exec(first);
  if (!m) return null;
  const fields = new Map<string, string>();
  for (const part of m[1].trim().split(' ')) {
    const eq = part.indexOf('=');
    fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const kind = fields.get('kind');
  if (kind !== 'finding' && kind !== 'dashboard' && kind !== 'proposal') return null;
  const out: Marker = { kind };
  const fp = fields.get('fp');
  if (fp !== undefined) {
    if (!/^[0-9a-f]{64}$/.test(fp)) return null;
    out.fp = fp;
  }
  const h = fields.get('h');
  if (h !== undefined && /^[0-9a-f]{16}$/.test(h)) out.h = h;
  const src = fields.get('src');
  if (src !== undefined) out.sources = unb64(src);
  const fps = fields.get('fps');
  if (fps !== undefined) out.fps = unb64(fps);
  const id = fields.get('id');
  if (id !== undefined) out.id = id;
  if (fields.get('closed') === 'bot') out.closedByBot = true;
  if (kind === 'finding' && !out.fp) return null;
  return out;
}

/** Replaces the marker line of a body (or puts one on top). */
export function withMarker(body: string, marker: Marker): string {
  const rest = parseMarker(body) ? body.slice(body.indexOf('\n') + 1) : body;
  return `${formatMarker(marker)}\n${rest}`;
}
