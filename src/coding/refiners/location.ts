/**
 * refine.location: the place named for the event - the most specific place after the trigger
 * in its clause ("in Pakistan's Balochistan province" -> Balochistan, PAK), else one before it
 * in the clause. A target left unnamed is taken from the place's country when that differs
 * from the source ("fired at a village in … of Iran" -> IRN).
 */
import type { PlaceMention } from '../../actors/types.js';
import type { ActorFinder, Proposal, Refiner } from '../pattern-types.js';

function pick(places: PlaceMention[]): PlaceMention | null {
  // The first place after the trigger opens a run ("Pakistan's … Balochistan province"); take the
  // most specific place of the same country within that run.
  const first = places[0];
  if (!first) return null;
  const run = places.filter((p) => p.place.country === first.place.country && p.start - first.end < 60);
  return run.find((p) => p.place.kind !== 'country') ?? first;
}

const IN_PLACE = /\b(?:in|at|near|inside|into|over|across|on|of)\s+(?:the\s+)?$/i;

/** Roots of acts done somewhere (force, coercion, aid, visits); verbal acts get no place. */
const PLACED_ROOTS = new Set(['06', '07', '08', '14', '15', '16', '17', '18', '19', '20']);
const PLACED_CODES = new Set(['042', '043', '044']);

export function locationRefiner(finder: ActorFinder): Refiner {
  return {
    id: 'refine.location',
    example: '"attack … in Pakistan\'s sparsely populated Balochistan province" -> Balochistan, PAK',
    refine(proposals, ctx) {
      for (const p of proposals) {
        if (p.dropped) continue;
        const placed = PLACED_ROOTS.has(p.cameo.slice(0, 2)) || PLACED_CODES.has(p.cameo);
        // A verbal act's object country ("de-escalate tension with Iran") is not its place.
        if (!placed && p.target) continue;
        const places = ctx.sentences[p.sentence.index]!.places.filter((m) => m.start >= p.clauseStart && m.end <= p.clauseEnd);
        const after = places.filter((m) => m.start >= p.triggerEnd);
        // Before the trigger only a place after a preposition ("in Gaza, Israeli jets struck"):
        // a bare "Tehran" there is the actor, not the scene.
        const text = p.sentence.text;
        const before = places.filter((m) => m.end <= p.triggerStart && IN_PLACE.test(text.slice(Math.max(0, m.start - 12), m.start)));
        // A place after "in/near/at/inside" is the scene; "what New Delhi called" is a speaker.
        const scene = after.filter((m) => IN_PLACE.test(text.slice(Math.max(0, m.start - 12), m.start)));
        const sceneAt = scene.length ? after.indexOf(scene[0]!) : -1;
        const chosen = (sceneAt >= 0 ? pick(after.slice(sceneAt)) : null) ?? pick(after) ?? pick(before.reverse());
        if (!chosen) continue;
        const targetCountry = p.target?.actor.country ?? null;
        const sourceCountry = p.source?.actor.country ?? null;
        // Only a place after the trigger names the target ("fired at a village in … Iran").
        if (!p.target && chosen.start >= p.triggerEnd && chosen.place.country !== sourceCountry) setTarget(p, chosen, finder);
        // A place in a third country is not where an act between these two happened.
        // Force may land in a third country ("an Israeli strike on the Iranian consulate in Damascus").
        const force = Number(p.cameo.slice(0, 2)) >= 15;
        const fits = force || !targetCountry || chosen.place.country === targetCountry || chosen.place.country === sourceCountry || !p.target?.actor.country;
        if ((fits || !p.target) && placed && !(chosen.place.kind === 'country' && p.cameo.startsWith('08'))) p.location = chosen.place;
      }
      return proposals;
    },
  };
}

function setTarget(p: Proposal, m: PlaceMention, finder: ActorFinder): void {
  const actor = finder.countryActor(m.place.country);
  if (actor) p.target = { actor, start: null, end: null, via: 'place' };
}
