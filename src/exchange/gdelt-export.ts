/**
 * Our events as GDELT 2.0 event-table rows (61 tab-separated columns, no header), so tools built for
 * GDELT read them. Conventions (GDELT 2.0 Event Codebook):
 *  - Actor*Code = CAMEO country + role ("IRNGOV"); Actor*CountryCode = ISO3 (CAMEO country codes).
 *  - *Geo_CountryCode = FIPS 10-4 ("PK"), as real GDELT writes it (see fips-codes.ts).
 *  - FractionDate = Year + ((Month − 1) × 30 + Day) / 365, to 4 decimals, GDELT's own formula.
 *  - NumMentions = our mentions; NumSources and NumArticles = distinct articles behind the event.
 *  - AvgTone is 0: we do not measure tone.
 * An event with no date of its own takes its first report's publication date (GDELT dates events by
 * publication too); an event with neither is left out and counted in `skipped`.
 */
import type { Actor, Place } from '../actors/types.js';
import type { CodedEvent } from '../coding/types.js';
import { GDELT_COLUMNS, GEO_TYPE } from './gdelt-columns.js';
import { countryName, geoCountryCode } from './country-codes.js';

export interface GdeltExportOptions {
  /** DATEADDED of every row, YYYYMMDDHHMMSS. Default: now, rounded down to GDELT's 15 minutes. */
  dateAdded?: string;
  /** First GLOBALEVENTID. Default 1. */
  firstId?: number;
}

export interface GdeltExport {
  /** Rows joined by "\n", with a trailing newline (empty string when no rows). */
  text: string;
  rows: number;
  /** Events left out because no date could be given. */
  skipped: number;
}

/** The 61 fields of one event, or null when the event has no date to put in SQLDATE. */
export function gdeltRow(e: CodedEvent, id: number, dateAdded: string): string[] | null {
  const date = e.date ?? e.evidences.find((v) => v.published && /^\d{4}-\d{2}-\d{2}/.test(v.published))?.published?.slice(0, 10) ?? null;
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  const articles = new Set(e.evidences.map((v) => v.articleId)).size || 1;
  const url = e.evidences.find((v) => v.url)?.url ?? e.evidences[0]?.url ?? '';
  const fields = [
    String(id), date.replaceAll('-', ''), date.slice(0, 7).replace('-', ''), String(y),
    (y + ((m - 1) * 30 + d) / 365).toFixed(4),
    ...actorFields(e.source),
    ...actorFields(e.target),
    '1', e.cameo, e.cameo.slice(0, 3), e.root, String(e.quad), e.goldstein.toFixed(1),
    String(Math.max(1, e.mentions)), String(articles), String(articles), '0',
    ...emptyGeo(), ...emptyGeo(),
    ...geoFields(e.location),
    dateAdded, url,
  ];
  if (fields.length !== GDELT_COLUMNS.length) throw new Error(`gdelt export: built ${fields.length} columns, want ${GDELT_COLUMNS.length}`);
  // Tabs and line breaks inside a field would break the format; GDELT has none.
  return fields.map((f) => f.replace(/[\t\r\n]+/g, ' '));
}

/** Every event as GDELT rows, numbered from `firstId`. */
export function formatGdelt(events: CodedEvent[], opts: GdeltExportOptions = {}): GdeltExport {
  const dateAdded = opts.dateAdded ?? gdeltTimestamp(new Date());
  let id = opts.firstId ?? 1;
  const lines: string[] = [];
  let skipped = 0;
  for (const e of events) {
    const row = gdeltRow(e, id, dateAdded);
    if (!row) {
      skipped++;
      continue;
    }
    lines.push(row.join('\t'));
    id++;
  }
  return { text: lines.length ? lines.join('\n') + '\n' : '', rows: lines.length, skipped };
}

/** YYYYMMDDHHMMSS of a time rounded down to the quarter hour (GDELT's update interval). */
export function gdeltTimestamp(t: Date): string {
  const q = new Date(Math.floor(t.getTime() / 900_000) * 900_000);
  return q.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** Actor1Code … Actor1Type3Code (10 fields). */
function actorFields(a: Actor | null): string[] {
  if (!a) return Array(10).fill('');
  const code = `${a.country ?? ''}${a.role ?? ''}`;
  return [code, a.name.toUpperCase(), a.country ?? '', '', '', '', '', a.role ?? '', '', ''];
}

function emptyGeo(): string[] {
  return Array(8).fill('');
}

/** ActionGeo_Type … ActionGeo_FeatureID (8 fields). */
function geoFields(p: Place | null): string[] {
  if (!p) return ['0', '', '', '', '', '', '', ''];
  const fips = geoCountryCode(p.country);
  const country = countryName(p.country);
  const type = p.kind === 'country' ? GEO_TYPE.country : p.kind === 'admin1' ? GEO_TYPE.worldState : GEO_TYPE.worldCity;
  const parts = type === GEO_TYPE.country ? [country] : [p.name, ...(p.admin1 && p.admin1 !== p.name ? [p.admin1] : []), country];
  const num = (x: number | null) => (x == null ? '' : String(x));
  // We know no GNS/GNIS feature ids or ADM1 codes below the country; the country's FIPS stands in.
  return [String(type), parts.join(', '), fips, fips, '', num(p.lat), num(p.lon), type === GEO_TYPE.country ? fips : ''];
}
