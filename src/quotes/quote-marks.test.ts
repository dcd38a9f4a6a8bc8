import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromParagraphs } from './article-from-paragraphs.js';
import { scanQuoteSegments } from './quote-marks.js';

const texts = (paras: (string | { text: string; kind: 'heading' | 'body' })[]) =>
  scanQuoteSegments(articleFromParagraphs(paras)).map((s) => s.text);

test('curly and straight double quotes give one segment each, without the marks or a trailing comma', () => {
  assert.deepEqual(texts(['“We stay,” she said. He replied "we go" at once.']), ['We stay', 'we go']);
});

test('nested single quotes stay inside the double-quoted segment', () => {
  assert.deepEqual(texts(['It led Oslo “to say that ‘we’ll not bend,’ whatever happens.”']), [
    'to say that ‘we’ll not bend,’ whatever happens.',
  ]);
});

test('an apostrophe is never taken for a quote mark', () => {
  assert.deepEqual(texts(['Norway’s envoy didn’t comment on the fleet’s route.']), []);
});

test('a quote left open at a paragraph end continues into a paragraph that opens with a quote mark', () => {
  const article = articleFromParagraphs(['“First we wait.', '“Then we decide.” Nothing else was said.']);
  const [seg] = scanQuoteSegments(article);
  assert.equal(seg.text, 'First we wait. Then we decide.');
  assert.equal(seg.paragraph, 0);
  assert.equal(seg.lastParagraph, 1);
  assert.equal(seg.closed, true);
  assert.equal(article.text.slice(seg.start, seg.end), 'First we wait.\n\n“Then we decide.');
});

test('an unclosed quote ends with its paragraph when the next one does not open with a quote mark', () => {
  const segs = scanQuoteSegments(articleFromParagraphs(['“We wait here', 'The talks resumed on Monday.']));
  assert.equal(segs.length, 1);
  assert.equal(segs[0].text, 'We wait here');
  assert.equal(segs[0].closed, false);
});

test('headings are not scanned', () => {
  assert.deepEqual(texts([{ text: '“Do things that bore you”', kind: 'heading' }, '“We stay,” she said.']), ['We stay']);
});
