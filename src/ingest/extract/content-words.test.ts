import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, numberContentWords, scannedContentWords } from './content-words.js';
import { normalizeForComparison } from './comparison-text.js';

/** contentWords' strings, numbered in order of first appearance across the texts. */
function reference(texts: Array<string | null>): { seqs: number[][]; count: number } {
  const ids = new Map<string, number>();
  const seqs = texts.map((t) => (t === null ? [] : contentWords(t).map((w) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  })));
  return { seqs, count: ids.size };
}

test('content words: possessives dropped, stop words left out, stems shared', () => {
  assert.deepEqual(contentWords("Iran's ministers met the Iranian minister’s envoy, meeting again."), ['iran', 'minister', 'met', 'iranian', 'minister', 'envoy', 'meet']);
  const { seqs, count } = numberContentWords(["Iran's ministers met", null, 'The minister met Iran']);
  assert.deepEqual(seqs, [[0, 1, 2], [], [1, 2, 0]]);
  assert.equal(count, 3);
});

test('one pass reads the comparison form and the content words, as the regex paths do, on any text', () => {
  // Apostrophes before and after "s", underscores (a word character for the possessive rule),
  // typographic punctuation the fast scan knows and non-ASCII letters it must leave to the regex path.
  const alphabet = ["'s", '’s', "'S", 'a', 'S', 's', 's', 'e', 'd', 'ing', '7', '_', ' ', ' ', "'", '’', '‘', '`', '-', '.', '“', '—', '\u00a0', 'é', 'İ', 'the', 'of', 'ies'];
  let seed = 11;
  const next = () => Math.floor((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 15) % alphabet.length;
  const text = (n: number) => Array.from({ length: n }, next).map((i) => alphabet[i]).join('');
  let scanned = 0;
  for (let k = 0; k < 400; k++) {
    // Half the texts without the non-ASCII letters, so that the fast scan gets to read them.
    const one = k % 2 ? text(1 + (k % 40)) : text(1 + (k % 40)).replace(/[éİ]/g, '');
    const fast = scannedContentWords(one);
    if (fast) {
      assert.deepEqual(fast, { form: normalizeForComparison(one), words: contentWords(one) }, JSON.stringify(one));
      scanned++;
    }
    const texts = Array.from({ length: 1 + (k % 4) }, (_, j) => (j === 2 ? null : text(1 + ((k * 7 + j) % 40))));
    assert.deepEqual(numberContentWords(texts), reference(texts), JSON.stringify(texts));
  }
  assert.ok(scanned > 100, 'most texts take the fast scan');
});

test('numbering starts afresh in every call', () => {
  numberContentWords(['alpha bravo charlie delta']);
  assert.deepEqual(numberContentWords(['delta echo']).seqs, [[0, 1]]);
});
