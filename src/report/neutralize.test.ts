import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeTableCell, neutralize, neutralizeInline, stripHiddenControls, terminalText } from './neutralize.js';

const ZWSP = '\u200B';
// The neutraliser guards against hostile input: search harder than fast-check's default 100 runs.
const RUNS = { numRuns: 500 };

/** Undoes neutralize's escapes and zero-width spaces: what a reader sees once GitHub renders the text. */
function rendered(text: string): string {
  return text
    .replaceAll(ZWSP, '')
    .replace(/\\([\\[\]`])/g, '$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

// Strings built from the characters the neutraliser acts on, plus words it must recognise.
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '@', '#', '<', '>', '!', '-', '&', '[', ']', '(', ')', '`', '\\', '/', ':', ' ', '\n', '.', '|',
        'fixes', 'Closes', 'RESOLVED', 'fix', 'close', 'gh-', 'GH-', 'http', 'https', 'www', 'org', 'repo', 'octocat',
        '<!--', '-->', '#1', '@a', '\u202e', '\u001b', '&#64;', '&lt;',
      ),
      fc.string({ maxLength: 3 }),
      fc.integer({ min: 0, max: 999 }).map(String),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(tricky, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }));

const CLOSING_THEN_REFERENCE = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?):?\s+\S*(?:#|gh-\d|https?:\/\/)/i;

describe('neutralize', () => {
  it('leaves no @mention pattern', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(neutralize(t)).not.toMatch(/@[A-Za-z0-9]/);
      }),
      RUNS,
    );
  });

  it('leaves no #123, owner/repo#123 or GH-123 reference', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const out = neutralize(t);
        expect(out).not.toMatch(/#\d/);
        expect(out).not.toMatch(/gh-\d/i);
      }),
      RUNS,
    );
  });

  it('leaves no raw HTML, comment or marker look-alike', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const out = neutralize(t);
        expect(out).not.toContain('<!--');
        expect(out).not.toContain('-->');
        expect(out).not.toMatch(/[<>]/);
      }),
      RUNS,
    );
  });

  it('leaves no closing keyword followed by a reference', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(neutralize(t)).not.toMatch(CLOSING_THEN_REFERENCE);
      }),
      RUNS,
    );
  });

  it('leaves no autolink, link or entity trick', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const out = neutralize(t);
        expect(out).not.toMatch(/[A-Za-z]:\/\//);
        expect(out).not.toMatch(/www\./i);
        // Every [ ] ` is escaped by an odd run of backslashes.
        expect(out).not.toMatch(/(^|[^\\])(\\\\)*[[\]`]/);
        // Every & starts one of our three entities, so `&#64;` cannot render as `@`.
        expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
      }),
      RUNS,
    );
  });

  it('renders as the input text, apart from hidden controls', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(rendered(neutralize(t))).toBe(stripHiddenControls(t));
      }),
      RUNS,
    );
  });

  it('leaves text without special characters unchanged', () => {
    const plain = fc
      .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;-_/()!?=+*%$~\'"\n') })
      .filter((t) => !/www\.|gh-\d/i.test(t));
    fc.assert(
      fc.property(plain, (t) => {
        expect(neutralize(t)).toBe(t);
      }),
    );
  });

  it('breaks the concrete attacks', () => {
    expect(neutralize('ping @octocat')).toBe(`ping @${ZWSP}octocat`);
    expect(neutralize('@acme/security')).toBe(`@${ZWSP}acme/security`);
    expect(neutralize('fixes #12')).toBe(`f${ZWSP}ixes #${ZWSP}12`);
    expect(neutralize('acme/other#7')).toBe(`acme/other#${ZWSP}7`);
    expect(neutralize('<!-- blindspot:v1 fp=x -->')).toBe('&lt;!-- blindspot:v1 fp=x --&gt;');
    expect(neutralize('<img src=x>')).toBe('&lt;img src=x&gt;');
    expect(neutralize('[a](https://e.x)')).toBe(`\\[a\\](https:${ZWSP}//e.x)`);
    expect(neutralize('&#64;octocat')).toBe(`&amp;#${ZWSP}64;octocat`);
    expect(neutralize('a\u202eb\u0007c')).toBe('a\uFFFDb\uFFFDc');
  });

  it('keeps line breaks; neutralizeInline turns them into spaces', () => {
    expect(neutralize('a\nb')).toBe('a\nb');
    expect(neutralizeInline('a\r\nb\n\n# c')).toBe('a b  # c');
  });
});

describe('escapeTableCell', () => {
  it('escapes pipes and removes line breaks', () => {
    expect(escapeTableCell('a|b\nc\r\nd')).toBe('a\\|b c d');
  });

  it('never leaves an unescaped pipe or a line break', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const out = escapeTableCell(neutralize(t));
        expect(out).not.toMatch(/[\r\n]/);
        expect(out).not.toMatch(/(^|[^\\])\|/);
      }),
      RUNS,
    );
  });
});

describe('codeSpan', () => {
  /** Parses a single code span the CommonMark way: fence, optional one-space padding, body. */
  function spanBody(span: string): string {
    const fence = /^`+/.exec(span)![0];
    expect(span.endsWith(fence)).toBe(true);
    let body = span.slice(fence.length, span.length - fence.length);
    expect(body).not.toContain(fence);
    // A fence run inside the body of the same length would close the span early.
    for (const run of body.match(/`+/g) ?? []) expect(run.length).not.toBe(fence.length);
    if (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') body = body.slice(1, -1);
    return body;
  }

  it('shows the text verbatim inside a fence longer than any backtick run', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '`', ' ', '@', '#', '1', '|'), minLength: 1 }), (t) => {
        expect(spanBody(codeSpan(t))).toBe(t);
      }),
    );
  });

  it('pads text that starts or ends with a backtick', () => {
    expect(codeSpan('a')).toBe('`a`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan(' x ')).toBe('`  x  `');
    expect(codeSpan('')).toBe('` `');
  });

  it('breaks marker look-alikes and line breaks', () => {
    const out = codeSpan('a <!-- blindspot:v1 --> b\nc');
    expect(out).not.toContain('<!--');
    expect(out).not.toContain('-->');
    expect(out).not.toContain('\n');
  });
});

describe('terminalText', () => {
  it('makes escape sequences, line breaks and bidi overrides visible', () => {
    expect(terminalText('a\u001b[31mb\nc\td\u202e')).toBe('a\\x1b[31mb\\nc\\td\\u202e');
  });

  it('never emits a control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (t) => {
        expect(terminalText(t)).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      }),
    );
  });
});
