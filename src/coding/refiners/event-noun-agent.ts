/**
 * refine.event-noun-agent: an act of force whose subject is the name of an act - "The strikes
 * hit villages near the border", "the raid killed four", "Israel answered with its heaviest air
 * campaign: strikes across the south killed 490" - was carried out by whoever carried out the
 * act the noun takes up. That is the state opening the same sentence before a colon or dash
 * ("Israel answered …: strikes …"), else the source of the latest act of force told in the last
 * few sentences. Without either the act keeps no source, as before.
 */
import type { Participant, Proposal, Refiner } from '../pattern-types.js';

// The subject before the verb: an optional determiner and modifiers, the act's noun, and
// at most a short phrase of place or time ("strikes across the south and the Bekaa Valley").
const NOUN_SUBJECT = /^((?:the|these|those|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:strikes?|airstrikes?|air strikes?|raids?|air raids?|attacks?|shelling|bombardment|bombing|barrage|salvos?|missiles?|rockets?|drones?|shells?|offensive|operation|incursion|assault)(?:\s+(?:on|across|in|against|near|along|over|at)\s+[^,;:.]{1,60}?)?\s+(?:also\s+|reportedly\s+)?$/iu;

/** How many sentences back the act the noun takes up may lie. */
const REACH = 3;

function force(p: Proposal): boolean {
  return Number(p.cameo.slice(0, 2)) >= 18;
}

/** The subject text of `p`: from its clause's start, or from after a colon or dash that opens a new statement. */
function subjectText(p: Proposal): { text: string; lead: string } {
  const text = p.sentence.text;
  const before = text.slice(0, p.triggerStart);
  const cut = Math.max(before.lastIndexOf(':'), before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  const from = Math.max(p.clauseStart, cut >= 0 ? cut + (before[cut] === ':' ? 1 : 3) : 0);
  return { text: before.slice(from).trimStart(), lead: cut >= 0 ? before.slice(0, cut) : '' };
}

export const eventNounAgentRefiner: Refiner = {
  id: 'refine.event-noun-agent',
  example: '"Turkey struck Kurdish positions. The strikes hit villages in northern Iraq" -> the second act is Turkey\'s too',
  refine(proposals, ctx) {
    for (const p of proposals) {
      if (p.dropped || p.source || p.passive || !force(p)) continue;
      const { text, lead } = subjectText(p);
      const noun = NOUN_SUBJECT.exec(text);
      if (!noun) continue;
      const sc = ctx.sentences[p.sentence.index]!;
      // "Israel answered …: strikes …" - the state that opens the statement the colon explains.
      const opener = lead ? sc.actors.find((m) => m.end <= lead.length && m.actors.length === 1 && m.actors[0]!.country && m.via !== 'demonym') : undefined;
      let source: Participant | null = opener ? { actor: opener.actors[0]!, start: opener.start, end: opener.end, via: 'event-noun' } : null;
      // Only a definite noun takes up an act told before: "rockets hit a border town" is a new one.
      if (!source && noun[1]) {
        const i = p.sentence.index;
        let last: Proposal | undefined;
        for (const e of proposals) {
          if (e === p || e.sentence.index >= i) break;
          if (!e.dropped && e.sentence.index >= i - REACH && e.source?.actor.country && Number(e.cameo.slice(0, 2)) >= 15 && (e.modality === 'asserted' || e.modality === 'claimed')) last = e;
        }
        if (last) {
          source = { ...last.source!, start: null, end: null, via: 'event-noun' };
          // The noun takes up the whole act: where it landed ("hitting a base in Iraq") does not
          // name a new target when the act told before had one ("missiles at US troops").
          if (last.target?.actor.country && (!p.target || p.target.via === 'place') && last.target.actor.country !== source.actor.country) {
            p.target = { ...last.target, start: null, end: null, via: 'event-noun' };
          }
        }
      }
      if (!source) continue;
      if (p.target?.actor.country && p.target.actor.country === source.actor.country) continue;
      p.source = source;
      ctx.debug?.(() => `  ${p.pattern.id}: source ${source!.actor.country} (the act "${text.trim()}" takes up)`);
    }
    return proposals;
  },
};
