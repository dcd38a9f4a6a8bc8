/**
 * refine.private-person: a private person is no state. A demonym tells a person's nationality,
 * not on whose behalf she acts: "a 17-year-old Jordanian attacked the guard", "her Lebanese
 * employer and his Syrian wife were sentenced" - what such a person does is not Jordan's or
 * Syria's act. Only the source is judged: a state acting on a foreign national ("executed a
 * Brazilian national") is still aimed at the national's state.
 *
 * The demonym names a private person when it qualifies a noun for a private role (family, trade,
 * age: "Syrian wife", "Lebanese employer", "Iranian student") or when it is itself the noun,
 * with an article or an age before it and no noun after it ("a Jordanian, who had come to …").
 */
import type { Refiner, SentenceContext } from '../pattern-types.js';

// Nouns for one person by family, trade or station: none of them speaks or acts for a government.
// Singular only: "Greek farmers blocked the border" is a protest by a sector of the country.
const PRIVATE_NOUN = /^\s+(?:\d+-year-old\s+|young\s+|elderly\s+)?(?:employer|wife|husband|spouse|partner|fianc[eé]e?|widow|man|woman|boy|girl|child|teenager|teen|youth|student|tourist|backpacker|worker|labou?rer|maid|nanny|housekeeper|driver|landlord|tenant|businessman|businesswoman|trader|merchant|shopkeeper|fisherman|farmer|migrant|pilgrim|national|citizen|resident|expatriate|family|father|mother|son|daughter|brother|sister|parent|relative|couple|neighbou?r|passenger|civilian|teacher|doctor|nurse|blogger|activist|dissident|academic|researcher)\b(?!-)/u;
// The demonym as the noun itself: "a Jordanian", "a 17-year-old Jordanian", "two young Syrians".
const ARTICLE_OR_AGE = /(?:\b(?:a|an|one|two|three|another)\s+(?:[\p{L}-]+\s+)?|\b\d+-year-old\s+)$/iu;
const NO_NOUN_AFTER = /^(?:\s*[,;.)]|\s+(?:who|whom|whose|was|were|had|has|is|and|later|then|allegedly|reportedly)\b)/i;

/** True when the mention at start..end is a demonym naming a private person. */
export function privatePerson(sc: SentenceContext, start: number, end: number): boolean {
  const m = sc.actors.find((a) => a.start === start && a.end === end);
  if (!m || m.via !== 'demonym') return false;
  const text = sc.sentence.text;
  const after = text.slice(end);
  if (PRIVATE_NOUN.test(after)) return true;
  // The demonym alone: a mention that runs on over its noun ("two Chinese fighter jets") is no person.
  if (!/^[\p{L}-]+$/u.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  return ARTICLE_OR_AGE.test(before) && NO_NOUN_AFTER.test(after);
}

export const privatePersonRefiner: Refiner = {
  id: 'refine.private-person',
  example: '"A 17-year-old Jordanian attacked the guard" -> not an act of Jordan',
  refine(proposals, ctx) {
    for (const p of proposals) {
      if (p.dropped || !p.source || p.source.start === null || p.source.end === null) continue;
      // Protest is what private people do as a people: "Greek students marched" is Greece's unrest.
      if (p.cameo.startsWith('14')) continue;
      const sc = ctx.sentences[p.sentence.index];
      if (!sc || !privatePerson(sc, p.source.start, p.source.end)) continue;
      p.dropped = 'source is a private person';
      ctx.debug?.(() => `  ${p.pattern.id}: dropped, ${p.dropped}`);
    }
    return proposals;
  },
};
