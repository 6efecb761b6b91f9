import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline, runPipelineAsync } from './pipeline.js';
import { FsTextSource } from './util/reader.js';

const ACME = join(import.meta.dirname, '../examples/acme');
const NOW = Date.parse('2026-11-28T12:00:00Z');

describe('runPipelineAsync', () => {
  it('gives what runPipeline gives when no snapshot needs streaming', async () => {
    const source = new FsTextSource(ACME);
    const sync = runPipeline(source, { now: NOW, env: {} });
    const streamed = await runPipelineAsync(source, { now: NOW, env: {} });
    expect(streamed.result).toEqual(sync.result);
    expect(streamed.blocking).toEqual(sync.blocking);
    expect(streamed.result!.findings.length).toBeGreaterThan(10);
  });
});
