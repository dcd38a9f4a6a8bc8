/**
 * continuation.same-act: "Bahrain expelled the Lebanese ambassador, and Kuwait did the same on
 * Saturday", "Qatar recalled its envoy; the Emirates followed suit". A state that does "the same"
 * or "follows suit" repeats the last reported act of the same or previous sentence on that act's
 * target, as its own event (its own date comes from its own clause). The state must be named right
 * before the phrase and differ from both parties' target.
 */
import type { Proposal, Refiner, SentenceContext } from './pattern-types.js';
import { UNREFINED } from './pattern-types.js';

const SAME = /\b(?:did|does|do|has done|had done|have done)\s+(?:the\s+)?same\b|\b(?:followed|follows|follow|has followed|had followed)\s+suit\b/gi;
// Between the state and the phrase: adverbs only ("Kuwait soon did the same").
const BETWEEN = /^\s*(?:,\s*)?(?:(?:then|soon|later|also|quickly|swiftly|promptly|duly|in turn|too)\s*,?\s*)*$/i;
/** How many sentences back the repeated act may lie. */
const REACH = 1;

export function proposeSameActs(sentences: SentenceContext[], proposals: Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  for (const sc of sentences) {
    if (sc.sentence.kind !== 'body') continue;
    const text = sc.sentence.text;
    if (!/\bsame\b|\bsuit\b/i.test(text)) continue;
    for (const m of text.matchAll(SAME)) {
      const at = m.index!;
      const who = [...sc.actors].reverse().find((a) => a.end <= at && BETWEEN.test(text.slice(a.end, at)));
      const state = who?.actors.length === 1 ? who.actors[0]! : null;
      if (!who || !state?.country) continue;
      const i = sc.sentence.index;
      const earlier = proposals.filter((p) => !p.dropped && p.source && p.target && p.sentence.kind === 'body'
        && (p.modality === 'asserted' || p.modality === 'claimed')
        && ((p.sentence.index === i && p.triggerStart < who.start) || (p.sentence.index < i && p.sentence.index >= i - REACH)));
      const last = earlier[earlier.length - 1];
      if (!last || last.target!.actor.country === state.country || last.source!.actor.country === state.country) continue;
      out.push({
        ...last,
        sentence: sc.sentence, tokenIndex: last.sentence === sc.sentence ? last.tokenIndex : 0,
        triggerStart: at, triggerEnd: at + m[0].length, clauseStart: who.start, clauseEnd: text.length,
        source: { actor: state, start: who.start, end: who.end, via: 'same-act' },
        target: { ...last.target!, start: null, end: null, via: 'same-act' },
        ...UNREFINED,
      });
    }
  }
  return out;
}

/** The rule as a refiner: once targets are settled, before dating. */
export const sameActRefiner: Refiner = {
  id: 'refine.same-act',
  example: '"Bahrain expelled the Lebanese ambassador, and Kuwait did the same on Saturday" -> Kuwait expels, Saturday',
  refine(proposals, ctx) {
    const repeats = proposeSameActs(ctx.sentences, proposals);
    if (!repeats.length) return proposals;
    for (const p of repeats) ctx.debug?.(() => `sentence ${p.sentence.index}: ${p.source!.actor.name} repeats ${p.pattern.id} (${p.cameo}) on ${p.target!.actor.name}`);
    return [...proposals, ...repeats].sort((a, b) => a.sentence.index - b.sentence.index || a.triggerStart - b.triggerStart);
  },
};
