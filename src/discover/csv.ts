/**
 * A small RFC 4180 CSV reader for exports such as the AWS IAM credential report: comma-separated,
 * fields optionally in double quotes, `""` for a quote inside a quoted field, records ended by
 * CRLF or LF, and line breaks allowed inside quoted fields. Errors name the file and line.
 */
import { InputError } from '../util/errors.js';

export interface CsvRow {
  fields: string[];
  /** 1-based line where the record starts (a quoted field may carry it over several lines). */
  line: number;
}

/**
 * Parses the whole text into records. Blank lines are skipped (they hold no record in any export
 * we read); a leading BOM is ignored. A stray quote inside an unquoted field, text after a closing
 * quote, or an unterminated quoted field is an InputError naming the line.
 */
export function parseCsv(text: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  while (i < n) {
    // Skip blank lines between records.
    if (text[i] === '\n') {
      line++;
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      line++;
      i += 2;
      continue;
    }

    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) throw new InputError('CSV: unterminated quoted field', { file, line: quoteLine });
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          value += c;
          i++;
        }
        if (i < n && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
          throw new InputError(`CSV: unexpected ${JSON.stringify(text[i])} after a closing quote`, { file, line });
        }
      } else {
        const start = i;
        while (i < n && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
          if (text[i] === '"') throw new InputError('CSV: quote inside an unquoted field', { file, line });
          i++;
        }
        value = text.slice(start, i);
      }
      fields.push(value);
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    rows.push({ fields, line: startLine });
    if (text[i] === '\r') i++;
    if (text[i] === '\n') {
      i++;
      line++;
    }
  }
  return rows;
}
