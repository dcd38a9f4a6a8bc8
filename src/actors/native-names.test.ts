import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleActorFinder } from './index.js';
import { findPlaceMentions } from './places.js';

const countries = (s: string) => articleActorFinder().findActorMentions(s).flatMap((m) => m.actors.map((a) => a.country));

test('actors.native-name-english-word: "X Island" is a place name, not Icelandic for Iceland', () => {
  for (const s of ['Marines fired back from Baengnyeong Island within minutes.', 'The ferry sank off Rhode Island.', 'Australian officials run the camp on Christmas Island.']) {
    assert.ok(!countries(s).includes('ISL'), s);
    assert.ok(!findPlaceMentions(s).some((m) => m.place.country === 'ISL'), s);
  }
  // Iceland is still Iceland.
  assert.ok(countries('Iceland recalled its ambassador.').includes('ISL'));
});

test('actors.native-name-english-word: the surname Mann is not the Isle of Man', () => {
  assert.ok(!countries('The novelist Heinrich Mann fled in 1933.').includes('IMN'));
  assert.ok(!countries('The novelist Heinrich Mann fled in 1933.').includes('GBR'));
});
