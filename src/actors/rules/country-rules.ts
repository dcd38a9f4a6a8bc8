/**
 * Country and group rules:
 *   A4 sector-of-country  "the foreign minister of Iran", "the army of Pakistan"
 *   A5 group / known person / seat  "Jaish al-Adl", "TTP", "Putin", "the Kremlin"
 *   A6 country-sector     "Iranian officials", "Pakistan's Ministry of Foreign Affairs", "Tehran" (capital = GOV)
 *   A7 place-appositive   "Peshawar, Pakistan" is a place, not an actor: skipped
 */
import type { Sector } from '../types.js';
import { stateActor, groupActor, personActor, orgActor } from '../actor-factory.js';
import { actorAt, countryRef, plausible, possessive, sectorAfter, span, mention, type Ctx, type Hit } from './context.js';

/** A4: sector "of" [the] country ("the foreign minister of Iran"). */
export function sectorOfCountry(ctx: Ctx, i: number): Hit | null {
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
  return { mention: mention(ctx, i, c.to, [actor], entry.person ? 'office' : 'name'), next: c.to };
}

/** A5–A7: a group, a seat of government, or a country word with an optional sector noun. */
export function countryOrGroup(ctx: Ctx, i: number): Hit | null {
  const m = actorAt(ctx, i);
  if (!m) return placeAppositive(ctx, i);
  const ref = m.values[0];
  if (ref.type === 'blocked') return { mention: null, next: m.to };
  if (ref.type === 'person') {
    const kp = ref.person;
    return { mention: mention(ctx, i, m.to, [personActor(kp.name, kp.country, kp.role, kp.office)], 'person'), next: m.to };
  }
  if (ref.type === 'org') return { mention: mention(ctx, i, m.to, [orgActor(ref.org)], 'name'), next: m.to };
  if (ref.type === 'group') return { mention: mention(ctx, i, m.to, [groupActor(ref.group)], 'group'), next: m.to };
  if (ref.type === 'seat') {
    const a = stateActor(ref.iso3, ref.role);
    return a ? { mention: mention(ctx, i, m.to, [a], 'capital'), next: m.to } : null;
  }
  if (!plausible(ctx, m)) return null;
  if (isCompoundModifier(ctx, m.to)) return { mention: null, next: m.to + 1 };
  if (ref.via === 'demonym' && namesLanguage(ctx, i, m.to)) return { mention: null, next: m.to };
  const p = possessive(ctx, m.to);
  if (ref.via === 'capital' && isLocative(ctx, i, m.to, p, ref.iso3)) return { mention: null, next: m.to };
  const sec = p < ctx.toks.length ? sectorAfter(ctx, p, p > m.to ? 4 : 2) : null;
  if (sec && !sec.entry.person) {
    const a = stateActor(ref.iso3, sec.entry.sector);
    return a ? { mention: mention(ctx, i, sec.to, [a], ref.via), next: sec.to } : null;
  }
  const role = ref.role ?? (ref.via === 'capital' ? 'GOV' : null) ?? sharedSector(ctx, m.to);
  const a = stateActor(ref.iso3, role);
  return a ? { mention: mention(ctx, i, m.to, [a], ref.via), next: m.to } : null;
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
  // "officials in Tehran said" speaks for the government; "a meeting in Tehran" is a place.
  if (prev === 'in' && from >= 2) {
    const before = ctx.toks[from - 2];
    if (ctx.g.sectors.longest(ctx.toks, from - 2)?.to === from - 1 || (before.lower === 'officials' || before.lower === 'authorities')) return false;
  }
  if (prev && LOCATIVE.has(prev)) return true;
  if (afterPossessive > to && ctx.toks[afterPossessive] && ctx.toks[afterPossessive].cap && !ctx.g.sectors.starts(ctx.toks[afterPossessive])) return true;
  if (ctx.toks[to]?.key === ',') {
    const c = countryRef(ctx, to + 1);
    if (c && c.ref.iso3 === iso3) return true;
  }
  return false;
}

/**
 * "Iran-backed militants", "Pakistan-based groups": the country qualifies someone else and is
 * not an actor of the sentence. ("Saudi-led coalition" stays: the leader acts.)
 */
function isCompoundModifier(ctx: Ctx, to: number): boolean {
  const next = ctx.toks[to];
  return !!next && ctx.text.charCodeAt(ctx.toks[to - 1].end) === 45 && COMPOUND_MODIFIERS.has(next.lower);
}

/**
 * actors.language: "the Russian language", "Russian-speaking residents", "Russian speakers", "a
 * Russian-language newspaper", "spoke in Russian" - the demonym names a language and those who
 * speak it, not the state: Russian speakers in Estonia are Estonia's residents.
 */
function namesLanguage(ctx: Ctx, from: number, to: number): boolean {
  const next = ctx.toks[to];
  if (next && LANGUAGE_WORDS.has(next.lower)) return true;
  const prev = ctx.toks[from - 1]?.lower;
  // "said in Russian.", "wrote in Russian and English": the language, with no noun after it.
  const after = next?.key ?? '.';
  return (prev === 'in' || prev === 'speak' || prev === 'speaks' || prev === 'spoke' || prev === 'speaking')
    && (/^[.,;:)”"]$/.test(after) || after === 'and' || after === 'or');
}

const LANGUAGE_WORDS = new Set(['language', 'languages', 'speaking', 'speaker', 'speakers', 'dialect', 'alphabet', 'script', 'translation', 'translations']);

const COMPOUND_MODIFIERS = new Set(['backed', 'based', 'born', 'funded', 'sponsored', 'supported', 'allied', 'aligned', 'trained', 'armed', 'made', 'built', 'origin']);

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'across', 'around', 'inside']);

/** A7: "Peshawar, Pakistan": the country names where the city is, so neither is an actor. */
function placeAppositive(ctx: Ctx, i: number): Hit | null {
  const pm = ctx.g.places.longest(ctx.toks, i);
  if (!pm || pm.values[0].place.kind === 'country' || ctx.toks[pm.to]?.key !== ',') return null;
  const c = countryRef(ctx, pm.to + 1);
  if (!c || c.ref.via !== 'name' || !pm.values.some((v) => v.place.country === c.ref.iso3)) return null;
  return { mention: null, next: c.to };
}
