/** Fills a pair mention ("the two neighbours") with the two states the text spoke of last. */
import type { Actor, ActorMention } from './types.js';
import { stateActor } from './actor-factory.js';

/**
 * The two states a pair reference at `index` stands for: the last two distinct countries
 * mentioned before `index` (in `prior`, e.g. the output of findActorMentions), preferring those
 * in the same sentence of `text`. Returns [] when fewer than two are known.
 */
export function resolvePair(text: string, index: number, prior: readonly ActorMention[]): Actor[] {
  const sentenceStart = Math.max(text.lastIndexOf('. ', index - 1), text.lastIndexOf('\n', index - 1)) + 1;
  const pick = (from: number): Actor[] => {
    const seen = new Map<string, Actor>();
    for (let k = prior.length - 1; k >= 0 && seen.size < 2; k--) {
      const m = prior[k];
      if (m.end > index || m.start < from) continue;
      for (const a of m.actors) {
        if (!a.country || seen.has(a.country)) continue;
        const st = stateActor(a.country);
        if (st) seen.set(a.country, st);
      }
    }
    return [...seen.values()].slice(0, 2).reverse();
  };
  const local = pick(sentenceStart);
  return local.length === 2 ? local : pick(0).length === 2 ? pick(0) : [];
}
