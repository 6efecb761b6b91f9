/**
 * Linear-time-per-attempt wildcard matching for a single path segment, with no RegExp, so hostile
 * patterns cannot backtrack exponentially (ReDoS). Shared by CODEOWNERS and manifest globs.
 *
 * A compiled segment is a list of tokens: literal text, `*` (any run of characters, possibly
 * empty) or `?` (exactly one character). Escapes are resolved by the caller's parser.
 */
export type SegmentToken = { t: 'lit'; s: string } | { t: 'star' } | { t: 'any' };

export interface SegmentPattern {
  tokens: SegmentToken[];
  /** The whole segment is a literal string: compare directly. */
  literal: string | null;
}

export function compileSegmentTokens(tokens: SegmentToken[]): SegmentPattern {
  // Merge adjacent literals and collapse runs of `*`.
  const out: SegmentToken[] = [];
  for (const tok of tokens) {
    const prev = out[out.length - 1];
    if (tok.t === 'lit' && prev?.t === 'lit') out[out.length - 1] = { t: 'lit', s: prev.s + tok.s };
    else if (tok.t === 'star' && prev?.t === 'star') continue;
    else if (tok.t !== 'lit' || tok.s !== '') out.push(tok);
  }
  const literal = out.length === 0 ? '' : out.length === 1 && out[0].t === 'lit' ? out[0].s : null;
  return { tokens: out, literal };
}

/**
 * Matches `text` against the pattern. Classic greedy algorithm with one backtrack point (the most
 * recent `*`): O(pattern × text) in the worst case, never exponential.
 */
export function matchSegment(p: SegmentPattern, text: string): boolean {
  if (p.literal !== null) return p.literal === text;
  const toks = p.tokens;
  let ti = 0; // token index
  let off = 0; // offset inside a literal token
  let si = 0; // text index
  let starTi = -1;
  let starSi = 0;
  while (si < text.length) {
    const tok = toks[ti];
    if (tok !== undefined && tok.t === 'lit' && tok.s.charCodeAt(off) === text.charCodeAt(si)) {
      off++;
      si++;
      if (off === tok.s.length) {
        ti++;
        off = 0;
      }
      continue;
    }
    if (tok !== undefined && off === 0 && tok.t === 'any') {
      ti++;
      si++;
      continue;
    }
    if (tok !== undefined && off === 0 && tok.t === 'star') {
      starTi = ti++;
      starSi = si;
      continue;
    }
    if (starTi >= 0) {
      ti = starTi + 1;
      off = 0;
      si = ++starSi;
      continue;
    }
    return false;
  }
  while (ti < toks.length && toks[ti].t === 'star' && off === 0) ti++;
  return ti === toks.length && off === 0;
}

/** Parses a plain glob segment (`*`, `?`, backslash escapes) into a pattern. */
export function compileGlobSegment(segment: string): SegmentPattern {
  const tokens: SegmentToken[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) tokens.push({ t: 'lit', s: segment[++i] });
    else if (c === '*') tokens.push({ t: 'star' });
    else if (c === '?') tokens.push({ t: 'any' });
    else tokens.push({ t: 'lit', s: c });
  }
  return compileSegmentTokens(tokens);
}
