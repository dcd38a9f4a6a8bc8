/**
 * refine.office-holder: an office holder the gazetteer does not know ("Foreign Minister Taro
 * Kono", "Prime Minister Scott Morrison") has no country of her own. In a report about two
 * states, one who acts on one of them speaks for the other: "Prime Minister Scott Morrison
 * demanded that the Chinese government apologise" in an Australia-China report -> AUS -> CHN.
 * Only for state offices (minister, president, ambassador, spokesperson …) and only when the
 * other party is one of the article's main pair; anyone else stays without a country.
 *
 * office.own-victim: the state after "a violation of", "a threat to", "an attack on" is the one
 * wronged, and a minister who says so speaks for it: "Prime Minister Kadhimi called the strike
 * a flagrant violation of Iraqi sovereignty" in an Iraq-Turkey report -> IRQ -> TUR.
 */
import type { Actor } from '../../actors/types.js';
import type { ActorFinder, Participant, Proposal, Refiner } from '../pattern-types.js';
import { mainPair } from './main-pair-target.js';

const WRONGED = /\b(?:violation|violations|breach|breaches|threat|threats|attack|attacks|affront|insult|assault|aggression|infringement|encroachment)["”’']?\s+(?:of|to|on|against|upon)\s+(?:the\s+)?$/i;

/** Patterns of an envoy called home: the envoy named is the recalling state's own. */
const RECALLS = new Set(['reduce.recall-ambassador', 'reduce.recall-for-consultations', 'reduce.announce-recall']);
const ENVOY_NAMED = /^[\p{L}'’ ]{0,30}?\b(?:ambassador|envoy|high commissioner|charg[eé] d'affaires|consul)\b/iu;

const STATE_OFFICE = /\b(?:minister|president|premier|chancellor|ambassador|envoy|spokes(?:wo)?man|spokesperson|secretary|king|emir|crown prince|sultan|general|admiral|commander|chief of staff|high commissioner|consul|governor|senator|lawmaker|deputy|councill?or|head of (?:state|government))\b/i;

function officeHolderWithoutCountry(p: Participant | null): boolean {
  if (!p || p.actor.kind !== 'person' || p.actor.country) return false;
  return STATE_OFFICE.test(p.actor.office ?? '');
}

function withCountry(p: Participant, country: string, role: Actor['role']): Participant {
  return { ...p, actor: { ...p.actor, country, role: p.actor.role ?? role }, via: `${p.via}+main-pair` };
}

/** How one proposal places its office holder: her state, the state her act is aimed at, how sure. */
interface Reading {
  country: string;
  aimed: string | null;
  weight: number;
}

/**
 * office.one-state: what one act of the office holder says about her state. A place reached
 * ("flew to Ceuta") says nothing: a minister visits her own state's towns as often as the other's.
 * The object right after the verb ("accused Rabat") says more than one found further on
 * ("called it an aggression against Spain's borders").
 */
function readSource(p: Proposal, other: (c: string | null | undefined) => string | null): Reading | null {
  const t = p.target;
  if (!t || t.start == null || !t.actor.country) return null;
  // office.recalled-envoy: an envoy is recalled by her own state - "Foreign Minister Marty
  // Natalegawa announced the recall of the Indonesian ambassador in Canberra" speaks for Indonesia,
  // and the recall is aimed at the host.
  if (RECALLS.has(p.pattern.id) && ENVOY_NAMED.test(p.sentence.text.slice(t.start, t.start + 60))) {
    const aimed = other(t.actor.country);
    return aimed ? { country: t.actor.country, aimed, weight: 3 } : null;
  }
  if (WRONGED.test(p.sentence.text.slice(Math.max(0, t.start - 40), t.start))) {
    const aimed = other(t.actor.country);
    return aimed ? { country: t.actor.country, aimed, weight: 3 } : null;
  }
  const country = other(t.actor.country);
  if (!country) return null;
  return { country, aimed: null, weight: t.start - p.triggerEnd <= 3 ? 2 : 1 };
}

export function officeHolderRefiner(finder: ActorFinder): Refiner {
  return {
    id: 'refine.office-holder',
    example: '"Foreign Minister Taro Kono lodged a protest with Seoul" in a Japan-South Korea report -> JPN -> KOR',
    refine(proposals: Proposal[], ctx) {
      let pair: [string, string] | null | undefined;
      // office.one-state: one office holder is one state's throughout the article - her
      // strongest reading decides it for all her acts, so "Robles called it an aggression
      // against Spain's borders and accused Rabat" does not make her Spanish and Moroccan at once.
      const best = new Map<string, Reading>();
      const readings = new Map<Proposal, Reading>();
      for (const p of proposals) {
        if (p.dropped || !officeHolderWithoutCountry(p.source)) continue;
        pair ??= mainPair(ctx);
        if (!pair) return proposals;
        const other = (c: string | null | undefined): string | null => (c === pair![0] ? pair![1] : c === pair![1] ? pair![0] : null);
        const r = readSource(p, other);
        if (!r) continue;
        readings.set(p, r);
        const name = p.source!.actor.name;
        const prev = best.get(name);
        if (!prev || r.weight > prev.weight) best.set(name, r);
      }
      for (const p of proposals) {
        if (p.dropped) continue;
        const src = officeHolderWithoutCountry(p.source);
        const tgt = officeHolderWithoutCountry(p.target);
        if (!src && !tgt) continue;
        pair ??= mainPair(ctx);
        if (!pair) continue;
        const other = (c: string | null | undefined): string | null => (c === pair![0] ? pair![1] : c === pair![1] ? pair![0] : null);
        if (src) {
          const decided = best.get(p.source!.actor.name);
          if (!decided) continue;
          const own = readings.get(p);
          const country = decided.country;
          // Her act aimed at her own state answers a wrong done to it: it is aimed at the other one.
          const aimed = own?.country === country ? own.aimed : p.target?.actor.country === country ? other(country) : null;
          p.source = withCountry(p.source!, country, 'GOV');
          if (aimed) {
            const actor = finder.countryActor(aimed);
            if (actor) p.target = { actor, start: null, end: null, via: 'main-pair' };
          } else if (tgt) {
            // office.both: "State Councilor Dai summoned Ambassador Niwa" - once the one is placed
            // by her other acts, the official she acts on is the other main state's.
            const theirs = other(country);
            if (theirs) p.target = withCountry(p.target!, theirs, 'GOV');
          }
        } else if (tgt) {
          const country = other(p.source?.actor.country);
          if (country) p.target = withCountry(p.target!, country, 'GOV');
        }
        ctx.debug?.(() => `  ${p.pattern.id}: office holder given the other main state (${p.source?.actor.country} -> ${p.target?.actor.country})`);
      }
      return proposals;
    },
  };
}
