/**
 * findActorMentions: one left-to-right pass over tokens; at each token the rules below are tried
 * in order and the first that matches consumes its span (mentions never overlap). Rules:
 *   A1 person-after-office  "former Pakistani Ambassador Husain Haqqani", "the Iranian foreign minister, Hossein Amir Abdollahian"
 *   A2 person-apposition    "Mushahid Hussain Syed, a Pakistani senator"
 *   A3 pair                 "the two neighbours", "both countries", "the two Muslim countries"
 *   A4 sector-of-country    "the foreign minister of Iran", "the army of Pakistan"
 *   A5 group, known person, seat  "Jaish al-Adl", "TTP", "Putin", "the Kremlin"
 *   A6 country-sector       "Iranian officials", "Pakistan's Ministry of Foreign Affairs", "Tehran" (capital = GOV)
 *   A7 place-appositive     "Peshawar, Pakistan" is a place, not an actor: skipped
 *   A8 remembered-name      "Guyana's president, Irfaan Ali, … Ali said": a surname (or, after Mr./Ms., a
 *                           given name, as Thai usage has it) of a person named earlier in the same article
 *   A9 he-she               "He warned that …" opening a sentence: the person named last in the article, when
 *                           that person has a country (after an analyst with none, nothing)
 */
import type { Actor, ActorMention } from './types.js';
import { gazetteer } from './gazetteer/build.js';
import { NOT_NAME_WORDS } from './gazetteer/ambiguous.js';
import { tokenize } from './text/tokens.js';
import { matchPair } from './rules/pair-rule.js';
import { actorAt, mention, type Ctx, type Hit } from './rules/context.js';
import { personAfterOffice, personApposition } from './rules/person-rules.js';
import { ISSUER_REACH, issuerInstitution, leavesDocument, openedIssuer, type Issuer } from './rules/issuer-rule.js';
import { sectorOfCountry, countryOrGroup } from './rules/country-rules.js';

/**
 * People an article has named with their country, by surname and by given name, so that later
 * sentences may name them by one word (rule A8). One memory per article: see newPersonMemory.
 */
export interface PersonMemory {
  bySurname: Map<string, Actor>;
  byGiven: Map<string, Actor>;
  /** The person named last (for A9); null before any. */
  lastPerson: Actor | null;
  /** Texts read so far, and the index of the one that named lastPerson: A9 looks back one sentence only. */
  texts: number;
  lastPersonText: number;
  /** The state whose communiqué or statement is being read (A10), or null. */
  issuer?: Issuer | null;
}

/** An empty memory; pass the same one to findActorMentions for every sentence of one article. */
export function newPersonMemory(): PersonMemory {
  return { bySurname: new Map(), byGiven: new Map(), lastPerson: null, texts: 0, lastPersonText: -1, issuer: null };
}

/**
 * Every actor mention in `text`, longest match first, non-overlapping, in text order. With
 * `memory`, persons found are remembered and later bare surnames resolve to them (A8). Default:
 * no memory (each text on its own).
 */
export function findActorMentions(text: string, memory?: PersonMemory): ActorMention[] {
  const toks = tokenize(text);
  const ctx: Ctx = { text, toks, g: gazetteer(), memo: new Array(toks.length) };
  const out: ActorMention[] = [];
  if (memory) {
    memory.texts++;
    readIssuer(text, memory);
  }
  let i = 0;
  while (i < ctx.toks.length) {
    const hit = matchAt(ctx, i) ?? (memory ? rememberedName(ctx, i, memory) ?? sentencePronoun(ctx, i, memory) ?? issuerHit(ctx, i, memory) : null);
    if (hit) {
      if (hit.mention) {
        if (memory) withRememberedCountry(hit.mention, memory);
        out.push(hit.mention);
        if (memory) remember(memory, hit.mention);
      }
      i = hit.next;
    } else i++;
  }
  return out;
}

const HONORIFICS = new Set(['Mr', 'Ms', 'Mrs', 'Dr', 'Miss']);
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

function remember(memory: PersonMemory, m: ActorMention): void {
  const a = m.actors[0];
  if (m.actors.length === 1 && a?.kind === 'person' && m.rule !== 'A9 he-she') {
    memory.lastPerson = a;
    memory.lastPersonText = memory.texts;
  }
  if (m.actors.length !== 1 || !a || a.kind !== 'person' || !a.country || m.via !== 'person') return;
  const words = a.name.split(/\s+/).filter((w) => !NAME_SUFFIX.test(w) && /^\p{Lu}/u.test(w));
  if (words.length < 2) return;
  const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
  const last = fold(words[words.length - 1]!);
  const first = fold(words[0]!);
  // A surname shared by two remembered people of different countries names neither.
  const prev = memory.bySurname.get(last);
  if (prev && prev.country !== a.country) memory.bySurname.set(last, { ...prev, country: null, name: '' });
  else memory.bySurname.set(last, a);
  if (!memory.byGiven.has(first)) memory.byGiven.set(first, a);
}

/**
 * A8b: "Judge Trevidic", "President Odera" - a titled person the office gives no country for is
 * the person of that surname the article already named with one ("a French judge, Marc
 * Trevidic"; "Kenya's President Samuel Odera"). The surname must not be shared across countries.
 */
function withRememberedCountry(m: ActorMention, memory: PersonMemory): void {
  const a = m.actors[0];
  if (m.actors.length !== 1 || !a || a.kind !== 'person' || a.country || m.via !== 'person') return;
  const words = a.name.split(/\s+/).filter((w) => !NAME_SUFFIX.test(w) && /^\p{Lu}/u.test(w));
  const last = words[words.length - 1];
  if (!last) return;
  const known = memory.bySurname.get(last.normalize('NFD').replace(/\p{M}/gu, ''));
  if (!known?.country) return;
  // "Marc Trevidic" then "Judge Trevidic" or "Judge Marc Trevidic": the same person, not another of that surname.
  if (words.length > 1 && !known.name.startsWith(words[0]!)) return;
  m.actors = [{ ...a, name: known.name, country: known.country }];
}

