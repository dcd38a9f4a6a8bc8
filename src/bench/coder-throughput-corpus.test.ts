import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syntheticArticles } from './coder-throughput-corpus.js';

test('synthetic articles: ~400-700 words, exact paragraph offsets, deterministic per seed', () => {
  const a = syntheticArticles(20, 7);
  for (const x of a) {
    const words = x.text.split(/\s+/).length;
    assert.ok(words >= 400 && words <= 800, `${words} words`);
    for (const p of x.paragraphs) assert.equal(x.text.slice(p.start, p.end), p.text);
  }
  assert.deepEqual(syntheticArticles(3, 7).map((x) => x.text), a.slice(0, 3).map((x) => x.text));
});
