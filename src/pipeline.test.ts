import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRepo } from '../bench/generate/repo.js';
import { NOW_MS } from '../bench/generate/world.js';
import { tempDir } from '../test/helpers/tmp.js';
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

  it('cites a streamed JSONL asset by file and line exactly as the text path does', async () => {
    const root = tempDir('blindspot-pipeline-');
    generateRepo(root, 7, { records: 1_200, assets: 5_000, rules: 40, paths: 0 });
    const source = new FsTextSource(root);
    const text = runPipeline(source, { now: NOW_MS, env: {} });
    const streamed = await runPipelineAsync(source, { now: NOW_MS, env: {} });
    expect(streamed.result).toEqual(text.result);
    // Findings that cite assets of the streamed files, by line (the evidence the stream keeps as lines).
    const cited = streamed.result!.findings.filter((f) => f.asset?.file?.endsWith('.jsonl') && f.asset.line !== undefined);
    expect(cited.length).toBeGreaterThan(20);
  });
});
