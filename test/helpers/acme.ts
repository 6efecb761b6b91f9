/** The acme example reconciled at its story time: real findings for tests of later stages. */
import { resolve } from 'node:path';
import { runPipeline, type PipelineRun } from '../../src/pipeline.js';
import { FsTextSource } from '../../src/util/reader.js';
import { ROOT } from './cli.js';

export const ACME = resolve(ROOT, 'examples/acme');
/** The time the example's stories are told at. */
export const ACME_NOW = Date.parse('2026-11-28T12:00:00Z');

let cached: PipelineRun | undefined;

export function acmeRun(): PipelineRun {
  cached ??= runPipeline(new FsTextSource(ACME), { now: ACME_NOW, env: {} });
  return cached;
}
