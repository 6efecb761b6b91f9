/** Repo-relative paths for report locations and links. */
import { isAbsolute, relative } from 'node:path';

/**
 * A clean repo-relative path with forward slashes, or null when the path cannot be one: absolute
 * (outside `root`, when a root is given), a URL, or climbing out with `..`. GitHub rejects SARIF
 * results located outside the repository, and a blob link to such a path would be a dead link.
 */
export function toRepoRelative(path: string, root?: string): string | null {
  let p = path.replace(/\\/g, '/');
  if (root !== undefined && isAbsolute(path)) {
    const rel = relative(root, path).replace(/\\/g, '/');
    if (rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel)) return null;
    p = rel;
  }
  while (p.startsWith('./')) p = p.slice(2);
  if (p === '' || p.startsWith('/') || /^[A-Za-z]:/.test(p) || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(p)) return null;
  const segments = p.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.includes('..')) return null;
  return segments.join('/');
}

/**
 * Percent-encodes one path segment. Beyond encodeURIComponent, `( ) ! ' *` are encoded too:
 * a `)` would end a Markdown link destination.
 */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Percent-encodes each segment of a repo-relative path, so spaces, `#`, `?` and `:` cannot break a URI. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeSegment).join('/');
}
