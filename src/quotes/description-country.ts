/** The country a speaker is tied to, read from the description or the institution's name. */
import { countryOfWord as countryOf } from './country-of.js';

/**
 * First country named in `phrase` by a demonym ("Pakistani senator"), a possessive ("Pakistan’s former
 * permanent representative") or a name, scanning left to right with the longest name first
 * ("United Arab Emirates" before "United"). Null when none, or for an empty phrase.
 */
export function countryOfPhrase(phrase: string | null): string | null {
  if (!phrase) return null;
  const tokens = [...phrase.matchAll(/[\p{Lu}][\p{L}\p{M}.\-]*(?:[’']s)?/gu)].map((m) => ({
    word: m[0].replace(/[’']s$/, '').replace(/\.$/, ''),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
      const group = tokens.slice(i, i + n);
      // Only adjacent tokens form a multi-word name.
      const joined = phrase.slice(group[0].start, group[n - 1].end).replace(/[’']s$/, '');
      if (n > 1 && /[,;]/.test(joined)) continue;
      const iso = countryOf(n === 1 ? group[0].word : joined);
      if (iso) return iso;
    }
  }
  return null;
}
