/**
 * Which texts contain a token as a substring, without testing every text: an index of each
 * text's q-grams (hashed). A text containing a token contains every q-gram of it, so the posting
 * list of the token's rarest q-gram is a superset of the answer; each candidate is then checked
 * with `includes`, so answers are exact. Tokens of 9 characters or more (nearly all: names,
 * ARNs, emails) use 8-grams sampled at every 2nd text position; tokens of 8 use all 8-grams and
 * 4–7 all 4-grams, each table built on first need; under 4, every text is a candidate.
 *
 * The postings live in typed arrays (an open-addressing table of gram hashes pointing into one
 * flat list): tens of thousands of texts make millions of grams, and a Map of arrays of that size
 * cost seconds of allocation and garbage collection.
 */

const LONG = 8;
const SHORT = 4;

/** Polynomial hash base: each gram's hash is Σ c[i]·B^(q-1-i) mod 2^32, so the next one is O(1). */
const B = 0x01000193;

/** B^(q-1) mod 2^32. */
function topPower(q: number): number {
  let p = 1;
  for (let i = 1; i < q; i++) p = Math.imul(p, B);
  return p;
}

/** Writes the hash of every q-gram of `text` into `out` (rolling: one multiply-add per character); returns how many. */
function gramHashes(text: string, q: number, top: number, out: Uint32Array): number {
  const n = text.length - q + 1;
  if (n <= 0) return 0;
  let h = 0;
  for (let i = 0; i < q; i++) h = (Math.imul(h, B) + text.charCodeAt(i)) | 0;
  out[0] = h >>> 0;
  for (let i = q; i < text.length; i++) {
    h = (Math.imul(h - Math.imul(text.charCodeAt(i - q), top), B) + text.charCodeAt(i)) | 0;
    out[i - q + 1] = h >>> 0;
  }
  return n;
}

/** At most this many grams of a token are looked up in a full table: any one of them bounds the answer. */
const PROBES = 4;

/** How many grams a text of `length` has at positions 0, step, 2·step, … */
function sampled(length: number, q: number, step: number): number {
  const all = length - q + 1;
  return all <= 0 ? 0 : Math.ceil(all / step);
}

/** Grams of one length: hash → the texts (ascending, no repeats) that contain a gram with that hash. */
class GramTable {
  private readonly mask: number;
  private readonly keys: Uint32Array;
  private readonly used: Uint8Array;
  /** The postings of slot s are `list[end[s - 1] .. end[s])` (`end[-1]` = 0). */
  private readonly end: Int32Array;
  private readonly list: Int32Array;
  private readonly top: number;
  private scratch = new Uint32Array(256);

  /** Grams of length `q` at every `step`-th position of each text. */
  constructor(
    texts: readonly string[],
    private readonly q: number,
    private readonly step: number,
  ) {
    let grams = 0;
    let longest = 0;
    for (const t of texts) {
      grams += sampled(t.length, q, step);
      longest = Math.max(longest, t.length);
    }
    // At least one free slot more than there can be distinct grams, so probing always ends.
    let size = 16;
    while (size <= grams) size *= 2;
    this.mask = size - 1;
    this.keys = new Uint32Array(size);
    this.used = new Uint8Array(size);
    this.top = topPower(q);
    const hashes = new Uint32Array(Math.max(1, longest));
    // Pass 1: each gram's slot (kept for pass 2), and each slot's count of texts.
    const slots = new Int32Array(grams);
    const end = new Int32Array(size);
    const last = new Int32Array(size).fill(-1);
    let g = 0;
    for (let n = 0; n < texts.length; n++) {
      const count = gramHashes(texts[n], q, this.top, hashes);
      for (let i = 0; i < count; i += step) {
        const s = this.claim(hashes[i]);
        slots[g++] = s;
        if (last[s] !== n) {
          last[s] = n;
          end[s]++;
        }
      }
    }
    let total = 0;
    for (let s = 0; s < size; s++) {
      const c = end[s];
      end[s] = total;
      total += c;
    }
    // Pass 2: each slot's texts in order, leaving `end[s]` at the slot's end.
    this.list = new Int32Array(total);
    last.fill(-1);
    g = 0;
    for (let n = 0; n < texts.length; n++) {
      const count = sampled(texts[n].length, q, step);
      for (let i = 0; i < count; i++) {
        const s = slots[g++];
        if (last[s] !== n) {
          last[s] = n;
          this.list[end[s]++] = n;
        }
      }
    }
    this.end = end;
  }

