import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceSpans, splitSentences } from './sentences.js';
import type { Article } from '../ingest/types.js';

const cut = (text: string): string[] => sentenceSpans(text).map(([s, e]) => text.slice(s, e));

test('abbreviations do not end a sentence: Mr., Dr., Jan. 16, U.S. before a name', () => {
  assert.deepEqual(cut('Mr. Syed met Dr. Mazari on Jan. 16 in Lahore. The U.S. Army watched.'), [
    'Mr. Syed met Dr. Mazari on Jan. 16 in Lahore.',
    'The U.S. Army watched.',
  ]);
});

test('"U.S." may end a sentence when a new sentence follows', () => {
  assert.deepEqual(cut('The talks were hosted by the U.S. The next round is in Doha.'), [
    'The talks were hosted by the U.S.',
    'The next round is in Doha.',
  ]);
});

test('a quotation ending in a period followed by its attribution stays one sentence', () => {
  assert.deepEqual(cut('“We acted in self-defence.” says the minister. Then he left.'), [
    '“We acted in self-defence.” says the minister.',
    'Then he left.',
  ]);
  assert.deepEqual(cut('“We acted.” He left.'), ['“We acted.”', 'He left.']);
});

test('"Jan." before a non-number ends the sentence', () => {
  assert.deepEqual(cut('The talks were in Jan. Nothing came of them.'), ['The talks were in Jan.', 'Nothing came of them.']);
});

test('offsets point into Article.text, with paragraph index and kind', () => {
  const text = 'Heading here\n\nFirst one. Second one.';
  const article = {
    text, paragraphs: [
      { kind: 'heading', text: 'Heading here', start: 0, end: 12 },
      { kind: 'body', text: 'First one. Second one.', start: 14, end: 36 },
    ],
  } as unknown as Article;
  const s = splitSentences(article);
  assert.equal(s.length, 3);
  for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
  assert.equal(s[2]!.paragraph, 1);
  assert.equal(s[0]!.kind, 'heading');
});
