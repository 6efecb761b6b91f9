/**
 * The one place that reads user files. It refuses what must not be read (symlinks out of the
 * repo, binary or non-UTF-8 content, files over the size cap) with an error naming the file.
 * Pure code above it takes a `TextSource`, so tests can feed in-memory text.
 */
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface TextFile {
  /** Repo-relative, forward slashes. */
  path: string;
  /** Decoded text without the BOM. Line endings are kept as written. */
  text: string;
  bom: boolean;
}

/** Anything that can hand out repo files by repo-relative path. */
export interface ReadOptions {
  /** Overrides the source's size cap for this read. */
  maxBytes?: number;
}

export interface TextSource {
  read(path: string, options?: ReadOptions): TextFile;
  exists(path: string): boolean;
  /** All regular files under the root, repo-relative, sorted. Skips `.git` and `node_modules`. */
  list(): string[];
  /**
   * For readers that stream a file too large to hold as text (native JSONL snapshots): the
   * absolute path of the regular file, after the same checks as `read` except the size cap.
   * Absent for sources that are not on disk.
   */
  streamPath?(path: string): string;
}

// The BOM is kept in the decoded text (and taken off below), so that `bom` can say it was there.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes as strict UTF-8, refusing binary (NUL bytes) and invalid sequences. */
export function decodeText(bytes: Uint8Array, path: string): { text: string; bom: boolean } {
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (probe.includes(0)) throw new InputError('binary file (contains NUL bytes); expected UTF-8 text', { file: path });
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Find the first bad byte so the user can look at it.
    let good = 0;
    for (let n = 1; n <= bytes.length; n++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
        good = n;
      } catch {
        break;
      }
    }
    const line = bytes.subarray(0, good).filter((b) => b === 10).length + 1;
    throw new InputError('not valid UTF-8 text', { file: path, line });
  }
  if (text.includes('\u0000')) throw new InputError('binary file (contains NUL characters)', { file: path });
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Reads files under `root` with the safety checks above. */
export class FsTextSource implements TextSource {
  readonly root: string;
  private readonly realRoot: string;

  constructor(
    root: string,
    readonly maxBytes: number = DEFAULT_MAX_FILE_BYTES,
  ) {
    this.root = resolve(root);
    this.realRoot = realpathSync(this.root);
  }

  private abs(path: string): string {
    if (isAbsolute(path) || path.split(/[\\/]/).includes('..')) {
      throw new InputError('path must stay inside the repository', { file: path });
    }
    return join(this.root, path);
  }

  exists(path: string): boolean {
    try {
      lstatSync(this.abs(path));
      return true;
    } catch {
      return false;
    }
  }

  read(path: string, options: ReadOptions = {}): TextFile {
    const maxBytes = options.maxBytes ?? this.maxBytes;
    const { abs, size } = this.checked(path);
    if (size > maxBytes) {
      throw new InputError(`file is ${size} bytes, over the ${maxBytes}-byte limit (limits.maxFileBytes)`, {
        file: path,
      });
    }
    const { text, bom } = decodeText(readFileSync(abs), path);
    return { path, text, bom };
  }

  streamPath(path: string): string {
    return this.checked(path).real;
  }

  /** The checks every read makes: inside the repository, no symlink out of it, a regular file. */
  private checked(path: string): { abs: string; real: string; size: number } {
    const abs = this.abs(path);
    let real = abs;
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      throw new InputError('file not found', { file: path });
    }
    if (st.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(abs);
      } catch {
        throw new InputError('broken symlink', { file: path });
      }
      const rel = relative(this.realRoot, target);
      if (rel.startsWith('..') || isAbsolute(rel)) {
        throw new InputError('symlink leads outside the repository; refused', { file: path });
      }
      st = statSync(target);
      real = target;
    }
    if (!st.isFile()) throw new InputError('not a regular file', { file: path });
    return { abs, real, size: st.size };
  }

  list(): string[] {
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const ent of readdirSync(dir, { withFileTypes: true })) {
        if (ent.name === '.git' || ent.name === 'node_modules') continue;
        const abs = join(dir, ent.name);
        if (ent.isDirectory()) walk(abs);
        else if (ent.isFile() || ent.isSymbolicLink()) out.push(toPosix(relative(this.root, abs)));
      }
    };
    walk(this.root);
    return out.sort();
  }
}

/** In-memory files, for tests and for content that did not come from disk. */
export class MemoryTextSource implements TextSource {
  constructor(private readonly files: Record<string, string>) {}

  exists(path: string): boolean {
    return Object.hasOwn(this.files, path);
  }

  read(path: string, options: ReadOptions = {}): TextFile {
    if (!this.exists(path)) throw new InputError('file not found', { file: path });
    const raw = this.files[path];
    if (options.maxBytes !== undefined && Buffer.byteLength(raw) > options.maxBytes) {
      throw new InputError(`file is ${Buffer.byteLength(raw)} bytes, over the ${options.maxBytes}-byte limit (limits.maxFileBytes)`, { file: path });
    }
    const bom = raw.charCodeAt(0) === 0xfeff;
    return { path, text: bom ? raw.slice(1) : raw, bom };
  }

  list(): string[] {
    return Object.keys(this.files).sort();
  }
}

/**
 * The checks `readUserFile` makes before reading a file the user named: it exists and is a regular
 * file (symlinks followed). Errors name the file as `display`.
 */
export function statUserFile(path: string, display: string): Stats {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new InputError('file not found', { file: display });
  }
  if (!st.isFile()) throw new InputError('not a regular file', { file: display });
  return st;
}

/** Reads a file the user named explicitly (it may live outside the repository), with the same checks. */
export function readUserFile(path: string, display: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): TextFile {
  const st = statUserFile(path, display);
  if (st.size > maxBytes) throw new InputError(`file is ${st.size} bytes, over the ${maxBytes}-byte limit (limits.maxFileBytes)`, { file: display });
  const { text, bom } = decodeText(readFileSync(path), display);
  return { path: display, text, bom };
}
