/**
 * Streams a large native JSONL snapshot (header line, then one LiveAsset per line) in bounded
 * memory: the file is read in chunks, split on `\n` with `indexOf`, and each line goes through
 * `JSON.parse` and the asset check of `adapters/native.ts`. Only one chunk and one batch of
 * assets are held at a time. Errors are InputErrors naming the file, line and column.
 *
 *   const reader = await SnapshotJsonlReader.open('snapshot.jsonl');
 *   reader.header;                              // the snapshot/v1 header
 *   for await (const batch of reader.batches()) // LiveAsset[] per chunk (fastest)
 *   for await (const asset of reader)           // or one at a time
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, openSync, readSync, type ReadStream } from 'node:fs';
import type { LiveAsset } from '../model/snapshot.js';
import { InputError } from '../util/errors.js';
import { jsonErrorOffset } from '../util/json-docs.js';
import { readAsset, readHeader, SNAPSHOT_MARK, type SnapshotHeader } from './adapters/native.js';

export interface JsonlReadOptions {
  /** Name used in errors (the path as the user gave it). Defaults to the path. */
  displayName?: string;
  /** Read size in bytes. Default 1 MiB. */
  chunkBytes?: number;
  /** Check every asset against the snapshot schema (default true). */
  validate?: boolean;
  /** Start asset errors with `asset on line N: `, as the native adapter does for JSONL text. */
  labelRecords?: boolean;
  /**
   * Keep the line of every asset read (`lines()`), from which a snapshot gives assets without
   * evidence of their own `{ file, index, line }`, as the native adapter does for text.
   */
  recordLines?: boolean;
}

