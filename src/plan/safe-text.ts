/**
 * Finding text mixes our words with values from manifests and exports, and marks values with
 * backticks. Rendering splits on backticks: code segments go through `codeSpan`, everything else
 * through `neutralizeInline`. Both are safe on any input, so a value that smuggles backticks can
 * shift where the split falls but never escape neutralisation.
 */
import { codeSpan, escapeTableCell, neutralizeInline } from '../report/neutralize.js';

export function richInline(text: string): string {
  const parts = text.split('`');
  // An odd number of backticks leaves the last segment unpaired: treat it as plain text.
  return parts
    .map((p, i) => (i % 2 === 1 && i < parts.length - 1 ? (p === '' ? '' : codeSpan(p)) : neutralizeInline(p)))
    .join('');
}

export function richCell(text: string): string {
  return escapeTableCell(richInline(text));
}

/**
 * Titles are plain text (no Markdown), but GitHub still links `#123` in them: break references and
 * mentions with a zero-width space, drop controls, backticks and comment openers, cap at 256.
 */
export function safeTitle(text: string, max = 256): string {
  const t = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/`/g, '')
    .replace(/<!--|-->/g, '')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length <= max ? t : t.slice(0, max - 1) + '…';
}
