/**
 * Without a POS tagger, a trigger's form tells whether it is used as a verb: past forms are
 * verbs; "-s" forms only right after their subject ("Iran strikes Pakistan", not "the strikes");
 * base forms only after "to", a modal or a negation; "-ing" only after a form of "be".
 */
import type { Token } from '../language/tokens.js';

// "help" takes a bare infinitive: "Royal Marines helped seize the tanker", "to help broker a truce".
const MODALS = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'did', 'do', 'does', "didn't", "won't", 'not', 'never', 'also', 'then', 'jointly', 'help', 'helps', 'helped', 'helping']);
const BE = new Set(['be']);
const ASPECTUAL = new Set(['begin', 'start', 'keep', 'continue', 'resume']);
// Verbs whose past is their base form: a verb unless a determiner precedes ("the hit", "a cut").
const SAME_PAST = new Set(['hit', 'cut', 'shut', 'put', 'set', 'cast', 'spread', 'shed', 'hurt', 'beat']);
const ADJECTIVE_LEAD = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'these', 'those', 'newly', 'recently', 'allegedly']);
const PARTICIPLE_IRREGULAR = /^(?:struck|shot|hit|fought|withdrawn|seized|taken|given|held|made|sent|broken|driven|thrown|led|begun|chosen|cut|shut)$/;

export type VerbUse = 'active' | 'passive' | 'not-verb';

/** How token `i` is used, judged from its form and the word before it. */
export function verbUse(tokens: Token[], i: number, actorEndsBefore: (offset: number) => boolean): VerbUse {
  const t = tokens[i]!;
  const prev = previousWord(tokens, i);
  // verb.irregular-past: a form that is neither the lemma nor "-s"/"-ing" is a past ("spoke", "rose", "won").
  const irregularPast = t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower) && t.lower[0] === t.lemma[0];
  const pastLike = t.lower !== t.lemma && (irregularPast || t.lower.endsWith('ed') || PARTICIPLE_IRREGULAR.test(t.lower) || /^(?:fought|shot|struck|met|sent|held|withdrew|sought|led|began|took|made|gave|threw|broke|chose|drove|overran|undertook|hit|came|fell|flew|ran|rang)$/.test(t.lower));
  if (pastLike) {
    // verb.participle-adjective: "the return of seized rifles", "the downed jet".
    if (prev && ADJECTIVE_LEAD.has(prev.lower) && t.lower.endsWith('ed')) return 'not-verb';
    if (prev && (BE.has(prev.lemma) || prev.lower === 'been' || prev.lower === 'being' || prev.lower === 'get' || prev.lower === 'got')) return 'passive';
    // "a deal brokered by China", "talks mediated jointly by Qatar": a participle after a noun, with "by".
    const by = tokens[i + 1]?.lower === 'by' || (/ly$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'by') || agentAfterAside(tokens, i);
    if (by && !actorEndsBefore(t.start) && prev && !PRONOUNS.has(prev.lower)) return 'passive';
    return 'active';
  }
  // "responded by expelling its envoy": after "by" the -ing form is the subject's act.
  // verb.aspectual: "began bombing targets", "kept shelling the town", "resumed firing" - the -ing form is the act.
  if (t.lower.endsWith('ing')) return prev && (BE.has(prev.lemma) || prev.lower === 'by' || ASPECTUAL.has(prev.lemma)) ? 'active' : 'not-verb';
  if (t.lower !== t.lemma) {
    // third person "-s": a verb only right after the subject, or after a degree word that follows it
    // ("Turkey more than doubles tariffs", "Seoul again expels").
    return actorEndsBefore(t.start) || actorEndsBefore(degreeStart(tokens, i)) || (prev && PRONOUNS.has(prev.lower)) || presentBeforeObject(tokens, i, prev) ? 'active' : 'not-verb';
  }
  if (afterModal(tokens, i)) return 'active';
  // "…, put the force on alert and said …": after a comma, one of a list of verbs.
  if (SAME_PAST.has(t.lower)) return actorEndsBefore(t.start) || (prev ? prev.lower !== 'the' && prev.lower !== 'a' : tokens[i - 1]?.text === ',') ? 'active' : 'not-verb';
  return actorEndsBefore(t.start) ? 'active' : 'not-verb';
}

