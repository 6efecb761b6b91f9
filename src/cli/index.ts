/** Entry point of dist/cli.js. Unexpected errors print one line (no stack) unless BLINDSPOT_DEBUG is set. */
import { isRecordWorker, serveRecordWorker, useRecordWorker } from '../parallel/record-worker.js';
import { main } from './main.js';

process.setSourceMapsEnabled?.(true);

// This bundle is also the worker that loads a large repository's records on the second core.
if (isRecordWorker()) serveRecordWorker();
else {
  useRecordWorker(new URL(import.meta.url));
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    interactive: Boolean(process.stderr.isTTY) && !process.env.CI,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const debug = Boolean(process.env.BLINDSPOT_DEBUG);
      process.stderr.write(`blindspot: internal error: ${err instanceof Error ? (debug ? err.stack : err.message) : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
