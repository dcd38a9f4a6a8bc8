/**
 * refine.commentary: commentary is not an event. Features quote analysts, researchers,
 * professors, columnists and retired diplomats to explain a crisis: "Algiers has left itself room
 * to back down," says a researcher at an institute; "Many Greeks believe Berlin was slow to help,"
 * he says. Their words are an opinion about the states, not a report of what a state did, so an
 * act read inside them (direct quote or "X says that …" clause) is hypothetical. A quote by
 * someone who holds office (a minister, a spokesman, an ambassador) stays a claim: what a
 * government says it or the other side did is news.
 *
 * commentary.dated-fact: an observer who tells what happened on a given day - "the two sides
 * agreed to begin talks on April 18th" in an interview - reports a fact the story rests on, not
 * an opinion: an act whose clause names its day stays a claim.
 *
 * Who is a commentator is read from the speaker's description as src/quotes resolved it across
 * the article (also for "he says" and "Mr X says" later on): its head - the words before "at",
 * "of", "for", "who", a comma - names a commentator's trade or says "former"; a description
 * naming a current office (minister, official, spokesman …) in its head is an official's.
 */
import type { Refiner } from '../pattern-types.js';
import type { Quote } from '../../quotes/types.js';
import { findQuotes } from '../../quotes/find-quotes.js';

/** Trades that comment on states without acting for one. */
const COMMENTATOR = /\b(?:analysts?|researchers?|experts?|specialists?|professors?|lecturers?|academics?|scholars?|fellows?|commentators?|columnists?|economists?|historians?|political scientists?|journalists?|writers?|authors?|editors?|observers?|consultants?|strategists?|pundits?|sociologists?)\b/i;
/** A current office: whoever holds it speaks for a state or a body. */
const OFFICE = /\b(?:minister|ministry|president|premier|chancellor|spokes(?:man|woman|person)|ambassador|envoy|diplomat|official|secretary|general|commander|chief|governor|senator|lawmaker|legislator|MP|deputy|adviser|advisor|mayor|king|queen|emir|prime|officer|negotiator|representative|consul|attaché|attache|director|head|chairman|chairwoman|chair)\b/i;
/** Where an office's holder works when the office is a research, academic or press post ("director of the … Institute"). */
const NON_STATE_BODY = /\b(?:institute|university|universities|college|school|think[- ]tank|foundation|centre|center|observatory|forum|council on|programme|program|newspaper|magazine|journal|news|group|initiative|consultancy|fund)\b/i;
/** Government bodies: "director of the ministry's Asia department" holds office even beside "Center". */
const STATE_BODY = /\b(?:ministry|government|state department|foreign office|cabinet|presidency|parliament|army|armed forces|military|embassy|agency|commission)\b/i;

/** The head of a description: the words before the first place, employer or relative clause. */
function head(description: string): string {
  return description.split(/,|\b(?:at|of|for|with|from|who|which|in|on|and)\b/i)[0] ?? description;
}

/** The speaker described holds no state office and speaks as an observer. */
export function isCommentator(description: string | null): boolean {
  if (!description) return false;
  const h = head(description);
  // "a former diplomat", "a retired general": no office now.
  if (/\b(?:former|retired|ex-)/i.test(h)) return true;
  if (COMMENTATOR.test(h) && !/\b(?:minister|official|spokes(?:man|woman|person)|ambassador)\b/i.test(h)) return true;
  // "director of the Centre for Strategic Studies", "head of research at a consultancy".
  if (OFFICE.test(h) && /^(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:director|head|chair(?:man|woman)?|president|editor)\b/i.test(h.trim()))
    return NON_STATE_BODY.test(description) && !STATE_BODY.test(description);
  return false;
}

/** Whether the act at article offsets [start, end) is inside the words of a commentator. */
function commentatorQuote(quotes: readonly Quote[], start: number, end: number): Quote | null {
  return quotes.find((q) => q.start <= start && end <= q.end && isCommentator(q.description)) ?? null;
}

export const commentaryRefiner: Refiner = {
  id: 'refine.commentary',
  example: '"Ankara has left itself room to back down," says a researcher at an institute -> hypothetical',
  refine(proposals, ctx) {
    const open = proposals.filter((p) => !p.dropped && p.modality !== 'negated' && p.modality !== 'hypothetical');
    if (open.length === 0) return proposals;
    const quotes = (ctx.quotes ??= findQuotes(ctx.article));
    if (quotes.length === 0) return proposals;
    for (const p of open) {
      const q = commentatorQuote(quotes, p.sentence.start + p.triggerStart, p.sentence.start + p.triggerEnd);
      if (!q) continue;
      const sc = ctx.sentences[p.sentence.index]!;
      if (sc.dates.some((d) => d.precision === 'day' && d.start >= p.clauseStart && d.end <= p.clauseEnd)) continue;
      p.modality = 'hypothetical';
      ctx.debug?.(() => `  ${p.pattern.id}: commentary by ${q.speaker ?? '?'} (${q.description}) -> hypothetical`);
    }
    return proposals;
  },
};
