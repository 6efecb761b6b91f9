/**
 * Neutralisers for untrusted text: anything that comes from records or snapshots (names, ids,
 * evidence facts, owner hints). GitHub renders issue, PR and comment bodies as Markdown and acts on
 * some of what it finds there, so data must not be able to:
 *
 * - mention people or teams (`@login`, `@org/team`): notifications are sent from our bot;
 * - reference issues (`#123`, `owner/repo#123`, `GH-123`, issue URLs): that writes cross-reference
 *   events into other threads;
 * - pair a closing keyword with a reference (`fixes #1`): merging a PR would close an unrelated issue;
 * - inject raw HTML or comments (`<img>`, `<!--`, `-->`): that hides text or forges the hidden
 *   `<!-- blindspot:v1 … -->` marker the bot uses to find its own issues;
 * - build links, images or autolinks (tracking pixels, phishing links);
 * - hide characters (control characters, bidi overrides) that make text read differently from what it is.
 *
 * `\@user` does not stop a mention on GitHub, so mentions and references are broken with a zero-width
 * space (U+200B) instead; it is invisible when rendered. HTML is escaped with entities rather than
 * backslashes, so the raw body (which the bot parses for its marker) never contains `<!--` from data.
 */

const ZWSP = '\u200B';
const REPLACEMENT = '\uFFFD';

/** C0 and C1 controls except tab and line breaks, and the bidi embedding/override/isolate controls. */
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

// The backslash is escaped too: otherwise data ending in `\` would cancel the escape put in front of
// the next special character. `&` becomes an entity so `&#64;` cannot render as a mention's `@`.
const MARKDOWN_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '[': '\\[',
  ']': '\\]',
  '`': '\\`',
};
const MARKDOWN_SPECIALS = /[\\&<>[\]`]/g;

/** Closing keywords GitHub honours (close, closes, closed, fix, fixes, fixed, resolve, resolves, resolved). */
const CLOSING_KEYWORD = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?=:?\s+\S*(?:#|gh-|https?:|www\.))/gi;

const LINE_BREAKS = /\r\n?|\n/g;

/**
 * Makes untrusted text safe to place in a GitHub Markdown body (issue, PR, comment, job summary).
 * Line breaks are kept; use `neutralizeInline` for text placed inside a line. The rendered text reads
 * the same as the input, apart from hidden controls, which become U+FFFD.
 */
export function neutralize(text: string): string {
  let out = text.replace(HIDDEN_CONTROLS, REPLACEMENT);
  // Escapes first: the zero-width spaces inserted below must not end up inside an escape sequence.
  out = out.replace(MARKDOWN_SPECIALS, (c) => MARKDOWN_ESCAPES[c]);
  // `@login`, `@org/team`, `owner/repo@sha`, and e-mail autolinks (`a@b.c`).
  out = out.replace(/@(?=[A-Za-z0-9])/g, '@' + ZWSP);
  // `#123` and `owner/repo#123`.
  out = out.replace(/#(?=\d)/g, '#' + ZWSP);
  // `GH-123`.
  out = out.replace(/(gh)-(?=\d)/gi, `$1-${ZWSP}`);
  // Autolinks: any `scheme://` and GFM's `www.` form. Markdown links are already gone (`[` escaped).
  out = out.replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, `$1:${ZWSP}//`);
  out = out.replace(/(w)(ww\.)/gi, `$1${ZWSP}$2`);
  // Belt and braces: references are already broken, but a keyword next to anything reference-like
  // is broken too, in case GitHub learns a reference form this function does not know.
  out = out.replace(CLOSING_KEYWORD, (kw) => kw[0] + ZWSP + kw.slice(1));
  return out;
}

/** `neutralize`, with every line break turned into a space: for list items, headings and table cells. */
export function neutralizeInline(text: string): string {
  return neutralize(text.replace(LINE_BREAKS, ' '));
}

/**
 * Keeps text inside one cell of a GFM table: escapes `|` (GFM honours `\|` even inside code spans)
 * and turns line breaks into spaces. Apply it last, to already neutralised text or to a `codeSpan`.
 */
export function escapeTableCell(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\|/g, '\\|');
}

/**
 * Wraps untrusted text in a Markdown code span whose backtick fence is longer than any backtick run
 * inside, so the text shows verbatim: no mention, reference, link or HTML is rendered in a code span.
 * Line breaks become spaces (a blank line would end the span), hidden controls become U+FFFD, and
 * `<!--`/`-->` get a zero-width space, so the raw body still cannot carry a marker look-alike.
 */
export function codeSpan(text: string): string {
  const body = text
    .replace(LINE_BREAKS, ' ')
    .replace(HIDDEN_CONTROLS, REPLACEMENT)
    .replace(/<!--/g, `<!${ZWSP}--`)
    .replace(/--(?=>)/g, `--${ZWSP}`);
  if (body === '') return '` `';
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each end when both ends have one; pad so the text survives,
  // and so a backtick at either end cannot merge with the fence.
  const needsPad =
    body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '');
  const pad = needsPad ? ' ' : '';
  return fence + pad + body + pad + fence;
}

/**
 * Replaces hidden controls (C0/C1 except tab and line breaks, bidi overrides) with U+FFFD: for plain
 * text sinks that render no Markdown, such as SARIF messages.
 */
export function stripHiddenControls(text: string): string {
  return text.replace(HIDDEN_CONTROLS, REPLACEMENT);
}

/**
 * Makes untrusted text safe to print on a terminal: control characters (ESC sequences that recolour,
 * move the cursor or rewrite the title), line breaks and bidi overrides become visible escapes
 * such as `\x1b` and `\n`, so one value stays on one line and cannot forge other output.
 */
export function terminalText(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