  private home(h: number): number {
    return (Math.imul(h, 0x9e3779b1) >>> 0) & this.mask;
  }

  /** The slot of a hash, claimed if new. */
  private claim(h: number): number {
    let s = this.home(h);
    while (this.used[s]) {
      if (this.keys[s] === h) return s;
      s = (s + 1) & this.mask;
    }
    this.used[s] = 1;
    this.keys[s] = h;
    return s;
  }

  /** The slot of a hash, or -1 when no text has a gram with that hash. */
  private find(h: number): number {
    let s = this.home(h);
    while (this.used[s]) {
      if (this.keys[s] === h) return s;
      s = (s + 1) & this.mask;
    }
    return -1;
  }

  /** The posting range of a hash: empty when no text has it. */
  private range(h: number): [number, number] {
    const s = this.find(h);
    return s < 0 ? [0, 0] : [s === 0 ? 0 : this.end[s - 1], this.end[s]];
  }

  /**
   * Ranges of postings that together hold every text containing `token` (plus some that do not).
   * A full table (step 1): the smallest range among a few of the token's grams (first, last and
   * evenly between), or none when one of them occurs nowhere. A sampled table (step k): a text
   * position sampled every k characters falls inside any occurrence at one of any k consecutive
   * offsets of the token, so the union of those k ranges (the smallest such window); the token
   * must be at least q + k - 1 long.
   */
  candidates(token: string): Array<[number, number]> {
    if (this.scratch.length < token.length) this.scratch = new Uint32Array(token.length);
    const count = gramHashes(token, this.q, this.top, this.scratch);
    if (this.step > 1) {
      // Any `step` consecutive offsets will do: the window with the fewest postings (an empty one ends the search).
      const ranges: Array<[number, number]> = [];
      let best = 0;
      let bestSize = Infinity;
      let size = 0;
      for (let o = 0; o < count && bestSize > 0; o++) {
        const r = this.range(this.scratch[o]);
        ranges.push(r);
        size += r[1] - r[0];
        if (o >= this.step) size -= ranges[o - this.step][1] - ranges[o - this.step][0];
        if (o >= this.step - 1 && size < bestSize) {
          bestSize = size;
          best = o - this.step + 1;
        }
      }
      return bestSize === 0 ? [] : ranges.slice(best, best + this.step);
    }
    if (count === 0) return [];
    let best: [number, number] | null = null;
    const spacing = count <= PROBES ? 1 : (count - 1) / (PROBES - 1);
    for (let k = 0; k < Math.min(count, PROBES); k++) {
      const r = this.range(this.scratch[Math.round(k * spacing)]);
      if (r[1] === r[0]) return [];
      if (best === null || r[1] - r[0] < best[1] - best[0]) best = r;
    }
    return best ? [best] : [];
  }

  at(i: number): number {
    return this.list[i];
  }
}

/** Every 2nd position is sampled in the main table: half the grams to build and store. */
const STEP = 2;

export class MentionIndex {
  /** 8-grams at every 2nd position: for tokens of 9 characters or more (nearly all of them). */
  private readonly sampledLong: GramTable;
  private fullLong: GramTable | null = null;
  private fullShort: GramTable | null = null;

  /** `texts[i]` is text number i; results are reported by number, ascending. */
  constructor(readonly texts: readonly string[]) {
    this.sampledLong = new GramTable(texts, LONG, STEP);
  }

  private tableFor(token: string): GramTable | null {
    if (token.length >= LONG + STEP - 1) return this.sampledLong;
    if (token.length >= LONG) return (this.fullLong ??= new GramTable(this.texts, LONG, 1));
    if (token.length >= SHORT) return (this.fullShort ??= new GramTable(this.texts, SHORT, 1));
    return null;
  }

  /** Numbers (ascending) of the texts that contain at least one of `tokens`. */
  containing(tokens: readonly string[]): number[] {
    let found: Set<number> | null = null;
    const hit = (n: number) => (found ??= new Set()).add(n);
    for (const t of tokens) {
      const table = this.tableFor(t);
      if (table === null) {
        for (let n = 0; n < this.texts.length; n++) if (this.texts[n].includes(t)) hit(n);
        continue;
      }
      for (const [from, to] of table.candidates(t)) {
        for (let i = from; i < to; i++) {
          const n = table.at(i);
          if (this.texts[n].includes(t)) hit(n);
        }
      }
    }
    return found === null ? [] : [...(found as Set<number>)].sort((a, b) => a - b);
  }
}
