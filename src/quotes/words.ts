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

/** Leading marks kept out of a word's core: “ " ‘ ( [ «. */
const LEAD_MARKS = new Set([...'“"‘([«'].map((c) => c.charCodeAt(0)));
/** Trailing punctuation kept out of a word's core: , ; : ! ? ” " ’ ) ] » . */
const TRAIL_MARKS = new Set([...',;:!?”"’)]».'].map((c) => c.charCodeAt(0)));
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
    while (start < end && LEAD_MARKS.has(s.charCodeAt(start))) start++;
    let bareEnd = end;
    while (bareEnd > start && TRAIL_MARKS.has(s.charCodeAt(bareEnd - 1))) bareEnd--;
    i = end;
    // Honorifics and initials keep their period ("Mr.", "W.").
    let coreEnd = bareEnd;
    if (bareEnd < end && s.charCodeAt(bareEnd) === PERIOD) {
      const withDot = s.slice(start, bareEnd + 1);
      if (HONORIFICS[withDot] !== undefined || NAME_ABBREVIATIONS.has(withDot)
        || (bareEnd - start <= 2 && SINGLE_CAPITAL.test(s.slice(start, bareEnd)))) coreEnd = bareEnd + 1;
    }
    if (coreEnd === start) continue;
    out.push({ core: s.slice(start, coreEnd), start, end: coreEnd, trail: coreEnd < end ? s.slice(coreEnd, end) : '' });
  }
  return out;
}

/**
 * The keys HONORIFICS[core] !== undefined used to accept, as a Set: the record lookup missed on almost
 * every word and walked the prototype chain (3 % of the quote finder). The prototype's own names
 * ("constructor", "toString", …) were accepted by that lookup and are kept so that nothing changes.
 */
const HONORIFIC_KEYS: ReadonlySet<string> = new Set([...Object.keys(HONORIFICS), ...Object.getOwnPropertyNames(Object.prototype)]);

export function isHonorific(core: string): boolean {
  return HONORIFIC_KEYS.has(core);
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
