/**
 * Pronouns the references stage resolves from the sentence before or around them: "He"/"She"
 * opening a sentence continues the person who opened the previous one (ref.he-subject), "him" is
 * not the subject of its own clause (ref.him-her), and "let it be known that it" reports as
 * "said that it" (ref.said-it). Our own sentences, the real actors stage.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from './code-article.js';
import { makeArticle } from './testing/make-article.js';

const code = (paragraphs: string[]) => codeArticle(makeArticle(paragraphs, { published: '2024-01-23' }));
const got = (events: ReturnType<typeof code>) => events.map((e) => `${e.source.country ?? '-'} ${e.root} ${e.target?.country ?? '-'}`);

test('ref.he-subject: "He" opening a sentence is the person who opened the one before', () => {
  const events = code([
    'Chile and Peru have quarrelled over fishing rights since March.',
    'The Chilean foreign minister, Ana Valdivieso, spoke to reporters in Santiago on Monday.',
    "She called Peru's step unacceptable.",
  ]);
  assert.ok(got(events).includes('CHL 11 PER'), got(events).join('; '));
});

test('ref.said-it: "let it be known that it" is the ministry speaking', () => {
  const events = code(["On Monday the Chilean foreign ministry let it be known that it welcomed Peru's decision to reopen the border."]);
  assert.ok(got(events).includes('CHL 05 PER'), got(events).join('; '));
});

test('ref.him-her: "him" is not the subject of its own clause', () => {
  // Without the rule "him" is the Chilean president himself and no act toward Peru is left.
  const events = code([
    'Chile and Peru have quarrelled over fishing rights since March.',
    'On Monday President Gabriel Boric of Chile issued a statement recognising him.',
  ]);
  assert.ok(!got(events).includes('CHL 05 CHL'), got(events).join('; '));
});
