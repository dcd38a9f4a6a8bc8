/** modality.negative-subject: a subject quantified by "no", "none", "neither" negates the act. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { FAKE_ACTORS } from '../testing/fake-actors.js';

const coded = (text: string, root: string): string[] => codeArticle(makeArticle([text]), { actors: FAKE_ACTORS })
  .filter((e) => e.root === root).map((e) => `${e.source.country}->${e.target?.country ?? null} ${e.modality}`);

test('modality.negative-subject: "no Turkish ships" and "none of its envoys" are negated', () => {
  assert.deepEqual(coded('Officials in Athens insisted that no Turkish ships attacked Greece on Monday.', '19'), ['TUR->GRC negated']);
  assert.deepEqual(coded('Greek officials said on Monday that none of the Turkish warships would attack Greece.', '19'), ['TUR->GRC negated']);
});

test('modality.negative-subject: a "no" elsewhere in the clause does not negate the act', () => {
  assert.deepEqual(coded('With no warning, Turkish ships attacked Greece on Monday.', '19'), ['TUR->GRC asserted']);
  assert.deepEqual(coded('Turkish ships attacked Greece on Monday, and no one was hurt.', '19'), ['TUR->GRC asserted']);
});
