/** refine.event-noun-agent on sentences in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { FAKE_ACTORS } from '../testing/fake-actors.js';
import type { CodedEvent } from '../types.js';

const code = (...paragraphs: string[]): CodedEvent[] => codeArticle(makeArticle(paragraphs), { actors: FAKE_ACTORS });
const force = (events: CodedEvent[], word: string): string[] => events
  .filter((e) => Number(e.root) >= 18 && e.evidences.some((v) => v.sentence.includes(word)))
  .map((e) => `${e.source.country}->${e.target?.country ?? null}`);

test('event-noun-agent: "the strikes hit …" are the strikes of the state told just before', () => {
  const ev = code('Turkey launched air strikes on Kurdish positions in Syria on Sunday.', 'The strikes hit Syrian villages, local officials said.');
  assert.deepEqual(force(ev, 'villages'), ['TUR->SYR']);
});

test('event-noun-agent: after a colon the act is the state\'s that opens the sentence', () => {
  const ev = code(
    'Israel and Syria have traded fire for a year; Israel says Syria shelters militias, and Syria says Israel wants its land.',
    'Israeli and Syrian officials have not met, and Syria rejected an Israeli offer of talks.',
    'Israel answered on Monday with its heaviest air campaign in years: strikes across the south killed more than 400 people.',
  );
  assert.deepEqual(force(ev, 'heaviest'), ['ISR->SYR']);
});

test('event-noun-agent: no earlier act of force, no agent', () => {
  const ev = code('Turkey and Syria held talks on Sunday.', 'The strikes hit Syrian villages, local officials said.');
  assert.deepEqual(force(ev, 'villages'), []);
});
