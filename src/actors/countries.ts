/** Country helpers over the gazetteer: names, centroids, neighbours, word -> ISO3. */
import type { Actor } from './types.js';
import { gazetteer } from './gazetteer/build.js';
import { stateActor } from './actor-factory.js';
import { fold } from './text/tokens.js';
import { AMBIGUOUS_NAMES } from './gazetteer/ambiguous.js';

/** The country's actor (kind 'state', role null) by ISO3, or null. */
export function countryActor(iso3: string): Actor | null {
  return stateActor(iso3.toUpperCase());
}

const LOWERCASE_WORDS = new Set(['china', 'turkey', ...[...AMBIGUOUS_NAMES].map((n) => n.toLowerCase())]);

/**
 * ISO3 of a country from a name ("Iran", "U.S."), demonym ("Pakistani", "Iranians"), capital
 * ("Tehran"), a possessive of these ("Pakistan's") or an ISO3 code in capitals ("IRN"); null when
 * none. Names match in any case except acronyms ("US" yes, "us" no) and codes ("can" is no country).
 */
export function countryOf(word: string): string | null {
  const raw = fold(word.trim()).replace(/'s$/, '');
  const w = raw.toLowerCase();
  const g = gazetteer();
  // "US" is the United States, "us" is a pronoun.
  if (g.acronyms.has(w) && raw !== raw.toUpperCase()) return null;
  // "china" (plates), "turkey" (the bird), "chad" (a name) need their capital letter.
  if (raw === w && LOWERCASE_WORDS.has(w)) return null;
  return g.countryWords.get(w) ?? g.countryWords.get(w.replace(/^the /, '')) ?? (g.countries.has(raw) ? raw : null);
}

/** ISO3 codes of the land neighbours of a country (world-countries `borders`); [] when unknown. */
export function landNeighbours(iso3: string): string[] {
  return [...(gazetteer().countries.get(iso3.toUpperCase())?.borders ?? [])];
}

/** The common English name of a country ("Iran"), or null. */
export function countryName(iso3: string): string | null {
  return gazetteer().countries.get(iso3.toUpperCase())?.name ?? null;
}

/** The country's centroid from world-countries, or null. */
export function countryCentroid(iso3: string): { lat: number; lon: number } | null {
  const c = gazetteer().countries.get(iso3.toUpperCase());
  return c ? { lat: c.lat, lon: c.lon } : null;
}
