/**
 * Who a speaker phrase refers to, across the article. Phrases must be fed in text order: a surname or a
 * pronoun refers back to people already mentioned.
 *
 * Rules (each names itself in `Resolution.attribution`):
 * - `adjacent`: a full name introduces (or re-mentions) a person; the first description given sticks.
 * - `surname`: a full name's last words ("Mr Abu Salem" -> "Karim Abu Salem"), or "Mr. Syed" / "Dr. Mazari" / "Mazari" -> the person whose LAST name matches; of several, the
 *   most recently mentioned. A first name counts only when no last name matches and one person has it
 *   ("Ms. Park" -> "Park Eun-ha", family name first; "Mr. Kittipong" -> "Kittipong Srisuk", Thai usage);
 *   so "Mr. Syed" is "Mushahid Hussain Syed", not "Syed Rifaat Hussain".
 * - `pronoun`: "he"/"she" -> the nearest mentioned person whose known gender does not clash
 *   (Mr./he -> male, Ms./Mrs./she -> female). People named inside someone's reported words ("Paredes
 *   argued that Mr. Maduro had …, he said") are skipped: the pronoun goes back to the speaker.
 * - `title`: "the senator" -> the most recently mentioned person whose description holds that noun; when no
 *   one's does, the person named last, if that was close by.
 * - `institution`: "the Pakistani Foreign Ministry", "Tehran" -> the institution itself.
 */
import { countryOf } from '../actors/index.js';
import { countryOfPhrase, knownPersonBySurname } from './description-country.js';
import { introducedAs } from './transcript-introductions.js';
import { NAME_SUFFIXES } from './lexicon.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

export interface Person {
  name: string;
  surname: string;
  description: string | null;
  gender: 'm' | 'f' | null;
}

export interface Resolution {
  person: Person | null;
  /** Set for institutions and for people never introduced by full name. */
  speaker: string | null;
  description: string | null;
  country: string | null;
  attribution: 'adjacent' | 'surname' | 'pronoun' | 'title' | 'institution' | 'unresolved';
}

/** Last name token, particles and hyphenated parts included ("von der Leyen" keeps "Leyen"); "Jr." and the like skipped. */
function lastName(name: string): string {
  const parts = name.split(/\s+/);
  while (parts.length > 1 && NAME_SUFFIXES.has(parts[parts.length - 1])) parts.pop();
  return parts[parts.length - 1];
}

/** A surname without the Arabic article, which news drops as often as it keeps: "al-Bashir" is "Bashir". */
function surnameKey(surname: string): string {
  return surname.replace(/^(?:al|el|ad|ar|as|ash|at|az|an)[-‑]/i, '');
}

/** First name token: the family name in Korean and Chinese order ("Park Eun-ha", "Zhou Rui"). */
function firstName(name: string): string {
  return name.split(/\s+/)[0];
}

/** How far back (characters) a role noun with no matching description may reach for the last person named. */
const ROLE_REACH = 600;
/** Role nouns that only a person fills (not "the office", "the account"): only these reach back to the last person named. */
const PERSON_ROLES = new Set([
  'expert', 'analyst', 'scholar', 'researcher', 'professor', 'scientist', 'economist', 'historian', 'commentator',
  'leader', 'president', 'premier', 'minister', 'diplomat', 'envoy', 'ambassador', 'general', 'commander',
  'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'lawmaker', 'politician', 'activist', 'veteran',
]);

/** Roles that name an office rather than a title: who holds it is described by one of these titles. */
const OFFICE_HOLDERS: Readonly<Record<string, RegExp>> = {
  'head of state': /\b(?:president|king|queen|emir|sultan|monarch|emperor)\b/i,
  'head of government': /\b(?:prime minister|premier|chancellor)\b/i,
};

export class PersonRegistry {
  private readonly people: Person[] = [];
  private readonly mentions: { at: number; person: Person; embedded: boolean }[] = [];
  /** Named institutions seen so far, latest last, so an unnamed "ministry spokesperson" can find its ministry. */
  private readonly institutions: { at: number; name: string; country: string | null }[] = [];

  /**
   * `text`: the article's text, where a surname no quote introduced may still be named in full ("Mr Muizzu
   * told reporters" after "President Mohamed Muizzu's office"). Optional: without it a bare surname
   * stays as written.
   */
  constructor(private readonly text = '') {}

  /** Everyone introduced so far. */
  get persons(): readonly Person[] {
    return this.people;
  }

  private mention(person: Person, at: number, phrase: SpeakerPhrase, embedded = false): void {
    this.mentions.push({ at, person, embedded });
    if (!person.gender && phrase.gender) person.gender = phrase.gender;
  }

  private lastMentionOf(person: Person, before: number): number {
    let at = -1;
    for (const m of this.mentions) if (m.person === person && m.at < before && m.at > at) at = m.at;
    return at;
  }

  /** The most recently mentioned of `candidates` before `at` (the first one when none was mentioned yet). */
  private mostRecent(candidates: Person[], at: number): Person | null {
    let best: Person | null = null;
    let bestAt = -2;
    for (const p of candidates) {
      const m = this.lastMentionOf(p, at);
      if (m > bestAt) { best = p; bestAt = m; }
    }
    return best;
  }

  /** Registers a full name without resolving anything else (used for people introduced outside quotes). */
  introduce(phrase: SpeakerPhrase, embedded = false): Person {
    let person = this.people.find((p) => p.name === phrase.name);
    if (!person) {
      person = { name: phrase.name, surname: lastName(phrase.name), description: null, gender: null };
      this.people.push(person);
    }
    if (!person.description && phrase.description) person.description = phrase.description;
    this.mention(person, phrase.start, phrase, embedded);
    return person;
  }

