/** One event as a flat record: the columns of the CSV and Parquet exports. */
import type { CodedEvent } from '../coding/types.js';

/** Column names and types, in order. `type` is the Parquet type; CSV writes every value as text. */
export const FLAT_COLUMNS = [
  { name: 'key', type: 'STRING' },
  { name: 'date', type: 'STRING' },
  { name: 'date_precision', type: 'STRING' },
  { name: 'source_name', type: 'STRING' },
  { name: 'source_country', type: 'STRING' },
  { name: 'source_role', type: 'STRING' },
  { name: 'target_name', type: 'STRING' },
  { name: 'target_country', type: 'STRING' },
  { name: 'target_role', type: 'STRING' },
  { name: 'cameo', type: 'STRING' },
  { name: 'root', type: 'STRING' },
  { name: 'quad', type: 'INT32' },
  { name: 'goldstein', type: 'DOUBLE' },
  { name: 'plover', type: 'STRING' },
  { name: 'location_name', type: 'STRING' },
  { name: 'location_country', type: 'STRING' },
  { name: 'location_admin1', type: 'STRING' },
  { name: 'lat', type: 'DOUBLE' },
  { name: 'lon', type: 'DOUBLE' },
  { name: 'fatalities', type: 'INT32' },
  { name: 'modality', type: 'STRING' },
  { name: 'mentions', type: 'INT32' },
  { name: 'confidence', type: 'DOUBLE' },
  { name: 'origin', type: 'STRING' },
  { name: 'url', type: 'STRING' },
  { name: 'evidence', type: 'STRING' },
] as const;

export type FlatValue = string | number | null;

export function flatEvent(e: CodedEvent): FlatValue[] {
  const l = e.location;
  return [
    e.key, e.date, e.datePrecision,
    e.source.name, e.source.country, e.source.role,
    e.target?.name ?? null, e.target?.country ?? null, e.target?.role ?? null,
    e.cameo, e.root, e.quad, e.goldstein, e.plover,
    l?.name ?? null, l?.country ?? null, l?.admin1 ?? null, l?.lat ?? null, l?.lon ?? null,
    e.fatalities, e.modality, e.mentions, e.confidence, e.origin,
    e.evidences.find((v) => v.url)?.url ?? null, e.evidence,
  ];
}
