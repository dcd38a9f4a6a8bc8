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
 */
import type { ActorMention } from './types.js';
import { gazetteer } from './gazetteer/build.js';
import { tokenize } from './text/tokens.js';
import { matchPair } from './rules/pair-rule.js';
import { actorAt, span, type Ctx, type Hit } from './rules/context.js';
import { personAfterOffice, personApposition } from './rules/person-rules.js';
import { sectorOfCountry, countryOrGroup } from './rules/country-rules.js';

/** Every actor mention in `text`, longest match first, non-overlapping, in text order. */
export function findActorMentions(text: string): ActorMention[] {
  const toks = tokenize(text);
  const ctx: Ctx = { text, toks, g: gazetteer(), memo: new Array(toks.length) };
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
  if (!t.upper && !STARTERS.has(t.lower) && !ctx.g.sectors.starts(t) && !actorAt(ctx, i)) return null;
  return personAfterOffice(ctx, i) ?? personApposition(ctx, i) ?? pair(ctx, i) ?? sectorOfCountry(ctx, i) ?? countryOrGroup(ctx, i) ?? null;
}

function pair(ctx: Ctx, i: number): Hit | null {
  const p = matchPair(ctx.toks, i);
  return p ? { mention: { ...span(ctx, i, p.to), actors: [], via: 'pair' }, next: p.to } : null;
}
