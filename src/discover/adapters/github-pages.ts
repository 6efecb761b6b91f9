/**
 * Pages of GitHub REST list responses as `gh api` prints them: one response, concatenated pages
 * (`--paginate`), or an array of pages (`--paginate --slurp`). Two shapes exist: wrapped pages
 * `{total_count, <key>: [...]}` and bare arrays. Items come back with their place in the file.
 */
import type { AdapterInput } from '../adapter.js';
import { isObject, type JsonObject } from '../fields.js';
import { arrayPages, completeness, locatedDocs, objectPages, shapeError, type Completeness, type RecordAt } from './shared.js';

export interface GithubItem {
  value: unknown;
  at: RecordAt;
}

export interface WrappedItems {
  items: GithubItem[];
  /** The largest `total_count` any page reported (pages repeat it), or undefined. */
  totalCount?: number;
}

export function isWrappedPage(v: unknown, key: string): boolean {
  return isObject(v) && Array.isArray(v[key]) && typeof v.total_count === 'number';
}

/** Items of `{total_count, <key>: [...]}` pages. */
export function wrappedItems(input: AdapterInput, key: string, expected: string): WrappedItems {
  const items: GithubItem[] = [];
  let totalCount: number | undefined;
  let index = 0;
  for (const doc of locatedDocs(input, expected)) {
    objectPages(doc, input.file, expected, (v) => isWrappedPage(v, key)).forEach((page, p) => {
      const count = page.total_count as number;
      totalCount = totalCount === undefined ? count : Math.max(totalCount, count);
      const label = `document ${doc.docIndex + 1}${Array.isArray(doc.value) ? `, page ${p}` : ''}`;
      (page[key] as unknown[]).forEach((value, j) => {
        items.push({ value, at: { file: input.file, index: index++, line: doc.recordLine, record: `${label}, ${key}[${j}]` } });
      });
    });
  }
  return { items, totalCount };
}

/** Items of bare-array pages. */
export function arrayItems(input: AdapterInput, expected: string): GithubItem[] {
  const items: GithubItem[] = [];
  let index = 0;
  for (const doc of locatedDocs(input, expected)) {
    arrayPages(doc, input.file, expected).forEach((page, p) => {
      const label = `document ${doc.docIndex + 1}${page !== doc.value ? `, page ${p}` : ''}`;
      page.forEach((value, j) => {
        items.push({ value, at: { file: input.file, index: index++, line: doc.recordLine, record: `${label}, item ${j}` } });
      });
    });
  }
  return items;
}

/** The first item of the first page, whatever the framing: what sniffers look at. */
export function firstItem(input: AdapterInput, key?: string): unknown {
  let v: unknown = input.docs?.[0]?.value;
  if (Array.isArray(v) && Array.isArray(v[0])) v = v[0]; // --slurp of array pages
  if (key !== undefined) {
    if (Array.isArray(v)) v = v[0]; // --slurp of wrapped pages
    return isWrappedPage(v, key) ? (v as Record<string, unknown[]>)[key][0] : undefined;
  }
  return Array.isArray(v) ? v[0] : undefined;
}

/** An item that is not an object is a shape error naming its record. */
export function itemObject(item: GithubItem, what: string): JsonObject {
  if (!isObject(item.value)) throw shapeError(item.at.file, item.at.line, `${what} in ${item.at.record}`, item.value);
  return item.value;
}

/** `complete`/`incompleteReason` from total_count against the distinct items read. */
export function countCheck(totalCount: number | undefined, distinct: number, what: string): Completeness {
  const short = totalCount !== undefined && distinct < totalCount;
  return completeness(short ? [`total_count says ${totalCount} ${what}, the file holds ${distinct}: pages are missing (use gh api --paginate)`] : []);
}
