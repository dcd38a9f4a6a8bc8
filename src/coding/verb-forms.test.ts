import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from './code-article.js';
import { makeArticle } from './testing/make-article.js';
import { FAKE_ACTORS } from './testing/fake-actors.js';

const roots = (text: string): string[] =>
  codeArticle(makeArticle([text], { published: '2024-01-23' }), { actors: FAKE_ACTORS }).map((e) => `${e.source.country}->${e.target?.country} ${e.root}`);

test('verb.present-before-object: an "-s" form after a noun head and before a determiner is a verb', () => {
  assert.deepEqual(roots('On 20 January the Turkish foreign ministry expels the Greek ambassador.'), ['TUR->GRC 16']);
});

test('verb.present-before-object: a plural noun before a preposition stays a noun', () => {
  assert.deepEqual(roots('The Turkish expels of last year were not repeated.').filter((r) => r.endsWith(' 16')), []);
});

test('verb.present-before-object: an "-s" form after a singular noun head and before a named object is a verb', () => {
  assert.deepEqual(roots('On 20 January the Turkish government orders Greece to reduce its embassy staff.').filter((r) => r.endsWith(' 16')), ['TUR->GRC 16']);
  // A plural noun before the name is no subject.
  assert.deepEqual(roots('Arms orders Greece placed last year were cancelled.').filter((r) => r.startsWith('GRC')), []);
});
