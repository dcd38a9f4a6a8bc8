/**
 * ACLED CSV exports → CodedEvents with origin 'acled'. Columns are found by their header names
 * (event_id_cnty, event_date, event_type, sub_event_type, actor1, inter1, actor2, inter2, country,
 * iso, admin1, location, latitude, longitude, fatalities, notes, source), so extra or reordered
 * columns are fine. The event type is coded with acled-mapping.ts.
 *
 * Actors: ACLED names actors in prose ("Military Forces of Iran (1989-)", "Civilians (Pakistan)").
 * The actor's country is the country named in it, else the country where the event happened
 * (`iso`, ISO numeric). The role comes from the inter code (1 state forces → MIL, GOV or COP by
 * name; 2 rebels → REB; 3 political and 4 identity militias → UAF; 5 rioters, 6 protesters and
 * 7 civilians → CVL; 8 external/other forces → MIL/GOV/COP for a foreign state's forces, IGO when
 * the name says so).
 */
import type { Actor, Sector } from '../actors/types.js';
import type { CodedEvent } from '../coding/types.js';
import { acledRule } from './acled-mapping.js';
import { COUNTRY_LIST, iso3OfNumeric, isCountryIso3 } from './country-codes.js';
import { parseCsv } from './csv-parse.js';
import { ExchangeError } from './errors.js';
import type { ParsedFile } from './gdelt-import.js';

/** Confidence given to ACLED events: hand-coded by analysts, but not from our own evidence. */
export const ACLED_CONFIDENCE = 0.8;

const REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'actor1', 'country'] as const;

/** Country names, longest first, so "Democratic Republic of Congo" wins over "Congo". */
const NAMES: { re: RegExp; iso3: string }[] = COUNTRY_LIST
  .flatMap((c) => [c.name.common, c.name.official].map((n) => ({ n, iso3: c.cca3 })))
  .sort((a, b) => b.n.length - a.n.length)
  .map(({ n, iso3 }) => ({ re: new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'), iso3 }));

/** Parses an ACLED CSV; throws ExchangeError when required columns are missing. */
export function parseAcled(text: string, origin: string): ParsedFile {
  const rows = parseCsv(text, origin);
  if (rows.length === 0) throw new ExchangeError(origin, 'empty file (want an ACLED CSV with a header row)');
  const header = rows[0].fields.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw new ExchangeError(origin, `not an ACLED CSV: missing column(s) ${missing.join(', ')}`);
  const col = (r: string[], name: string) => {
    const i = header.indexOf(name);
    return i < 0 ? '' : (r[i] ?? '').trim();
  };
  const out: ParsedFile = { events: [], skipped: [] };
  for (const { fields, line } of rows.slice(1)) {
    const get = (name: string) => col(fields, name);
    const e = acledEvent(get);
    if (typeof e === 'string') out.skipped.push({ line, reason: e });
    else out.events.push(e);
  }
  return out;
}

function acledEvent(get: (name: string) => string): CodedEvent | string {
  const id = get('event_id_cnty');
  if (!id) return 'no event_id_cnty';
  const date = acledDate(get('event_date'));
  if (!date) return `event_date "${get('event_date')}" is not a date`;
  const fatalitiesText = get('fatalities');
  const fatalities = /^\d+$/.test(fatalitiesText) ? Number(fatalitiesText) : null;
  const rule = acledRule(get('event_type'), get('sub_event_type'), fatalities);
  if (!rule) return `event_type "${get('event_type')}" is not an ACLED event type`;
  const where = iso3OfNumeric(get('iso')) ?? countryIn(get('country'));
  const source = acledActor(get('actor1'), get('inter1'), where);
  if (!source) return 'no actor1';
  const lat = Number(get('latitude'));
  const lon = Number(get('longitude'));
  const place = get('location');
  const notes = get('notes');
  return {
    key: `acled:${id}`,
    source,
    target: acledActor(get('actor2'), get('inter2'), where),
    cameo: rule.cameo,
    root: rule.cameo.slice(0, 2),
    quad: rule.quad,
    goldstein: rule.goldstein,
    plover: rule.plover,
    date,
    datePrecision: 'day',
    dateStated: true,
    location: where && place
      ? { name: place, country: where, admin1: get('admin1') || null, lat: get('latitude') && Number.isFinite(lat) ? lat : null, lon: get('longitude') && Number.isFinite(lon) ? lon : null, kind: 'city' }
      : null,
    fatalities,
    fatalitiesQualifier: null,
    modality: 'asserted',
    evidence: notes,
    evidences: [{ articleId: `acled:${id}`, sentence: notes, start: 0, end: notes.length, paragraphKind: 'body', pattern: rule.id, published: date, url: null }],
    mentions: 1,
    confidence: ACLED_CONFIDENCE,
    origin: 'acled',
  };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ACLED writes "2024-01-16" in API exports and "16 January 2024" in older files. */
export function acledDate(s: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return valid(`${m[1]}-${m[2]}-${m[3]}`);
  m = /^(\d{1,2})[\s-]([A-Za-z]+)[\s-](\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS.findIndex((x) => x.startsWith(m![2].toLowerCase().slice(0, 3)));
    if (month < 0) return null;
    return valid(`${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`);
  }
  return null;
}

function valid(d: string): string | null {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d ? d : null;
}

function countryIn(text: string): string | null {
  for (const { re, iso3 } of NAMES) if (re.test(text)) return iso3;
  return null;
}

/** inter1/inter2: a digit in older files, words in newer ones ("State forces"). */
function interCode(inter: string): number {
  if (/^\d$/.test(inter)) return Number(inter);
  const t = inter.toLowerCase();
  const words: [RegExp, number][] = [[/state forces/, 1], [/rebel/, 2], [/political militia/, 3], [/identity militia/, 4], [/rioter/, 5], [/protester/, 6], [/civilian/, 7], [/external|other forces/, 8]];
  return words.find(([re]) => re.test(t))?.[1] ?? 0;
}

function acledActor(name: string, inter: string, where: string | null): Actor | null {
  if (!name) return null;
  const code = interCode(inter);
  const named = countryIn(name);
  // Foreign armies are "External/Other forces" (8) in ACLED but are still a state's forces.
  const stateForces = code === 1 || (code === 8 && /\b(military|police) forces of\b|\bgovernment of\b/i.test(name));
  let role: Sector | null = null;
  if (stateForces) role = /police/i.test(name) ? 'COP' : /government/i.test(name) ? 'GOV' : 'MIL';
  else if (code === 2) role = 'REB';
  else if (code === 3 || code === 4) role = 'UAF';
  else if (code >= 5 && code <= 7) role = 'CVL';
  else if (code === 8 && /united nations|\bUN\b|african union|NATO/i.test(name)) role = 'IGO';
  // Foreign forces (8) and state forces carry their own country; militias and protesters are local.
  const country = named ?? (code === 8 ? null : where);
  const isState = stateForces && isCountryIso3(country);
  return { name, country: isCountryIso3(country) ? country : null, role, kind: isState ? 'state' : code >= 2 && code <= 4 ? 'group' : 'org' };
}
