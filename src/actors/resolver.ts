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

/** Lower-case words that start a pair ("both countries", "the two neighbours"). */
const PAIR_STARTERS = new Set(['both', 'the', 'these', 'those']);

function matchAt(ctx: Ctx, i: number): Hit | null {
  const t = ctx.toks[i];
  if (!t.upper) {
    // Most tokens are ordinary lower-case words: only a few rules can start on one.
    if (PAIR_STARTERS.has(t.lower)) return tag('A3 pair', pair(ctx, i));
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
  return p ? { mention: { ...span(ctx, i, p.to), actors: [], via: 'pair' }, next: p.to } : null;
}
