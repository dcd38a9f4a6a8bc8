/**
 * Compiles the gazetteer's data files into token tries, once per process (memoized): the
 * resolver then does one map lookup per token instead of scanning dictionaries.
 */
import type { Place, Sector } from '../types.js';
import { PhraseTrie } from '../text/phrase-trie.js';
import { fold } from '../text/tokens.js';
import { COUNTRIES } from './data/countries.js';
import { ADMIN1 } from './data/admin1.js';
import { CITIES } from './data/cities.js';
import type { CountryRecord } from './records.js';
import { EXTRA_NAMES, EXTRA_DEMONYMS, DEMONYM_OWNER, CAPITAL_EXCLUDED, CAPITAL_ALIASES } from './country-aliases.js';
import { SEATS } from './seats.js';
import { SOVEREIGN_OF } from './sovereigns.js';
import { ARMED_GROUPS, type GroupEntry } from './armed-groups.js';
import { SECTOR_NOUNS, type SectorEntry } from './sectors.js';
import { KNOWN_PEOPLE, type KnownPerson } from './known-people.js';
import { ORGANISATIONS, type OrgEntry } from './organisations.js';
import { REGIONS, ADMIN1_EXCLUDED, ADMIN1_NOISY_COUNTRIES } from './regions.js';
import { BLOCKED_PHRASES, NOT_COUNTRY_NAMES_IN_ENGLISH } from './ambiguous.js';

/** What a proper-name phrase refers to as an actor. */
export type ActorRef =
  | { type: 'country'; iso3: string; via: 'name' | 'demonym' | 'capital'; role?: Sector }
  | { type: 'seat'; iso3: string; role: Sector }
  | { type: 'group'; group: GroupEntry }
  | { type: 'person'; person: KnownPerson }
  /** An international body, an unrecognised authority or unnamed attackers (country null). */
  | { type: 'org'; org: OrgEntry }
  /** A phrase that contains a country word but names no actor ("South China Sea"). */
  | { type: 'blocked' };

/** A place a phrase may name; several when ambiguous ("Punjab"). */
export interface PlaceRef {
  place: Place;
  disputed?: readonly string[];
  /** A phrase read and dropped ("South China Sea"): not a place we can locate in one country. */
  blocked?: boolean;
}

export interface Gazetteer {
  countries: ReadonlyMap<string, CountryRecord>;
  actors: PhraseTrie<ActorRef>;
  sectors: PhraseTrie<SectorEntry>;
  places: PhraseTrie<PlaceRef>;
  /** Folded lower-case name -> every place of that name (for placeIn). */
  placesByName: ReadonlyMap<string, PlaceRef[]>;
  /** Folded lower-case name/demonym/capital -> ISO3 (for countryOf). */
  countryWords: ReadonlyMap<string, string>;
  /** Keys of countryWords written in capitals ("us", "uk"): they match only when written so ("US", not "us"). */
  acronyms: ReadonlySet<string>;
}

let cached: Gazetteer | null = null;

/** "South Central", "North-West": directions only, ordinary words in text. */
const DIRECTIONS_ONLY = /^((North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Middle|Far)[ -]?)+$/;

const SUFFIX = / (Province|Region|Governorate|District|State|Oblast|oblast|Division|Prefecture|County|Municipality)$/;

