/** Word tokens with offsets, and the small tests on them the speaker parser needs. */
import { HONORIFICS, NAME_ABBREVIATIONS, NAME_PARTICLES } from './lexicon.js';

export interface Word {
  /** The word without surrounding punctuation ("Syed" for "Syed,"). */
  core: string;
  /** Offsets of `core` in the string that was split. */
  start: number;
  end: number;
  /** Punctuation right after the core (",", ".", "”,"), or "". */
  trail: string;
}

/**
 * JavaScript's `\s` (WhiteSpace and LineTerminator), as char codes. splitWords scans char codes
 * instead of running three regexes per word: it is the quote finder's hottest function.
 */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** MARKS[c] & LEAD: c is a leading mark kept out of a word's core (“ " ‘ ( [ «); & TRAIL: trailing punctuation (, ; : ! ? ” " ’ ) ] » .). */
const LEAD = 1;
const TRAIL = 2;
const MARKS = new Uint8Array(0x10000);
for (const c of '“"‘([«') MARKS[c.charCodeAt(0)] |= LEAD;
for (const c of ',;:!?”"’)]».') MARKS[c.charCodeAt(0)] |= TRAIL;
const PERIOD = 46;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** Splits on whitespace; leading quote marks and brackets and trailing punctuation are kept out of `core`. */
export function splitWords(s: string): Word[] {
  const out: Word[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    let end = i;
    while (end < n && !isSpace(s.charCodeAt(end))) end++;
    // [start, end) is one whitespace-free token: lead marks off the front, trailing marks off the back.
    let start = i;
    while (start < end && (MARKS[s.charCodeAt(start)] & LEAD) !== 0) start++;
    let bareEnd = end;
    while (bareEnd > start && (MARKS[s.charCodeAt(bareEnd - 1)] & TRAIL) !== 0) bareEnd--;
    i = end;
    // Honorifics and initials keep their period ("Mr.", "W.").
    let coreEnd = bareEnd;
    if (bareEnd < end && s.charCodeAt(bareEnd) === PERIOD) {
      const withDot = s.slice(start, bareEnd + 1);
      if (hasHonorific(withDot) || NAME_ABBREVIATIONS.has(withDot)
        || (bareEnd - start <= 2 && SINGLE_CAPITAL.test(s.slice(start, bareEnd)))) coreEnd = bareEnd + 1;
    }
    if (coreEnd === start) continue;
    out.push({ core: s.slice(start, coreEnd), start, end: coreEnd, trail: coreEnd < end ? s.slice(coreEnd, end) : '' });
  }
  return out;
}

/**
 * `words[i]` up to the sentence end `stop`, offsets unchanged (of the string `words` was split from):
 * what splitting the text from that word to `stop` again would give, but for offsets shifted by
 * `words[i].start`, as long as `stop` falls on whitespace or the end of the text (as sentence ends
 * do), so no word straddles it. The words are shared, not copied: callers ask from every word.
 */
export function sentenceWordsFrom(words: Word[], i: number, stop: number): Word[] {
  let k = i;
  while (k < words.length && words[k].start < stop) k++;
  return words.slice(i, k);
}

/**
 * A fast own-key test for a record literal. The plain lookup misses on almost every word and walks the
 * prototype chain (3–5 % of the quote finder each); a Set does not, and it also keeps the prototype's
 * names ("constructor", "toString", …) from passing for words of the record.
 */
export function keyTester(record: Readonly<Record<string, unknown>>): (key: string) => boolean {
  const keys: ReadonlySet<string> = new Set(Object.keys(record));
  // Most words fail on their first letter or length before the Set has to hash them.
  const firsts = new Set([...keys].map((k) => k.charCodeAt(0)));
  const longest = Math.max(...[...keys].map((k) => k.length));
  return (key) => key.length <= longest && firsts.has(key.charCodeAt(0)) && keys.has(key);
}

const hasHonorific = keyTester(HONORIFICS);

export function isHonorific(core: string): boolean {
  return hasHonorific(core);
}

const CAP_TOKEN = /^(?:(?:al|el|ul|ad|as|ash|at|az|an|ar|bin|ibn)-)?\p{Lu}[\p{L}\p{M}’'.\-]*$/u;

/** A capitalized token that can be part of a name ("Husain", "al-Adl", "O’Brien", "W."). */
export function isCapToken(core: string): boolean {
  // Fast exit for the common case: a word opening with an ASCII lower-case letter is capitalized only
  // after a particle prefix with a hyphen ("al-Adl"); one opening with an ASCII digit or punctuation never.
  const c = core.charCodeAt(0);
  if (c >= 97 && c <= 122) { if (core.indexOf('-') < 0) return false; }
  else if (c < 65) return false;
  return CAP_TOKEN.test(core);
}

export function isParticle(core: string): boolean {
  return NAME_PARTICLES.has(core);
}

const LOWER_WORD = /^[\p{Ll}][\p{Ll}\-’']*$/u;

/** A plain lowercase word ("political", "former", "security"). */
export function isLowerWord(core: string): boolean {
  return LOWER_WORD.test(core);
}
