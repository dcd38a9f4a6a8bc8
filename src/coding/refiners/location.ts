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

const SPEAKS = /^\s+(?:says|said|say|called|calls|claims|claimed|accused|accuses|denied|denies|announced|insists|insisted|argues|argued|warned|warns)\b/i;

// "in Madrid" after the act: its venue. "an embassy in Tehran" is a post in that state, not a venue.
const VENUE = /(?<!\b(?:embassy|embassies|consulate|consulates|mission|office|offices|representation|diplomats|envoy|ambassador)\s+)\b(?:in|at)\s+(?:the\s+)?$/i;

const IN_PLACE = /\b(?:in|at|near|inside|into|over|across|on|of)\s+(?:the\s+)?$/i;

const THEATRE = /\b(?:war|wars|conflict|fighting|crisis|violence|unrest|insurgency|rebellion|hostilities)\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\p{L}-]*\s+)?$/iu;

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
        const text = p.sentence.text;
        // place.not-speaker: "violations that Athens says have surged" - a capital that speaks is
        // a government, not the scene.
        const places = ctx.sentences[p.sentence.index]!.places.filter((m) => m.start >= p.clauseStart && m.end <= p.clauseEnd
          && !SPEAKS.test(text.slice(m.end, m.end + 30)));
        // As for its object (noun.object-no-comma), a nominal act's place does not lie past a comma.
        const after = places.filter((m) => m.start >= p.triggerEnd && !(p.pattern.pos === 'noun' && text.slice(p.triggerEnd, m.start).includes(',')));
        // Before the trigger only a place after a preposition ("in Gaza, Israeli jets struck"):
        // a bare "Tehran" there is the actor, not the scene.
        // place.not-own-ground: "Pakistan said India fired at its bases near Rawalpindi, and announced
        // strikes on Indian sites" - a place before an act of force, in its source's own country,
        // is where the other side's act landed.
        const ownGround = (m: PlaceMention): boolean => Number(p.cameo.slice(0, 2)) >= 18 && !!p.target?.actor.country && p.target.actor.country !== m.place.country && m.place.country === p.source?.actor.country;
        const before = places.filter((m) => m.end <= p.triggerStart && IN_PLACE.test(text.slice(Math.max(0, m.start - 12), m.start)) && !ownGround(m));
        // A place after "in/near/at/inside" is the scene; "what New Delhi called" is a speaker.
        const scene = after.filter((m) => IN_PLACE.test(text.slice(Math.max(0, m.start - 12), m.start)));
        const sceneAt = scene.length ? after.indexOf(scene[0]!) : -1;
        const force = Number(p.cameo.slice(0, 2)) >= 17;
        let chosen = (sceneAt >= 0 ? pick(after.slice(sceneAt)) : null) ?? pick(after) ?? pick(before.reverse());
        // place.later-clause: "Cambodian forces fired rockets into Thai territory; one strike hit a
        // petrol station in Sisaket province" - the scene of an act of force may follow in a later
        // clause of the sentence when it lies in the target's country, and is more specific.
        if ((!chosen || chosen.place.kind === 'country') && force && p.target?.actor.country) {
          const later = ctx.sentences[p.sentence.index]!.places.filter((m) => m.start >= p.clauseEnd && m.place.country === p.target!.actor.country && !(p.pattern.pos === 'noun' && text.slice(p.triggerEnd, m.start).includes(',')));
          chosen = later.find((m) => m.place.kind !== 'country') ?? chosen;
        }
        if (!chosen) continue;
        const targetCountry = p.target?.actor.country ?? null;
        const sourceCountry = p.source?.actor.country ?? null;
        // A place after the trigger names the target ("fired at a village in … Iran"); so does,
        // for a nominal act of force, the scene before it ("near a base outside the Iranian city of
        // Isfahan, in what officials called an Israeli strike" -> IRN: target.scene-before).
        // target.not-venue: where a meeting, a talk or a deal took place is no party to it - "the
        // council is due to meet in Addis Ababa", "a deal brokered by the United States in Madrid".
        // (A reproach may still point at a place: "a provocation planned in Athens".)
        const venue = !placed && Number(p.cameo.slice(0, 2)) <= 5 && VENUE.test(text.slice(Math.max(0, chosen.start - 12), chosen.start));
        // target.theatre-not-party: "accused its old ally of taking sides in the war in eastern
        // Congo" - a place naming where a war or conflict is fought is its theatre, not the accused.
        const theatre = !placed && THEATRE.test(text.slice(Math.max(0, chosen.start - 50), chosen.start));
        if (!p.target && !venue && !theatre && chosen.place.country !== sourceCountry && (chosen.start >= p.triggerEnd || (force && p.pattern.pos === 'noun'))) setTarget(p, chosen, finder);
        // A place in a third country is not where an act between these two happened.
        // Force may land in a third country ("an Israeli strike on the Iranian consulate in Damascus").
        const fits = Number(p.cameo.slice(0, 2)) >= 15 || !targetCountry || chosen.place.country === targetCountry || chosen.place.country === sourceCountry || !p.target?.actor.country;
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
