/** Fills a pair mention ("the two neighbours") with the two states the text spoke of last. */
import type { Actor, ActorMention, Sector } from './types.js';
import { stateActor } from './actor-factory.js';

/**
 * The two states a pair reference at `index` stands for: the last two distinct countries
 * mentioned before `index` (in `prior`, e.g. the output of findActorMentions), preferring those
 * in the same sentence of `text`. Returns [] when fewer than two are known. The role comes from
 * the noun: "the two armies" MIL, "both governments"/"the two leaders" GOV, otherwise null.
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
  const pair = local.length === 2 ? local : pick(0);
  if (pair.length !== 2) return [];
  const role = pairRole(text.slice(index, index + 80));
  return role ? pair.map((a) => ({ ...a, role })) : pair;
}

/** "the two armies" are both militaries, "both governments" both governments; "the two countries" no sector. */
function pairRole(phrase: string): Sector | null {
  const m = /^(?:the|these|those)?\s*(?:two|both)\s+(?:[\w-]+\s+){0,2}?(armies|militaries|governments|capitals|leaders|ministers|foreign ministers)\b/i.exec(phrase);
  if (!m) return null;
  return /armies|militaries/i.test(m[1]) ? 'MIL' : 'GOV';
}
