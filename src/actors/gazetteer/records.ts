/** Shapes of the gazetteer's data files (generated and hand-written). */

/** One country, generated from world-countries. */
export interface CountryRecord {
  iso3: string;
  iso2: string;
  /** Common English name ("Iran"). */
  name: string;
  official: string;
  /** Latin-script alternative spellings ("Islamic Republic of Iran", "Persia"). */
  alt: string[];
  /** English demonym ("Iranian"), or null. */
  demonym: string | null;
  capitals: string[];
  /** ISO3 codes of land neighbours. */
  borders: string[];
  lat: number;
  lon: number;
  /** Independent or UN member: wins over dependencies when a word names both. */
  sovereign: boolean;
}

/** A first-level division (province, state) with its centroid. */
export interface Admin1Record {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

/** A city with its province and coordinates (null when no source had them). */
export interface CityRecord {
  name: string;
  country: string;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  capital: boolean;
}
