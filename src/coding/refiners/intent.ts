/**
 * refine.intent: an announced future meeting or visit is an expression of intent, CAMEO 036
 * ("the foreign minister would visit Islamabad next week"), not the visit itself (042).
 * intent.sanction-threat: sanctions promised for later ("said the United States would hit
 * Turkey with heavy sanctions") are a threat to sanction (1312), not sanctions imposed; a
 * decision to sanction ("the EU agreed to widen sanctions") and an announced halt of trade
 * ("would halt shipments to its ports") stay measures.
 */
import type { Refiner } from '../pattern-types.js';

// "agreed to widen sanctions", "voted to impose sanctions": a decision taken, not a promise.
const DECIDED = /\b(?:agreed|decided|voted|approved|resolved)\s+(?:on\s+)?to\s+(?:\p{L}+\s+){0,2}$/iu;

// Only sanctions by name: "would halt shipments to Estonian ports" announces a measure, no threat.
const SANCTIONS = /^\S*(?:\s+\S+){0,8}?\s*\bsanction/i;

// "would immediately impose sanctions", "will impose sanctions from Monday": a measure announced
// with its start is taken, not held over the other state.
const IMMINENT = /\b(?:immediately|at once|forthwith|from (?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

// The intent code of each promised aid or concession (CAMEO 033x, 035x).
const PROMISED: Record<string, string> = {
  '071': '0331', '072': '0332', '073': '0333', '074': '0334',
  '081': '0351', '082': '0352', '083': '034', '084': '0353', '085': '0354', '086': '0355', '087': '0356',
};

export const intentRefiner: Refiner = {
  id: 'refine.intent',
  example: '"would visit Islamabad next week" -> 036, intended',
  refine(proposals) {
    for (const p of proposals) {
      if (p.modality === 'intended' && p.cameo.startsWith('04') && p.cameo !== '045') p.cameo = '036';
      if (p.modality === 'intended' && p.cameo.startsWith('19')) p.cameo = '138';
      // intent.promised-aid / intent.promised-yield: aid or a concession promised for later ("will
      // provide aid", "is willing to withdraw its troops") is an intent (033/035), not the act -
      // unless decided or starting at once.
      // A promised halt or truce (087 but withdrawal) stays the halt: the report codes the promise as made.
      if (p.modality === 'intended' && (p.cameo.startsWith('07') || (p.cameo.startsWith('08') && (!p.cameo.startsWith('087') || p.cameo === '0874')))
        && !DECIDED.test(p.sentence.text.slice(p.clauseStart, p.triggerStart)) && !IMMINENT.test(p.sentence.text.slice(p.clauseStart, p.clauseEnd))) {
        p.cameo = PROMISED[p.cameo.slice(0, 3)] ?? (p.cameo.startsWith('07') ? '033' : '035');
      }
      if (p.modality === 'intended' && p.cameo.startsWith('163') && SANCTIONS.test(p.sentence.text.slice(p.triggerStart, p.clauseEnd))
        && !DECIDED.test(p.sentence.text.slice(p.clauseStart, p.triggerStart)) && !IMMINENT.test(p.sentence.text.slice(p.clauseStart, p.clauseEnd))) p.cameo = '1312';
    }
    return proposals;
  },
};
