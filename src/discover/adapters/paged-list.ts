/**
 * List exports that print a JSON array (gcloud, az) or API pages `{<items>: [...], <next marker>}`
 * (the REST APIs), one or more documents per file. Walks the items in file order with their place;
 * a page that names a next page means later pages are missing from the file.
 */
import type { AdapterInput } from '../adapter.js';
import type { JsonObject } from '../fields.js';
import { locatedDocs, shapeError, type RecordAt } from './shared.js';

/** One document's items, and its next-page marker when it has one. */
export interface DocumentItems {
  items: unknown[];
  next?: string;
}

/** How one format frames and names its list, for walking it and for its messages. */
export interface PagedList {
  /** What a document should be, for the shape error when `itemsOf` finds no items. */
  expected: string;
  itemsOf(value: unknown): DocumentItems | null;
  /** The next-page marker as messages name it: `@odata.nextLink`, `a nextPageToken`. */
  nextMarker: string;
  /** One item in record names: `item` gives `document 1, item 0`. */
  itemNoun: string;
  isItem(value: unknown): value is JsonObject;
  /** What an item should be, for the shape error when `isItem` fails. */
  itemShape: string;
}

/**
 * Hands each item to `visit`, in file order, with its place; an item that fails `isItem` is a
 * shape error. Returns why the listing is partial: one reason per document naming a next page.
 */
export function walkPagedList(input: AdapterInput, list: PagedList, visit: (item: JsonObject, at: RecordAt) => void): string[] {
  const file = input.file;
  const missing: string[] = [];
  let index = 0;
  for (const doc of locatedDocs(input, list.expected)) {
    const found = list.itemsOf(doc.value);
    if (!found) throw shapeError(file, doc.startLine, list.expected, doc.value);
    if (found.next) missing.push(`document ${doc.docIndex + 1} has ${list.nextMarker}: later pages are missing`);
    found.items.forEach((item, j) => {
      const at: RecordAt = { file, index: index++, line: doc.recordLine, record: `document ${doc.docIndex + 1}, ${list.itemNoun} ${j}` };
      if (!list.isItem(item)) throw shapeError(file, doc.startLine, `${list.itemShape} in ${at.record}`, item);
      visit(item, at);
    });
  }
  return missing;
}
