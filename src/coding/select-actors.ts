/**
 * Who did it and to whom, from the trigger's clause: the nearest actor before the trigger is
 * the subject, the first actor (or, failing that, place) after it is the object. Passives swap
 * ("was attacked by X"), relative clauses point back ("Kabul, which it blames"), coordinated
 * subjects make a pair ("Iran and Pakistan de-escalated").
 */
import type { ActorMention } from '../actors/types.js';
import type { ActorFinder, Participant, SentenceContext } from './pattern-types.js';

export interface Participants {
  source: Participant | null;
  target: Participant | null;
  undirected: boolean;
}

// The object follows within a short distance of the trigger (no clause punctuation between).
const OBJECT_LEAD = /^[^;:]{0,110}$/s;

function participant(m: ActorMention, via: string, which = 0): Participant {
  return { actor: m.actors[which]!, start: m.start, end: m.end, via };
}

/** The nearest actor mention ending at or before `at` and starting at or after `from`. */
export function mentionBefore(ctx: SentenceContext, from: number, at: number): ActorMention | null {
  let best: ActorMention | null = null;
  for (const m of ctx.actors) if (m.start >= from && m.end <= at && m.actors.length) best = m;
  return best;
}

/** The first actor mention starting at or after `at` and ending by `to`, of another country than `not`. */
export function mentionAfter(ctx: SentenceContext, at: number, to: number, not: string | null): ActorMention | null {
  for (const m of ctx.actors) {
    if (m.start < at || m.end > to || !m.actors.length) continue;
    if (not && m.actors.length === 1 && m.actors[0]!.country === not) continue;
    return m;
  }
  return null;
}

/** "Iran and Pakistan": the mention coordinated with `m` just before it, if any. */
function coordinatedBefore(ctx: SentenceContext, m: ActorMention): ActorMention | null {
  for (const o of ctx.actors) {
    if (o.end > m.start || !o.actors.length) continue;
    const between = ctx.sentence.text.slice(o.end, m.start);
    if (/^\s*(?:,\s*)?(?:and|&)\s+$/.test(between)) return o;
  }
  return null;
}

/** The subject of a verb at `at` within the clause starting at `clauseStart`. */
export function subjectAt(ctx: SentenceContext, clauseStart: number, at: number): Participants {
  const text = ctx.sentence.text;
  const rel = /^(?:which|whom|who)\s+(it|they|he|she)?\b/i.exec(text.slice(clauseStart, at));
  if (rel) {
    const antecedent = mentionBefore(ctx, 0, clauseStart);
    if (antecedent && rel[1]) {
      // "Kabul, which it blames": the pronoun is the sentence's first actor, the antecedent the object.
      const first = ctx.actors.find((m) => m.actors.length && m.end <= clauseStart && m !== antecedent && m.actors[0]!.country !== antecedent.actors[0]!.country);
      return { source: first ? participant(first, 'relative') : null, target: participant(antecedent, 'relative'), undirected: false };
    }
    if (antecedent) return { source: participant(antecedent, 'relative'), target: null, undirected: false };
  }
  const m = mentionBefore(ctx, clauseStart, at);
  if (!m) return { source: null, target: null, undirected: false };
  if (m.actors.length >= 2) return { source: participant(m, 'pair', 0), target: participant(m, 'pair', 1), undirected: true };
  const other = coordinatedBefore(ctx, m);
  if (other && other.actors[0]!.country !== m.actors[0]!.country) {
    return { source: participant(other, 'subject'), target: participant(m, 'pair'), undirected: true };
  }
  return { source: participant(m, 'subject'), target: null, undirected: false };
}

/**
 * The object after offset `at` up to `clauseEnd`: an actor, else the country of a place
 * ("fired at a village in the Sistan and Baluchestan province of Iran").
 */
export function objectAfter(ctx: SentenceContext, at: number, clauseEnd: number, sourceCountry: string | null, finder: ActorFinder): Participant | null {
  const m = mentionAfter(ctx, at, clauseEnd, sourceCountry);
  if (m && OBJECT_LEAD.test(ctx.sentence.text.slice(at, m.start))) {
    const which = m.actors.length > 1 ? Math.max(0, m.actors.findIndex((a) => a.country !== sourceCountry)) : 0;
    return participant(m, 'object', which);
  }
  for (const p of ctx.places) {
    if (p.start < at || p.end > clauseEnd) continue;
    if (p.place.country === sourceCountry) continue;
    const actor = finder.countryActor(p.place.country);
    if (actor) return { actor, start: null, end: null, via: 'place' };
  }
  return null;
}

/** "by X" after `at` within the clause: the agent of a passive or of a nominal act. */
export function agentAfter(ctx: SentenceContext, at: number, clauseEnd: number): Participant | null {
  const text = ctx.sentence.text;
  const by = /\bby\s+/i.exec(text.slice(at, clauseEnd));
  if (!by) return null;
  const from = at + by.index + by[0].length;
  const m = ctx.actors.find((a) => a.start >= from && a.start <= from + 12 && a.actors.length);
  return m ? participant(m, 'by') : null;
}