/** A10: a text that opens a state's communiqué sets the issuer; one that speaks of it from outside ends it. */
function readIssuer(text: string, memory: PersonMemory): void {
  if (memory.issuer && (memory.texts > memory.issuer.until || leavesDocument(text))) memory.issuer = null;
  const iso3 = openedIssuer(text, (phrase) => findActorMentions(phrase).find((m) => m.actors.length === 1 && m.actors[0]!.kind === 'state' && m.actors[0]!.country)?.actors[0]!.country ?? null);
  if (iso3) memory.issuer = { iso3, until: memory.texts + ISSUER_REACH };
}

/** A10: "the Government", "this Ministry" inside the issuer's document. */
function issuerHit(ctx: Ctx, i: number, memory: PersonMemory): Hit | null {
  if (!memory.issuer) return null;
  const next = ctx.toks[i + 1];
  // "the Ministry of Foreign Affairs" is the issuer's too; "the Government of Nicaragua" names its own state.
  const ofOffice = next?.lower === 'of' && ctx.toks[i + 2]?.lower === 'foreign';
  const a = issuerInstitution(ctx.toks[i - 1]?.lower, ctx.toks[i]!.key, ofOffice ? undefined : next?.lower, memory.issuer, memory.texts);
  return a ? { mention: { ...mention(ctx, i, i + 1, [a], 'name'), rule: 'A10 issuer' }, next: i + 1 } : null;
}

/** A8: one capitalized word naming a person remembered from earlier in the article. */
function rememberedName(ctx: Ctx, i: number, memory: PersonMemory): Hit | null {
  const t = ctx.toks[i];
  if (!t.cap) return null;
  const next = ctx.toks[i + 1];
  // "Ali Hassan" is someone else: the word must stand alone.
  if (next && next.cap && next.start <= t.end + 1) return null;
  const prev = ctx.toks[i - 1];
  const prevWord = prev?.key === '.' ? ctx.toks[i - 2] : prev;
  const titled = !!prevWord && HONORIFICS.has(prevWord.key);
  const a = memory.bySurname.get(t.key) ?? (titled ? memory.byGiven.get(t.key) : undefined);
  if (!a || !a.country) return null;
  // Not the middle of a longer name ("Imran Ali") unless a title precedes.
  if (!titled && prev && prev.cap && prev.end + 1 >= t.start && !NOT_NAME_WORDS.has(prev.key) && !ctx.g.sectors.starts(prev)) return null;
  return { mention: { ...mention(ctx, i, i + 1, [{ ...a }], 'person'), rule: 'A8 remembered-name' }, next: i + 1 };
}


/** Lower-case words that start a pair ("both countries", "the two neighbours"). */
const PAIR_STARTERS = new Set(['both', 'the', 'these', 'those']);

function matchAt(ctx: Ctx, i: number): Hit | null {
  const t = ctx.toks[i];
  if (!t.upper) {
    // Most tokens are ordinary lower-case words: only a few rules can start on one.
    // A lower-case "the" may also open a name whose alias keeps it ("the Security Council").
    if (PAIR_STARTERS.has(t.lower)) return tag('A3 pair', pair(ctx, i)) ?? (actorAt(ctx, i) ? tag('A5-A7 name', countryOrGroup(ctx, i)) : null);
    if (t.lower === 'former' || t.lower === 'ex') return tag('A1 person-after-office', personAfterOffice(ctx, i));
    if (ctx.g.sectors.starts(t)) return tag('A1 person-after-office', personAfterOffice(ctx, i)) ?? tag('A4 sector-of-country', sectorOfCountry(ctx, i));
    return actorAt(ctx, i) ? tag('A5-A7 name', countryOrGroup(ctx, i)) : null;
  }
  for (const [id, rule] of RULES) {
    const hit = tag(id, rule(ctx, i));
    if (hit) return hit;
  }
  return null;
}

function tag(id: string, hit: Hit | null): Hit | null {
  if (hit?.mention) hit.mention.rule = id;
  return hit;
}

/** The rules in the order they are tried: longer, more specific readings first. */
const RULES: readonly [string, (ctx: Ctx, i: number) => Hit | null][] = [
  ['A1 person-after-office', personAfterOffice],
  ['A2 person-apposition', personApposition],
  ['A3 pair', pair],
  ['A4 sector-of-country', sectorOfCountry],
  ['A5-A7 name', countryOrGroup],
];

function pair(ctx: Ctx, i: number): Hit | null {
  const p = matchPair(ctx.toks, i);
  return p ? { mention: mention(ctx, i, p.to, [], 'pair'), next: p.to } : null;
}


/** A9: "He"/"She" opening a sentence (after quote marks or a bullet) is the person named last. */
function sentencePronoun(ctx: Ctx, i: number, memory: PersonMemory): Hit | null {
  const t = ctx.toks[i];
  if (t.key !== 'He' && t.key !== 'She') return null;
  for (let k = 0; k < i; k++) if (/[\p{L}\d]/u.test(ctx.toks[k].key)) return null;
  const a = memory.lastPerson;
  // Only right after the naming sentence: further on, "he" may be an analyst we did not read as an actor.
  if (!a || !a.country || memory.texts - memory.lastPersonText > 1) return null;
  return { mention: { ...mention(ctx, i, i + 1, [{ ...a }], 'pronoun'), rule: 'A9 he-she' }, next: i + 1 };
}
