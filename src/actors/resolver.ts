/**
 * findActorMentions: one left-to-right pass over tokens; at each token the rules below are tried
 * in order and the first that matches consumes its span (mentions never overlap). Rules:
 *   A1 person-after-office  "former Pakistani Ambassador Husain Haqqani", "the Iranian foreign minister, Hossein Amir Abdollahian"
 *   A2 person-apposition    "Mushahid Hussain Syed, a Pakistani senator"
 *   A3 pair                 "the two neighbours", "both countries", "the two Muslim countries"
 *   A4 sector-of-country    "the foreign minister of Iran", "the army of Pakistan"
 *   A5 group                "Jaish al-Adl", "TTP", "the Houthis"
 *   A6 country-sector       "Iranian officials", "Pakistan's Ministry of Foreign Affairs", "Tehran" (capital = GOV)
 *   A7 place-appositive     "Peshawar, Pakistan" is a place, not an actor: skipped
 */
import type { ActorMention } from './types.js';
import { gazetteer, type ActorRef, type Gazetteer } from './gazetteer/build.js';
import type { KnownPerson } from './gazetteer/known-people.js';
import { tokenize, type Token } from './text/tokens.js';
import type { TrieMatch } from './text/phrase-trie.js';
import { nameEnd } from './text/names.js';
import { AMBIGUOUS_NAMES, NOT_NAME_WORDS } from './gazetteer/ambiguous.js';
import { SECTOR_MODIFIERS, MODIFIER_SECTORS, type SectorEntry } from './gazetteer/sectors.js';
import type { Sector } from './types.js';
import { stateActor, groupActor, personActor } from './actor-factory.js';
import { matchPair } from './rules/pair-rule.js';

interface Ctx {
  text: string;
  toks: Token[];
  g: Gazetteer;
}

interface Hit {
  /** null: the span was read and is not an actor (A7). */
  mention: ActorMention | null;
  next: number;
}

/** Every actor mention in `text`, longest match first, non-overlapping, in text order. */
export function findActorMentions(text: string): ActorMention[] {
  const ctx: Ctx = { text, toks: tokenize(text), g: gazetteer() };
  const out: ActorMention[] = [];
  let i = 0;
  while (i < ctx.toks.length) {
    const hit = matchAt(ctx, i);
    if (hit) {
      if (hit.mention) out.push(hit.mention);
      i = hit.next;
    } else i++;
  }
  return out;
}

/** Lower-case words that can start a mention besides sector nouns (pairs, "former ..."). */
const STARTERS = new Set(['former', 'ex', 'both', 'the', 'these', 'those']);

function matchAt(ctx: Ctx, i: number): Hit | null {
  const t = ctx.toks[i];
  // Most tokens are ordinary lower-case words: reject them with one or two lookups.
  if (!t.upper && !STARTERS.has(t.lower) && !ctx.g.sectors.starts(t) && !ctx.g.actors.starts(t)) return null;
  return personAfterOffice(ctx, i) ?? personApposition(ctx, i) ?? pair(ctx, i) ?? sectorOfCountry(ctx, i) ?? countryOrGroup(ctx, i) ?? null;
}

const span = (ctx: Ctx, from: number, to: number) => ({ start: ctx.toks[from].start, end: ctx.toks[to - 1].end, text: ctx.text.slice(ctx.toks[from].start, ctx.toks[to - 1].end) });

/** A country word (name, demonym, capital) at i that passes the ambiguity check, or null. */
function countryRef(ctx: Ctx, i: number): (TrieMatch<ActorRef> & { ref: Extract<ActorRef, { type: 'country' }> }) | null {
  const m = ctx.g.actors.longest(ctx.toks, i);
  if (!m) return null;
  const ref = m.values[0];
  if (ref.type !== 'country' || !plausible(ctx, m)) return null;
  return { ...m, ref };
}

