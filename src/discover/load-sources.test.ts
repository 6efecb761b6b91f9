import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../model/config.js';
import { assetEvidence, withStreamedEvidence, type LiveAsset } from '../model/snapshot.js';
import { FsTextSource } from '../util/reader.js';
import type { SnapshotHeader } from './adapters/native.js';
import { snapshotJsonlLines } from './jsonl-stream.js';
import { loadSources, loadSourcesAsync, type LoadedSources } from './load-sources.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'blindspot-sources-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const HEADER: SnapshotHeader = {
  blindspot: 'snapshot/v1',
  source: { type: 'aws-iam', name: 'prod' },
  collectedAt: '2026-11-28T06:00:00.000Z',
  complete: true,
  covers: ['ServiceAccount'],
  claims: ['arn:aws:iam::111111111111:*'],
};

function asset(i: number): LiveAsset {
  const arn = `arn:aws:iam::111111111111:user/svc-${i}`;
  return { kind: 'ServiceAccount', id: arn, identifiers: [arn, `svc-${i}`], active: i % 2 === 0, lastUsedAt: '2026-11-27T10:00:00+00:00', attributes: { note: 'x'.repeat(40) } };
}

function jsonl(n: number): string {
  return [...snapshotJsonlLines(HEADER, Array.from({ length: n }, (_, i) => asset(i)))].join('');
}

function config(sources: Config['sources'], maxFileBytes = 5 * 1024 * 1024): Config {
  const c = defaultConfig();
  c.sources = sources;
  c.limits.maxFileBytes = maxFileBytes;
  return c;
}

/** Streamed sources with each asset given the evidence object its line stands for, as the text path gives them. */
function whole(loaded: LoadedSources): LoadedSources {
  return { ...loaded, snapshots: loaded.snapshots.map(withStreamedEvidence) };
}

