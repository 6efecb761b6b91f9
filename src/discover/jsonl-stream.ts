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
import { createReadStream, type ReadStream } from 'node:fs';
import type { LiveAsset } from '../model/snapshot.js';
import { InputError } from '../util/errors.js';
import { jsonErrorOffset } from '../util/json-docs.js';
import { readAsset, readHeader, type SnapshotHeader } from './adapters/native.js';

export interface JsonlReadOptions {
  /** Name used in errors (the path as the user gave it). Defaults to the path. */
  displayName?: string;
  /** Read size in bytes. Default 1 MiB. */
  chunkBytes?: number;
  /** Check every asset against the snapshot schema (default true). */
  validate?: boolean;
}

export class SnapshotJsonlReader implements AsyncIterable<LiveAsset> {
  private pending = '';
  private lineNo = 0;
  private consumed = false;
  private headerValue: SnapshotHeader | undefined;

  private constructor(
    private readonly stream: ReadStream,
    private readonly chunks: AsyncIterator<string>,
    private readonly file: string,
    private readonly validate: boolean,
  ) {}

  /** Opens the file and reads the header line; rejects with an InputError if it is not one. */
  static async open(path: string, options: JsonlReadOptions = {}): Promise<SnapshotJsonlReader> {
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: options.chunkBytes ?? 1 << 20 });
    const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
    const reader = new SnapshotJsonlReader(stream, chunks, options.displayName ?? path, options.validate ?? true);
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
    out.push(validate ? readAsset(value, { file: this.file, line: this.lineNo }) : (value as LiveAsset));
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

/** Writes the JSONL form of a snapshot: the header line, then one asset per line. */
export function* snapshotJsonlLines(header: SnapshotHeader, assets: Iterable<LiveAsset>): Generator<string> {
  yield JSON.stringify(header) + '\n';
  for (const a of assets) yield JSON.stringify(a) + '\n';
}
