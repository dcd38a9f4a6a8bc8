/** Person names as written after an office or before an apposition ("Hossein Amir Abdollahian"). */
import type { Token } from './tokens.js';
import { NOT_NAME_WORDS } from '../gazetteer/ambiguous.js';

/** Lower-case particles inside a name ("Abu Bakr al Baghdadi", "Ursula von der Leyen"). */
const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'de', 'der', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'e', 'i', 'ud', 'ur']);

const SUFFIXES = new Set(['II', 'III', 'IV', 'Jr', 'Sr']);

/** Lower-case words that follow a name after a hyphen without being part of it ("Putin-led"). */
const HYPHEN_MODIFIERS = new Set(['led', 'backed', 'based', 'era', 'style', 'born', 'linked', 'allied', 'aligned', 'brokered', 'sponsored', 'appointed', 'made', 'owned', 'run', 'like', 'type']);

/**
 * The end (token index, exclusive) of a person name starting at `from`, or -1 when there is none
 * of at least `min` capitalized words. At most five words; a particle must be followed by a word.
 * With `text` (the tokens' source), a Korean given name's lower-case second syllable after a
 * hyphen stays in the name ("Lee Myung-bak", "Moon Jae-in"). Initials in capitals open a name
 * ("KP Sharma Oli", "PJ Crowley") when a capitalized word follows them.
 */
export function nameEnd(tokens: readonly Token[], from: number, min: number, stop?: (i: number) => boolean, text?: string): number {
  let i = from;
  let words = 0;
  while (i < tokens.length && words < 5) {
    const t = tokens[i];
    if (i > from && tokens[i - 1].end !== t.start && tokens[i - 1].end + 1 !== t.start) break;
    if (t.cap && !NOT_NAME_WORDS.has(t.key) && !(stop && stop(i))) {
      words++;
      i++;
      continue;
    }
    if (words > 0 && text && !t.upper && /^\p{Ll}+$/u.test(t.key) && tokens[i - 1].end + 1 === t.start && text[t.start - 1] === '-' && !HYPHEN_MODIFIERS.has(t.lower)) {
      i++;
      continue;
    }
    const next = tokens[i + 1];
    if (words === 0 && i === from && t.upper && !t.cap && /^\p{Lu}{2,3}$/u.test(t.key) && !NOT_NAME_WORDS.has(t.key) && !(stop && stop(i))
      && next && next.cap && next.start === t.end + 1) {
      i++;
      continue;
    }
    // "Abdullah II", "Martin Luther King Jr": a generation suffix ends the name.
    if (words > 0 && (SUFFIXES.has(t.key))) {
      i++;
      break;
    }
    if (words > 0 && PARTICLES.has(t.key) && i + 1 < tokens.length && tokens[i + 1].cap) {
      i++;
      continue;
    }
    break;
  }
  return words >= min ? i : -1;
}
