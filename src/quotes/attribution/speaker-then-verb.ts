/** Pattern `speaker-then-verb`: the speaker, then the verb, right after the quote. */
import { HONORIFICS, NAME_ABBREVIATIONS, SPEECH_VERBS } from '../lexicon.js';
import { parseSpeakerBeforeVerb } from '../speaker-phrase.js';
import { isSpace } from '../words.js';
import { shift, type AttributionPattern } from './attribution-pattern.js';

/** Abbreviations whose period NAME_DOT lets into the subject. */
const DOTTED = [...Object.keys(HONORIFICS), ...NAME_ABBREVIATIONS].filter((h) => h.endsWith('.')).map((h) => h.slice(0, -1));
/** A period that ends an honorific, a title, a suffix or an initial is no sentence end: "Ms. Al-Harbi said". */
const NAME_DOT = String.raw`(?<=\b(?:${DOTTED.join('|')}|\p{Lu}))\.`;
const DOTTED_SET: ReadonlySet<string> = new Set(DOTTED);
// 120 code points: a name with a long appositive ("Ousmane Keita, a former diplomat who now runs a small
// consultancy in Bamako, said") runs past 80; the speaker parser, not this limit, rejects clauses.
export const SUBJECT_THEN_VERB = new RegExp(`^(\\s*,?\\s*)((?:[^.“”"!?]|${NAME_DOT}){1,120}?)\\s+(${SPEECH_VERBS.join('|')})\\b(\\s*[.,;]|\\s*$)?`, 'u');

const VERBS: ReadonlySet<string> = new Set(SPEECH_VERBS);
/** Code points the subject of SUBJECT_THEN_VERB may hold, at most: its `{1,120}` (two units each at most). */
const MAX_SUBJECT_UNITS = 240;

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** True when the word characters right before `at` end in an ASCII lower-case letter and are no DOTTED abbreviation. */
function isPlainWordEnd(s: string, at: number): boolean {
  const c = s.charCodeAt(at - 1);
  if (!(c >= 97 && c <= 122)) return false;
  let k = at - 1;
  while (k > 0 && isWordChar(s.charCodeAt(k - 1))) k--;
  return !DOTTED_SET.has(s.slice(k, at));
}

/**
 * False when SUBJECT_THEN_VERB cannot match `after`: no speech verb stands as a whole word after a space
 * where the regex could reach it. Most quotes' following text holds none ("…,” said a retired general
 * reached by telephone", whose "said" opens the text); the regex, which tries its verb alternation after
 * every space of its lazy subject, is then skipped. A verb must come after the leading spaces and comma,
 * a subject of at least one character and a space; before the first quote mark, ! or ? (which the subject
 * and spaces cannot hold); and within the subject's length limit.
 */
export function mayHaveSubjectThenVerb(after: string): boolean {
  const n = after.length;
  let lead = 0;
  while (lead < n && isSpace(after.charCodeAt(lead))) lead++;
  if (after.charCodeAt(lead) === 44) lead++;
  while (lead < n && isSpace(after.charCodeAt(lead))) lead++;
  let limit = Math.min(n, lead + MAX_SUBJECT_UNITS);
  while (limit < n && isSpace(after.charCodeAt(limit))) limit++;
  for (let q = 2; q <= limit && q < n; q++) {
    const c = after.charCodeAt(q);
    // “ ” " ! ? can stand in none of the parts before the verb.
    if (c === 0x201c || c === 0x201d || c === 34 || c === 33 || c === 63) return false;
    // Nor can a period after a lower-case word that is no abbreviation of DOTTED ("… in the old quarter."):
    // NAME_DOT needs a capital or one of those, whole, right before it.
    if (c === 46 && isPlainWordEnd(after, q)) return false;
    if (c < 97 || c > 122 || !isSpace(after.charCodeAt(q - 1))) continue;
    let e = q + 1;
    while (e < n && after.charCodeAt(e) >= 97 && after.charCodeAt(e) <= 122) e++;
    if ((e >= n || !isWordChar(after.charCodeAt(e))) && VERBS.has(after.slice(q, e))) return true;
    q = e - 1;
  }
  return false;
}

export const speakerThenVerb: AttributionPattern = {
  id: 'speaker-then-verb',
  example: '“We were never told,” Ortiz said.  /  “We were never told,” she says.',
  match({ article, segments, index }) {
    const seg = segments[index];
    if (!seg.closed) return null;
    const para = article.paragraphs[seg.lastParagraph];
    const after = article.text.slice(seg.after, para.end);
    const m = mayHaveSubjectThenVerb(after) ? SUBJECT_THEN_VERB.exec(after) : null;
    if (!m) return null;
    // After a quote that ends its own sentence ("… beware.” He says the …") a following "He says" starts
    // a new statement; accept it only when the attribution clause ends at the verb.
    if (/[.]$/.test(article.text.slice(seg.start, seg.end)) && m[4] === undefined) return null;
    const from = seg.after + m[1].length;
    const speaker = parseSpeakerBeforeVerb(m[2]);
    if (!speaker || speaker.start !== 0) return null;
    const verbEnd = seg.after + m[0].length - (m[4]?.length ?? 0);
    return { pattern: this.id, speaker: shift(speaker, from), end: verbEnd };
  },
};
