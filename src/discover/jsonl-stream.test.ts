import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LiveAsset } from '../model/snapshot.js';
import { InputError } from '../util/errors.js';
import type { SnapshotHeader } from './adapters/native.js';
import { isSnapshotJsonl, SnapshotJsonlReader, snapshotJsonlLines } from './jsonl-stream.js';

const dir = mkdtempSync(join(tmpdir(), 'blindspot-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER: SnapshotHeader = {
  blindspot: 'snapshot/v1',
  source: { type: 'sagemaker', name: 'prod' },
  collectedAt: '2024-06-04T06:00:00.000Z',
  complete: true,
  covers: ['ModelEndpoint'],
};

function asset(i: number): LiveAsset {
  return {
    kind: 'ModelEndpoint',
    id: `endpoint-${i}`,
    identifiers: [`endpoint-${i}`, `arn:aws:sagemaker:us-east-1:123456789012:endpoint/endpoint-${i}`],
    // Multi-byte characters, so chunk boundaries fall inside them.
    name: `modèle-${i}-🚀`,
    active: i % 2 === 0,
    lastActivityAt: i % 3 === 0 ? null : '2024-06-03T00:00:00.000Z',
    attributes: { variants: ['AllTraffic'], weight: i / 10 },
  };
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function readAll(path: string, chunkBytes?: number): Promise<{ header: SnapshotHeader; assets: LiveAsset[] }> {
  const reader = await SnapshotJsonlReader.open(path, { chunkBytes, displayName: 'snap.jsonl' });
  const assets: LiveAsset[] = [];
  for await (const a of reader) assets.push(a);
  return { header: reader.header, assets };
}

async function failure(path: string, chunkBytes = 64): Promise<InputError> {
  try {
    await readAll(path, chunkBytes);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('SnapshotJsonlReader', () => {
  const assets = Array.from({ length: 500 }, (_, i) => asset(i));
  const text = [...snapshotJsonlLines(HEADER, assets)].join('');

  it('round-trips what snapshotJsonlLines writes, whatever the chunk size', async () => {
    const path = write('round.jsonl', text);
    for (const chunk of [17, 64, 4096, undefined]) {
      const got = await readAll(path, chunk);
      expect(got.header).toEqual(HEADER);
      expect(got.assets).toEqual(assets);
    }
  });

  it('batches() yields every asset once, in order', async () => {
    const reader = await SnapshotJsonlReader.open(write('batches.jsonl', text), { chunkBytes: 1000 });
    const ids: string[] = [];
    let batches = 0;
    for await (const batch of reader.batches()) {
      batches++;
      for (const a of batch) ids.push(a.id);
    }
    expect(ids).toEqual(assets.map((a) => a.id));
    expect(batches).toBeGreaterThan(1);
  });

  it('accepts a BOM, CRLF line ends, blank lines and a last line without a newline', async () => {
    const lines = text.trimEnd().split('\n');
    const messy = '\uFEFF' + lines.slice(0, 3).join('\r\n') + '\r\n\r\n   \n' + lines.slice(3).join('\n');
    const got = await readAll(write('messy.jsonl', messy), 33);
    expect(got.assets.map((a) => a.id)).toEqual(assets.map((a) => a.id));
  });

  it('normalises asset timestamps like the native adapter', async () => {
    const line = JSON.stringify({ kind: 'Credential', id: 'k', identifiers: ['k'], lastUsedAt: '2024-06-03T09:00:00+02:00' });
    const got = await readAll(write('ts.jsonl', `${JSON.stringify(HEADER)}\n${line}\n`));
    expect(got.assets[0].lastUsedAt).toBe('2024-06-03T07:00:00.000Z');
  });

  it('names the file, line and column of invalid JSON', async () => {
    const lines = text.split('\n');
    lines[41] = '{"kind":"ModelEndpoint","id":"x",,}';
    const e = await failure(write('badjson.jsonl', lines.join('\n')));
    expect(e).toMatchObject({ file: 'snap.jsonl', line: 42, column: 34 });
    expect(e.message).toMatch(/^invalid JSON: /);
  });

  it('names the line of an asset that breaks the schema', async () => {
    const lines = text.split('\n');
    lines[99] = JSON.stringify({ ...asset(98), secret: 'nope' });
    const e = await failure(write('badasset.jsonl', lines.join('\n')));
    expect(e).toMatchObject({ file: 'snap.jsonl', line: 100, message: 'unknown asset field "secret"' });
  });

  it('rejects a file without the header line, and an empty file', async () => {
    const noHeader = await failure(write('noheader.jsonl', text.split('\n').slice(1).join('\n')));
    expect(noHeader).toMatchObject({ line: 1, message: expect.stringContaining('must be the header') });
    expect(await failure(write('empty.jsonl', '\n\n'))).toMatchObject({ message: expect.stringContaining('empty file') });
    await expect(SnapshotJsonlReader.open(join(dir, 'missing.jsonl'))).rejects.toThrow(InputError);
  });

  it('stops early without reading the rest (the consumer may break)', async () => {
    const reader = await SnapshotJsonlReader.open(write('early.jsonl', text), { chunkBytes: 256 });
    let n = 0;
    for await (const a of reader) {
      expect(a.kind).toBe('ModelEndpoint');
      if (++n === 3) break;
    }
    expect(n).toBe(3);
  });

  it('skips validation when asked (trusted files, fastest path)', async () => {
    const lines = text.split('\n');
    lines[5] = JSON.stringify({ ...asset(4), extra: true });
    const path = write('novalidate.jsonl', lines.join('\n'));
    expect(await failure(path)).toMatchObject({ line: 6 });
    const reader = await SnapshotJsonlReader.open(path, { validate: false });
    const all: LiveAsset[] = [];
    for await (const a of reader) all.push(a);
    expect(all).toHaveLength(500);
  });

  it('refuses invalid UTF-8 with the file and line, and keeps characters split across chunks whole', async () => {
    // Every chunk boundary falls somewhere else inside the multi-byte names: the text must survive.
    for (const size of [29, 97]) expect((await readAll(write(`split-${size}.jsonl`, text), size)).assets).toEqual(assets);
    const bytes = Buffer.from(text.split('\n').slice(0, 4).join('\n') + '\n');
    const broken = Buffer.concat([bytes, Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x0a])]);
    const path = join(dir, 'badutf8.jsonl');
    writeFileSync(path, broken);
    expect(await failure(path, 1 << 20)).toMatchObject({ file: 'snap.jsonl', message: 'not valid UTF-8 text' });
  });

  it('labels asset errors, and records each asset\'s line when asked (for its evidence)', async () => {
    const lines = text.split('\n');
    lines[2] = JSON.stringify({ ...asset(1), extra: true });
    const path = write('labelled.jsonl', lines.join('\n'));
    await expect(readAll(path)).rejects.toMatchObject({ line: 3, message: 'unknown asset field "extra"' });
    const reader = await SnapshotJsonlReader.open(path, { labelRecords: true });
    await expect((async () => { for await (const a of reader) void a; })()).rejects.toMatchObject({ line: 3, message: 'asset on line 3: unknown asset field "extra"' });
    // Blank lines (and a CRLF) move the assets' lines: each asset keeps its own.
    const spaced = text.split('\n').flatMap((l, i) => (i === 3 ? ['', l + '\r'] : [l])).join('\n');
    const withLines = await SnapshotJsonlReader.open(write('evidence.jsonl', spaced), { recordLines: true, chunkBytes: 100 });
    const got: LiveAsset[] = [];
    for await (const a of withLines) got.push(a);
    const at = withLines.lines();
    expect(at).toHaveLength(500);
    expect([at[0], at[1], at[2], at[499]]).toEqual([2, 3, 5, 502]);
    expect(got.every((a) => a.evidence === undefined)).toBe(true);
  });

  it('tells a JSONL snapshot by its first line, never by its name', () => {
    expect(isSnapshotJsonl(write('any-name.txt', text))).toBe(true);
    expect(isSnapshotJsonl(write('blank-first.data', `\n\n${text}`))).toBe(true);
    expect(isSnapshotJsonl(write('not.jsonl', JSON.stringify({ source: { type: 'x' }, assets: [] })))).toBe(false);
    expect(isSnapshotJsonl(write('pretty.jsonl', JSON.stringify(HEADER, null, 2)))).toBe(false);
    expect(isSnapshotJsonl(write('long-header.jsonl', JSON.stringify({ ...HEADER, files: Array.from({ length: 8000 }, (_, i) => `f${i}.json`) }) + '\n'))).toBe(true);
    expect(isSnapshotJsonl(join(dir, 'missing.jsonl'))).toBe(false);
  });

  it('reads the first line across reads, after a BOM and blank lines, up to 1 MiB', () => {
    const header = JSON.stringify(HEADER);
    // A header line longer than one 64 KiB read, with a two-byte character split by the boundary.
    const splitAt = (pad: number) => Buffer.from(JSON.stringify({ ...HEADER, incompleteReason: 'a'.repeat(pad) + 'é'.repeat(40_000) }));
    const split = splitAt((64 * 1024 - 1 - splitAt(0).indexOf(0xc3)) % 2);
    expect(split[64 * 1024 - 1]).toBe(0xc3);
    expect(isSnapshotJsonl(write('split-header.jsonl', `${split.toString()}\n${JSON.stringify(asset(0))}\n`))).toBe(true);
    expect(isSnapshotJsonl(write('header-only.jsonl', header))).toBe(true);
    expect(isSnapshotJsonl(write('bom.jsonl', `\ufeff \r\n\t\n${header}\r\n`))).toBe(true);
    expect(isSnapshotJsonl(write('two-boms.jsonl', `\ufeff\ufeff${header}\n`))).toBe(false);
    expect(isSnapshotJsonl(write('unicode-blank.jsonl', `\u00a0\u3000\n${header}\n`))).toBe(true);
    expect(isSnapshotJsonl(write('unicode-lead.jsonl', `\u00a0${header}\n`))).toBe(false);
    expect(isSnapshotJsonl(write('blank.jsonl', ' \n\n\t'))).toBe(false);
    expect(isSnapshotJsonl(write('empty.jsonl', ''))).toBe(false);
    // A first line that does not end within 1 MiB is not a header, even a valid one.
    const huge = JSON.stringify({ ...HEADER, incompleteReason: 'x'.repeat(1 << 20) });
    expect(isSnapshotJsonl(write('huge-header.jsonl', `${huge}\n`))).toBe(false);
  });

  it('rules out a large single-line file that is not JSONL by its first character', () => {
    const line = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => ({ id: `asset-${i}` })));
    expect(line.length).toBeGreaterThan(1 << 20);
    expect(isSnapshotJsonl(write('array.json', line))).toBe(false);
    expect(isSnapshotJsonl(write('indented-array.json', `  \n\t${line}`))).toBe(false);
    expect(isSnapshotJsonl(write('single-line-object.json', JSON.stringify({ source: { type: 'x' }, assets: JSON.parse(line) as unknown[] })))).toBe(false);
  });
});
