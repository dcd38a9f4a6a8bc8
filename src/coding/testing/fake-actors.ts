/**
 * A small fixed gazetteer for the coder's tests, so that they test the coder and not the
 * actors stage (which has its own tests). Longest name first, non-overlapping, like the real one.
 */
import type { Actor, ActorMention, Place, PlaceMention } from '../../actors/types.js';
import type { ActorFinder } from '../pattern-types.js';

const COUNTRIES: Array<[iso3: string, name: string, words: string[]]> = [
  ['IRN', 'Iran', ['Iran', 'Iranian', 'Tehran']],
  ['PAK', 'Pakistan', ['Pakistan', 'Pakistani', 'Islamabad']],
  ['AFG', 'Afghanistan', ['Afghanistan', 'Afghan', 'Kabul']],
  ['IND', 'India', ['India', 'Indian', 'New Delhi']],
  ['CHN', 'China', ['China', 'Chinese', 'Beijing']],
  ['USA', 'United States', ['United States', 'U.S.', 'American', 'Washington']],
  ['ISR', 'Israel', ['Israel', 'Israeli']],
  ['YEM', 'Yemen', ['Yemen', 'Yemeni']],
  ['KEN', 'Kenya', ['Kenya', 'Kenyan']],
  ['RUS', 'Russia', ['Russia', 'Russian', 'Moscow', 'Kremlin']],
  ['UKR', 'Ukraine', ['Ukraine', 'Ukrainian', 'Kyiv']],
  ['TUR', 'Turkey', ['Turkey', 'Turkish', 'Ankara']],
  ['GRC', 'Greece', ['Greece', 'Greek', 'Athens']],
  ['ARM', 'Armenia', ['Armenia', 'Armenian', 'Yerevan']],
  ['AZE', 'Azerbaijan', ['Azerbaijan', 'Azerbaijani', 'Baku']],
  ['SYR', 'Syria', ['Syria', 'Syrian', 'Damascus']],
  ['JOR', 'Jordan', ['Jordan', 'Jordanian', 'Amman']],
  ['PRK', 'North Korea', ['North Korea', 'North Korean', 'Pyongyang']],
  ['KOR', 'South Korea', ['South Korea', 'South Korean', 'Seoul']],
];
const GROUPS: Array<[name: string, words: string[]]> = [
  ['Hamas', ['Hamas']], ['Houthis', ['Houthis', 'Houthi']], ['Jaish al-Adl', ['Jaish al-Adl']],
  ['Tehreek-e-Taliban Pakistan', ['Tehreek-e-Taliban Pakistan', 'TTP']],
];
const PERSONS: Array<[name: string, iso3: string, words: string[]]> = [['Hossein Amir Abdollahian', 'IRN', ['Hossein Amir Abdollahian']]];
const PLACES: Array<[name: string, country: string, admin1: string | null, kind: Place['kind'], lat: number, lon: number]> = [
  ['Balochistan', 'PAK', 'Balochistan', 'admin1', 28.49, 65.09],
  ['Sistan and Baluchestan', 'IRN', 'Sistan and Baluchestan', 'admin1', 27.53, 60.58],
  ['Islamabad', 'PAK', 'Islamabad Capital Territory', 'city', 33.69, 73.06],
  ['Peshawar', 'PAK', 'Khyber Pakhtunkhwa', 'city', 34.01, 71.58],
  ['Gaza', 'PSE', 'Gaza Strip', 'region', 31.5, 34.47],
  ['Kharkiv', 'UKR', 'Kharkiv Oblast', 'city', 49.99, 36.23],
  ['Damascus', 'SYR', 'Damascus', 'city', 33.51, 36.29],
  ['Isfahan', 'IRN', 'Isfahan', 'city', 32.65, 51.67],
  ['Balakot', 'PAK', 'Khyber Pakhtunkhwa', 'city', 34.55, 73.35],
  ['New Delhi', 'IND', 'Delhi', 'city', 28.61, 77.21],
  ['Athens', 'GRC', 'Attica', 'city', 37.98, 23.73],
  ['India', 'IND', null, 'country', 21, 78], ['Israel', 'ISR', null, 'country', 31, 35],
  ['Iran', 'IRN', null, 'country', 32, 53], ['Pakistan', 'PAK', null, 'country', 30, 70],
  ['Afghanistan', 'AFG', null, 'country', 33, 65], ['Yemen', 'YEM', null, 'country', 15, 48],
  ['Ukraine', 'UKR', null, 'country', 49, 32], ['Greece', 'GRC', null, 'country', 39, 22],
];

function state(iso3: string, name: string, role: Actor['role'] = null): Actor {
  return { name, country: iso3, role, kind: 'state' };
}

type Entry = { word: string; actors: Actor[]; via: ActorMention['via'] };
const ENTRIES: Entry[] = [
  ...COUNTRIES.flatMap(([iso3, name, words]) => words.map((word, i): Entry => ({
    word, actors: [state(iso3, name, i === 0 ? null : 'GOV')], via: i === 0 ? 'name' : /an$|ese$|i$|ish$|eek$/.test(word) ? 'demonym' : 'capital',
  }))),
  ...GROUPS.flatMap(([name, words]) => words.map((word): Entry => ({ word, actors: [{ name, country: null, role: 'REB', kind: 'group' }], via: 'group' }))),
  ...PERSONS.flatMap(([name, iso3, words]) => words.map((word): Entry => ({ word, actors: [{ name, country: iso3, role: 'GOV', kind: 'person' }], via: 'person' }))),
].sort((a, b) => b.word.length - a.word.length);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function scan<T>(text: string, entries: Array<{ word: string }>, make: (e: never, start: number, end: number) => T): T[] {
  const taken: Array<[number, number]> = [];
  const out: Array<[number, T]> = [];
  for (const e of entries) {
    const re = new RegExp(`(?<![\\p{L}])${escape(e.word)}(?![\\p{L}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index, en = s + m[0].length;
      if (taken.some(([a, b]) => s < b && a < en)) continue;
      taken.push([s, en]);
      out.push([s, make(e as never, s, en)]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

export const FAKE_ACTORS: ActorFinder = {
  findActorMentions(text: string): ActorMention[] {
    return scan(text, ENTRIES, (e: Entry, start, end) => ({ start, end, text: text.slice(start, end), actors: e.actors, via: e.via }));
  },
  findPlaceMentions(text: string): PlaceMention[] {
    const entries = PLACES.map(([name, country, admin1, kind, lat, lon]) => ({ word: name, place: { name, country, admin1, lat, lon, kind } as Place }))
      .sort((a, b) => b.word.length - a.word.length);
    return scan(text, entries, (e: { place: Place }, start, end) => ({ start, end, text: text.slice(start, end), place: e.place }));
  },
  countryActor(iso3: string): Actor | null {
    const c = COUNTRIES.find(([code]) => code === iso3);
    return c ? state(c[0], c[1]) : null;
  },
};
