import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActorMentions } from './resolver.js';

const actors = (text: string): string[] =>
  findActorMentions(text).map((m) => `${m.actors[0]!.name}/${m.actors[0]!.country}/${m.actors[0]!.role}`);

test('offices: a state councillor and a ship\'s captain are persons with an office', () => {
  assert.deepEqual(actors('State Councillor Mei Lanfang met the envoy.'), ['Mei Lanfang/null/GOV']);
  assert.deepEqual(actors('Coast guards detained the Vietnamese captain, Tran Van Loc, at dawn.'), ['Tran Van Loc/VNM/CVL']);
  assert.deepEqual(actors('The Filipino crew was released.'), ['Philippines/PHL/CVL']);
});

test('seats: armed services named without their state', () => {
  assert.deepEqual(actors('Royal Marines boarded the freighter off the coast.'), ['United Kingdom/GBR/MIL']);
  assert.deepEqual(actors("The Korean People's Army fired a salvo."), ['North Korea/PRK/MIL']);
});

test('offices: a portfolio word may stand between a state and its minister', () => {
  assert.deepEqual(actors("Ghana's information minister, Kofi Amartey, spoke."), ['Kofi Amartey/GHA/GOV']);
  assert.deepEqual(actors("Peru's military attache was summoned."), ["Peru's military attache/PER/GOV"]);
});

test('offices: an adjective between a state and a person\'s office keeps the person the state\'s', () => {
  assert.deepEqual(actors("Chile's spiritual leader Ana Quispe spoke."), ['Ana Quispe/CHL/GOV']);
  assert.deepEqual(actors('Malian junior trade minister Oumar Keita arrived.'), ['Oumar Keita/MLI/GOV']);
  assert.deepEqual(actors('Oumar Keita, a Malian parliamentary spokesman, arrived.'), ['Oumar Keita/MLI/GOV']);
});
