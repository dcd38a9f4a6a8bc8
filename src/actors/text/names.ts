/** Person names as written after an office or before an apposition ("Hossein Amir Abdollahian"). */
import type { Token } from './tokens.js';
import { NOT_NAME_WORDS } from '../gazetteer/ambiguous.js';

/** Lower-case particles inside a name ("Abu Bakr al Baghdadi", "Ursula von der Leyen"). */
const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'de', 'der', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'e', 'i', 'ud', 'ur']);

const SUFFIXES = new Set(['II', 'III', 'IV', 'Jr', 'Sr']);

/**
 * The end (token index, exclusive) of a person name starting at `from`, or -1 when there is none
 * of at least `min` capitalized words. At most five words; a particle must be followed by a word.
 */
export function nameEnd(tokens: readonly Token[], from: number, min: number, stop?: (i: number) => boolean): number {
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