/** Rejects an ambiguous name inside a longer proper name ("Michael Jordan", "Washington Post"). */
function plausible(ctx: Ctx, m: TrieMatch<ActorRef>): boolean {
  const word = ctx.toks.slice(m.from, m.to).map((t) => t.key).join(' ');
  if (!AMBIGUOUS_NAMES.has(word)) return true;
  const prev = ctx.toks[m.from - 1];
  const next = ctx.toks[m.to];
  const unknownCap = (t: Token | undefined, at: number) => !!t && t.cap && !ctx.g.actors.longest(ctx.toks, at) && !ctx.g.sectors.starts(t);
  if (prev && prev.end + 1 >= ctx.toks[m.from].start && !NOT_NAME_WORDS.has(prev.key) && unknownCap(prev, m.from - 1)) return false;
  if (next && ctx.toks[m.to - 1].end + 1 >= next.start && unknownCap(next, m.to)) return false;
  return true;
}

/** Index after a possessive "'s" at i, or i. */
function possessive(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  const s = ctx.toks[i + 1];
  return t && s && t.key === "'" && s.lower === 's' && t.start === ctx.toks[i - 1].end ? i + 2 : i;
}

/** A sector noun at i, after up to `maxSkip` modifiers ("top political and military leadership"). */
function sectorAfter(ctx: Ctx, i: number, maxSkip: number): { entry: SectorEntry; from: number; to: number } | null {
  let modifier: Sector | null = null;
  for (let skip = 0, j = i; skip <= maxSkip && j < ctx.toks.length; skip++, j++) {
    const m = ctx.g.sectors.longest(ctx.toks, j);
    if (m) {
      const entry = m.values[0];
      // "rebel leaders": the modifier names the sector when the noun is generic (GOV, CVL).
      const sector = modifier && !entry.person && (entry.sector === 'GOV' || entry.sector === 'CVL') ? modifier : null;
      return { entry: sector ? { ...entry, sector } : entry, from: j, to: m.to };
    }
    const w = ctx.toks[j].lower;
    modifier ??= MODIFIER_SECTORS[w] ?? null;
    if (!SECTOR_MODIFIERS.has(w) && !(w === 'and' && skip > 0)) return null;
  }
  return null;
}

/** A1: [former] [country word ['s]] office Name | office, Name, */
function personAfterOffice(ctx: Ctx, i: number): Hit | null {
  let j = i;
  if (ctx.toks[j].lower === 'former' || ctx.toks[j].lower === 'ex') j++;
  const c = j < ctx.toks.length ? countryRef(ctx, j) : null;
  if (c) j = possessive(ctx, c.to);
  if (j >= ctx.toks.length) return null;
  const office = sectorAfter(ctx, j, c ? 3 : 0);
  if (!office || !office.entry.person) return null;
  if (!c && office.from !== i && !(i + 1 === office.from)) return null;
  const titled = ctx.toks[office.from].cap;
  let n0 = office.to;
  let nEnd = -1;
  const stop = (k: number) => !!countryRef(ctx, k);
  if (ctx.toks[n0]?.key === ',') {
    nEnd = nameEnd(ctx.toks, n0 + 1, 2, stop);
    const after = ctx.toks[nEnd];
    if (nEnd > 0 && after && ![',', '.', ';', ')', '('].includes(after.key) && after.cap) nEnd = -1;
    if (nEnd > 0) n0 += 1;
  } else {
    nEnd = nameEnd(ctx.toks, n0, titled ? 1 : 2, stop);
  }
  const officeText = ctx.text.slice(ctx.toks[office.from].start, ctx.toks[office.to - 1].end).toLowerCase();
  let iso3 = c ? c.ref.iso3 : null;
  if (nEnd > 0) {
    let name = ctx.text.slice(ctx.toks[n0].start, ctx.toks[nEnd - 1].end);
    const known = knownPerson(ctx, n0, nEnd);
    if (known) {
      name = known.name;
      iso3 ??= known.country;
    }
    let end = nEnd;
    // "President Levy Mwanawasa of Zambia"
    if (ctx.toks[nEnd]?.lower === 'of' && !iso3) {
      const of = nEnd + 1 < ctx.toks.length ? countryRef(ctx, nEnd + 1) : null;
      if (of && of.ref.via !== 'demonym') {
        iso3 = of.ref.iso3;
        end = of.to;
      }
    }
    return { mention: { ...span(ctx, i, end), actors: [personActor(name, iso3, office.entry.sector, officeText)], via: 'person' }, next: end };
  }
  if (!c) return null;
  const s = span(ctx, c.from, office.to);
  return { mention: { ...s, actors: [personActor(s.text, iso3, office.entry.sector, officeText)], via: 'office' }, next: office.to };
}

