/** Country code lookups (ISO3, ISO2, ISO numeric) from world-countries, built once. */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { fipsOf, iso3OfFips } from './fips-codes.js';

interface CountryCodes {
  iso3: string;
  iso2: string;
  /** ISO 3166-1 numeric, without leading zeros ("4" for Afghanistan), as ACLED writes it. */
  numeric: number | null;
  name: string;
}

/** world-countries is CommonJS: loaded with require so its JSON needs no import attributes. */
export const COUNTRY_LIST: readonly Country[] = createRequire(import.meta.url)('world-countries') as Country[];

const BY_ISO3 = new Map<string, CountryCodes>();
const BY_ISO2 = new Map<string, string>();
const BY_NUMERIC = new Map<number, string>();
for (const c of COUNTRY_LIST) {
  const numeric = c.ccn3 ? Number(c.ccn3) : null;
  BY_ISO3.set(c.cca3, { iso3: c.cca3, iso2: c.cca2, numeric, name: c.name.common });
  BY_ISO2.set(c.cca2, c.cca3);
  if (numeric !== null) BY_NUMERIC.set(numeric, c.cca3);
}

/** True for an ISO 3166-1 alpha-3 code of a country (not a CAMEO region such as "EUR" or "AFR"). */
export function isCountryIso3(code: string | null | undefined): code is string {
  return !!code && BY_ISO3.has(code);
}

/** Common English name of a country, or the code itself when unknown. */
export function countryName(iso3: string): string {
  return BY_ISO3.get(iso3)?.name ?? iso3;
}

/** ISO 3166-1 numeric code as a zero-padded string ("364"), as world-atlas names its shapes. */
export function numericOf(iso3: string): string | null {
  const n = BY_ISO3.get(iso3)?.numeric;
  return n == null ? null : String(n).padStart(3, '0');
}

/** ISO3 of an ISO numeric code (ACLED's `iso`, "586" or 586), or null. */
export function iso3OfNumeric(code: string | number): string | null {
  const n = typeof code === 'number' ? code : Number(code.trim());
  return Number.isInteger(n) ? BY_NUMERIC.get(n) ?? null : null;
}

/** The country code GDELT writes in its geo columns: FIPS 10-4, falling back to ISO alpha-2. */
export function geoCountryCode(iso3: string): string {
  return fipsOf(iso3) ?? BY_ISO3.get(iso3)?.iso2 ?? '';
}

/** ISO3 of a GDELT geo country code (FIPS 10-4, or ISO alpha-2 as we write for countries FIPS lacks). */
export function iso3OfGeoCode(code: string): string | null {
  if (!code) return null;
  return iso3OfFips(code) ?? BY_ISO2.get(code) ?? null;
}
