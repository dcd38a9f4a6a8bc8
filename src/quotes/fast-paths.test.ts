/**
 * The quote finder's fast paths must give exactly what the plain code they replaced gave. Each
 * property compares one against a straightforward reference over random text built from the
 * characters that matter (quote marks, brackets, stops, capitals, odd spaces, honorifics).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HONORIFICS, NAME_ABBREVIATIONS } from './lexicon.js';
import { sentenceEnd, sentenceEndFinder } from './sentence-bounds.js';
import { isCapToken, isHonorific, sentenceWordsFrom, splitWords, type Word } from './words.js';
import { parseSpeakerAfterVerb } from './speaker-phrase.js';

/** The regex splitter splitWords replaced (three regexes per word). */
function referenceSplit(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(/\S+/g)) {
    const raw = m[0];
    const lead = /^[“"‘(\[«]*/.exec(raw)![0].length;
    let body = raw.slice(lead);
    let trail = /[,;:!?”"’)\]».]*$/.exec(body)![0];
    const bare = body.slice(0, body.length - trail.length);
    if (trail.startsWith('.') && (Object.hasOwn(HONORIFICS, bare + '.') || NAME_ABBREVIATIONS.has(bare + '.') || /^\p{Lu}$/u.test(bare))) trail = trail.slice(1);
    body = body.slice(0, body.length - trail.length);
    if (!body) continue;
    const start = m.index! + lead;
    out.push({ core: body, start, end: start + body.length, trail });
  }
  return out;
}

const PIECES = ['Mr.', 'Dr.', 'Gen.', 'Jr.', 'W.', 'U.S.', 'said', 'says', 'Varga', 'Ilse', 'al-Adl', 'the', 'a', 'minister',
  ',', '.', '. ', '!', '?', '“', '”', '"', '‘', '’', '(', ')', '[', ']', '«', '»', ' ', ' ', ' ', '\u00a0', '\u2009', '\n',
  '—', '...', 'É', 'ö', '𝐀', 'constructor', '12', 'Mme', 'Sir'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

test('splitWords gives what the regex splitter gave', () => {
  fc.assert(fc.property(text, (s) => assert.deepEqual(splitWords(s), referenceSplit(s))), { numRuns: 3000 });
});

test('isHonorific and isCapToken answer as the plain record lookup and regex did', () => {
  const cap = /^(?:(?:al|el|ul|ad|as|ash|at|az|an|ar|bin|ibn)-)?\p{Lu}[\p{L}\p{M}’'.\-]*$/u;
  fc.assert(fc.property(text, (s) => {
    for (const w of s.split(/\s+/)) {
      assert.equal(isHonorific(w), Object.hasOwn(HONORIFICS, w), w);
      assert.equal(isCapToken(w), cap.test(w), w);
    }
  }), { numRuns: 2000 });
});

test('sentenceEndFinder answers as sentenceEnd from every position', () => {
  fc.assert(fc.property(text, fc.nat(5), (s, cut) => {
    const from = Math.min(cut, s.length);
    const end = sentenceEndFinder(s, from, s.length);
    for (let pos = from; pos <= s.length; pos++) assert.equal(end(pos), sentenceEnd(s, pos, s.length), `${pos} in ${JSON.stringify(s)}`);
    // Asked out of order, it still answers the same.
    if (s.length > from) assert.equal(end(from), sentenceEnd(s, from, s.length));
  }), { numRuns: 2000 });
});

test('the words from any word to its sentence end are the paragraph\'s words, unshifted', () => {
  const shift = <T extends { start: number; end: number }>(x: T, by: number): T => ({ ...x, start: x.start - by, end: x.end - by });
  fc.assert(fc.property(text, (p) => {
    const words = splitWords(p);
    const end = sentenceEndFinder(p, 0, p.length);
    words.forEach((w, i) => {
      const stop = end(w.start);
      const from = sentenceWordsFrom(words, i, stop);
      assert.deepEqual(from.map((x) => shift(x, w.start)), splitWords(p.slice(w.start, stop)), `word ${i} of ${JSON.stringify(p)}`);
      // Parsed in the paragraph with these words, a speaker is the one parsed from the word on, shifted.
      const inParagraph = parseSpeakerAfterVerb(p, from);
      const alone = parseSpeakerAfterVerb(p.slice(w.start));
      assert.deepEqual(inParagraph && shift(inParagraph, w.start), alone, `word ${i} of ${JSON.stringify(p)}`);
    });
  }), { numRuns: 2000 });
});

test('words named like Object.prototype members are neither honorifics nor pronouns', () => {
  for (const w of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) assert.equal(isHonorific(w), false, w);
});
