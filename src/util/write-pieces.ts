/**
 * Writes text that arrives in pieces straight to a file, so a report of hundreds of megabytes is
 * never joined into one string first. A regular file is written beside its destination and
 * renamed over it at the end, so a failure part-way leaves the previous file (or none), never a
 * truncated report; a device or pipe (`--out /dev/stdout`) is written directly.
 *
 * The write of one piece runs on libuv's thread pool while the next piece is made, so on a large
 * report the kernel's copy overlaps rendering instead of following it. At most one write is in
 * flight: memory stays at two pieces.
 */
import { rmSync, statSync } from 'node:fs';
import { open, rename, type FileHandle } from 'node:fs/promises';

export async function writePieces(path: string, pieces: Iterable<string>): Promise<number> {
  const direct = isSpecial(path);
  const target = direct ? path : `${path}.${process.pid}.tmp`;
  const handle = await open(target, 'w');
  let bytes = 0;
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for (const piece of pieces) {
      const data = Buffer.from(piece, 'utf8');
      await inFlight;
      inFlight = writeAll(handle, data);
      // A rejection is awaited on the next piece or after the loop; never left unhandled meanwhile.
      inFlight.catch(() => undefined);
      bytes += data.length;
    }
    await inFlight;
  } catch (error) {
    await inFlight.catch(() => undefined);
    await handle.close();
    if (!direct) rmSync(target, { force: true });
    throw error;
  }
  await handle.close();
  if (!direct) await rename(target, path);
  return bytes;
}

/** Writes all of `data`, continuing after a short write (pipes and some devices take part of it). */
export async function writeAll(handle: Pick<FileHandle, 'write'>, data: Buffer): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await handle.write(data, done, data.length - done);
    // A destination that takes nothing would loop forever.
    if (bytesWritten <= 0) throw new Error(`the write stopped after ${done} of ${data.length} bytes`);
    done += bytesWritten;
  }
}

function isSpecial(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false; // absent: created as a regular file
  }
}
