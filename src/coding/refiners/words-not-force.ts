/**
 * Three ways news words a verbal exchange or an earlier act in terms a pattern reads as a new one.
 *
 * words.verbal-retort: "hit back" and "struck back" are as often said of words as of force. Told
 * bare - no object, no weapon, no "with …" - in a passage with no act of force, "Within hours
 * Ankara hit back." is a retort to what the other side said or published: a reproach (111), not
 * an attack (190).
 *
 * words.travel-advice: a government that warns its own citizens ("warned its nationals in the
 * country to avoid crowds", "advised travellers to stay away") advises them; it threatens no one.
 * Such a warning (13) is dropped.
 *
 * words.economic-object: "hit", "struck at" and "targeted" with an economy for object - "it hit
 * trade", "the measures struck Spanish exporters", "targeted imports" - are measures, told as
 * force only by metaphor; the measure itself is coded where it is named. Dropped as force.
 *
 * words.reaction-object: a noun of force as the object of a reaction - "condemned the shelling",
 * "protested over the raid", "after the attack" - takes up an act told before; it is not a new
 * attack and would otherwise take the day of the reaction. The nominal act is dropped (the verb
 * that told it first is coded where it was told).
 */
import type { ArticleContext, Proposal, Refiner } from '../pattern-types.js';

const RETORT_TRIGGER = /^(?:hit|hits|hitting|struck|strike|strikes|striking)\s+back$/i;
// Nothing after the trigger but the end of the sentence, a time, or what was said: "hit back,
// saying …", "hit back with a statement".
const BARE_AFTER = /^\s*(?:(?:on|late on|early on|later on)\s+\p{L}+\s*|within\s+hours\s*|the\s+same\s+day\s*|quickly\s*|swiftly\s*)?(?:[.;:!]|$|,\s*(?:saying|calling|accusing|denying|insisting|arguing|dismissing|rejecting)\b|\s+with\s+(?:a|an|its|their|his|her)\s+(?:own\s+)?(?:statement|video|report|account|denial|rebuttal|protest|complaint|accusation|claim|remarks?|comments?)\b)/iu;
const FORCE_WORDS = /\b(?:missiles?|rockets?|shell(?:s|ed|ing)|artillery|air ?strikes?|bomb(?:s|ed|ing|ers?)?|troops|soldiers|fired|firing|gunfire|killed|wounded|attack(?:s|ed)?|drones?|raids?|shot|warplanes|jets|invasion|offensive|tanks)\b/i;

function verbalRetort(p: Proposal, ctx: ArticleContext): boolean {
  if (p.cameo !== '190') return false;
  const text = p.sentence.text;
  if (!RETORT_TRIGGER.test(text.slice(p.triggerStart, p.triggerEnd).replace(/\s+/g, ' '))) return false;
  if (!BARE_AFTER.test(text.slice(p.triggerEnd))) return false;
  // The passage: this sentence and the two before it tell no act of force.
  const i = p.sentence.index;
  for (let k = Math.max(0, i - 2); k <= i; k++) if (FORCE_WORDS.test(ctx.sentences[k]!.sentence.text)) return false;
  return true;
}

// The warning's object: the warner's own people, not another state.
// A demonym there must be the warner's own ("Swedish citizens" warned by Sweden): "warned Israeli
// residents to flee", said by their enemy, is a threat.
const OWN_PEOPLE = /^\s+(?:(?:its|their|his|her|our|the|all)\s+)?(?:(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+)?(?:own\s+)?(?:citizens|nationals|travell?ers|tourists|visitors|residents|expatriates|people|students|businesses|companies)\b/u;

function travelAdvice(p: Proposal, ctx: ArticleContext): boolean {
  if (!p.cameo.startsWith('13') || !/^(?:warn|advis|urg|tell|told|caution)/i.test(p.sentence.text.slice(p.triggerStart, p.triggerEnd))) return false;
  const m = OWN_PEOPLE.exec(p.sentence.text.slice(p.triggerEnd));
  if (!m) return false;
  if (!m[1]) return true;
  const at = p.triggerEnd + m[0].indexOf(m[1]);
  const named = ctx.sentences[p.sentence.index]!.actors.find((a) => a.start <= at && at < a.end);
  return !!named && !!p.source?.actor.country && named.actors.every((a) => a.country === p.source!.actor.country);
}

const FORCE_VERB = /^(?:hit|hits|hitting|struck|strike|strikes|striking|target(?:s|ed|ing)?)$/i;
const ECONOMIC_OBJECT = /^\s+(?:at\s+)?(?:(?:the|its|their|\p{Lu}\p{L}+(?:['’]s)?|[\p{Ll}-]+)\s+){0,2}(?:trade|exports?|exporters|imports?|importers|economy|economies|business(?:es)?|firms|companies|markets?|investment|investors|tourism|revenues?|earnings|sales|banks|currency|prices|budgets?|supply chains?|shipments|goods|farmers|industry|industries)\b/u;

function economicObject(p: Proposal): boolean {
  const root = Number(p.cameo.slice(0, 2));
  return root >= 18 && FORCE_VERB.test(p.sentence.text.slice(p.triggerStart, p.triggerEnd)) && ECONOMIC_OBJECT.test(p.sentence.text.slice(p.triggerEnd));
}

const REACTION_BEFORE = /\b(?:condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|deplor(?:es|ed|ing)|protest(?:s|ed|ing)?(?:\s+(?:against|over))?|criticis(?:es|ed|ing)|criticiz(?:es|ed|ing)|decr(?:ies|ied|ying)|discuss(?:es|ed|ing)?|investigat(?:es|ed|ing)|respond(?:s|ed|ing)?\s+to|react(?:s|ed|ing)?\s+to|over|after|following|since|despite)\s+(?:the|this|that|these|those|its|their|(?:last|this)\s+\p{L}+['’]s|\p{Lu}\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function reactionObject(p: Proposal): boolean {
  return p.pattern.pos === 'noun' && Number(p.cameo.slice(0, 2)) >= 18 && REACTION_BEFORE.test(p.sentence.text.slice(p.clauseStart, p.triggerStart));
}

export const wordsNotForceRefiner: Refiner = {
  id: 'refine.words-not-force',
  example: '"Within hours Seoul hit back." after a published video -> 111; "warned its citizens in Turkey to avoid crowds" -> dropped; "condemned the shelling" -> no new shelling',
  refine(proposals, ctx) {
    for (const p of proposals) {
      if (p.dropped) continue;
      if (verbalRetort(p, ctx)) {
        p.cameo = '111';
        ctx.debug?.(() => `  ${p.pattern.id}: a bare "hit back" in a passage without force is a verbal retort -> 111`);
      } else if (travelAdvice(p, ctx)) {
        p.dropped = 'travel advice to its own people, no threat';
        ctx.debug?.(() => `  ${p.pattern.id}: dropped, ${p.dropped}`);
      } else if (economicObject(p)) {
        p.dropped = 'force told of an economy: a measure, not an attack';
        ctx.debug?.(() => `  ${p.pattern.id}: dropped, ${p.dropped}`);
      } else if (reactionObject(p)) {
        p.dropped = 'the object of a reaction takes up an earlier act';
        ctx.debug?.(() => `  ${p.pattern.id}: dropped, ${p.dropped}`);
      }
    }
    return proposals;
  },
};
