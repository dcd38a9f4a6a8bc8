/**
 * The tokenizer the gazetteer matches on: words (letters, marks, digits) and single punctuation
 * characters, with offsets. A hyphen glued between two words is dropped so that "Sistan-Baluchestan"
 * and "Sistan Baluchestan" match the same dictionary key.
 */
import { SpanTable, hashStep, ownCopy, spanHash } from '../../language/span-table.js';

export interface Token {
  /** The token folded for lookup: diacritics removed, curly apostrophe straightened, case kept. */
  key: string;
  /** Lower-case `key`, for common nouns ("officials", "Foreign Ministry"). */
  lower: string;
  /** For a word in capitals of 4+ letters ("IRAN"), its title-case form ("Iran"); else null. */
  title: string | null;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Starts with an upper-case letter and has a lower-case one ("Tehran", not "TTP"). */
  cap: boolean;
  /**
   * The word's number in a process-wide table of distinct keys (-1 for punctuation, URLs, and
   * words met after the table filled): lets a trie remember what a word starts (PhraseTrie.first).
   */
  id: number;
  start: number;
  end: number;
}


/** Diacritics removed, curly apostrophes straightened ("Baluchestān" -> "Baluchestan"). */
export function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʼ`]/g, "'");
}

let lastText: string | null = null;
let lastTokens: Token[] = [];

/**
 * Tokens of `text` in order; glued hyphens removed. The last result is remembered, so the actor
 * and place finders run on the same text tokenize it once. Callers must not mutate the array.
 */
export function tokenize(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const out = tokenizeFresh(text);
  lastText = text;
  lastTokens = out;
  return out;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

function tokenizeFresh(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || (c >= 0x2000 && c <= 0x200b) || c === 0xa0 || c === 0x3000) {
      i++;
      continue;
    }
    if ((c === 104 || c === 119) && isUrlStart(text, i)) {
      // A URL is one opaque token: its path words ("Asia-South-Central") name nothing.
      let j = i;
      while (j < n && !isSpace(text.charCodeAt(j))) j++;
      out.push({ key: ' ', lower: ' ', title: null, upper: false, cap: false, id: -1, start: i, end: j });
      i = j;
      continue;
    }
    if (c < 128 ? ASCII_WORD[c] === 1 : isWordChar(text, i)) {
      // Only a word with a non-ASCII character can need folding: the others skip fold's test.
      let wide = c >= 128;
      let h = c;
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          if (ASCII_WORD[d] !== 1) break;
        } else if (isWordChar(text, j)) wide = true;
        else break;
        h = hashStep(h, d);
      }
      let w: Word;
      if (wide) {
        const key = fold(text.slice(i, j));
        const hk = spanHash(key);
        const k = WORDS.find(key, 0, key.length, hk);
        w = k >= 0 ? WORDS.values[k]! : newWord(key, hk);
      } else {
        const k = WORDS.find(text, i, j, h);
        w = k >= 0 ? WORDS.values[k]! : newWord(text.slice(i, j), h);
      }
      out.push({ key: w.key, lower: w.lower, title: w.title, upper: w.upper, cap: w.cap, id: w.id, start: i, end: j });
      i = j;
      continue;
    }
    // One punctuation character; a hyphen glued between two words is dropped.
    if ((c === 45 || c === 0x2010 || c === 0x2011) && out.length > 0 && out[out.length - 1].end === i && i + 1 < n && isWordChar(text, i + 1)) {
      i++;
      continue;
    }
    const ch = text[i];
    const key = ch === '\u2019' || ch === '\u2018' || ch === '\u02bc' || ch === '`' ? "'" : ch;
    out.push({ key, lower: key, title: null, upper: false, cap: false, id: -1, start: i, end: i + 1 });
    i++;
  }
  return out;
}

/** What a token holds that depends on its key only. */
type Word = Omit<Token, 'start' | 'end'>;

/** Every distinct key met so far, with its derived forms; a Word's id is its index here. */
const WORDS = new SpanTable<Word>(60_000);

function newWord(key0: string, h: number): Word {
  const key = WORDS.full ? key0 : ownCopy(key0);
  const lower = key.toLowerCase();
  const upper = key.charCodeAt(0) !== lower.charCodeAt(0);
  let title: string | null = null;
  let cap = false;
  if (upper) {
    const allCaps = key === key.toUpperCase();
    cap = !allCaps;
    if (allCaps && key.length >= 4 && !/\d/.test(key)) title = key.charAt(0) + lower.slice(1);
  }
  const w: Word = { key, lower, title, upper, cap, id: -1 };
  w.id = WORDS.add(key, h, w);
  return w;
}

/** "http://", "https://" or "www." at i. */
function isUrlStart(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (next === 116) return text.startsWith('http://', i) || text.startsWith('https://', i);
  return next === 119 && text.startsWith('www.', i);
}

/** ASCII_WORD[c] is 1 for the ASCII letters and digits: isWordChar's answer below 128. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0));

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2)) || false;
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isWordChar(text, i - 1);
  return WORD_CHAR.test(text[i]);
}

const PLAIN_PHRASE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Dictionary phrase -> its token keys, the same way `tokenize` splits text. */
export function phraseKeys(phrase: string): string[] {
  // Most dictionary phrases are plain words: skip the tokenizer (the gazetteer adds ~15,000).
  if (PLAIN_PHRASE.test(phrase)) return phrase.split(' ');
  return tokenizeFresh(phrase).map((t) => t.key);
}

/** A word that starts with a capital letter and has a lower-case letter ("Tehran", "McCain"). */
export function isCapitalized(key: string): boolean {
  return /^\p{Lu}/u.test(key) && /\p{Ll}/u.test(key);
}

/** A word in capitals only ("TTP", "IRAN"). */
export function isAllCaps(key: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(key) && key.length > 1;
}

/** "IRAN" -> "Iran": lets an all-capitals headline match title-case dictionary keys. */
export function titleCase(key: string): string {
  return key.charAt(0) + key.slice(1).toLowerCase();
}
