/** Country helpers over the gazetteer: names, centroids, neighbours, word -> ISO3. */
import type { Actor } from './types.js';
import { gazetteer } from './gazetteer/build.js';
import { stateActor } from './actor-factory.js';
import { fold } from './text/tokens.js';

/** The country's actor (kind 'state', role null) by ISO3, or null. */
export function countryActor(iso3: string): Actor | null {
  return stateActor(iso3.toUpperCase());
}

/** ISO3 of a country from a name ("Iran", "U.S."), demonym ("Pakistani") or capital ("Tehran"); null when none. */
export function countryOf(word: string): string | null {
  const w = fold(word.trim()).replace(/['’]s$/, '').toLowerCase();
  const g = gazetteer();
  return g.countryWords.get(w) ?? g.countryWords.get(w.replace(/^the /, '')) ?? (g.countries.has(w.toUpperCase()) ? w.toUpperCase() : null);
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
