/**
 * countryOf from src/actors, memoized. The speaker parser asks it about the same capitalized words
 * ("Pakistani", "Foreign", "Ministry") over and over, and the answer for a word never changes.
 */
import { countryOf } from '../actors/index.js';

/** Entries kept before the memo starts over, so a long stream of articles does not grow it without end. */
const MAX_ENTRIES = 20_000;
const memo = new Map<string, string | null>();

/** What `countryOf(word)` returns. */
export function countryOfWord(word: string): string | null {
  let iso = memo.get(word);
  if (iso === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    iso = countryOf(word);
    memo.set(word, iso);
  }
  return iso;
}
