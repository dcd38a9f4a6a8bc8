/** The country a speaker is tied to, read from the description or the institution's name. */
import { findActorMentions, findPlaceMentions, type Actor, type ActorMention } from '../actors/index.js';
import { countryOfWord as countryOf } from './country-of.js';

/**
 * First country named in `phrase` by a demonym ("Pakistani senator"), a possessive ("Pakistan’s former
 * permanent representative") or a name, scanning left to right with the longest name first
 * ("United Arab Emirates" before "United"). Null when none, or for an empty phrase.
 */
export function countryOfPhrase(phrase: string | null): string | null {
  if (!phrase) return null;
  const tokens = [...phrase.matchAll(/[\p{Lu}][\p{L}\p{M}.\-]*(?:[’']s)?/gu)].map((m) => ({
    word: m[0].replace(/[’']s$/, '').replace(/\.$/, ''),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
      const group = tokens.slice(i, i + n);
      // Only adjacent tokens form a multi-word name.
      const joined = phrase.slice(group[0].start, group[n - 1].end).replace(/[’']s$/, '');
      if (n > 1 && /[,;]/.test(joined)) continue;
      const iso = countryOf(n === 1 ? group[0].word : joined);
      if (iso) return iso;
    }
  }
  return countryOfInstitutionOrPlace(phrase);
}

/**
 * With no country word, the institution or the town in the description ties the speaker to a state: "a
 * retired captain of the Maritime Self-Defense Force" (Japan), "of the Harbour Institute in Busan" (South
 * Korea). Only one state may be named, so that "a former envoy to Paris from Lagos" stays unknown.
 */
function countryOfInstitutionOrPlace(phrase: string): string | null {
  const found = new Set<string>();
  for (const m of findActorMentions(phrase)) {
    if (m.via !== 'pair' && m.actors.length === 1 && m.actors[0].country) found.add(m.actors[0].country);
  }
  for (const p of findPlaceMentions(phrase)) if (p.place.country) found.add(p.place.country);
  return found.size === 1 ? [...found][0] : null;
}

/**
 * The gazetteer's one person mention covering all of `name` ("George W. Bush", "Obama"), or null when the
 * text is no known person's name or holds more than one mention.
 */
function wholePersonMention(name: string): ActorMention | null {
  const mentions = findActorMentions(name);
  const m = mentions.length === 1 && mentions[0].via === 'person' ? mentions[0] : null;
  return m && m.end - m.start === name.length ? m : null;
}

/** The one actor of a known person's name, or null (unknown, or a name several people share). */
function knownPerson(name: string): Actor | null {
  const m = wholePersonMention(name);
  return m && m.actors.length === 1 ? m.actors[0] : null;
}

/** The full name of a leader the gazetteer knows by this one word ("Obama" -> "Barack Obama"); null for anyone else. */
export function knownPersonBySurname(surname: string): string | null {
  // The gazetteer never changes: one lookup per word, however many articles ask.
  const cached = surnameLeaders.get(surname);
  if (cached !== undefined) return cached;
  const person = knownPerson(surname);
  const leader = person && person.name !== surname ? person.name : null;
  if (surnameLeaders.size > 50_000) surnameLeaders.clear();
  surnameLeaders.set(surname, leader);
  return leader;
}

const surnameLeaders = new Map<string, string | null>();

/** True when the gazetteer knows `name`, whole, as one person ("George W. Bush"). */
export function isKnownPersonName(name: string): boolean {
  return wholePersonMention(name) !== null;
}

/** The country of a leader the gazetteer knows by name ("Donald Trump" -> USA); null for anyone else. */
export function countryOfKnownPerson(name: string): string | null {
  return knownPerson(name)?.country ?? null;
}
