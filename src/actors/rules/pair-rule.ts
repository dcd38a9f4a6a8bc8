/**
 * Rule A3 (pair): a plural reference to two parties, "the two neighbours", "both countries",
 * "the two Muslim countries", "both sides". The mention carries no actors: resolvePair fills them
 * from context.
 */
import type { Token } from '../text/tokens.js';

/** Nouns a pair reference ends with. */
export const PAIR_NOUNS: ReadonlySet<string> = new Set([
  'countries', 'nations', 'states', 'neighbors', 'neighbours', 'sides', 'governments', 'capitals', 'armies',
  'militaries', 'rivals', 'adversaries', 'powers', 'leaders', 'ministers', 'foreign ministers', 'parties', 'allies',
]);

/** `{to}` (token index after the pair phrase) when a pair reference starts at `i`, else null. */
export function matchPair(toks: readonly Token[], i: number): { to: number } | null {
  let j: number;
  if (toks[i].lower === 'both') j = i + 1;
  else if ((toks[i].lower === 'the' || toks[i].lower === 'these' || toks[i].lower === 'those') && toks[i + 1]?.lower === 'two') j = i + 2;
  else return null;
  // Up to two adjectives: "the two nuclear-armed neighbours", "the two Muslim countries".
  for (let adj = 0; adj <= 2 && j < toks.length; adj++, j++) {
    const w = toks[j].lower;
    if (PAIR_NOUNS.has(w)) return { to: j + 1 };
    if (!/^\p{L}+$/u.test(w) || w === 'of' || w === 'and') return null;
  }
  return null;
}
