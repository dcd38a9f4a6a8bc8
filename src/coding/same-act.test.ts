import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from './code-article.js';
import { makeArticle } from './testing/make-article.js';
import { FAKE_ACTORS } from './testing/fake-actors.js';

const events = (...paragraphs: string[]): string[] =>
  codeArticle(makeArticle(paragraphs, { published: '2024-01-23' }), { actors: FAKE_ACTORS })
    .map((e) => `${e.source.country}->${e.target?.country} ${e.root} ${e.date}`).sort();

test('continuation.same-act: a state that "did the same" repeats the last act on its own day', () => {
  const ev = events('Turkey expelled the Greek ambassador on Friday, and Iran did the same on Sunday.');
  assert.ok(ev.includes('TUR->GRC 16 2024-01-19'), ev.join(' | '));
  assert.ok(ev.includes('IRN->GRC 16 2024-01-21'), ev.join(' | '));
});

test('continuation.same-act: "followed suit" in the next sentence; never the target itself', () => {
  assert.ok(events('Turkey recalled its ambassador from Greece on Friday.', 'Iran followed suit.').some((e) => e.startsWith('IRN->GRC 16')));
  assert.ok(!events('Turkey expelled the Greek ambassador on Friday.', 'Greece did the same.').some((e) => e.startsWith('GRC->GRC')));
});