  /**
   * Who `phrase` refers to. `embedded`: the phrase stands inside someone else's quote or reported words;
   * it is registered but later pronouns skip it. Default false.
   */
  resolve(phrase: SpeakerPhrase, embedded = false): Resolution {
    // Each answer is a full literal: spreading a blank resolution into every one was most of this method's time.
    switch (phrase.kind) {
      case 'person': {
        // "Mr Abu Salem" after "Karim Abu Salem": the last words of a longer known name are that person.
        const longer = this.people.find((p) => p.name !== phrase.name && p.name.endsWith(` ${phrase.name}`));
        if (longer && !this.people.some((p) => p.name === phrase.name)) {
          this.mention(longer, phrase.start, phrase, embedded);
          return { person: longer, speaker: null, description: null, country: null, attribution: 'surname' };
        }
        return { person: this.introduce(phrase, embedded), speaker: null, description: null, country: null, attribution: 'adjacent' };
      }
      case 'surname': {
        const key = surnameKey(phrase.name);
        const byLast = this.people.filter((p) => surnameKey(p.surname) === key);
        const byFirst = this.people.filter((p) => p.name !== p.surname && firstName(p.name) === phrase.name);
        const person = this.mostRecent(byLast, phrase.start) ?? (byFirst.length === 1 ? byFirst[0] : null);
        if (person) {
          this.mention(person, phrase.start, phrase, embedded);
          return { person, speaker: null, description: null, country: null, attribution: 'surname' };
        }
        const iso = phrase.honorific ? null : countryOf(phrase.name);
        if (iso) return { person: null, speaker: phrase.name, description: null, country: iso, attribution: 'institution' };
        // The article names the person in full elsewhere, outside any quote ("Donald Trump praised ..."
        // before "Trump wrote: ..."): that is who the surname means.
        const full = this.text ? introducedAs(this.text, phrase.name) : null;
        if (full && full.name !== phrase.name) {
          const known = this.introduce({ ...phrase, kind: 'person', name: full.name, description: phrase.description ?? full.description }, embedded);
          return { person: known, speaker: null, description: null, country: null, attribution: 'surname' };
        }
        // A leader world news names by surname alone ("President Obama"), whom the gazetteer knows in full.
        const leader = knownPersonBySurname(phrase.name);
        if (leader) {
          const known = this.introduce({ ...phrase, kind: 'person', name: leader }, embedded);
          return { person: known, speaker: null, description: null, country: null, attribution: 'surname' };
        }
        // A person we only know by surname; a bare capitalized word with no honorific is too weak.
        if (!phrase.honorific) return { person: null, speaker: null, description: null, country: null, attribution: 'unresolved' };
        const p: Person = { name: phrase.name, surname: phrase.name, description: phrase.description, gender: null };
        this.people.push(p);
        this.mention(p, phrase.start, phrase, embedded);
        return { person: p, speaker: null, description: null, country: null, attribution: 'surname' };
      }
      case 'pronoun': {
        for (let i = this.mentions.length - 1; i >= 0; i--) {
          const m = this.mentions[i];
          if (m.at >= phrase.start || m.embedded) continue;
          if (m.person.gender && phrase.gender && m.person.gender !== phrase.gender) continue;
          this.mention(m.person, phrase.start, phrase, embedded);
          return { person: m.person, speaker: null, description: null, country: null, attribution: 'pronoun' };
        }
        return { person: null, speaker: null, description: null, country: null, attribution: 'unresolved' };
      }
      case 'role': {
        const noun = phrase.name.split(/\s+/).pop()!;
        const re = OFFICE_HOLDERS[phrase.name] ?? new RegExp(`\\b${noun}\\b`, 'i');
        let person = this.mostRecent(this.people.filter((p) => p.description && re.test(p.description)), phrase.start);
        // Nobody described so: "the expert", "the Belarusian leader" right after a person is named is that
        // person, who takes the role as description when the article gave none.
        if (!person && PERSON_ROLES.has(noun.toLowerCase())) {
          const last = [...this.mentions].reverse().find((m) => m.at < phrase.start && !m.embedded);
          if (!last || phrase.start - last.at > ROLE_REACH) return { person: null, speaker: null, description: null, country: null, attribution: 'unresolved' };
          person = last.person;
          person.description ??= phrase.name;
        }
        if (!person) return { person: null, speaker: null, description: null, country: null, attribution: 'unresolved' };
        this.mention(person, phrase.start, phrase, embedded);
        return { person, speaker: null, description: null, country: null, attribution: 'title' };
      }
      case 'institution': {
        const country = phrase.joint ? null : countryOfPhrase(phrase.name) ?? countryOfPhrase(phrase.description);
        // An unnamed official ("ministry spokesperson") speaks for the latest named institution sharing a noun.
        if (!/\p{Lu}/u.test(phrase.name)) {
          const nouns = phrase.name.toLowerCase().split(/\s+/);
          for (let i = this.institutions.length - 1; i >= 0; i--) {
            const inst = this.institutions[i];
            if (inst.at >= phrase.start || !nouns.some((n) => n.length > 3 && inst.name.toLowerCase().includes(n))) continue;
            return { person: null, speaker: inst.name, description: phrase.name, country: inst.country, attribution: 'institution' };
          }
        } else {
          this.institutions.push({ at: phrase.start, name: phrase.name, country });
        }
        return { person: null, speaker: phrase.name, description: phrase.description, country, attribution: 'institution' };
      }
    }
  }
}
