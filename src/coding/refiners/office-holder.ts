/**
 * refine.office-holder: an office holder the gazetteer does not know ("Foreign Minister Taro
 * Kono", "Prime Minister Scott Morrison") has no country of her own. In a report about two
 * states, one who acts on one of them speaks for the other: "Prime Minister Scott Morrison
 * demanded that the Chinese government apologise" in an Australia-China report -> AUS -> CHN.
 * Only for state offices (minister, president, ambassador, spokesperson …) and only when the
 * other party is one of the article's main pair; anyone else stays without a country.
 */
import type { Actor } from '../../actors/types.js';
import type { Participant, Proposal, Refiner } from '../pattern-types.js';
import { mainPair } from './main-pair-target.js';

const STATE_OFFICE = /\b(?:minister|president|premier|chancellor|ambassador|envoy|spokes(?:wo)?man|spokesperson|secretary|king|emir|crown prince|sultan|general|admiral|commander|chief of staff|high commissioner|consul|governor|senator|lawmaker|deputy)\b/i;

function officeHolderWithoutCountry(p: Participant | null): boolean {
  if (!p || p.actor.kind !== 'person' || p.actor.country) return false;
  return STATE_OFFICE.test(p.actor.office ?? '');
}

function withCountry(p: Participant, country: string, role: Actor['role']): Participant {
  return { ...p, actor: { ...p.actor, country, role: p.actor.role ?? role }, via: `${p.via}+main-pair` };
}

export const officeHolderRefiner: Refiner = {
  id: 'refine.office-holder',
  example: '"Foreign Minister Taro Kono lodged a protest with Seoul" in a Japan-South Korea report -> JPN -> KOR',
  refine(proposals: Proposal[], ctx) {
    let pair: [string, string] | null | undefined;
    for (const p of proposals) {
      if (p.dropped) continue;
      const src = officeHolderWithoutCountry(p.source);
      const tgt = officeHolderWithoutCountry(p.target);
      if (!src && !tgt) continue;
      pair ??= mainPair(ctx);
      if (!pair) continue;
      const other = (c: string | null | undefined): string | null => (c === pair![0] ? pair![1] : c === pair![1] ? pair![0] : null);
      if (src) {
        const country = other(p.target?.actor.country);
        if (country) p.source = withCountry(p.source!, country, 'GOV');
      } else if (tgt) {
        const country = other(p.source?.actor.country);
        if (country) p.target = withCountry(p.target!, country, 'GOV');
      }
      ctx.debug?.(() => `  ${p.pattern.id}: office holder given the other main state (${p.source?.actor.country} -> ${p.target?.actor.country})`);
    }
    return proposals;
  },
};
