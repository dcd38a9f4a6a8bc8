/**
 * `detente export` formats: csv (RFC 4180, header row), jsonl (the CONTRACT.md event object plus
 * key and origin), parquet (typed columns, snappy) and gdelt (GDELT 2.0 event table, see gdelt-export.ts).
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { CodedEvent } from '../coding/types.js';
import { formatEvent } from './coding-adapter.js';
import { FLAT_COLUMNS, flatEvent, type FlatValue } from './flat-event.js';
import { formatGdelt, type GdeltExportOptions } from './gdelt-export.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'parquet', 'gdelt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  data: Uint8Array;
  rows: number;
  /** Events that the format could not hold (gdelt: no date). */
  skipped: number;
}

export function exportEvents(events: CodedEvent[], format: ExportFormat, opts: GdeltExportOptions = {}): ExportResult {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case 'csv': {
      const rows = events.map(flatEvent);
      return { data: utf8(toCsv(FLAT_COLUMNS.map((c) => c.name), rows)), rows: rows.length, skipped: 0 };
    }
    case 'jsonl':
      return {
        data: utf8(events.map((e) => JSON.stringify({ key: e.key, origin: e.origin, ...formatEvent(e) }) + '\n').join('')),
        rows: events.length,
        skipped: 0,
      };
    case 'parquet':
      return { data: toParquet(events), rows: events.length, skipped: 0 };
    case 'gdelt': {
      const g = formatGdelt(events, opts);
      return { data: utf8(g.text), rows: g.rows, skipped: g.skipped };
    }
  }
}

function toCsv(headers: string[], rows: FlatValue[][]): string {
  const esc = (v: FlatValue) => {
    const s = v == null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(esc).join(',')).join('\r\n') + '\r\n';
}

function toParquet(events: CodedEvent[]): Uint8Array {
  const rows = events.map(flatEvent);
  const columnData = FLAT_COLUMNS.map((c, i) => ({
    name: c.name,
    type: c.type,
    data: rows.map((r) => {
      const v = r[i];
      if (v == null) return null;
      return c.type === 'INT32' ? Math.round(Number(v)) : v;
    }),
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}