/** A known leader exactly covering tokens [from, to) ("Putin", "Hossein Amir Abdollahian"). */
function knownPerson(ctx: Ctx, from: number, to: number): KnownPerson | null {
  const m = ctx.g.actors.longest(ctx.toks, from);
  const ref = m?.values[0];
  return m && m.to === to && ref?.type === 'person' ? ref.person : null;
}

/** A2: Name, [a|an|the] [former] country word ['s] [modifiers] office */
function personApposition(ctx: Ctx, i: number): Hit | null {
  if (!ctx.toks[i].cap) return null;
  const lead = ctx.g.actors.longest(ctx.toks, i);
  if (lead && lead.values[0].type !== 'person') return null;
  const nEnd = nameEnd(ctx.toks, i, 2);
  if (nEnd < 0 || ctx.toks[nEnd]?.key !== ',') return null;
  let j = nEnd + 1;
  if (['a', 'an', 'the'].includes(ctx.toks[j]?.lower)) j++;
  if (['former', 'ex'].includes(ctx.toks[j]?.lower)) j++;
  const c = j < ctx.toks.length ? countryRef(ctx, j) : null;
  if (!c) return null;
  const k = possessive(ctx, c.to);
  const office = k < ctx.toks.length ? sectorAfter(ctx, k, 4) : null;
  if (!office || !office.entry.person) return null;
  const name = knownPerson(ctx, i, nEnd)?.name ?? ctx.text.slice(ctx.toks[i].start, ctx.toks[nEnd - 1].end);
  const officeText = ctx.text.slice(ctx.toks[office.from].start, ctx.toks[office.to - 1].end).toLowerCase();
  return { mention: { ...span(ctx, i, office.to), actors: [personActor(name, c.ref.iso3, office.entry.sector, officeText)], via: 'person' }, next: office.to };
}

function pair(ctx: Ctx, i: number): Hit | null {
  const p = matchPair(ctx.toks, i);
  return p ? { mention: { ...span(ctx, i, p.to), actors: [], via: 'pair' }, next: p.to } : null;
}

/** A4: sector "of" [the] country ("the foreign minister of Iran"). */
function sectorOfCountry(ctx: Ctx, i: number): Hit | null {
  const s = ctx.g.sectors.longest(ctx.toks, i);
  if (!s || ctx.toks[s.to]?.lower !== 'of') return null;
  let j = s.to + 1;
  if (ctx.toks[j]?.lower === 'the') j++;
  const c = j < ctx.toks.length ? countryRef(ctx, j) : null;
  if (!c || c.ref.via === 'demonym') return null;
  const entry = s.values[0];
  const sp = span(ctx, i, c.to);
  const actor = entry.person
    ? personActor(sp.text, c.ref.iso3, entry.sector, ctx.text.slice(ctx.toks[i].start, ctx.toks[s.to - 1].end).toLowerCase())
    : stateActor(c.ref.iso3, entry.sector);
  if (!actor) return null;
  return { mention: { ...sp, actors: [actor], via: entry.person ? 'office' : 'name' }, next: c.to };
}

