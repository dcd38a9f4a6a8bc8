/**
 * Whole-line judgements shared by the text and HTML extractors, built on the rules in
 * `text-boilerplate.ts`.
 */
import * as B from './text-boilerplate.js';

/** `r` matches `t`; its hint, when it has one, is tried first (it is cheaper and rarely passes). */
function matches(r: B.LineRule, t: string): boolean {
  return (!r.hint || r.hint.test(t)) && r.re.test(t);
}

/** A photo credit line: `Fayaz Aziz/Reuters`, `Photo: Jane Doe/AFP`, `Image source, Getty Images`. */
export function isCredit(t: string): boolean {
  if (t.length > 100 || /[.!?]["”]?$/.test(t) && !/\b(?:Images?|Photos?)\.?$/.test(t)) return false;
  if (B.CREDIT_RULES.some((r) => r.re.test(t))) return true;
  const m = B.CREDIT_NAME_AGENCY.exec(t);
  return !!m && B.CREDIT_AGENCY.test(m[2].trim());
}

/** Page furniture: buttons, promos, notices, navigation, letters' salutations. */
export function isFurniture(t: string): boolean {
  if (B.LETTER_START.re.test(t) || B.PAYWALL_RULES.some((r) => matches(r, t))) return true;
  return B.DROP_LINE_RULES.some((r) => (t.length <= B.MAX_FURNITURE_CHARS || r.id === 'cookie-notice') && matches(r, t));
}


/**
 * Where the article ends: at a paywall notice followed by subscription material (or sitting
 * late in the text), or at the salutation of a subscription letter in the latter part.
 */
export function articleEnd(lines: readonly string[], options: { cutLate?: boolean } = {}): number {
  // A page's HTML may hold the whole story behind an overlay notice: there, only promo after it proves the end.
  const cutLate = options.cutLate ?? true;
  const total = lines.reduce((n, l) => n + l.length + 1, 0) || 1;
  let pos = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    const late = cutLate && pos / total >= B.CUT_AFTER_SHARE;
    pos += t.length + 1;
    if (t.length <= 300 && B.PAYWALL_RULES.some((r) => matches(r, t))) {
      const next = lines.slice(i + 1, i + 1 + B.PROMO_LOOKAHEAD_LINES * 2).filter(Boolean).slice(0, B.PROMO_LOOKAHEAD_LINES);
      // An early notice alone is only dropped as furniture (isFurniture), not cut at.
      if (late || next.some((l) => B.PROMO_HINT.test(l))) return i;
    }
    if (B.LETTER_START.re.test(t) && late) return i;
  }
  return lines.length;
}