/** Where the last complete UTF-8 sequence of `bytes` ends: a character split by the chunk boundary waits for the next chunk. */
function completeUpTo(bytes: Buffer): number {
  let i = bytes.length - 1;
  // Up to three continuation bytes (10xxxxxx) may end the chunk; find their lead byte.
  let back = 0;
  while (i >= 0 && back < 3 && (bytes[i] & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i < 0) return bytes.length;
  const lead = bytes[i];
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - i >= need ? bytes.length : i;
}

/**
 * The file's text in chunks, strictly decoded: invalid UTF-8 is an error, not U+FFFD. Each chunk
 * is validated (`isUtf8`, fast) and then decoded, keeping a character split across chunks whole.
 */
async function* decoded(stream: ReadStream, file: string, lineOf: () => number): AsyncGenerator<string> {
  let carry: Buffer | null = null;
  const decode = (bytes: Buffer): string => {
    if (!isUtf8(bytes)) throw new InputError('not valid UTF-8 text', { file, line: lineOf() });
    return bytes.toString('utf8');
  };
  for await (const chunk of stream) {
    const bytes: Buffer = carry ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const cut = completeUpTo(bytes);
    carry = cut < bytes.length ? bytes.subarray(cut) : null;
    const text = decode(cut < bytes.length ? bytes.subarray(0, cut) : bytes);
    if (text) yield text;
  }
  if (carry) yield decode(carry);
}

export class SnapshotJsonlReader implements AsyncIterable<LiveAsset> {
  private pending = '';
  private lineNo = 0;
  private consumed = false;
  private headerValue: SnapshotHeader | undefined;
  private chunks!: AsyncIterator<string>;
  /** Assets read so far. */
  private count = 0;
  /** The line of each asset read, when recorded (grown by doubling). */
  private lineOf: Int32Array | null;

  private constructor(
    private readonly stream: ReadStream,
    private readonly file: string,
    private readonly validate: boolean,
    private readonly labelRecords: boolean,
    recordLines: boolean,
  ) {
    this.lineOf = recordLines ? new Int32Array(1024) : null;
  }

  /** Opens the file and reads the header line; rejects with an InputError if it is not one. */
  static async open(path: string, options: JsonlReadOptions = {}): Promise<SnapshotJsonlReader> {
    const stream = createReadStream(path, { highWaterMark: options.chunkBytes ?? 1 << 20 });
    const reader = new SnapshotJsonlReader(stream, options.displayName ?? path, options.validate ?? true, options.labelRecords ?? false, options.recordLines ?? false);
    reader.chunks = decoded(stream, reader.file, () => reader.lineNo + 1);
    try {
      await reader.readHeader();
    } catch (e) {
      reader.close();
      if (e instanceof InputError) throw e;
      throw new InputError(`cannot read: ${(e as Error).message}`, { file: reader.file });
    }
    return reader;
  }

  get header(): SnapshotHeader {
    return this.headerValue!;
  }

  /** The line of each asset read so far, in order (empty unless `recordLines`). */
  lines(): Int32Array {
    return this.lineOf === null ? new Int32Array(0) : this.lineOf.slice(0, this.count);
  }

  /** Releases the file before the end (the iterators also close it when they finish or throw). */
  close(): void {
    this.stream.destroy();
  }

  private async readHeader(): Promise<void> {
    for (;;) {
      const nl = this.pending.indexOf('\n');
      if (nl >= 0 || this.consumed) {
        const end = nl >= 0 ? nl : this.pending.length;
        let line = this.pending.slice(0, end);
        this.pending = nl >= 0 ? this.pending.slice(nl + 1) : '';
        this.lineNo++;
        if (this.lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
        if (line.trim() === '') {
          if (this.consumed && this.pending === '') {
            throw new InputError('empty file: expected a snapshot/v1 header line', { file: this.file, line: 1 });
          }
          continue;
        }
        const where = { file: this.file, line: this.lineNo };
        this.headerValue = readHeader(this.parseLine(line), where);
        return;
      }
      const next = await this.chunks.next();
      if (next.done) this.consumed = true;
      else this.pending += next.value;
    }
  }

  private parseLine(line: string): unknown {
    try {
      return JSON.parse(line);
    } catch {
      const { offset, reason } = jsonErrorOffset(line);
      throw new InputError(`invalid JSON: ${reason || 'malformed value'}`, {
        file: this.file,
        line: this.lineNo,
        column: Math.max(offset, 0) + 1,
      });
    }
  }

  /** Parses every complete line in `text` from `start`; returns the assets and where the rest begins. */
  private drain(text: string, out: LiveAsset[]): number {
    let start = 0;
    const validate = this.validate;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) return start;
      this.lineNo++;
      // Strip a CR of CRLF files; skip blank lines.
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (end > start) this.pushLine(text.slice(start, end), out, validate);
      start = nl + 1;
    }
  }

  private pushLine(line: string, out: LiveAsset[], validate: boolean): void {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (line.trim() === '') return;
      value = this.parseLine(line); // throws the located error
    }
    let asset: LiveAsset;
    if (!validate) asset = value as LiveAsset;
    else if (!this.labelRecords) asset = readAsset(value, { file: this.file, line: this.lineNo });
    else {
      try {
        asset = readAsset(value, { file: this.file, line: this.lineNo });
      } catch (e) {
        // Only on failure: check again with the label, which throws the labelled error.
        if (!(e instanceof InputError)) throw e;
        asset = readAsset(value, { file: this.file, line: this.lineNo, record: `asset on line ${this.lineNo}` });
      }
    }
    if (this.lineOf !== null) {
      if (this.count === this.lineOf.length) {
        const grown = new Int32Array(this.lineOf.length * 2);
        grown.set(this.lineOf);
        this.lineOf = grown;
      }
      this.lineOf[this.count] = this.lineNo;
    }
    this.count++;
    out.push(asset);
  }

  /** The assets, one array per chunk read. */
  async *batches(): AsyncGenerator<LiveAsset[]> {
    try {
      // What the header read left over first.
      let batch: LiveAsset[] = [];
      let rest = this.drain(this.pending, batch);
      this.pending = this.pending.slice(rest);
      if (batch.length) yield batch;
      while (!this.consumed) {
        const next = await this.chunks.next();
        if (next.done) {
          this.consumed = true;
          break;
        }
        const text = this.pending.length ? this.pending + next.value : next.value;
        batch = [];
        rest = this.drain(text, batch);
        this.pending = rest < text.length ? text.slice(rest) : '';
        if (batch.length) yield batch;
      }
      // A last line without a newline.
      if (this.pending.length) {
        batch = [];
        this.lineNo++;
        const line = this.pending.charCodeAt(this.pending.length - 1) === 13 ? this.pending.slice(0, -1) : this.pending;
        this.pending = '';
        this.pushLine(line, batch, this.validate);
        if (batch.length) yield batch;
      }
    } finally {
      this.close();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<LiveAsset> {
    for await (const batch of this.batches()) {
      for (let i = 0; i < batch.length; i++) yield batch[i];
    }
  }
}

/** How far into a file to look for the end of its first line. */
const MAX_HEADER_BYTES = 1 << 20;

/** Bytes read at a time while looking for the first line. */
const HEADER_READ_BYTES = 64 * 1024;

/** ASCII whitespace (tab, LF, VT, FF, CR, space): skipped before the first line's `{`. */
function isAsciiSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

/**
 * Whether a file is a native JSONL snapshot: its first non-blank line is a JSON object with
 * `"blindspot": "snapshot/v1"`. Decided by content, never by name; reads at most 1 MiB, and
 * stops at the first non-blank character when that is not `{`.
 */
export function isSnapshotJsonl(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const bytes = Buffer.alloc(MAX_HEADER_BYTES);
    const hasBom = (end: number) => end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    // A line decoded once, when whole; a leading BOM is not part of the first line.
    const lineText = (from: number, to: number) => bytes.toString('utf8', from === 0 && hasBom(to) ? 3 : from, to);
    let filled = 0;
    let lineStart = 0; // where the line being looked at begins
    let skipped = -1; // bytes before the first non-space one (-1: not started)
    let searched = -1; // once that byte is found: how far its line has been searched for a newline
    for (;;) {
      const got = readSync(fd, bytes, filled, Math.min(HEADER_READ_BYTES, MAX_HEADER_BYTES - filled), filled);
      filled += got;
      if (searched < 0) {
        let i = skipped < 0 ? (hasBom(filled) ? 3 : 0) : skipped;
        for (; i < filled && isAsciiSpace(bytes[i]); i++) if (bytes[i] === 0x0a) lineStart = i + 1;
        skipped = i;
        if (i < filled) {
          // Anything but `{` rules the file out; a non-ASCII character may be Unicode whitespace,
          // so its line is decoded like any other.
          if (bytes[i] !== 0x7b && bytes[i] < 0x80) return false;
          searched = i;
        }
      }
      if (searched >= 0) {
        // A line is whole once a newline follows it (or the file ends); blank lines are skipped.
        const data = bytes.subarray(0, filled);
        for (let nl = data.indexOf(0x0a, searched); nl >= 0; nl = data.indexOf(0x0a, searched)) {
          const line = lineText(lineStart, nl);
          if (line.trim() !== '') return isHeaderLine(line);
          lineStart = searched = nl + 1;
        }
        searched = filled;
        if (got === 0) return isHeaderLine(lineText(lineStart, filled));
      }
      if (got === 0 || filled >= MAX_HEADER_BYTES) return false;
    }
  } finally {
    closeSync(fd);
  }
}

function isHeaderLine(line: string): boolean {
  if (!line.trimStart().startsWith('{')) return false;
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as Record<string, unknown>).blindspot === SNAPSHOT_MARK;
  } catch {
    return false;
  }
}

/** Writes the JSONL form of a snapshot: the header line, then one asset per line. */
export function* snapshotJsonlLines(header: SnapshotHeader, assets: Iterable<LiveAsset>): Generator<string> {
  yield JSON.stringify(header) + '\n';
  for (const a of assets) yield JSON.stringify(a) + '\n';
}
