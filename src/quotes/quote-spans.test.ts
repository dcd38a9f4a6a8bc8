import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromParagraphs } from './article-from-paragraphs.js';
import { findQuotes } from './find-quotes.js';
import { isInsideQuote, quoteSpans } from './quote-spans.js';

const article = articleFromParagraphs([
  'Chile moved two frigates north on Monday.',
  'Jon Berg Dahl, a Norwegian analyst, says Peru fired warning shots at a trawler last week.',
]);
const quotes = findQuotes(article);

test('an event span inside a reported clause belongs to its speaker', () => {
  const at = article.text.indexOf('Peru fired warning shots');
  const hit = isInsideQuote(quotes, at, at + 'Peru fired warning shots'.length);
  assert.equal(hit?.speaker, 'Jon Berg Dahl');
  assert.equal(hit?.quote.direct, false);
});

test('the outlet’s own sentence is no one’s statement', () => {
  const at = article.text.indexOf('Chile moved');
  assert.equal(isInsideQuote(quotes, at, at + 20), null);
});

test('quoteSpans lists each quote’s span in text order', () => {
  const spans = quoteSpans(quotes);
  assert.equal(spans.length, 1);
  assert.equal(article.text.slice(spans[0].start, spans[0].end), 'Peru fired warning shots at a trawler last week');
});
