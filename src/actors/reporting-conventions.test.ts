/** Actor readings of common reporting conventions, in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActorMentions, newPersonMemory } from './resolver.js';
import { findPlaceMentions } from './places.js';
import type { ActorMention } from './types.js';

const brief = (m: ActorMention) => `${m.text}|${m.actors.map((a) => `${a.country}/${a.role}`).join('+')}`;
const read = (s: string, memory = newPersonMemory()) => findActorMentions(s, memory).map(brief);

test('actors.wire-weekday: "Israel Friday expelled" - the weekday after the subject is no part of a name', () => {
  assert.deepEqual(read('Israel Friday expelled two Turkish diplomats.'), ['Israel|ISR/null', 'Turkish diplomats|TUR/GOV']);
  assert.deepEqual(read('Jordan Tuesday recalled its envoy.'), ['Jordan|JOR/null']);
  // An unknown name after an ambiguous one still blocks it ("Israel Kamakawiwo").
  assert.deepEqual(read('Israel Kamakawiwo sang.'), []);
});

test('A8b: a titled person without a country is the one of that surname named before', () => {
  const memory = newPersonMemory();
  assert.deepEqual(read('A Belgian judge, Anne Dufort, issued the warrants.', memory), ['Belgian judge, Anne Dufort|BEL/JUD']);
  assert.deepEqual(read('Judge Dufort said the evidence was strong.', memory), ['Judge Dufort|BEL/JUD']);
  // Another given name is another person.
  assert.deepEqual(read('Judge Paul Dufort disagreed.', memory), ['Judge Paul Dufort|null/JUD']);
});

test('A1: a hyphenated qualifier may stand between the country and the office', () => {
  assert.deepEqual(read("Uganda's long-serving President Jonah Mutebi spoke."), ["Uganda's long-serving President Jonah Mutebi|UGA/GOV"]);
});

test('actors.language: a demonym naming a language or its speakers is not the state', () => {
  assert.deepEqual(read('The law limits the Ukrainian language in Russian-speaking towns.'), []);
  assert.deepEqual(read('Russian speakers in Latvia protested.'), ['Latvia|LVA/null']);
  assert.deepEqual(read('The minister answered in Russian.'), []);
  assert.deepEqual(read('Russian troops crossed into Latvia.'), ['Russian troops|RUS/MIL', 'Latvia|LVA/null']);
});

test('actors.dependency-sovereign: a dependency acts and is acted on through its sovereign', () => {
  assert.deepEqual(read('Argentina protested British drills off the Falkland Islands.'), ['Argentina|ARG/null', 'British|GBR/null', 'Falkland Islands|GBR/null']);
  assert.deepEqual(read('Spain shut its crossing with Gibraltar.'), ['Spain|ESP/null', 'Gibraltar|GBR/null']);
  // As a place it stays itself.
  assert.equal(findPlaceMentions('a rally in Gibraltar')[0]?.place.country, 'GIB');
});

test('A10 issuer: inside a state\'s communiqué, "the Government" and "the Ministry" are that state\'s', () => {
  const memory = newPersonMemory();
  read('The Government of Chile informs the public that foreign vessels have entered its waters.', memory);
  assert.deepEqual(read('On 3 May, the Ministry handed a note of protest to the Government of Peru.', memory), ['Ministry|CHL/GOV', 'Government of Peru|PER/GOV']);
  assert.deepEqual(read('The Government ordered naval units to the area.', memory), ['Government|CHL/GOV']);
  // The report then speaks of the communiqué from outside: the document is over.
  assert.deepEqual(read("Peru rejected the communiqué, and the Government said it would not withdraw.", memory), ['Peru|PER/null']);
});

test('A10 issuer: without a document, a bare "the Government" stays unresolved here', () => {
  assert.deepEqual(read('The Government ordered naval units to the area.'), []);
});

test('P5: a province name closing a longer Romance name is not that province', () => {
  assert.deepEqual(findPlaceMentions('units sent to the border post of Barra del Colorado').map((m) => m.place.country), []);
  assert.equal(findPlaceMentions('a storm hit Colorado')[0]?.place.country, 'USA');
});
