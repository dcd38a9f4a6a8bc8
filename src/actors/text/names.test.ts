import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActorMentions } from '../resolver.js';

const people = (text: string): string[] =>
  findActorMentions(text).filter((m) => m.actors[0]?.kind === 'person').map((m) => `${m.actors[0]!.name}/${m.actors[0]!.country}`);

test('names: a hyphenated lower-case syllable stays in a Korean-style name', () => {
  assert.deepEqual(people('President Park Sung-hoon of South Korea spoke on Monday.'), ['Park Sung-hoon/KOR']);
  assert.deepEqual(people('Foreign Minister Kang Min-ji, speaking in Seoul, said little.'), ['Kang Min-ji/null']);
});

test('names: a compound modifier after a hyphen is not part of the name', () => {
  assert.deepEqual(people('Prime Minister Ivo Tarsic-led talks stalled.'), ['Ivo Tarsic/null']);
});

test('names: initials in capitals open a name', () => {
  assert.deepEqual(people('Prime Minister RK Dahalwal of Nepal spoke in parliament.'), ['RK Dahalwal/NPL']);
  assert.deepEqual(people('Ambassador JT Morrow, of the United States, arrived.').length, 1);
});
