/**
 * Quote-level sentence bounds inside one paragraph. The language stage has a full sentence splitter;
 * this one is small on purpose so the quote finder does not depend on it.
 */
import { ABBREVIATIONS } from './lexicon.js';
// JavaScript's `\s` as a char-code test: no one-character string per test.
import { isSpace } from './words.js';

const CLOSERS = /[”"’')\]»]/;
const ABBREVIATION_WORD = /([\p{L}.]+)$/u;
const UPPER_OR_OPENER = /[\p{Lu}\d“"‘«]/u;

/**
 * The run of letters and periods right before the period at `i`, at most 12 characters back: what
 * `/([\p{L}.]+)$/u` finds in those 12 characters. ASCII runs are walked by char code; a run that reaches a
 * non-ASCII character goes to the regex, which knows every script's letters and surrogate pairs.
 */
function wordBeforePeriod(text: string, i: number): string {
  const from = Math.max(0, i - 12);
  let k = i;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c >= 0x80) return ABBREVIATION_WORD.exec(text.slice(from, i))?.[1] ?? '';
    if (c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) k--;
    else break;
  }
  return text.slice(k, i);
}

/** Whether the terminator at `i` ends a sentence (not "Mr." or an initial, and a new sentence follows). */
function endsSentence(text: string, i: number, to: number): number {
  const ch = text.charCodeAt(i);
  if (ch !== 46 && ch !== 33 && ch !== 63) return -1; // . ! ?
  if (ch === 46) {
    const word = wordBeforePeriod(text, i);
    if (ABBREVIATIONS.has(word) || (word.length > 0 && word.length <= 2 && /^\p{Lu}$/u.test(word))) return -1;
    if (text.charCodeAt(i + 1) === 46 || text.charCodeAt(i - 1) === 46) return -1; // ellipsis
  }
  let j = i + 1;
  while (j < to && CLOSERS.test(text[j])) j++;
  if (j >= to) return j;
  if (!isSpace(text.charCodeAt(j))) return -1;
  let k = j;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  if (k >= to) return j;
  const c = text.charCodeAt(k);
  // ASCII answers without the regex: a capital, a digit or a straight quote opens a sentence.
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 ? j : -1;
  return UPPER_OR_OPENER.test(text[k]) ? j : -1;
}

/** Start of the sentence that holds `pos`, looking back no further than `from`. */
export function sentenceStart(text: string, from: number, pos: number): number {
  for (let i = pos - 1; i >= from; i--) {
    // Most characters are no terminator: that test before the call.
    const ch = text.charCodeAt(i);
    if (ch !== 46 && ch !== 33 && ch !== 63) continue;
    const e = endsSentence(text, i, pos);
    if (e >= 0 && e <= pos) {
      let k = e;
      while (k < pos && isSpace(text.charCodeAt(k))) k++;
      return k;
    }
  }
  return from;
}

/** End of the sentence that holds `pos` (past its terminator and closing marks), at most `to`. */
export function sentenceEnd(text: string, pos: number, to: number): number {
  for (let i = pos; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 46 && ch !== 33 && ch !== 63) continue;
    const e = endsSentence(text, i, to);
    if (e >= 0) return e;
  }
  return to;
}

/**
 * The sentence ends of one span `[from, to)`: `at[k]` is a terminator that ends a sentence and `ends[k]`
 * where that sentence ends (what endsSentence gives with this `to`), in text order. Whether a character
 * ends a sentence does not depend on where a search for it started, so one scan serves every position.
 */
export interface SentenceEnds {
  at: number[];
  ends: number[];
  to: number;
}

/** One scan of `[from, to)` for its sentence ends (see SentenceEnds). */
export function findSentenceEnds(text: string, from: number, to: number): SentenceEnds {
  const at: number[] = [];
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 46 && ch !== 33 && ch !== 63) continue; // . ! ?
    const e = endsSentence(text, i, to);
    if (e >= 0) { at.push(i); ends.push(e); }
  }
  return { at, ends, to };
}

/**
 * findSentenceEnds for each of `spans` (null for none), which usually come in text order without overlap.
 * The terminators are found with indexOf, which outruns a scan of every character; each search goes on
 * from where the last one stopped, so the text is searched once for each kind of terminator.
 */
export function findSentenceEndsOfSpans(text: string, spans: readonly ({ start: number; end: number } | null)[]): (SentenceEnds | null)[] {
  let dot = -1;
  let bang = -1;
  let question = -1;
  let lastTo = 0;
  return spans.map((span) => {
    if (!span) return null;
    const { start: from, end: to } = span;
    // A span that starts before the last one ended is searched afresh.
    if (from < lastTo) dot = bang = question = -1;
    lastTo = to;
    const at: number[] = [];
    const ends: number[] = [];
    // -1 means "not searched yet or behind": search again from `from`; text.length means "none left".
    if (dot < from) dot = text.indexOf('.', from);
    if (dot < 0) dot = text.length;
    if (bang < from) bang = text.indexOf('!', from);
    if (bang < 0) bang = text.length;
    if (question < from) question = text.indexOf('?', from);
    if (question < 0) question = text.length;
    for (;;) {
      const i = Math.min(dot, bang, question);
      if (i >= to) break;
      const e = endsSentence(text, i, to);
      if (e >= 0) { at.push(i); ends.push(e); }
      if (i === dot) { dot = text.indexOf('.', i + 1); if (dot < 0) dot = text.length; }
      else if (i === bang) { bang = text.indexOf('!', i + 1); if (bang < 0) bang = text.length; }
      else { question = text.indexOf('?', i + 1); if (question < 0) question = text.length; }
    }
    return { at, ends, to };
  });
}

/**
 * sentenceEnd for many positions of one span `[from, to)`: each call returns what
 * `sentenceEnd(text, pos, to)` would for `from <= pos <= to`. For callers that ask from every word;
 * `found`, when the caller has scanned the span already (findSentenceEnds with the same `from` and `to`).
 */
export function sentenceEndFinder(text: string, from: number, to: number, found = findSentenceEnds(text, from, to)): (pos: number) => number {
  const { at, ends } = found;
  let k = 0;
  return (pos: number) => {
    // Callers ask in increasing order; a smaller position restarts the scan.
    if (k > 0 && at[k - 1] >= pos) k = 0;
    while (k < at.length && at[k] < pos) k++;
    return k < at.length ? ends[k] : to;
  };
}

/**
 * Sentence ranges of the paragraph `[from, to)`. `found`, when the caller has scanned the paragraph
 * already (findSentenceEnds with the same `from` and `to`): the ranges then come without a second scan.
 */
export function sentenceRanges(text: string, from: number, to: number, found?: SentenceEnds): { start: number; end: number }[] {
  const endAt = found ? sentenceEndFinder(text, from, to, found) : (pos: number) => sentenceEnd(text, pos, to);
  const out: { start: number; end: number }[] = [];
  let s = from;
  while (s < to) {
    while (s < to && isSpace(text.charCodeAt(s))) s++;
    if (s >= to) break;
    const e = endAt(s);
    out.push({ start: s, end: e });
    s = e;
  }
  return out;
}