/**
 * verb.participle-clause: an "-ing" form right after a comma opens a participial clause whose
 * subject is the sentence's subject: "Doha said it regretted the move, calling the steps
 * unjustified", "Riyadh cut ties, accusing Qatar of backing militants".
 */
export function participleAfterComma(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.lower.endsWith('ing') && t.lower !== t.lemma && tokens[i - 1]?.text === ',';
}

const QUOTE_MARKS = /^["'“”‘’]$/;
const PRONOUNS = new Set(['it', 'he', 'she', 'which', 'who', 'that', 'they']);
const SKIPPABLE = new Set(['and', 'or', 'not', 'also', 'then', 'jointly', 'swiftly']);

/** "to quickly reengage and de-escalate": a modal or "to" before, across adverbs and coordinated verbs. */
function afterModal(tokens: Token[], i: number): boolean {
  for (let j = i - 1, steps = 0; j >= 0 && steps < 5; j--, steps++) {
    const t = tokens[j]!;
    if (QUOTE_MARKS.test(t.text)) continue;
    if (t.kind !== 'word') return false;
    if (MODALS.has(t.lower)) return true;
    if (SKIPPABLE.has(t.lower) || t.lower.endsWith('ly') || t.lower === t.lemma) continue;
    return false;
  }
  return false;
}

/** True when token i looks like a noun use: base or plural form. */
export function nounForm(t: Token): boolean {
  return t.lower === t.lemma || t.lower === t.lemma + 's' || t.lower === t.lemma + 'es' || t.lower.endsWith('ing') || t.lower.replace(/'s$/, '') === t.lemma;
}

/** The word before token i, skipping one adverb ("was quickly struck", "have also witnessed"). */
function previousWord(tokens: Token[], i: number): Token | null {
  let j = i - 1;
  while (j >= 0 && /^["'“”‘’]$/.test(tokens[j]!.text)) j--;
  if (j >= 0 && tokens[j]!.kind === 'word' && /ly$/.test(tokens[j]!.lower)) j--;
  if (j >= 0 && (tokens[j]!.lower === 'also' || tokens[j]!.lower === 'reportedly' || tokens[j]!.lower === 'then' || tokens[j]!.lower === 'still')) j--;
  return j >= 0 && tokens[j]!.kind === 'word' ? tokens[j]! : null;
}

const DEGREE_WORDS = new Set(['more', 'than', 'almost', 'nearly', 'again', 'also', 'now', 'then', 'once', 'twice', 'further']);

/** Start of the run of degree words and "-ly" adverbs right before token i (its own start if none). */
function degreeStart(tokens: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && tokens[j]!.kind === 'word' && (DEGREE_WORDS.has(tokens[j]!.lower) || /ly$/.test(tokens[j]!.lower))) j--;
  return tokens[j + 1]!.start;
}

/** "brokered, to the surprise of many, by China": a parenthetical aside, then "by". */
function agentAfterAside(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',') return false;
  for (let j = i + 2; j < tokens.length && j <= i + 12; j++) {
    if (tokens[j]!.text === ',') return tokens[j + 1]?.lower === 'by';
    if (tokens[j]!.kind === 'punct') return false;
  }
  return false;
}

const OBJECT_LEAD = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'all', 'any']);
const NO_SUBJECT = new Set([...ADJECTIVE_LEAD, 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'and', 'or', 'air', 'missile', 'drone', 'rocket', 'further', 'new', 'more']);

/**
 * verb.present-before-object: in a present-tense timeline ("Hours later, the foreign ministry
 * dismisses the accusation", "Moscow's envoy rejects the note") the subject is a noun phrase the
 * actor finder does not end right before the verb; an "-s" form after a noun head and right
 * before a determiner is that phrase's verb - a plural noun is not followed by "the".
 */
function presentBeforeObject(tokens: Token[], i: number, prev: Token | null): boolean {
  if (!prev || NO_SUBJECT.has(prev.lower) || tokens[i - 1]?.kind !== 'word') return false;
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word') return false;
  if (OBJECT_LEAD.has(next.lower)) return true;
  // "The Czech government orders Russia to …": a singular noun head, then a proper name as object
  // (a plural noun before a name, "arms orders Russia placed", is no subject).
  return /^\p{Lu}/u.test(next.text) && prev.text === prev.lower && !/s$/.test(prev.lower);
}
