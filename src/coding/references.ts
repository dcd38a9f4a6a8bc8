/**
 * References to a state that the actors stage, seeing one sentence at a time, cannot resolve:
 * they need the article's history, like the pair references of resolve-pairs.ts.
 *
 *  - ref.it-subject: a sentence opening with "It" (after an optional time phrase) continues the
 *    previous sentence's subject: "Late last Saturday, Iran carried out that threat. It launched
 *    more than 300 drones at Israel." -> "It" is Iran. Copular "It is/was …" is not an actor.
 *  - ref.said-it: "India said it had hit back at radar sites" -> "it" is India: the pronoun
 *    right after a reporting verb is its speaker.
 *  - ref.the-country: "the country", "the kingdom", "the island nation", "the republic" name the
 *    state most recently mentioned (in the sentence before them, else in earlier sentences):
 *    "Pakistan's foreign ministry said the country struck hideouts in Iran" -> Pakistan.
 *  - ref.korea-halves: "the North" / "the South" are the two Koreas once the article has named
 *    either ("North Korea sent balloons. The South said …"), never "the South China Sea".
 *  - ref.him-her: "him" or "her" as an object ("giving him 24 hours to leave", "summoned her")
 *    is the person or office named last before it in the sentence: "Canada's ambassador was told
 *    that Riyadh was giving him 24 hours to leave" -> the ambassador (Canada).
 *  - ref.epithet: fixed epithets of one state: "the Jewish state" -> Israel.
 *  - ref.rulers: "the junta", "the military rulers", "the putschists" name the state whose rulers
 *    the article last named with their state ("Niger's military rulers … Then the junta tore up
 *    the agreements" -> Niger). A ruling group is not the state most recently named: in a report
 *    on a coup, the other state is named as often. Never named with its state, it stays unresolved.
 *  - ref.office-anaphor: "The Minister", "the Head of State" are the holder of that office named
 *    last (office-anaphora.ts).
 *  - ref.bare-institution: a sentence opening on a state's institution without its state - "The
 *    unification ministry said …", "The Joint Chiefs of Staff say …", "The army later added …" -
 *    continues the state that was the previous sentence's subject ("The government in Seoul
 *    condemned the attack. The unification ministry said aid was on hold." -> South Korea).
 *  - ref.armed-group: unnamed armed attackers - "gunmen", "militants", "a group of armed Serbs" -
 *    are a stateless actor (country null), so "gunmen opened fire on Indian tourists" is an
 *    attack with a stateless source rather than no event or one pinned on a state.
 */
import type { Actor, ActorMention } from '../actors/types.js';
import type { ActorFinder } from './pattern-types.js';
import type { RecentStates } from './resolve-pairs.js';
import { officeAnaphors } from './office-anaphora.js';

