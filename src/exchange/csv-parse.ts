/**
 * RFC 4180 CSV: fields separated by commas, optionally quoted with "", quotes doubled inside.
 * Line breaks inside quoted fields are kept. A UTF-8 byte-order mark is dropped.
 */
import { ExchangeError } from './errors.js';

/** Rows of fields, with the 1-based line on which each row starts. */
export function parseCsv(text: string, origin: string): { fields: string[]; line: number }[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: { fields: string[]; line: number }[] = [];
  let field = '';
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
  };
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += ch;
    i++;
  }
  if (quoted) throw new ExchangeError(`${origin}:${rowLine}`, 'a quoted field is never closed');
  if (field !== '' || fields.length) endRow();
  return rows;
}
