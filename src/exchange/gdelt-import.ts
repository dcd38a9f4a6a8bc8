/**
 * GDELT 2.0 event-export rows (61 tab-separated columns, no header) → CodedEvents with origin 'gdelt'.
 * Kept as GDELT gives it: EventCode, QuadClass, GoldsteinScale, SQLDATE, ActionGeo. Mapped:
 *  - Actor*CountryCode is a CAMEO code; only real countries (ISO3) become `country`, regions such as
 *    "EUR" or "AFR" leave it null.
 *  - Actor*Type1Code becomes the role when it is one of our sectors.
 *  - ActionGeo_CountryCode (FIPS 10-4) is mapped back to ISO3.
 *  - mentions = NumArticles (independent reports), confidence 0.5 (GDELT gives none).
 * The event key is `gdelt:<GLOBALEVENTID>`, so importing the same row twice is one event.
 */
import type { Actor, Place, Sector } from '../actors/types.js';
import type { CodedEvent } from '../coding/types.js';
import { GDELT_COLUMNS, GDELT_INDEX as C, GEO_TYPE } from './gdelt-columns.js';
import { isCountryIso3, iso3OfGeoCode } from './country-codes.js';
import { ExchangeError } from './errors.js';

const SECTORS = new Set<Sector>(['GOV', 'MIL', 'REB', 'OPP', 'MED', 'CVL', 'COP', 'JUD', 'LEG', 'BUS', 'EDU', 'REF', 'SPY', 'IGO', 'NGO', 'INS', 'SEP', 'UAF', 'ELI', 'LAB', 'HLH']);

/** Evidence `pattern` of imported GDELT rows. */
export const GDELT_PATTERN = 'gdelt';

/** Confidence given to imported GDELT events: machine-coded, no evidence sentence to check. */
export const GDELT_CONFIDENCE = 0.5;

export interface ParsedFile {
  events: CodedEvent[];
  /** Rows left out, with the reason (e.g. a row with no EventCode). */
  skipped: { line: number; reason: string }[];
}

/** Parses a whole GDELT 2.0 export; throws ExchangeError when the file is not one (wrong column count on most rows). */
export function parseGdelt(text: string, origin: string): ParsedFile {
  const out: ParsedFile = { events: [], skipped: [] };
  const lines = text.split(/\r?\n/);
  let rows = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    rows++;
    const fields = line.split('\t');
    if (fields.length !== GDELT_COLUMNS.length) {
      if (rows === 1) throw new ExchangeError(`${origin}:${i + 1}`, `not a GDELT 2.0 event export (want ${GDELT_COLUMNS.length} tab-separated columns, found ${fields.length})`);
      out.skipped.push({ line: i + 1, reason: `${fields.length} columns, want ${GDELT_COLUMNS.length}` });
      continue;
    }
    const e = gdeltEvent(fields);
    if (typeof e === 'string') out.skipped.push({ line: i + 1, reason: e });
    else out.events.push(e);
  }
  return out;
}

/** One row's event, or the reason it cannot be one. */
export function gdeltEvent(f: string[]): CodedEvent | string {
  const id = f[C.GLOBALEVENTID].trim();
  const cameo = f[C.EventCode].trim();
  const sqlDate = f[C.SQLDATE].trim();
  if (!/^\d+$/.test(id)) return `GLOBALEVENTID "${id}" is not a number`;
  if (!/^\d{2,4}$/.test(cameo)) return `EventCode "${cameo}" is not a CAMEO code`;
  const date = /^\d{8}$/.test(sqlDate) ? `${sqlDate.slice(0, 4)}-${sqlDate.slice(4, 6)}-${sqlDate.slice(6, 8)}` : null;
  if (!date || Number.isNaN(Date.parse(date))) return `SQLDATE "${sqlDate}" is not YYYYMMDD`;
  const quad = Number(f[C.QuadClass]);
  if (![1, 2, 3, 4].includes(quad)) return `QuadClass "${f[C.QuadClass]}" is not 1-4`;
  const goldstein = Number(f[C.GoldsteinScale]);
  const source = gdeltActor(f, 'Actor1') ?? { name: 'unknown', country: null, role: null, kind: 'org' as const };
  const url = f[C.SOURCEURL].trim() || null;
  const added = f[C.DATEADDED].trim();
  const published = /^\d{8}/.test(added) ? `${added.slice(0, 4)}-${added.slice(4, 6)}-${added.slice(6, 8)}` : date;
  const articles = Math.max(1, Number(f[C.NumArticles]) || 1);
  return {
    key: `gdelt:${id}`,
    source,
    target: gdeltActor(f, 'Actor2'),
    cameo,
    root: f[C.EventRootCode].trim() || cameo.slice(0, 2),
    quad: quad as 1 | 2 | 3 | 4,
    goldstein: Number.isFinite(goldstein) ? goldstein : 0,
    plover: null,
    date,
    datePrecision: 'day',
    dateStated: true,
    location: actionGeo(f),
    fatalities: null,
    fatalitiesQualifier: null,
    modality: 'asserted',
    evidence: '',
    evidences: [{ articleId: url ?? `gdelt:${id}`, sentence: '', start: 0, end: 0, paragraphKind: 'body', pattern: GDELT_PATTERN, published, url }],
    mentions: articles,
    confidence: GDELT_CONFIDENCE,
    origin: 'gdelt',
  };
}

function gdeltActor(f: string[], which: 'Actor1' | 'Actor2'): Actor | null {
  const code = f[C[`${which}Code`]].trim();
  const name = f[C[`${which}Name`]].trim();
  const cc = f[C[`${which}CountryCode`]].trim();
  const group = f[C[`${which}KnownGroupCode`]].trim();
  const type = f[C[`${which}Type1Code`]].trim() as Sector;
  if (!code && !name && !cc) return null;
  const country = isCountryIso3(cc) ? cc : null;
  return {
    name: titleCase(name) || code,
    country,
    role: SECTORS.has(type) ? type : null,
    kind: group ? 'group' : country ? 'state' : 'org',
  };
}

function actionGeo(f: string[]): Place | null {
  const type = Number(f[C.ActionGeo_Type]);
  const full = f[C.ActionGeo_FullName].trim();
  const country = iso3OfGeoCode(f[C.ActionGeo_CountryCode].trim());
  if (!type || !full || !country) return null;
  const parts = full.split(',').map((s) => s.trim()).filter(Boolean);
  const num = (s: string) => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));
  const kind = type === GEO_TYPE.country ? 'country' : type === GEO_TYPE.worldState || type === GEO_TYPE.usState ? 'admin1' : 'city';
  const admin1 = kind === 'admin1' ? parts[0] : kind === 'city' && parts.length >= 3 ? parts[parts.length - 2] : null;
  return { name: parts[0], country, admin1, lat: num(f[C.ActionGeo_Lat]), lon: num(f[C.ActionGeo_Long]), kind };
}

/** GDELT writes names in capitals ("PAKISTAN"); show them as "Pakistan". */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'(])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}