// "It launched", "Late on Friday, it fired": "It" at the head of the sentence, not a copula or dummy subject.
// The time phrase may run into "it" without a comma when it opens with its preposition: "On 25 August it gave …";
// so may the document it speaks in: "In a short statement it said …".
// ref.he-subject: "He"/"She" in the same place continues the person who opened the previous sentence:
// "The foreign minister, Ana Ruiz, spoke to reporters. She called the move unacceptable." -> Ana Ruiz.
const IT_SUBJECT = /^((?:(?:[\p{L}\d’'-]+\s+){1,5}[\p{L}\d]+,\s+|(?:on|in|by|late on|early on|later on)\s+(?:[\p{L}\d’'-]+\s+){0,3}?(?:\d{1,2}|\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|evening|night|afternoon)\s+|in\s+(?:an?|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|communiqu[ée]|letter|note|message|reply|response|post)\s+)?)(it|he|she)\s+(?!is\b|was\b|has been\b|had been\b|seems\b|seemed\b|remains\b|remained\b|appears\b|appeared\b|would be\b|will be\b|may\b|might\b|could\b|'s\b|’s\b|also (?:is|was)\b)(?=\p{Ll})/iu;
// The participles report too: "Seoul answered in kind, saying it would drop Japan from its list".
// How far into its sentence (characters) the subject "It" continues may start.
const SUBJECT_REACH = 60;
// A short time phrase may stand between verb and "that" ("said on 6 May that it"), and "let it be known
// that it" reports as "said that it" does.
const SAID_IT = /\b(?:said|says|saying|claimed|claims|claiming|announced|announces|announcing|stated|stating|added|adding|insisted|insisting|confirmed|confirming|warned|warning|acknowledged|admitted|denied|denies|denying|conveyed|conveying|let\s+it\s+be\s+known)\s+(?:(?:on|late\s+on|early\s+on)\s+(?:[\p{L}\d]+\s+){1,3}(?=that\b))?(?:that\s+)?(it|he|she)\b/giu;
const THE_COUNTRY = /\bthe (?:country|kingdom|island nation|island state|republic|emirate|city-state)\b(?!['’]s\s+(?:own\s+)?(?:history|past))/giu;
const KOREA_HALF = /\b[Tt]he (North|South)\b(?!\s+(?:\p{Lu}|[-–]|of\b|and\b))/gu;
const ARMED_GROUP = /\b(?:(?:[Aa]rmed|[Mm]asked|[Uu]nidentified|[Uu]nknown)\s+(?:men|gunmen|assailants|attackers|militants|fighters|\p{Lu}\p{Ll}+s)|[Gg]unmen|[Mm]ilitants|[Aa]ttackers|[Aa]ssailants|[Ii]nsurgents)\b/gu;
// An object pronoun, not the possessive "her" ("her country"): followed by a number, a
// determiner, "to", a clause mark or the end.
const HIM_HER = /\b(him|her)\b(?=\s*$|\s*[,.;:]|\s+(?:\d|a\b|an\b|the\b|to\b|that\b|for\b|with\b|over\b|as\b|on\b|in\b|and\b))/g;
// What ends the clause of a person named before "him": a mark, a conjunction or a verb of saying or telling.
const CLAUSE_BETWEEN = /[,;:"“”]|\b(?:that|who|whom|which|when|after|before|because|while|and|but|if|until|said|says|told|tells|asked|warned|announced|was|were)\b/i;
const UNNAMED_GROUPS = new WeakSet<Actor>();
// Names of a ruling group, with and without "the": one such group per article is the usual case.
const RULER_WORDS = String.raw`(?:junta|military rulers|military government|military leaders|military authorities|putschists|coup leaders|coup makers)`;
const RULERS_NAMED = new RegExp(String.raw`\b${RULER_WORDS}\b`, 'i');
// "Niger's junta", "the Malian junta" when the finder names the state alone.
const RULERS_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:new\s+|ruling\s+)?${RULER_WORDS}\b`, 'i');
const THE_RULERS = new RegExp(String.raw`\b[Tt]he (?:new |ruling |country's |country’s )?${RULER_WORDS}\b`, 'g');
const MAY_NAME_RULERS = /junta|rulers|military (?:gov|lea|aut)|putschists|coup (?:lea|mak)/i;
/** The state whose ruling group the article last named with its state, per article (its RecentStates). */
const RULING = new WeakMap<RecentStates, Actor>();
// A transcript turn: "NAME, TITLE (where):" opening the sentence; the text after the colon is theirs.
const TURN_LABEL = /^([^:;.!?"“”]{1,80}?)\s*:\s+(?=\S)/u;
// After the speaker's name: a title and a place, nothing that reads as a sentence.
const LABEL_TAIL = /^(?:,\s*[^:;.,]{1,60})?(?:\s*\([^)]{1,40}\))?$/u;
// First person as the state speaking: "we", "our troops", "our government" ("I" is the person only).
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur (?:country|government|nation|troops|forces|soldiers|army|side))\b/g;

// Cheap necessary conditions for the /iu patterns above and below. V8 runs a case-insensitive
// Unicode regex with \b slowly (tens of times slower than a plain one), and these run on every
// sentence while almost none match. Each prefilter accepts every text its pattern could match:
// the classes list the non-ASCII letters that /iu folds onto ASCII ones (ſ -> s, K -> k).
const MAY_SAY_IT = /\s(?:[iI][tT]|[sS]?[hH][eE])\b/;
const MAY_NAME_COUNTRY = /countr|[kK\u212A]ingdom|i[sSſ]land|republic|emirate|city-[sSſ]tate/i;
// ARMED_GROUP is case-sensitive past each word's first letter: every match holds one of these.
const MAY_NAME_ARMED = /rmed|asked|nidentified|nknown|unmen|ilitants|ttackers|ssailants|nsurgents/;

// ref.bare-institution: the institution must open the sentence (a quote mark at most before it):
// after a time phrase or a clause ("On Monday the army …", "Asked why, the army …") the reference
// is not tried, and "the army of X", "the army's", "the army in X" name their own state or none.
const BARE_INSTITUTION = /^(?:["“]\s*)?[Tt]he\s+((?:foreign|defen[cs]e|interior|unification|finance|trade|justice|home|information)\s+ministry|ministry\s+of\s+(?:foreign\s+affairs|defen[cs]e|the\s+interior|interior|unification|national\s+defen[cs]e)|presidential\s+office|joint\s+chiefs(?:\s+of\s+staff)?|general\s+staff|military|army|navy|air\s+force|armed\s+forces|coast\s*guard|national\s+assembly|parliament|cabinet)\b(?!\s+(?:of|in|at)\b|['’]s\b|\s*\()/iu;
const INSTITUTION_SECTOR = (name: string): Actor['role'] =>
  /ministry|office|cabinet/i.test(name) ? 'GOV' : /assembly|parliament/i.test(name) ? 'LEG' : 'MIL';

/**
 * True for an actor made by ref.armed-group. As a target it names no party to an interstate
 * event: "Pakistan struck militants inside Pakistan" is internal security.
 */
export function isUnnamedArmedGroup(actor: Actor): boolean {
  return UNNAMED_GROUPS.has(actor);
}

/** Fixed epithets: the pattern, a cheap necessary condition for it (see MAY_SAY_IT), the state. */
const EPITHETS: Array<[RegExp, RegExp, string]> = [[/\bthe Jewish state\b/giu, /jewi[sSſ]h/i, 'ISR']];

function overlaps(mentions: ActorMention[], start: number, end: number): boolean {
  return mentions.some((m) => m.start < end && start < m.end);
}

/** The first state (or government) named in a sentence's mentions: its subject, as near as we can tell. */
export function subjectState(mentions: ActorMention[]): Actor | null {
  for (const m of mentions) {
    if (m.via === 'pair' || m.actors.length !== 1) continue;
    const a = m.actors[0]!;
    if (a.country && (a.kind === 'state' || a.role === 'GOV' || a.role === 'MIL')) return a;
  }
  return null;
}

/** The last state named in `mentions` ending before `at`. */
function lastStateBefore(mentions: ActorMention[], at: number): Actor | null {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end > at || m.actors.length !== 1 || m.via === 'pair') continue;
    if (m.actors[0]!.country) return m.actors[0]!;
  }
  return null;
}

/**
 * ref.transcript-speaker: in a transcript ("RAJ SINGH, DEFENCE MINISTER: We will answer any
 * provocation."), "we" and "our troops" are the state of the speaker who holds the floor - named
 * in the turn's label, until the next label. A label naming no known official (an anchor, "Q:")
 * gives the floor to no state.
 */
function transcriptSpeaker(text: string, out: ActorMention[], recent: RecentStates, add: (start: number, end: number, actor: Actor | null, rule: string) => void): void {
  const label = text.includes(':') ? TURN_LABEL.exec(text) : null;
  let from = 0;
  if (label) {
    const name = out.find((m) => m.start === 0 && m.actors.length === 1 && m.actors[0]!.kind === 'person' && m.actors[0]!.country);
    recent.giveFloor(name && LABEL_TAIL.test(text.slice(name.end, label[1]!.length)) ? name.actors[0]! : null);
    from = label[0].length;
  }
  const speaker = recent.floor();
  if (!speaker) return;
  FIRST_PERSON.lastIndex = 0;
  for (let m = FIRST_PERSON.exec(text); m; m = FIRST_PERSON.exec(text)) {
    // Inside a quotation the words are someone else's.
    if (m.index >= from && !/["“”]/.test(text.slice(from, m.index))) add(m.index, m.index + m[0].length, speaker, 'ref.transcript-speaker');
  }
}

/**
 * ref.said-it, participle: "…, accusing Washington of excess and saying it reserved the right to
 * respond" - an "-ing" clause shares its clause's subject, so "it" is that subject (the first
 * state of the clause, after the last "; " or ", and/but"), not the object just named.
 */
function participleSpeaker(text: string, out: ActorMention[], at: number, verb: string): Actor | null {
  if (!/^\w+ing\b/i.test(verb) || !/(?:,|\band)\s*$/.test(text.slice(Math.max(0, at - 6), at))) return null;
  let opens = 0;
  for (const b of text.slice(0, at).matchAll(/(?:;\s*|,\s*(?:and|but|while)\s+)/gi)) if (!/^\s*$/.test(text.slice(b.index + b[0].length, at))) opens = b.index + b[0].length;
  const first = out.find((o) => o.start >= opens && o.end <= at && o.actors.length === 1 && o.actors[0]!.country && o.via !== 'pair'
    && !/\b(?:in|at|from|to|with|on|against|into|over|of|by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, o.start - 20), o.start)));
  return first?.actors[0] ?? null;
}

/** ref.rulers: remember a ruling group named with its state; resolve one named without it. */
function rulers(text: string, out: ActorMention[], recent: RecentStates, add: (start: number, end: number, actor: Actor | null, rule: string) => void): void {
  for (const m of out) {
    if (m.actors.length === 1 && m.actors[0]!.country && m.via !== 'pronoun' && (RULERS_NAMED.test(m.text) || RULERS_AFTER.test(text.slice(m.end, m.end + 40)))) RULING.set(recent, m.actors[0]!);
  }
  const state = RULING.get(recent);
  if (!state) return;
  THE_RULERS.lastIndex = 0;
  for (let m = THE_RULERS.exec(text); m; m = THE_RULERS.exec(text)) {
    add(m.index, m.index + m[0].length, { ...state, kind: 'state', role: 'GOV' }, 'ref.rulers');
  }
}

/**
 * Adds mentions for the references above. `previous` are the previous body sentence's mentions
 * (after their own references were resolved); `recent` the states named so far.
 */
export function resolveReferences(text: string, mentions: ActorMention[], previous: ActorMention[], recent: RecentStates, finder: ActorFinder): ActorMention[] {
  const out = [...mentions];
  const add = (start: number, end: number, actor: Actor | null, rule: string): void => {
    if (!actor || overlaps(out, start, end)) return;
    out.push({ start, end, text: text.slice(start, end), actors: [actor], via: 'pronoun', rule });
  };
  const it = IT_SUBJECT.exec(text);
  if (it) {
    const s = it[1]!.length;
    // Only when nothing else is named before it in the sentence.
    // The previous subject opens its sentence (after a time phrase at most): a state named deep
    // in it ("… the agreements that allowed 1,500 French troops") is an object, not what "it" continues.
    const pronoun = it[2]!.toLowerCase();
    if (out.some((m) => m.start < s)) { /* something named before it is the subject */ }
    else if (pronoun === 'it') add(s, s + 2, subjectState(previous.filter((m) => m.start <= SUBJECT_REACH)), 'ref.it-subject');
    else add(s, s + pronoun.length, previous.find((m) => m.start <= SUBJECT_REACH && m.actors.length === 1 && m.actors[0]!.kind === 'person')?.actors[0] ?? null, 'ref.he-subject');
  }
  SAID_IT.lastIndex = 0;
  for (let m = MAY_SAY_IT.test(text) ? SAID_IT.exec(text) : null; m; m = SAID_IT.exec(text)) {
    const pronoun = m[1]!;
    const at = m.index + m[0].length - pronoun.length;
    // "he"/"she" after the verb is its speaker when the speaker is a person: "President Yudhoyono,
    // in a press statement, conveyed that he had instructed …" (a state does not say "he").
    const personal = pronoun.toLowerCase() !== 'it';
    // The speaker: the last actor before the verb, in the same stretch of text (no ";" or ").
    // A person may lack a country here: the office-holder refiner gives her one from her other acts.
    const speaker = [...out].reverse().find((o) => o.end <= m!.index && o.actors.length === 1 && (o.actors[0]!.country || (personal && o.actors[0]!.kind === 'person')) && !/[;"“”]/.test(text.slice(o.end, m!.index)) && m!.index - o.end < 80);
    if (personal && speaker?.actors[0]!.kind !== 'person') continue;
    // "Iraq blamed Turkey, recalled its envoy from Ankara and said it would complain": a reporting
    // verb coordinated with earlier verbs shares the sentence's subject, not the last state named.
    // The last state named sits in a prepositional phrase ("from Ankara") when it is not the speaker;
    // so does one in an earlier clause ("students in Canada would be moved, and the state airline said it …").
    const inPhrase = speaker && /\b(?:in|at|from|to|with|on|against|into|toward|towards|over)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, speaker.start - 20), speaker.start));
    const coordinated = inPhrase && (/(?:,|\band)\s*$/.test(text.slice(speaker.end, m.index)) || /,\s*(?:and|but)\s/.test(text.slice(speaker.end, m.index))) ? subjectState(out) : null;
    add(at, at + pronoun.length, coordinated ?? participleSpeaker(text, out, m.index, m[0]) ?? speaker?.actors[0] ?? null, 'ref.said-it');
  }
  THE_COUNTRY.lastIndex = 0;
  for (let m = MAY_NAME_COUNTRY.test(text) ? THE_COUNTRY.exec(text) : null; m; m = THE_COUNTRY.exec(text)) {
    add(m.index, m.index + m[0].length, lastStateBefore(out, m.index) ?? subjectState(previous) ?? recent.list()[0] ?? null, 'ref.the-country');
  }
  if (/\b[Tt]he (?:North|South)\b/.test(text)) {
    const known = recent.list().some((a) => a.country === 'PRK' || a.country === 'KOR') || out.some((m) => m.actors.some((a) => a.country === 'PRK' || a.country === 'KOR'));
    KOREA_HALF.lastIndex = 0;
    for (let m = KOREA_HALF.exec(text); known && m; m = KOREA_HALF.exec(text)) {
      add(m.index, m.index + m[0].length, finder.countryActor(m[1] === 'North' ? 'PRK' : 'KOR'), 'ref.korea-halves');
    }
  }
  if (text.includes('him') || text.includes('her')) {
    HIM_HER.lastIndex = 0;
    for (let m = HIM_HER.exec(text); m; m = HIM_HER.exec(text)) {
      const at = m.index;
      // Not the subject of its own clause (a reflexive would name that one): in "Lee issued a statement
      // recognising him", "him" is not Lee. A clause mark between them lets it be ("Lee said Seoul would receive him").
      const person = [...out].reverse().find((o) => o.end <= at && o.actors.length === 1 && o.actors[0]!.kind === 'person' && o.actors[0]!.country
        && CLAUSE_BETWEEN.test(text.slice(o.end, at)));
      add(at, at + m[1]!.length, person?.actors[0] ?? null, 'ref.him-her');
    }
  }
  for (const o of officeAnaphors(text, out, (kind) => recent.holder(kind))) add(o.start, o.end, o.actor, 'ref.office-anaphor');
  const inst = /^["“\s]*[Tt]he\s/.test(text) ? BARE_INSTITUTION.exec(text) : null;
  if (inst) {
    const state = subjectState(previous);
    const country = state?.country ? finder.countryActor(state.country) : null;
    if (country) add(inst[0].search(/[Tt]he/), inst[0].length, { ...country, role: INSTITUTION_SECTOR(inst[1]!) }, 'ref.bare-institution');
  }
  if (MAY_NAME_RULERS.test(text)) rulers(text, out, recent, add);
  transcriptSpeaker(text, out, recent, add);
  for (const [re, may, iso3] of EPITHETS) {
    re.lastIndex = 0;
    for (let m = may.test(text) ? re.exec(text) : null; m; m = re.exec(text)) add(m.index, m.index + m[0].length, finder.countryActor(iso3), 'ref.epithet');
  }
  ARMED_GROUP.lastIndex = 0;
  for (let m = MAY_NAME_ARMED.test(text) ? ARMED_GROUP.exec(text) : null; m; m = ARMED_GROUP.exec(text)) {
    const group: Actor = { name: m[0].toLowerCase().replace(/\s+/g, ' '), country: null, role: 'REB', kind: 'group' };
    UNNAMED_GROUPS.add(group);
    add(m.index, m.index + m[0].length, group, 'ref.armed-group');
  }
  return out.length === mentions.length ? mentions : out.sort((a, b) => a.start - b.start);
}
