/**
 * refine.habitual: drops acts described as habits or states rather than dated events:
 * "a group that regularly carries out attacks", "has occupied Kashmir for over 70 years",
 * "every day makes a choice to …", "activists have long sent leaflets north". They name no occurrence the coder could date.
 */
import type { ArticleContext, Proposal, Refiner } from '../pattern-types.js';

const HABITUAL = /\b(?:regularly|routinely|frequently|often|usually|habitually|every (?:day|week|month|year)|for (?:over |more than |nearly |almost |about )?(?:\d+|\w+) (?:years|decades)|for decades|for years|continues to|keeps|(?:have|has|had) long)\b/i;

/**
 * habitual.since-perfect: a present perfect carried from a starting point - "warplanes have
 * struck targets since September 30", "since the spring, troops have pressed deeper", "relations
 * have been hostile since the 1990s" - sums up a campaign or a state up to now; it is the
 * background of the report, not one occurrence. "Has since arrested" (since = afterwards) names a
 * single later act and "since" as "because" ("since Turkey wants …") is no starting point: both kept.
 */
// A participle straight after has/have, or a progressive/passive after "been"; "been present" is a state the patterns code.
const PERFECT = /\b(?:has|have)(?: not| never)? (?:(?!since\b|been\b)[a-z]+(?:ed|en|t|wn|ck)|been [a-z]+(?:ing|ed|en))\b/i;
const SINCE_POINT = /\bsince (?:the )?(?:(?:late|early|mid)[- ])?(?:\d|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|weekend|last\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|then\b|independence|the (?:start|beginning|end|outbreak))/i;

function sincePerfect(clause: string): boolean {
  return PERFECT.test(clause) && SINCE_POINT.test(clause);
}

/**
 * habitual.simple-present: in body text a verb in the third-person simple present with no date
 * in its clause states a standing fact - "Qatar hosts the air base", "Turkey supplies drones to Kyiv" -
 * not one occurrence. Headlines (present for past) are kept.
 */
function stativePresent(p: Proposal, ctx: ArticleContext): boolean {
  // Cooperation only (roots 03-08): a present-tense reproach ("Pakistan blames Kabul for …") is a
  // stance voiced now, which the coder keeps.
  const root = Number(p.cameo.slice(0, 2));
  if (p.pattern.pos !== 'verb' || p.sentence.kind !== 'body' || root < 3 || root > 8) return false;
  const sc = ctx.sentences[p.sentence.index]!;
  const t = sc.tokens[p.tokenIndex];
  if (!t || t.lower === t.lemma || !/^[a-z]+$/.test(t.lower) || !(t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es` || (t.lemma.endsWith('y') && t.lower === `${t.lemma.slice(0, -1)}ies`))) return false;
  // A reporting verb in the sentence makes it the news of the day ("Russia says it strikes …").
  if (/\b(?:says|said|announces|announced|claims|claimed)\b/i.test(p.sentence.text)) return false;
  return !sc.dates.some((d) => d.start >= p.clauseStart && d.end <= p.clauseEnd);
}

export const habitualRefiner: Refiner = {
  id: 'refine.habitual',
  example: '"a group that regularly carries out suicide attacks" -> dropped',
  refine(proposals, ctx) {
    for (const p of proposals) {
      if (p.dropped) continue;
      const clause = p.sentence.text.slice(p.clauseStart, p.clauseEnd);
      if (HABITUAL.test(clause)) {
        p.dropped = 'habitual: no single occurrence';
        ctx.debug?.(() => `  ${p.pattern.id}: dropped, habitual`);
      } else if (sincePerfect(clause)) {
        p.dropped = 'habitual: a campaign or state summed up since a starting point';
        ctx.debug?.(() => `  ${p.pattern.id}: dropped, present perfect since a starting point`);
      } else if (stativePresent(p, ctx)) {
        p.dropped = 'habitual: a standing state told in the simple present';
        ctx.debug?.(() => `  ${p.pattern.id}: dropped, simple present without a date`);
      }
    }
    return proposals;
  },
};
