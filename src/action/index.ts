/** Entry point of dist/index.js. */
import { isRecordWorker, serveRecordWorker, useRecordWorker } from '../parallel/record-worker.js';
import { run } from './main.js';

process.setSourceMapsEnabled?.(true);

// This bundle is also the worker that loads a large repository's records on the second core.
if (isRecordWorker()) serveRecordWorker();
else {
  useRecordWorker(new URL(import.meta.url));
  void run();
}