/** A5–A7: a group, a seat of government, or a country word with an optional sector noun. */
function countryOrGroup(ctx: Ctx, i: number): Hit | null {
  const m = ctx.g.actors.longest(ctx.toks, i);
  if (!m) return placeAppositive(ctx, i);
  const ref = m.values[0];
  if (ref.type === 'person') {
    const kp = ref.person;
    return { mention: { ...span(ctx, i, m.to), actors: [personActor(kp.name, kp.country, kp.role, kp.office)], via: 'person' }, next: m.to };
  }
  if (ref.type === 'group') return { mention: { ...span(ctx, i, m.to), actors: [groupActor(ref.group)], via: 'group' }, next: m.to };
  if (ref.type === 'seat') {
    const a = stateActor(ref.iso3, ref.role);
    return a ? { mention: { ...span(ctx, i, m.to), actors: [a], via: 'capital' }, next: m.to } : null;
  }
  if (!plausible(ctx, m)) return null;
  const p = possessive(ctx, m.to);
  if (ref.via === 'capital' && isLocative(ctx, i, m.to, p, ref.iso3)) return null;
  const sec = p < ctx.toks.length ? sectorAfter(ctx, p, p > m.to ? 4 : 2) : null;
  if (sec && !sec.entry.person) {
    const a = stateActor(ref.iso3, sec.entry.sector);
    return a ? { mention: { ...span(ctx, i, sec.to), actors: [a], via: ref.via }, next: sec.to } : null;
  }
  const role = ref.role ?? (ref.via === 'capital' ? 'GOV' : null) ?? sharedSector(ctx, m.to);
  const a = stateActor(ref.iso3, role);
  return a ? { mention: { ...span(ctx, i, m.to), actors: [a], via: ref.via }, next: m.to } : null;
}

/**
 * "Hungarian and Romanian officials": a demonym coordinated with another that has a sector noun
 * shares it. Looks past "and"/"," and up to two more demonyms.
 */
function sharedSector(ctx: Ctx, to: number): Sector | null {
  let j = to;
  for (let k = 0; k < 3; k++) {
    const sep = ctx.toks[j]?.lower;
    if (sep !== 'and' && sep !== ',' && sep !== 'or') return null;
    j++;
    if (ctx.toks[j]?.lower === 'and') j++;
    const c = j < ctx.toks.length ? countryRef(ctx, j) : null;
    if (!c || c.ref.via !== 'demonym') return null;
    const sec = c.to < ctx.toks.length ? sectorAfter(ctx, c.to, 2) : null;
    if (sec) return sec.entry.person ? null : sec.entry.sector;
    j = c.to;
  }
  return null;
}

/**
 * A capital used as a place, not a government: "in Islamabad", "Abu Dhabi, United Arab Emirates",
 * "Washington's Hudson Institute".
 */
function isLocative(ctx: Ctx, from: number, to: number, afterPossessive: number, iso3: string): boolean {
  const prev = ctx.toks[from - 1]?.lower;
  if (prev && LOCATIVE.has(prev)) return true;
  if (afterPossessive > to && ctx.toks[afterPossessive] && ctx.toks[afterPossessive].cap && !ctx.g.sectors.starts(ctx.toks[afterPossessive])) return true;
  if (ctx.toks[to]?.key === ',') {
    const c = countryRef(ctx, to + 1);
    if (c && c.ref.iso3 === iso3) return true;
  }
  return false;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'across', 'around', 'inside']);

/** A7: "Peshawar, Pakistan": the country names where the city is, so neither is an actor. */
function placeAppositive(ctx: Ctx, i: number): Hit | null {
  const pm = ctx.g.places.longest(ctx.toks, i);
  if (!pm || pm.values[0].place.kind === 'country' || ctx.toks[pm.to]?.key !== ',') return null;
  const c = countryRef(ctx, pm.to + 1);
  if (!c || c.ref.via !== 'name' || !pm.values.some((v) => v.place.country === c.ref.iso3)) return null;
  return { mention: null, next: c.to };
}
