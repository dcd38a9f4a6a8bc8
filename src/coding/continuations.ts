/**
 * continuation.another-wave: a new round of an act of force or coercion told without naming
 * its parties - "North Korea floated balloons into the South on Tuesday. … A second, larger
 * wave of balloons followed on Saturday night." The round repeats the latest act of force
 * (root 15-20, with a source and a target) of the last few sentences, on its own date.
 * Only a sentence that names no actor and gives a day qualifies: with an actor the patterns
 * code it; without a day it would only be a repeated report of the earlier act.
 */
import type { Proposal, Refiner, SentenceContext } from './pattern-types.js';
import { UNREFINED } from './pattern-types.js';

const ANOTHER_ROUND = /\b(?:a second|a third|a fourth|another|a fresh|a new|a further|more)[,\s]+(?:[\p{L}-]+[,\s]+){0,3}?(?:wave|barrage|salvo|volley|round of (?:strikes|attacks|shelling|fire|balloons|missiles)|strikes?|airstrikes?|attacks?|raids?)\b/iu;
// A cheap necessary condition for ANOTHER_ROUND (one of its closing nouns), tried first: V8 runs
// the /iu pattern slowly and most sentences have none of these words. The classes add the
// non-ASCII letters /iu folds onto ASCII ones (ſ -> s, K -> k).
const MAY_BE_ROUND = /wave|barrage|[sSſ]alvo|volley|round of|[sSſ]tri[kK\u212A]e|atta[cC][kK\u212A]|raid/i;

/** How many sentences back the repeated act may lie. */
const REACH = 5;

/** Proposals for rounds told without their parties, to add to `proposals` (which stay unchanged). */
export function proposeContinuations(sentences: SentenceContext[], proposals: Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  for (const sc of sentences) {
    if (sc.actors.length > 0 || sc.sentence.kind !== 'body') continue;
    const m = MAY_BE_ROUND.test(sc.sentence.text) ? ANOTHER_ROUND.exec(sc.sentence.text) : null;
    if (!m || !sc.dates.some((d) => d.anchorOffsetDays === undefined && d.precision === 'day')) continue;
    const i = sc.sentence.index;
    const earlier = proposals.filter((p) => !p.dropped && p.sentence.index < i && p.sentence.index >= i - REACH && p.source && p.target
      && Number(p.cameo.slice(0, 2)) >= 15 && p.sentence.kind === 'body');
    const last = earlier[earlier.length - 1];
    if (!last) continue;
    const text = sc.sentence.text;
    out.push({
      ...last,
      sentence: sc.sentence, tokenIndex: 0, triggerStart: m.index, triggerEnd: m.index + m[0].length,
      clauseStart: 0, clauseEnd: text.length,
      source: { ...last.source!, start: null, end: null, via: 'continuation' },
      target: { ...last.target!, start: null, end: null, via: 'continuation' },
      ...UNREFINED,
    });
  }
  return out;
}

/** The continuation rule as a refiner: it runs once targets are complete, before dating. */
export const continuationRefiner: Refiner = {
  id: 'refine.continuation',
  example: '"… A second, larger wave of balloons followed on Saturday night." -> the last act of force again, on Saturday',
  refine(proposals, ctx) {
    const rounds = proposeContinuations(ctx.sentences, proposals);
    if (!rounds.length) return proposals;
    for (const p of rounds) ctx.debug?.(() => `sentence ${p.sentence.index}: continuation of ${p.pattern.id} (${p.cameo}): ${p.source!.actor.name} -> ${p.target!.actor.name}`);
    // Later refiners work in article order (dates hang on earlier events).
    return [...proposals, ...rounds].sort((a, b) => a.sentence.index - b.sentence.index || a.triggerStart - b.triggerStart);
  },
};
