/**
 * Query and body schemas of the API (zod). The OpenAPI document is generated from these, so what is
 * validated and what is documented cannot drift apart.
 */
import { z } from 'zod';
import { HttpError } from './http-error.js';

const iso3 = z.string().regex(/^[A-Za-z]{3}$/, 'want an ISO3 country code such as PAK').transform((s) => s.toUpperCase());
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'want YYYY-MM-DD').refine(isCalendarDay, 'not a calendar date');

/** True for a real day: "2024-02-30" is not (Date.parse would roll it over to March). */
function isCalendarDay(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}
const limit = (max: number, def: number) => z.coerce.number().int().min(1).max(max).default(def);
const offset = z.coerce.number().int().min(0).max(10_000_000).default(0);

export const MODALITIES = ['asserted', 'claimed', 'intended', 'hypothetical', 'negated'] as const;

export const EventQuery = z.object({
  pair: z.string().regex(/^[A-Za-z]{3},[A-Za-z]{3}$/, 'want two ISO3 codes, e.g. IRN,PAK').optional()
    .describe('both countries of a pair, either order: IRN,PAK'),
  actor: z.string().min(1).max(200).optional().describe('substring of the source or target actor name'),
  country: iso3.optional().describe('either country of the pair, in either role (ISO3)'),
  root: z.string().regex(/^\d{2}$/, 'want a two-digit CAMEO root such as 19').optional().describe('CAMEO root code'),
  quad: z.coerce.number().int().min(1).max(4).optional().describe('QuadClass 1-4'),
  modality: z.string().optional().describe('comma-separated modalities; default asserted,claimed,intended'),
  from: day.optional().describe('first day, inclusive'),
  to: day.optional().describe('last day, inclusive'),
  q: z.string().min(1).max(200).optional().describe('text in the evidence sentence'),
  origin: z.string().max(40).optional().describe("'detente', 'gdelt' or 'acled'"),
  limit: limit(500, 50),
  offset,
});
export type EventQuery = z.infer<typeof EventQuery>;

export const PageQuery = z.object({ limit: limit(500, 50), offset });

export const QuoteQuery = z.object({
  article: z.string().max(2000).optional().describe('article id'),
  speaker: z.string().max(200).optional().describe('substring of the speaker name'),
  country: iso3.optional(),
  limit: limit(500, 50),
  offset,
});

export const CountryParam = iso3;
export const DayParam = day;

export const IngestBody = z.object({
  url: z.string().url().max(2000).optional().describe('fetched when neither html nor text is given; else the page address'),
  html: z.string().max(2_000_000).optional(),
  text: z.string().max(2_000_000).optional(),
  published: day.optional().describe('publication date YYYY-MM-DD'),
  title: z.string().max(1000).optional(),
}).strict().refine((b) => b.url || b.html || b.text, 'give url, html or text');
export type IngestBody = z.infer<typeof IngestBody>;

/** modality=a,b → a list of known modalities; a 400 on an unknown one. */
export function parseModalities(s: string | undefined): (typeof MODALITIES)[number][] | undefined {
  if (!s) return undefined;
  const list = s.split(',').map((m) => m.trim()).filter(Boolean);
  const bad = list.filter((m) => !(MODALITIES as readonly string[]).includes(m));
  if (bad.length) throw new HttpError(400, `query: modality: unknown ${bad.join(', ')} (want ${MODALITIES.join(', ')} or all)`);
  return list as (typeof MODALITIES)[number][];
}
