/**
 * Writes text that arrives in pieces straight to a file, one write per piece, so a report of
 * hundreds of megabytes is never joined into one string first. A regular file is written beside
 * its destination and renamed over it at the end, so a failure part-way leaves the previous file
 * (or none), never a truncated report; a device or pipe (`--out /dev/stdout`) is written directly.
 */
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';

export function writePieces(path: string, pieces: Iterable<string>): number {
  const direct = isSpecial(path);
  const target = direct ? path : `${path}.${process.pid}.tmp`;
  const fd = openSync(target, 'w');
  let bytes = 0;
  try {
    for (const piece of pieces) bytes += writeSync(fd, piece);
  } catch (error) {
    closeSync(fd);
    if (!direct) rmSync(target, { force: true });
    throw error;
  }
  closeSync(fd);
  if (!direct) renameSync(target, path);
  return bytes;
}

function isSpecial(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false; // absent: created as a regular file
  }
}
