import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatQuote } from './format-quote.js';
import type { Quote } from './types.js';

test('formatQuote prints the contract fields first, then attribution and offsets, and nothing internal', () => {
  const q: Quote = {
    speaker: 'Ilse Varga', description: 'a Norwegian senator', country: 'NOR', text: 'We stay', direct: true,
    articleId: 'a1', start: 10, end: 17, attribution: 'adjacent', pattern: 'verb-then-speaker',
  };
  const json = formatQuote(q);
  assert.deepEqual(Object.keys(json), ['speaker', 'description', 'country', 'text', 'direct', 'attribution', 'start', 'end']);
  assert.equal(JSON.stringify(json), '{"speaker":"Ilse Varga","description":"a Norwegian senator","country":"NOR","text":"We stay","direct":true,"attribution":"adjacent","start":10,"end":17}');
});