/** The compiled gazetteer (built on first call, about 30–60 ms). */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const countries = new Map(COUNTRIES.map((c) => [c.iso3, c]));
  const actors = new PhraseTrie<ActorRef>('proper');
  const places = new PhraseTrie<PlaceRef>('proper');
  const sectors = new PhraseTrie<SectorEntry>('lower');
  const placesByName = new Map<string, PlaceRef[]>();
  const countryWords = new Map<string, string>();
  const taken = new Set<string>();

  const addPlace = (name: string, ref: PlaceRef): void => {
    places.add(name, ref);
    const k = name.toLowerCase();
    const list = placesByName.get(k) ?? [];
    list.push(ref);
    placesByName.set(k, list);
  };

  // Countries: names first (a sovereign state wins a shared word), then demonyms, then capitals.
  const ordered = [...COUNTRIES].sort((a, b) => Number(b.sovereign) - Number(a.sovereign));
  const nameOwner = new Map<string, string>();
  for (const c of ordered) {
    for (const n of [c.name, c.official, ...c.alt, ...(EXTRA_NAMES[c.iso3] ?? [])]) {
      if (NOT_COUNTRY_NAMES_IN_ENGLISH.has(n)) continue;
      const owner = EXTRA_NAMES_OWNER.get(n) ?? nameOwner.get(n) ?? c.iso3;
      nameOwner.set(n, owner);
    }
  }
  for (const [n, iso3] of nameOwner) {
    if (n.length < 2) continue;
    // actors.dependency-sovereign: a dependency's name speaks for the state that holds it.
    actors.add(n, { type: 'country', iso3: SOVEREIGN_OF[iso3] ?? iso3, via: 'name' });
    const c = countries.get(iso3)!;
    addPlace(n, { place: { name: c.name, country: iso3, admin1: null, lat: c.lat, lon: c.lon, kind: 'country' } });
    countryWords.set(wordKey(n), iso3);
    taken.add(n);
  }
  const demonymOwner = new Map<string, string>();
  for (const c of ordered) {
    // world-countries joins two demonyms with a comma ("Bosnian, Herzegovinian").
    for (const d of [...(c.demonym?.split(', ') ?? []), ...(EXTRA_DEMONYMS[c.iso3] ?? [])]) {
      if (!d || demonymOwner.has(d)) continue;
      demonymOwner.set(d, DEMONYM_OWNER[d] ?? c.iso3);
    }
  }
  for (const [d, iso3] of demonymOwner) {
    if (nameOwner.has(d)) continue;
    actors.add(d, { type: 'country', iso3: SOVEREIGN_OF[iso3] ?? iso3, via: 'demonym' });
    countryWords.set(wordKey(d), iso3);
    // "Iranians", "Pakistanis": the people of the country.
    if (/[a-rt-z]$/.test(d) && !/(ese|ch|sh)$/.test(d) && !d.includes('.')) {
      actors.add(`${d}s`, { type: 'country', iso3: SOVEREIGN_OF[iso3] ?? iso3, via: 'demonym', role: 'CVL' });
      countryWords.set(wordKey(`${d}s`), iso3);
    }
  }
  const excluded = new Set(CAPITAL_EXCLUDED);
  for (const c of ordered) {
    // A dependency's capital (Nuuk, Hamilton) does not speak for a state; aliases list the exceptions (Taipei).
    const own = c.sovereign ? c.capitals.filter((x) => !excluded.has(x)) : [];
    const caps = [...own, ...(CAPITAL_ALIASES[c.iso3] ?? [])];
    for (const cap of new Set(caps)) {
      if (nameOwner.has(cap)) continue;
      actors.add(cap, { type: 'country', iso3: c.iso3, via: 'capital' });
      // countryOf folds what it is asked ("Bogotá" -> "bogota"), so the keys are folded too; a capital
      // that folds to an excluded common word ("Malé" -> "Male") stays out of them.
      if (!countryWords.has(wordKey(cap)) && !excluded.has(fold(cap))) countryWords.set(wordKey(cap), c.iso3);
    }
  }
  for (const s of SEATS) {
    actors.add(s.name, { type: 'seat', iso3: s.country, role: s.role });
  }
  for (const grp of ARMED_GROUPS) {
    for (const n of [grp.name, ...grp.aliases]) actors.add(n, { type: 'group', group: grp });
  }
  for (const org of ORGANISATIONS) {
    for (const n of [org.name, ...org.aliases]) actors.add(n, { type: 'org', org });
  }
  for (const kp of KNOWN_PEOPLE) {
    for (const n of [kp.name, ...kp.aliases]) actors.add(n, { type: 'person', person: kp });
  }
  for (const s of SECTOR_NOUNS) sectors.add(s.phrase, s);
  const blockedPlace: PlaceRef = { place: { name: '', country: '', admin1: null, lat: null, lon: null, kind: 'region' }, blocked: true };
  for (const b of BLOCKED_PHRASES) {
    actors.add(b, { type: 'blocked' });
    places.add(b, blockedPlace);
  }
  // A group's name is not a place: "Tehreek-e-Taliban Pakistan" does not locate anything in Pakistan.
  for (const grp of ARMED_GROUPS) for (const n of [grp.name, ...grp.aliases]) if (n.includes(' ')) places.add(n, blockedPlace);

  // Places: regions and spelling variants, then cities, then provinces not already named.
  for (const r of REGIONS) {
    const ref: PlaceRef = { place: { name: r.name, country: r.country, admin1: r.admin1, lat: r.lat, lon: r.lon, kind: r.kind }, disputed: r.disputed };
    for (const n of r.names) {
      addPlace(n, ref);
      taken.add(n);
    }
  }
  for (const c of CITIES) {
    if (taken.has(c.name)) continue;
    addPlace(c.name, { place: { name: c.name, country: c.country, admin1: c.admin1, lat: c.lat, lon: c.lon, kind: 'city' } });
  }
  for (const c of Object.entries(CAPITAL_ALIASES)) {
    for (const alias of c[1]) {
      const city = CITIES.find((x) => x.country === c[0] && x.capital);
      if (!city || taken.has(alias) || alias === city.name) continue;
      addPlace(alias, { place: { name: city.name, country: city.country, admin1: city.admin1, lat: city.lat, lon: city.lon, kind: 'city' } });
    }
  }
  const cityKeys = new Set(CITIES.map((c) => `${c.country}/${c.name}`));
  for (const a of ADMIN1) {
    if (ADMIN1_NOISY_COUNTRIES.has(a.country) && !a.name.includes(' ')) continue;
    const short = a.name.replace(SUFFIX, '');
    for (const n of new Set([a.name, short])) {
      const ref: PlaceRef = { place: { name: a.name, country: a.country, admin1: a.name, lat: a.lat, lon: a.lon, kind: 'admin1' } };
      // A city of the same name in the same country is the more precise reading (Tehran, Herat);
      // the province stays reachable by name for "Herat province" and placeIn.
      if (cityKeys.has(`${a.country}/${n}`)) {
        const k = n.toLowerCase();
        placesByName.set(k, [...(placesByName.get(k) ?? []), ref]);
        continue;
      }
      if (n.length < 4 || ADMIN1_EXCLUDED.has(n) || DIRECTIONS_ONLY.test(n) || taken.has(n)) continue;
      addPlace(n, ref);
    }
  }
  const acronyms = new Set([...nameOwner.keys(), ...demonymOwner.keys()].filter((n) => n.replace(/\./g, '').toUpperCase() === n.replace(/\./g, '') && n.replace(/\./g, '').length <= 4).map((n) => n.toLowerCase()));
  cached = { countries, actors, sectors, places, placesByName, countryWords, acronyms };
  return cached;
}

/** Names world-countries gives to a dependency or the wrong Congo: ours decide. */
const EXTRA_NAMES_OWNER: ReadonlyMap<string, string> = new Map(
  Object.entries(EXTRA_NAMES).flatMap(([iso3, names]) => names.map((n) => [n, iso3] as [string, string])),
);

/** The key of a name in countryWords: folded ("Bogotá" -> "bogota") and lower case, as countryOf looks it up. */
function wordKey(name: string): string {
  return fold(name).toLowerCase();
}
