/**
 * Quote-level sentence bounds inside one paragraph. The language stage has a full sentence splitter;
 * this one is small on purpose so the quote finder does not depend on it.
 */
import { ABBREVIATIONS } from './lexicon.js';

const CLOSERS = /[”"’')\]»]/;

/** Whether the terminator at `i` ends a sentence (not "Mr." or an initial, and a new sentence follows). */
function endsSentence(text: string, i: number, to: number): number {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return -1;
  if (ch === '.') {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
    if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) return -1;
    if (text[i + 1] === '.' || text[i - 1] === '.') return -1; // ellipsis
  }
  let j = i + 1;
  while (j < to && CLOSERS.test(text[j])) j++;
  if (j >= to) return j;
  if (!/\s/.test(text[j])) return -1;
  let k = j;
  while (k < to && /\s/.test(text[k])) k++;
  if (k >= to) return j;
  return /[\p{Lu}\d“"‘«]/u.test(text[k]) ? j : -1;
}

/** Start of the sentence that holds `pos`, looking back no further than `from`. */
export function sentenceStart(text: string, from: number, pos: number): number {
  for (let i = pos - 1; i >= from; i--) {
    const e = endsSentence(text, i, pos);
    if (e >= 0 && e <= pos) {
      let k = e;
      while (k < pos && /\s/.test(text[k])) k++;
      return k;
    }
  }
  return from;
}

/** End of the sentence that holds `pos` (past its terminator and closing marks), at most `to`. */
export function sentenceEnd(text: string, pos: number, to: number): number {
  for (let i = pos; i < to; i++) {
    const e = endsSentence(text, i, to);
    if (e >= 0) return e;
  }
  return to;
}

/**
 * sentenceEnd for many positions of one span `[from, to)`: the terminators are found once, and each
 * call returns what `sentenceEnd(text, pos, to)` would for `from <= pos <= to` (whether a character
 * ends a sentence does not depend on where the search started). For callers that ask from every word.
 */
export function sentenceEndFinder(text: string, from: number, to: number): (pos: number) => number {
  const at: number[] = [];
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 46 && ch !== 33 && ch !== 63) continue; // . ! ?
    const e = endsSentence(text, i, to);
    if (e >= 0) { at.push(i); ends.push(e); }
  }
  let k = 0;
  return (pos: number) => {
    // Callers ask in increasing order; a smaller position restarts the scan.
    if (k > 0 && at[k - 1] >= pos) k = 0;
    while (k < at.length && at[k] < pos) k++;
    return k < at.length ? ends[k] : to;
  };
}

/** Sentence ranges of the paragraph `[from, to)`. */
export function sentenceRanges(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = from;
  while (s < to) {
    while (s < to && /\s/.test(text[s])) s++;
    if (s >= to) break;
    const e = sentenceEnd(text, s, to);
    out.push({ start: s, end: e });
    s = e;
  }
  return out;
}
