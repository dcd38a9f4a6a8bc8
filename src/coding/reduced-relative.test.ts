/** verb.reduced-relative and subject.he-she, in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn } from './testing/code-own.js';

const acts = (events: ReturnType<typeof codeOwn>, root: string): string[] => events.filter((e) => e.root === root).map((e) => `${e.source.country}->${e.target?.country}`);

test('verb.reduced-relative: the noun before a bare participle was detained, it did not detain', () => {
  // Alone, no state is named as the captor: nothing is printed rather than the captives as captors.
  // Read as active, the captives would be the captors, and the waters they were taken in the target.
  assert.deepEqual(acts(codeOwn(['Two of the Greek fishermen detained in Turkish waters last week were sent home on Monday.']), '17'), []);
  assert.deepEqual(acts(codeOwn(['Three Greek sailors, jailed in Turkey since March, were freed on Monday.']), '17'), []);
});

test('verb.reduced-relative: an active past with its object stays active', () => {
  assert.deepEqual(acts(codeOwn(['Turkish police detained on Monday two Greek fishermen.']), '17'), ['TUR->GRC']);
  assert.deepEqual(acts(codeOwn(['On Monday Turkish coast guards detained two Greek fishermen off the island.']), '17'), ['TUR->GRC']);
});

test('subject.he-she: "and he urged …" is the person who opened the sentence, not the state named last', () => {
  const events = codeOwn(['On Monday Hossein Amir Abdollahian said that the government holds the Pakistani side responsible for the attacks, and he urged Pakistan to act.']);
  assert.deepEqual(acts(events, '02'), ['IRN->PAK']);
});
