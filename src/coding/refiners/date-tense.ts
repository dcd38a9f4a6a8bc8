/**
 * What the tense of a verb says about when its act happened, for refine.date:
 *  - date.present-perfect: "The government has formally condemned the attack", "an aid delivery
 *    has been put on hold" - in a news report the present perfect tells news: the act is recent,
 *    of the day the report went out. Not a standing state or a history ("has long backed",
 *    "has always denied", "has repeatedly warned", "has ... since 2019", "for years"), nor a
 *    result told as already there ("has already pulled its ambassador": done before, day untold).
 *  - date.flashback: "The cabinet had approved the map on Monday." - the past perfect steps back
 *    behind the narrative; the next act told in the simple past continues from where the
 *    narrative was, not from the flashback's day.
 */
import type { Token } from '../../language/tokens.js';

// Adverbs that may stand between "has" and its participle without making it a history.
const BETWEEN = /^(?:now|just|also|formally|officially|publicly|reportedly|swiftly|quickly|meanwhile|today|then|again|finally|effectively|temporarily|abruptly|\p{L}+ly)$/u;
// ... and those that do: a habit, a stance held over time.
const HISTORY = /^(?:already|long|always|repeatedly|often|frequently|consistently|regularly|routinely|never|previously|traditionally|historically|increasingly|occasionally|ever|since|largely|mostly|generally|usually|persistently|steadily|gradually|continually|continuously)$/;
// A clause that puts the act over a stretch of time.
const STRETCH = /\b(?:since|for (?:(?:over|more than|nearly|almost|about|several|many|the (?:past|last))\s+)?(?:\d+|\w+)\s+(?:years|decades|months|weeks)|for (?:years|decades|months|weeks)|over the (?:past|last|years)|in recent (?:years|months|weeks|decades)|(?:every|each) (?:day|week|month|year|time)|so far this (?:year|month)|to date)\b/i;

/** A past participle form: "condemned", "put", "withdrawn", "sent", "held" (not "talks", "condemning"). */
function participle(t: Token): boolean {
  if (t.kind !== 'word' || t.lower === t.lemma && !/^(?:put|set|cut|shut|hit|cast|spread|shed|hurt)$/.test(t.lower)) return false;
  return !/(?:ing|s)$/.test(t.lower) || /(?:ss|us)$/.test(t.lower);
}

/**
 * The trigger at token `i` is a present perfect ("has condemned", "have formally expelled",
 * "has been put on hold") telling a single recent act.
 */
export function isPresentPerfect(tokens: Token[], i: number, text: string, clauseStart: number, clauseEnd: number): boolean {
  const t = tokens[i];
  if (!t || !participle(t)) return false;
  let k = i - 1;
  // "has been put on hold": a passive participle after "been".
  if (tokens[k]?.lower === 'been') k--;
  // Up to two adverbs between; "has not", "has never", "has long" are no news of the day.
  for (let n = 0; k >= 0 && tokens[k]!.lower !== 'has' && tokens[k]!.lower !== 'have'; n++, k--) {
    const w = tokens[k]!.lower;
    if (n === 2 || HISTORY.test(w) || !BETWEEN.test(w)) return false;
  }
  if (k < 0) return false;
  return !STRETCH.test(text.slice(clauseStart, clauseEnd));
}

const SUBORDINATE = /\b(?:after|when|once|since|because|as|that|which|who|whom|until|before|while|said|says|say|told|if|though|although)\b/i;
const PAST_PERFECT = /\b(?:had|'d)\s+(?:(?:not|never|already|also|just|earlier|previously|first|since|\p{L}+ly)\s+)?(?:been\s+)?(\p{Ll}+)\b/u;

/**
 * The sentence's main clause is in the past perfect ("The cabinet had approved the map on
 * Monday."): a flashback. "After troops had withdrawn on Monday, talks began" is not - the
 * past perfect sits in a subordinate clause and the main act is told in the narrative's time -
 * nor is "Jets downed the bomber, saying it had entered the airspace", nor "By Friday the mood
 * had changed" (the day `dayAt` stands before "had": the narrative has reached it).
 */
export function isFlashback(text: string, dayAt: number | null = null): boolean {
  const m = PAST_PERFECT.exec(text);
  if (!m) return false;
  // "By Friday the mood had changed": a day before "had" is the time reached, not one stepped back to.
  if (dayAt !== null && dayAt < m.index) return false;
  const form = m[1]!;
  // "had talks", "had a call": "had" as the main verb.
  if (!/(?:ed|en|wn|ne|ught|ade|id|ent|ept|old|ot|ut|et|ung|ook|ew|on|ost|uck|ld)$/.test(form) || /^(?:been|done|the|an|on|one)$/.test(form)) return false;
  // The main clause opens the sentence: only its subject stands before "had" - no comma, no
  // verb of its own ("shot down the bomber on Tuesday, saying it had entered" is no flashback).
  const before = text.slice(0, m.index);
  return !/[,;:]/.test(before) && before.split(/\s+/).length <= 8 && !SUBORDINATE.test(before);
}

// Reporting verbs in the simple present: the source's stance as the report goes out.
// Lower case only: "the United States said" is no present "states".
const PRESENT_SPEECH = /\b(?:says|warns|insists|vows|threatens|maintains|declares|states|tells|announces)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,6}$/u;

/**
 * date.present-speech: "Israel says it will strike again if Iran rebuilds", "Seoul warns it will
 * answer in kind" - a statement reported with a reporting verb in the simple present is the
 * source's word as the report goes out: of the day of publication. Only for the verbal act the
 * verb reports (the caller checks the root); the verb must stand outside any quotation and in
 * the trigger's clause, close before it.
 */
export function isPresentSpeech(text: string, triggerStart: number, clauseStart: number): boolean {
  const before = text.slice(Math.max(0, clauseStart - 60), triggerStart);
  if (!PRESENT_SPEECH.test(before)) return false;
  // Inside an open quotation the verb belongs to the quoted speaker's time, not the report's.
  const head = text.slice(0, triggerStart);
  const count = (re: RegExp): number => (head.match(re) ?? []).length;
  return count(/“/g) <= count(/”/g) && count(/"/g) % 2 === 0;
}
