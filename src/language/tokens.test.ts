/**
 * The tokenizer's char-code scan of plain text must give exactly what its regex gives: random
 * text from the pieces that matter (digits with commas and periods, hyphens and apostrophes
 * inside and at the ends of words, curly marks, odd spaces, accented letters that send the
 * text down the regex path).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from './tokens.js';
import { lemmatize } from './lemmas.js';

const TOKEN_RE = /(\d[\d,.]*\d|\d)|([\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-'’][\p{L}\p{M}\d]+)*)|([^\s\p{L}\p{M}\d])/gu;

/** Text, kind and offsets of every token, by the regex alone. */
function reference(s: string): [string, string, number][] {
  return [...s.matchAll(TOKEN_RE)].map((m) => [m[0], m[1] ? 'number' : m[2] ? 'word' : 'punct', m.index!]);
}

const PIECES = ['1', '2', '1,200', '3.5', '48.', ',', '.', ',,', 'killed', 'Iran', "Iran's", 'Iran’s', 'al-', '-', "'", '’', '‘',
  'F16', 'co-operate', 'rock’n’roll', ' ', '  ', '\n', '\t', '“', '”', '—', '–', '…', '(', ')', '$', 'é', 'Zürich', '\u00a0', 'x'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));

test('tokenize splits as its regex does, on plain text and on any other', () => {
  fc.assert(fc.property(text, (s) => {
    assert.deepEqual(tokenize(s).map((t) => [t.text, t.kind, t.start]), reference(s));
  }), { numRuns: 3000 });
});

test('tokenize: numbers keep inner commas and periods, words their inner hyphens and apostrophes', () => {
  assert.deepEqual(tokenize('On 1,200. Iran’s co-operation-').map((t) => [t.text, t.lemma]), [
    ['On', 'on'], ['1,200', '1,200'], ['.', '.'], ['Iran’s', 'iran'], ['co-operation', 'co-operation'], ['-', '-'],
  ]);
});

// Words met before come from a table (span-table.ts): their lower case and lemma must be what
// reading them afresh gives, on the first meeting and on every later one.
test('lower case and lemma are the same for a word met the first time and again', () => {
  fc.assert(fc.property(text, (s) => {
    for (let pass = 0; pass < 2; pass++) {
      for (const t of tokenize(s)) {
        const lower = t.kind === 'word' ? t.text.toLowerCase().replace(/’/g, "'") : t.text.toLowerCase();
        assert.equal(t.lower, lower);
        if (t.kind === 'word') assert.equal(t.lemma, lemmatize(lower.endsWith("'s") ? lower.slice(0, -2) : lower));
        assert.equal(t.end, t.start + t.text.length);
      }
    }
  }), { numRuns: 1000 });
});
