/**
 * refine.modality: how the text holds the event. Checked on the words before the trigger,
 * strongest first: negated ("did not strike", "denied attacking") > hypothetical ("will need to",
 * "should", "if", "I think") > intended ("would visit", "plans to", "is set to", "sought to") >
 * claimed ("X said/claimed that …", inside a quotation) > asserted.
 */
import type { Proposal, Refiner } from '../pattern-types.js';

const NEGATED = /\b(?:not|n't|never|neither|nor|no longer|denied|denies|deny|refused to|refuses to|refusing to|refusal to|declined to|declining to|failed to|without)\s+(?:\S+\s+){0,2}$/i;
// modality.expectation: "expects the envoy to return" forecasts an act, it does not report one.
const HYPOTHETICAL = /\b(?:if|unless|whether|should|could|might|must|need to|needs to|needed to|ought to|would have to|will have to|has to|have to|had to|wants? to|hopes? to|hoped to|wished to|(?:allows?|allowed|allowing|permits?|permitted|authori[sz]es|authori[sz]ed) (?:\S+ ){0,3}to|(?:is|are|was|were) (?:meant|designed|supposed) to|would like to|in order to|to repair|call(?:ed|s)? for|urg(?:ed|es) \S+ to|would be|to avoid|expects? (?:\S+ ){1,3}to)\b/i;
// modality.month-may: the modal is lower case; "May" is the month - "at the end of May Pakistan
// expelled …" is a report, not a possibility. (HYPOTHETICAL is case-insensitive, so not there.)
const MAY_MODAL = /\bmay\b/;
// modality.until: "the truce would be fragile until the two armies agreed on monitors" - an act
// after "until" or "in case" is a condition, not a report.
const CONDITION = /\b(?:if|unless|until|in case|whether|in order to|to repair|to avoid)\b/i;
const OPINION = /\b(?:I|we) (?:think|believe|feel|suspect)\b|\bin (?:my|our) view\b|\b(?:experts?|analysts?|observers?|critics?|commentators?) (?:say|said|believe|argue|warn)\b|\bperhaps\b|\bpossibly\b|\bprobably\b/i;
const INTENDED = /\b(?:would|will|'ll|shall|plans? to|planned to|planning to|is set to|are set to|was set to|intends? to|intended to|expected to|is to|are to|was to|aims? to|aimed to|seeks? to|sought to|trying to|tries to|tried to|vow(?:s|ed)? to|pledg(?:es|ed) to|promis(?:es|ed) to|offer(?:s|ed)? to|ready to|willing to|scheduled to|going to|prepared to|agree(?:s|d)? to|announced (?:that )?(?:\S+ ){0,6}(?:will|would))\b/i;
// modality.reply-that: an answer is a claim too - "Hanoi replied that it was Beijing's ships that had rammed …".
const CLAIMED = /\b(?:report(?:s|ed)? that|(?:replied|replies|responded|responds|countered|counters|retorted|retorts) (?:[^,;.]{1,30} )?that|said|says|say|claimed|claims|claim|alleged|alleges|according to|reportedly|insisted|insists|told|asserted|maintained)\b/i;

// modality.negative-subject: a subject quantified by "no", "none of", "neither" negates its verb -
// "officials insist that no French troops will deploy", "none of the four is expected to travel".
// Up to six words between the quantifier and the verb, with no new clause ("that", "and") between.
// A reported clause may drop its "that": "diplomats say no one expects the envoy to return".
const NEGATIVE_SUBJECT = /(?:^|\b(?:that|and|but|while|as|say|says|said|think|thinks|thought|believe|believes|believed)\s+|[,;:]\s*)(?:no|none|neither|nobody|no one)\b(?![,.])(?:\s+(?!(?:that|and|but|while|as)\b)[^\s,;:]+){0,6}\s*$/i;

const INVERTED_CONDITION = /\b(?:should|were|had)\s+(?:the\s+)?$/i;

// A sentence that ends in a question mark (before any closing quote or bracket).
const QUESTION = /\?\s*[”"’')\]]*\s*$/;

// modality.trailing-source: "Pakistani airstrikes killed 46 people, the Taliban said." - the
// attribution closes the sentence.
const TRAILING_SOURCE = /,\s*(?:[^,;]{1,80}\s+(?:said|says|claimed|claims|alleged|alleges|reported|reports)(?:\s+on\s+\w+)?|according to [^,;]{1,80})\s*[.”"]?\s*$/i;

/** Quotation spans in `text` (curly or straight double quotes). */
function insideQuote(text: string, at: number): boolean {
  let open = -1;
  for (let i = 0; i < at && i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || (ch === '"' && open < 0)) open = i;
    else if (ch === '”' || ch === '"') open = -1;
  }
  return open >= 0;
}

// modality.own-negation: patterns whose act is worded with a negation - "will not hesitate to
// respond" and "will no longer tolerate" are threats, "will not be accepted by India" a rejection. The pattern requires the
// negation itself, so it does not negate the act, and its "will" is the stance taken now, not a
// plan: the refusal and the warning are made when said.
const OWN_NEGATION = new Set(['threaten.not-hesitate', 'threaten.not-tolerate', 'reject.not-accepted']);

/**
 * modality.threat-condition: a threat carries its own condition - "if you attack our ship, you
 * will pay a heavy price", "should the North attempt provocations, we will retaliate" - so an
 * "if" before it does not make it hypothetical. Only for threats whose trigger names the promised
 * consequence or the warning, not the verb "threaten" ("if talks fail, Ankara could threaten …"
 * is a forecast); a modal of possibility or an analyst's view still makes it hypothetical.
 */
function threatCondition(p: Proposal): boolean {
  return p.cameo.startsWith('13') && !/^threat/i.test(p.sentence.text.slice(p.triggerStart, p.triggerEnd));
}

function modalityOf(p: Proposal): Proposal['modality'] {
  const text = p.sentence.text;
  const clauseBefore = text.slice(p.clauseStart, p.triggerStart);
  const sentenceBefore = text.slice(0, p.triggerStart);
  // Auxiliaries govern the verb after its subject: "X said it would send monitors, and France
  // recalled …" - the "would" is not France's. Conditions ("if") hold for the whole clause.
  const s = p.source?.start ?? null;
  const fromSubject = s !== null && s >= p.clauseStart && s < p.triggerStart ? text.slice(p.source!.end!, p.triggerStart) : clauseBefore;
  // modality.coordinated-verb: "told reporters that it was Australia that should feel ashamed, and
  // rejected the demand" - the auxiliaries of the verb after ", and" stand after the comma.
  const verbGroup = fromSubject.split(/,\s*(?:and|but)\s+/).pop()!;
  if ((NEGATED.test(verbGroup) || NEGATIVE_SUBJECT.test(clauseBefore)) && !OWN_NEGATION.has(p.pattern.id)) return 'negated';
  // modality.question: "Will China send patrol ships to the area?" asks, it does not report.
  if (QUESTION.test(text)) return 'hypothetical';
  // modality.inverted-condition: "… should Athens send more troops", "were Tehran to rebuild" -
  // the modal before the subject opens a condition; the act is not reported.
  if (s !== null && s >= p.clauseStart && s < p.triggerStart && INVERTED_CONDITION.test(text.slice(Math.max(0, s - 12), s))) return 'hypothetical';
  if (HYPOTHETICAL.test(verbGroup) || MAY_MODAL.test(verbGroup) || (CONDITION.test(clauseBefore) && !threatCondition(p)) || OPINION.test(sentenceBefore)) return 'hypothetical';
  if (INTENDED.test(verbGroup) && !OWN_NEGATION.has(p.pattern.id)) return 'intended';
  if (CLAIMED.test(sentenceBefore) || TRAILING_SOURCE.test(text.slice(p.triggerEnd)) || insideQuote(text, p.triggerStart)) return 'claimed';
  return 'asserted';
}

export const modalityRefiner: Refiner = {
  id: 'refine.modality',
  example: '"Iran will need to check smuggling" -> hypothetical; "the minister would visit Islamabad" -> intended',
  refine(proposals, ctx) {
    for (const p of proposals) {
      p.modality = modalityOf(p);
      if (p.modality !== 'asserted') ctx.debug?.(() => `  ${p.pattern.id}: modality ${p.modality}`);
    }
    return proposals;
  },
};
