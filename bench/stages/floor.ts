/**
 * Stage `floor`: plain `JSON.parse` of the snapshot bytes, line by line — read in 1 MiB chunks,
 * decoded, split on newlines, each line parsed and dropped. Nothing a loader can skip, nothing
 * more: the floor the reconcile figure is compared with.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

export interface FloorResult {
  seconds: number;
  lines: number;
  bytes: number;
}

export function floorStage(root: string, files: readonly string[]): FloorResult {
  const buf = Buffer.allocUnsafe(1 << 20);
  let lines = 0;
  let bytes = 0;
  const t0 = performance.now();
  for (const f of files) {
    const fd = openSync(join(root, f), 'r');
    let rest = '';
    for (;;) {
      const got = readSync(fd, buf, 0, buf.length, null);
      if (got === 0) break;
      bytes += got;
      const text = rest + buf.toString('utf8', 0, got);
      let start = 0;
      for (;;) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) break;
        if (nl > start) {
          JSON.parse(text.slice(start, nl));
          lines++;
        }
        start = nl + 1;
      }
      rest = text.slice(start);
    }
    if (rest.trim()) {
      JSON.parse(rest);
      lines++;
    }
    closeSync(fd);
  }
  return { seconds: (performance.now() - t0) / 1000, lines, bytes };
}