describe('loadSourcesAsync', () => {
  it('reads native JSONL exactly as the text path does', async () => {
    const dir = repo({ 'live/iam.jsonl': jsonl(50), 'aws/keys.json': JSON.stringify({ AccessKeyMetadata: [{ UserName: 'svc-1', AccessKeyId: 'AKIA0000000000000001', Status: 'Active', CreateDate: '2026-01-01T00:00:00Z' }], IsTruncated: false }) });
    const src = new FsTextSource(dir);
    const cfg = config([{ path: 'live/iam.jsonl', name: 'iam' }, { path: 'aws/keys.json', name: 'keys', collectedAt: '2026-11-28T06:00:00.000Z' }]);
    const text = loadSources(src, src.list(), cfg);
    const streamed = await loadSourcesAsync(src, src.list(), cfg);
    // The same, once each streamed asset is given the evidence object its lines stand for.
    expect(whole(streamed)).toEqual(text);
    expect(assetEvidence(streamed.snapshots[0], streamed.snapshots[0].assets[3], 3)).toEqual({ file: 'live/iam.jsonl', index: 3, line: 5 });
    expect(streamed.snapshots[0].assets[3].evidence).toBeUndefined();
    expect(streamed.snapshots[0].assets[0].lastUsedAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('gives the assets of each streamed file of a source their own file, index and line', async () => {
    const dir = repo({ 'live/a.jsonl': jsonl(30), 'live/b.jsonl': jsonl(20).replace('\n', '\n\n') });
    const src = new FsTextSource(dir);
    const cfg = config([{ path: 'live/*.jsonl', name: 'iam' }]);
    const streamed = await loadSourcesAsync(src, src.list(), cfg);
    expect(whole(streamed)).toEqual(loadSources(src, src.list(), cfg));
    const [snap] = streamed.snapshots;
    expect(snap.assets).toHaveLength(50);
    // The second file's first asset follows a blank line after its header.
    expect(assetEvidence(snap, snap.assets[30], 30)).toEqual({ file: 'live/b.jsonl', index: 0, line: 3 });
    expect(assetEvidence(snap, snap.assets[29], 29)).toEqual({ file: 'live/a.jsonl', index: 29, line: 31 });
  });

  it('streams a native JSONL snapshot over the size cap, which still applies to other files', async () => {
    const big = jsonl(400);
    const dir = repo({ 'live/iam.data': big, 'live/copy.json': JSON.stringify({ ...HEADER, blindspot: undefined, files: [], collectedAtFrom: 'data', assets: [asset(1)] }).padEnd(big.length, ' ') });
    const src = new FsTextSource(dir);
    const cap = Math.floor(big.length / 2);
    const cfg = config([{ path: 'live/iam.data', name: 'iam' }, { path: 'live/copy.json', name: 'copy' }], cap);
    const streamed = await loadSourcesAsync(src, src.list(), cfg);
    // Detected by its header line, not by its name.
    expect(streamed.snapshots.map((s) => [s.source.name, s.assets.length])).toEqual([['iam', 400]]);
    expect(streamed.failed).toEqual([{ name: 'copy', files: ['live/copy.json'], error: expect.stringContaining('limits.maxFileBytes') }]);
    const text = loadSources(src, src.list(), cfg);
    expect(text.failed.map((f) => f.name)).toEqual(['iam', 'copy']);
  });

  it('reads a forced format as text, cap included', async () => {
    const big = jsonl(400);
    const dir = repo({ 'live/iam.jsonl': big });
    const src = new FsTextSource(dir);
    const streamed = await loadSourcesAsync(src, src.list(), config([{ path: 'live/iam.jsonl', name: 'iam', format: 'gitleaks' }], 1000));
    expect(streamed.failed[0].error).toContain('limits.maxFileBytes');
  });

  it('names the file and line of a bad asset, as the text path does', async () => {
    const lines = jsonl(5).split('\n');
    lines[3] = JSON.stringify({ ...asset(2), secret: 'x' });
    const dir = repo({ 'live/iam.jsonl': lines.join('\n') });
    const src = new FsTextSource(dir);
    const cfg = config([{ path: 'live/iam.jsonl', name: 'iam' }]);
    const streamed = await loadSourcesAsync(src, src.list(), cfg);
    const text = loadSources(src, src.list(), cfg);
    expect(streamed.failed).toEqual(text.failed);
    expect(streamed.failed[0].error).toContain('asset on line 4: unknown asset field "secret"');
  });

  it('streams extra snapshot files given outside the repository', async () => {
    const dir = repo({ 'iam.jsonl': jsonl(20) });
    const empty = new FsTextSource(repo({}));
    const streamed = await loadSourcesAsync(empty, [], config([]), { extra: ['iam.jsonl'], cwd: dir });
    const text = loadSources(empty, [], config([]), { extra: ['iam.jsonl'], cwd: dir });
    expect(whole(streamed)).toEqual(text);
    expect(streamed.snapshots[0].assets).toHaveLength(20);
    const missing = await loadSourcesAsync(empty, [], config([]), { extra: ['nope.jsonl'], cwd: dir });
    expect(missing.failed).toEqual([{ name: 'nope.jsonl', files: ['nope.jsonl'], error: expect.stringContaining('file not found') }]);
  });

  it('expands extra globs from cwd (or absolute), not from the repository, like a literal path', async () => {
    const work = repo({ 'exports/a.jsonl': jsonl(3), 'exports/b.jsonl': jsonl(4), 'exports/notes.txt': 'not a snapshot' });
    // The repository holds a file of the same name: a glob must not read it from there.
    const gov = repo({ 'exports/a.jsonl': 'not even JSON' });
    const src = new FsTextSource(gov);
    for (const spec of ['exports/*.jsonl', join(work, 'exports/*.jsonl')]) {
      const streamed = await loadSourcesAsync(src, src.list(), config([]), { extra: [spec], cwd: work });
      const text = loadSources(src, src.list(), config([]), { extra: [spec], cwd: work });
      expect(whole(streamed)).toEqual(text);
      expect(streamed.failed).toEqual([]);
      expect(streamed.snapshots.map((x) => x.assets.length)).toEqual([7]);
    }
    const none = await loadSourcesAsync(src, src.list(), config([]), { extra: ['exports/*.yaml'], cwd: work });
    expect(none.failed).toEqual([{ name: 'exports/*.yaml', files: ['exports/*.yaml'], error: `exports/*.yaml: no file matches (globs are expanded from ${work})` }]);
  });
});
