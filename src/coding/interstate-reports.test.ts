/**
 * Crisis reporting beyond the seed, in our own words (fixed gazetteer): whose toll, which
 * place, who acts on whom. Publication date 2024-04-16, a Tuesday.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from './code-article.js';
import { makeArticle } from './testing/make-article.js';
import { FAKE_ACTORS } from './testing/fake-actors.js';

const code = (...paragraphs: string[]) => codeArticle(makeArticle(paragraphs, { published: '2024-04-16' }), { actors: FAKE_ACTORS });

test('a toll that belongs to an earlier act is not the strike\'s', () => {
  const [e, ...rest] = code('Indian jets struck what New Delhi called a training camp near Balakot in Pakistan on Tuesday, two weeks after a bombing killed 40 Indian police.');
  assert.equal(rest.length, 0);
  assert.deepEqual([e!.source.country, e!.target?.country, e!.fatalities], ['IND', 'PAK', null]);
  assert.equal(e!.location?.name, 'Balakot', 'the scene, not the capital that spoke');
});

test('an airstrike in a third country: the subject is the demonym, not the city; a day of the month is not a toll', () => {
  const events = code('An Israeli airstrike on the Iranian consulate in Damascus on April 1 killed seven officers.');
  assert.equal(events.length, 1, JSON.stringify(events.map((e) => [e.source.country, e.target?.country])));
  const e = events[0]!;
  assert.deepEqual([e.source.country, e.target?.country, e.cameo, e.date, e.fatalities], ['ISR', 'IRN', '195', '2024-04-01', 7]);
  assert.equal(e.location?.name, 'Damascus');
});

test('missiles launched at a country, with a count between verb and weapon', () => {
  const [e] = code('Iran launched more than 300 drones and missiles at Israel on Saturday night.');
  assert.deepEqual([e!.source.country, e!.target?.country, e!.cameo, e!.date], ['IRN', 'ISR', '195', '2024-04-13']);
});

test('a coordinated subject acting on an object is not a dyad of its own', () => {
  const events = code('Iran and Pakistan traded strikes this month.', 'Relations between Iran and Pakistan soured quickly.', 'The United States and China urged both sides to show restraint.');
  const appeal = events.find((e) => e.root === '02');
  assert.ok(appeal);
  assert.equal(appeal.source.country, 'USA');
  assert.ok(['IRN', 'PAK'].includes(appeal.target?.country ?? ''), appeal.target?.country ?? 'none');
});
