/**
 * More of the quote finder's fast paths, each checked against the plain code it stands for over random
 * text built from the characters that matter (see fast-paths.test.ts for the first ones).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SUBJECT_THEN_VERB, mayHaveSubjectThenVerb } from './attribution/speaker-then-verb.js';
import { ABBREVIATIONS, HONORIFICS } from './lexicon.js';
import { opensBareWordOnly } from './person-mentions.js';
import { findSentenceEnds, findSentenceEndsOfSpans, sentenceEnd, sentenceRanges, sentenceStart } from './sentence-bounds.js';
import { endsWithQuoteMark } from './indirect-speech.js';
import { parseSpeakerAfterVerb, roleAtEnd } from './speaker-phrase.js';
import { finalWord, isCapToken, isHonorific, LazyWords, sentenceWordsFrom, splitWords } from './words.js';

const PIECES = ['Mr.', 'Dr.', 'Gen.', 'Jr.', 'W.', 'U.S.', 'U.N.', 'etc.', 'Inc.', 'said', 'says', 'told', 'stated', 'Varga', 'Ilse',
  'al-Adl', 'the', 'a', 'minister', 'Ministry', 'President', 'Iran’s', 'and', 'bin', 'He', ',', '.', '. ', '!', '?', '“', '”', '"',
  '‘', '’', '(', ')', '«', '»', ' ', ' ', ' ', '  ', '\u00a0', '\u2009', '\n', '—', '...', 'É', 'Éa.', 'ö', 'öb.', '𝐀', '𝐀.', 'Ωx.',
  '12', '7.', 'Mme', 'x-y', 'Sir', '_', 'according to', 'saidx', 'Said'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

/** The terminator test sentence-bounds had before its char-code fast paths. */
function referenceEndsSentence(t: string, i: number, to: number): number {
  const ch = t[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return -1;
  if (ch === '.') {
    const word = /([\p{L}.]+)$/u.exec(t.slice(Math.max(0, i - 12), i))?.[1] ?? '';
    if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) return -1;
    if (t[i + 1] === '.' || t[i - 1] === '.') return -1;
  }
  let j = i + 1;
  while (j < to && /[”"’')\]»]/.test(t[j])) j++;
  if (j >= to) return j;
  if (!/\s/.test(t[j])) return -1;
  let k = j;
  while (k < to && /\s/.test(t[k])) k++;
  if (k >= to) return j;
  return /[\p{Lu}\d“"‘«]/u.test(t[k]) ? j : -1;
}

function referenceSentenceEnd(t: string, pos: number, to: number): number {
  for (let i = pos; i < to; i++) {
    const e = referenceEndsSentence(t, i, to);
    if (e >= 0) return e;
  }
  return to;
}

function referenceSentenceStart(t: string, from: number, pos: number): number {
  for (let i = pos - 1; i >= from; i--) {
    const e = referenceEndsSentence(t, i, pos);
    if (e >= 0 && e <= pos) {
      let k = e;
      while (k < pos && /\s/.test(t[k])) k++;
      return k;
    }
  }
  return from;
}

test('sentenceEnd and sentenceStart answer as the regex terminator test did', () => {
  fc.assert(fc.property(text, (s) => {
    for (let pos = 0; pos <= s.length; pos++) {
      assert.equal(sentenceEnd(s, pos, s.length), referenceSentenceEnd(s, pos, s.length), `end from ${pos} in ${JSON.stringify(s)}`);
      assert.equal(sentenceStart(s, 0, pos), referenceSentenceStart(s, 0, pos), `start of ${pos} in ${JSON.stringify(s)}`);
    }
  }), { numRuns: 1500 });
});

test('sentence ends found once per article are those found per paragraph, and give the same ranges', () => {
  fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (paras, skip) => {
    const joined = paras.join('\n\n');
    let at = 0;
    const spans = paras.map((p, i) => {
      const span = { start: at, end: at + p.length };
      at += p.length + 2;
      return skip[i] ? null : span;
    });
    const once = findSentenceEndsOfSpans(joined, spans);
    spans.forEach((span, i) => {
      if (!span) return assert.equal(once[i], null);
      assert.deepEqual(once[i], findSentenceEnds(joined, span.start, span.end));
      assert.deepEqual(sentenceRanges(joined, span.start, span.end, once[i]!), sentenceRanges(joined, span.start, span.end));
    });
  }), { numRuns: 1500 });
});

test('LazyWords gives splitWords\' words, and a plain word is neither capitalized nor an honorific', () => {
  fc.assert(fc.property(text, (s) => {
    const words = splitWords(s);
    const lazy = new LazyWords(s);
    assert.equal(lazy.length, words.length);
    words.forEach((w, i) => {
      assert.deepEqual(lazy.at(i), w);
      if (lazy.isPlain(i)) assert.ok(!isCapToken(w.core) && !isHonorific(w.core), w.core);
      for (const stop of [w.start, w.end, s.length]) assert.deepEqual(lazy.from(i, stop), sentenceWordsFrom(words, i, stop));
    });
    assert.equal(lazy.at(-1), undefined);
    assert.equal(lazy.at(words.length), undefined);
    // finalWord is the last word whenever it answers at all.
    const last = finalWord(s);
    if (last) assert.deepEqual(last, words[words.length - 1]);
  }), { numRuns: 3000 });
});

test('every honorific opens with a capital (LazyWords.isPlain relies on it)', () => {
  for (const h of Object.keys(HONORIFICS)) assert.match(h, /^[A-Z]/, h);
});

test('a word that opens only a bare word gives findPersonMentions nothing to keep', () => {
  fc.assert(fc.property(text, (p) => {
    const words = splitWords(p);
    const lazy = new LazyWords(p);
    words.forEach((w, i) => {
      if (!isCapToken(w.core) && !isHonorific(w.core)) return;
      if (!opensBareWordOnly(lazy, i)) return;
      const phrase = parseSpeakerAfterVerb(p, sentenceWordsFrom(words, i, sentenceEnd(p, w.start, p.length)));
      const kept = phrase && phrase.start === w.start
        && (phrase.kind === 'person' || phrase.kind === 'institution' || (phrase.kind === 'surname' && phrase.honorific && isHonorific(phrase.honorific)));
      assert.ok(!kept, `word ${i} of ${JSON.stringify(p)}: ${JSON.stringify(phrase)}`);
    });
  }), { numRuns: 3000 });
});

test('when the verb prefilter says no, the speaker-then-verb regex finds nothing', () => {
  const after = fc.array(fc.constantFrom(...PIECES, 'she', 'Varga', 'the envoy', 'x'), { maxLength: 30 }).map((xs) => xs.join(''));
  let skipped = 0;
  fc.assert(fc.property(after, (s) => {
    if (mayHaveSubjectThenVerb(s)) return;
    skipped++;
    assert.equal(SUBJECT_THEN_VERB.exec(s), null, JSON.stringify(s));
  }), { numRuns: 5000 });
  // The property must have been tried on texts it turns away.
  assert.ok(skipped > 100);
  assert.equal(mayHaveSubjectThenVerb(' said a retired general reached by phone.'), false);
  assert.equal(mayHaveSubjectThenVerb(', Ilse Varga said.'), true);
  assert.equal(mayHaveSubjectThenVerb('  said Varga'), true);
});

test('the role regex searched from near the end finds what it found searched from the start', () => {
  const role = /(?:^|\s)[Tt]he\s+((?:(?:[a-z][a-z\-]*|\p{Lu}\p{Ll}+)\s+){0,3}([a-z][a-z\-]*))$/u;
  // Words with spaces between them, so that role phrases of every length come up.
  const word = fc.constantFrom('the', 'The', 'he', 'envoy', 'old', 'x-y', 'Varga', 'Oslo', 'a', 'É', 'said,', '', 'the,');
  const space = fc.constantFrom(' ', ' ', ' ', '  ', '\u00a0', '\n', '');
  const body = fc.array(fc.tuple(space, word), { maxLength: 12 }).map((xs) => xs.map(([a, b]) => a + b).join(''));
  fc.assert(fc.property(body, (b) => {
    const want = role.exec(b);
    const got = roleAtEnd(b);
    assert.deepEqual(got && [...got, got.index], want && [...want, want.index], JSON.stringify(b));
  }), { numRuns: 5000 });
  assert.equal(roleAtEnd('Officials in Oslo and the Belarusian foreign minister')?.[1], 'Belarusian foreign minister');
});

test('endsWithQuoteMark reads the end as the regex did', () => {
  const s = fc.array(fc.constantFrom('”', '"', '“', ',', ' ', '\u00a0', '\n', 'a', '.'), { maxLength: 12 }).map((xs) => xs.join(''));
  fc.assert(fc.property(s, fc.nat(12), (x, cut) => {
    const end = Math.min(cut, x.length);
    assert.equal(endsWithQuoteMark(x, end), /[”"]\s*,?\s*$/.test(x.slice(0, end)), JSON.stringify(x.slice(0, end)));
  }), { numRuns: 5000 });
});
