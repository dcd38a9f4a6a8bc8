/** validity.not-in-office: a former or elected-but-not-yet-sworn office holder does not act for a state. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { FAKE_ACTORS } from '../testing/fake-actors.js';

const coded = (text: string, root: string): string[] => codeArticle(makeArticle([text]), { actors: FAKE_ACTORS })
  .filter((e) => e.root === root).map((e) => `${e.source.country}->${e.target?.country ?? null}`);

test('validity.not-in-office: "former" or "-elect" before the speaker drops the act', () => {
  assert.deepEqual(coded('Former foreign minister Hossein Amir Abdollahian praised Pakistan on Monday.', '05'), []);
  assert.deepEqual(coded('President-elect Hossein Amir Abdollahian praised Pakistan on Monday.', '05'), []);
});

test('validity.not-in-office: the serving office holder still acts for the state', () => {
  assert.deepEqual(coded('Foreign minister Hossein Amir Abdollahian praised Pakistan on Monday.', '05'), ['IRN->PAK']);
});
