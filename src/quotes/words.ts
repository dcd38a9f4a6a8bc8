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
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * MARKS[c] & LEAD: c is a leading mark kept out of a word's core (“ " ‘ ( [ «); & TRAIL: trailing
 * punctuation (, ; : ! ? ” " ’ ) ] » .); & SPACE: isSpace(c); & HYPHEN: c is "-". One table load per
 * character answers all four.
 */
const LEAD = 1;
const TRAIL = 2;
const SPACE = 4;
const HYPHEN = 8;
const MARKS = new Uint8Array(0x10000);
for (const c of '“"‘([«') MARKS[c.charCodeAt(0)] |= LEAD;
for (const c of ',;:!?”"’)]».') MARKS[c.charCodeAt(0)] |= TRAIL;
for (let c = 0; c < 0x10000; c++) if (isSpace(c)) MARKS[c] |= SPACE;
MARKS[45] |= HYPHEN;
const PERIOD = 46;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** wordBounds' entries per word: core start, core end, token end, and 1 when the word is plain (see LazyWords.isPlain). */
const STRIDE = 4;

/**
 * Where splitWords' words are in `s`, STRIDE numbers per word. Splits on whitespace; leading quote marks
 * and brackets and trailing punctuation are kept out of the core.
 */
function wordBounds(s: string): number[] {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && (MARKS[s.charCodeAt(i)] & SPACE) !== 0) i++;
    if (i >= n) break;
    let end = i + 1;
    let seen = MARKS[s.charCodeAt(i)];
    for (; end < n; end++) {
      const m = MARKS[s.charCodeAt(end)];
      if ((m & SPACE) !== 0) break;
      seen |= m;
    }
    // [start, end) is one whitespace-free token: lead marks off the front, trailing marks off the back.
    let start = i;
    while (start < end && (MARKS[s.charCodeAt(start)] & LEAD) !== 0) start++;
    let bareEnd = end;
    while (bareEnd > start && (MARKS[s.charCodeAt(bareEnd - 1)] & TRAIL) !== 0) bareEnd--;
    i = end;
    const coreEnd = bareEnd < end && keepsPeriod(s, start, bareEnd) ? bareEnd + 1 : bareEnd;
    if (coreEnd === start) continue;
    // No lead or trailing mark is a hyphen: one in the token is one in the core.
    const first = s.charCodeAt(start);
    const plain = first < 65 || (first >= 97 && first <= 122 && (seen & HYPHEN) === 0);
    out.push(start, coreEnd, end, plain ? 1 : 0);
  }
  return out;
}

/** Honorifics and initials keep the period that follows them ("Mr.", "W."): is the one at `bareEnd` such? */
function keepsPeriod(s: string, start: number, bareEnd: number): boolean {
  if (s.charCodeAt(bareEnd) !== PERIOD) return false;
  const withDot = s.slice(start, bareEnd + 1);
  return hasHonorific(withDot) || NAME_ABBREVIATIONS.has(withDot)
    || (bareEnd - start <= 2 && SINGLE_CAPITAL.test(s.slice(start, bareEnd)));
}

function makeWord(s: string, start: number, coreEnd: number, end: number): Word {
  return { core: s.slice(start, coreEnd), start, end: coreEnd, trail: coreEnd < end ? s.slice(coreEnd, end) : '' };
}

/**
 * Splits on whitespace; leading quote marks and brackets and trailing punctuation are kept out of `core`.
 * The scan of wordBounds, making each word at once (a second pass over the bounds costs more than it saves
 * here; fast-paths-2.test.ts holds the two to the same words).
 */
export function splitWords(s: string): Word[] {
  const out: Word[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && (MARKS[s.charCodeAt(i)] & SPACE) !== 0) i++;
    if (i >= n) break;
    let end = i + 1;
    while (end < n && (MARKS[s.charCodeAt(end)] & SPACE) === 0) end++;
    let start = i;
    while (start < end && (MARKS[s.charCodeAt(start)] & LEAD) !== 0) start++;
    let bareEnd = end;
    while (bareEnd > start && (MARKS[s.charCodeAt(bareEnd - 1)] & TRAIL) !== 0) bareEnd--;
    i = end;
    const coreEnd = bareEnd < end && keepsPeriod(s, start, bareEnd) ? bareEnd + 1 : bareEnd;
    if (coreEnd === start) continue;
    out.push(makeWord(s, start, coreEnd, end));
  }
  return out;
}

/**
 * The last word splitWords would give for `s`, or null when the last whitespace-free run holds none (then
 * only splitting all of `s` finds its last word). Splits that run alone.
 */
export function finalWord(s: string): Word | null {
  let end = s.length;
  while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(s.charCodeAt(start - 1))) start--;
  const words = splitWords(s.slice(start, end));
  if (words.length !== 1) return null;
  const w = words[0];
  return { ...w, start: w.start + start, end: w.end + start };
}

/**
 * The words of a string found as splitWords finds them, each made only when asked for. A paragraph's
 * words are mostly lower-case ones that a caller looking for names passes over after one look at their
 * first character (`firstCode`, `hasHyphen`): those cost no strings and no objects.
 */
export class LazyWords {
  readonly length: number;
  private readonly bounds: number[];
  private readonly made: (Word | undefined)[] = [];

  constructor(private readonly s: string) {
    this.bounds = wordBounds(s);
    this.length = this.bounds.length / STRIDE;
  }

  /** Word `k` as splitWords gives it, or undefined past either end. */
  at(k: number): Word | undefined {
    if (k < 0 || k >= this.length) return undefined;
    let w = this.made[k];
    if (w === undefined) {
      const b = k * STRIDE;
      w = makeWord(this.s, this.bounds[b], this.bounds[b + 1], this.bounds[b + 2]);
      this.made[k] = w;
    }
    return w;
  }

  /**
   * True when word `k` opens with an ASCII lower-case letter and holds no hyphen, or opens below "A":
   * then it is neither a capitalized token (isCapToken's own fast exits) nor an honorific (each of which
   * opens with a capital).
   */
  isPlain(k: number): boolean {
    return this.bounds[k * STRIDE + 3] === 1;
  }

  /** What sentenceWordsFrom(splitWords(s), i, stop) gives. */
  from(i: number, stop: number): Word[] {
    const out: Word[] = [];
    for (let k = i; k < this.length && this.bounds[k * STRIDE] < stop; k++) out.push(this.at(k)!);
    return out;
  }
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
