/**
 * refine.main-pair-target: in a report about two states, an act of force or coercion by one of
 * them with no target named is aimed at the other: "North Korea and South Korea … The North sent
 * about 1,000 trash balloons in two waves" -> PRK -> KOR. The main pair is the two states named
 * most in the body, each at least MIN_MENTIONS times and together far ahead of any third state.
 */
import type { Actor } from '../../actors/types.js';
import type { ActorFinder, ArticleContext, Refiner } from '../pattern-types.js';

const MIN_MENTIONS = 4;

/** The article's two main states, or null when no pair stands out. */
export function mainPair(ctx: ArticleContext): [string, string] | null {
  const counts = new Map<string, number>();
  for (const sc of ctx.sentences) {
    if (sc.sentence.kind !== 'body') continue;
    for (const m of sc.actors) for (const a of m.actors) if (a.country) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second, third] = top;
  if (!first || !second || second[1] < MIN_MENTIONS) return null;
  // A third state nearly as present as the second makes the pair unclear.
  if (third && third[1] * 2 > second[1]) return null;
  return [first[0], second[0]];
}

export function mainPairTargetRefiner(finder: ActorFinder): Refiner {
  return {
    id: 'refine.main-pair-target',
    example: '"The North sent about 1,000 trash balloons" in a report on the two Koreas -> target South Korea',
    refine(proposals, ctx) {
      let pair: [string, string] | null | undefined;
      for (const p of proposals) {
        if (p.dropped || p.target || !p.source?.actor.country || Number(p.cameo.slice(0, 2)) < 15 || p.pattern.needsTarget === false) continue;
        // Only a reported act: a planned or possible one ("what it will do after an attack") has no aim yet.
        if (p.modality !== 'asserted' && p.modality !== 'claimed') continue;
        pair ??= mainPair(ctx);
        if (!pair) return proposals;
        const s = p.source.actor.country;
        const other = s === pair[0] ? pair[1] : s === pair[1] ? pair[0] : null;
        const actor: Actor | null = other ? finder.countryActor(other) : null;
        if (!actor) continue;
        p.target = { actor, start: null, end: null, via: 'main-pair' };
        ctx.debug?.(() => `  ${p.pattern.id}: target ${other} (the article's other main state)`);
      }
      return proposals;
    },
  };
}
