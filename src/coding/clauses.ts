/**
 * Clause spans inside a sentence. Actors are taken from the trigger's clause, so a cut must
 * separate what one verb governs from the next verb's participants: "…began last Tuesday, when
 * Iran launched…" and "…fired at a village, with Iranian media reporting…" are two clauses each.
 * Plain commas do not cut ("Within 48 hours of the attack, Pakistan fired…" is one clause).
 */

// clause.punct: ";", ":", dashes between spaces. clause.conj: ", which/when/with/says/…".
// clause.attribution: a closing ", the Sudanese army said on Friday." or ", Defence Minister X told
// reporters." - the speaker reports the act and is neither its object nor its place.
const CUT_RE = /\s*[;:]\s+|\s+[–—-]\s+|\s*\(|\)\s*|,["”’']?\s+(?=(?:which|who|whom|whose|when|where|while|whereas|but|although|though|as|after|before|because|since|with|noting|saying|adding|including|according|says|said|say|told|and that|and the|and a|and an|and it|and they|and its|and their|and then)\b|(?:(?!and\s)[\p{L}.'’-]+\s+){1,12}(?:has\s+|have\s+|had\s+)?(?:said|says|reported|reports|told\s+[\p{L}]+|added|confirmed|stated)(?:\s+(?:on|in|at|late|early|last|this|here|today|yesterday|\p{Lu})[^,;]{0,25})?[.}"”’']*\s*$)/giu;

/** [start, end) clause spans covering `text`, in order. */
export function splitClauses(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  CUT_RE.lastIndex = 0;
  for (let m = CUT_RE.exec(text); m; m = CUT_RE.exec(text)) {
    if (m.index > start) spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push([start, text.length]);
  if (spans.length === 0) spans.push([0, text.length]);
  return spans;
}

/** The clause holding offset `at`. */
export function clauseAt(clauses: Array<[number, number]>, at: number): [number, number] {
  for (const c of clauses) if (at >= c[0] && at < c[1]) return c;
  return clauses[clauses.length - 1] ?? [0, at + 1];
}
