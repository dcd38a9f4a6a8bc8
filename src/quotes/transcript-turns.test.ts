/** Transcript turns: upper-case speaker labels open paragraphs of speech; sentences in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromParagraphs } from './article-from-paragraphs.js';
import { findQuotes } from './find-quotes.js';
import { findTranscriptTurns } from './transcript-turns.js';

const show = [
  'PROGRAMME NOTES: This copy may change before broadcast.',
  'LENA MARSH, PRESENTER: Good evening. The ferry talks broke down today.',
  'OSKAR BRANDT, HARBOUR PILOT (by phone): Nobody on the quay expected a deal this week.',
  'MARSH: Will the boats keep running?',
  'BRANDT: For now they will. The crews are tired, though.',
  'MARSH: Coming up after the break: the weather and the football.',
];

test('a described label opens a turn; a later surname label is the same speaker', () => {
  const quotes = findQuotes(articleFromParagraphs(show)).filter((q) => q.pattern === 'transcript-turn');
  assert.deepEqual(quotes.map((q) => [q.speaker, q.text]), [
    ['Lena Marsh', 'Good evening. The ferry talks broke down today.'],
    ['Oskar Brandt', 'Nobody on the quay expected a deal this week.'],
    ['Lena Marsh', 'Will the boats keep running?'],
    ['Oskar Brandt', 'For now they will. The crews are tired, though.'],
  ]);
  assert.equal(quotes[1].description, 'Harbour Pilot', 'the note on how someone spoke is no part of the description');
});

test('a header label naming no described speaker and a promo turn are no quotes', () => {
  const turns = findTranscriptTurns(articleFromParagraphs(show));
  assert.ok(!turns.some((t) => /PROGRAMME|Coming up/.test(`${t.speaker.name} ${t.text}`)));
});

test('an article with a single labelled paragraph is no transcript', () => {
  const article = articleFromParagraphs(['NOTE, EDITOR: The figures were updated on Monday.', 'The ferry resumed service on Tuesday.']);
  assert.deepEqual(findTranscriptTurns(article), []);
});

test('a pronoun inside a turn does not point back to the label', () => {
  const qs = findQuotes(articleFromParagraphs([
    'LENA MARSH, PRESENTER: The minister, Karl Dahl, spoke in parliament. He said the ferries would keep running.',
    'OSKAR BRANDT, HARBOUR PILOT: That is good news for the crews.',
  ]));
  const reported = qs.find((q) => !q.direct);
  assert.equal(reported?.speaker, 'Karl Dahl');
});
