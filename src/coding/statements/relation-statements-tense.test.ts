/**
 * Statements told in the past perfect, restored conditions ("partners again"), transitive souring ("a row
 * that has soured ties"), raising ties to a higher level, movement towards war, mutual enmity, and "the
 * two governments" that include a country named in the same sentence (sentences in our own words).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statedStates as find } from './testing/statement-article.js';

test('rel.past-perfect: the condition before the story gives way to what the sentence says of now', () => {
  assert.deepEqual(find('Hanoi and Tokyo, whose ties had been frozen since the incident, now call each other friends again.'), ['JPN-VNM cooperative']);
  assert.deepEqual(find('Canada, whose ties with India had long been strained, agreed on Monday to restore full diplomatic relations.'), ['CAN-IND improving']);
  // Alone, the past perfect still states the condition.
  assert.deepEqual(find('Ties between Laos and Cambodia had been frozen for a decade.'), ['KHM-LAO hostile']);
});

test('rel.soured-ties: a cause that has soured ties; the adjective is left to other patterns', () => {
  assert.deepEqual(find('A row over fishing quotas has soured ties between Norway and Russia.'), ['NOR-RUS deteriorating']);
  assert.deepEqual(find('The spying case poisoned relations between Ottawa and Delhi.'), ['CAN-IND deteriorating']);
  assert.deepEqual(find('Seoul hopes to repair the soured ties with Tokyo.'), []);
});

test('rel.deepened: raising ties to a named higher level', () => {
  assert.deepEqual(find('Hanoi and Tokyo raised their relationship to a comprehensive strategic partnership.'), ['JPN-VNM cooperative']);
  assert.deepEqual(find('The summit upgraded ties to the level of ambassadors for Laos and Cambodia.'), ['KHM-LAO cooperative']);
});

test('rel.toward-war: a movement towards armed confrontation under way is escalation; a hedged one is not', () => {
  assert.deepEqual(find('Armenia and Azerbaijan are drifting towards open conflict, diplomats warn.'), ['ARM-AZE escalating']);
  assert.deepEqual(find('Caracas and Bogota edged closer to war this week.'), ['COL-VEN escalating']);
  assert.deepEqual(find('Analysts say Caracas and Bogota could slide into war.'), []);
});

test('rel.as-enemies: each side sees the other as an enemy', () => {
  assert.deepEqual(find('Pakistan and India regard each other as enemies.'), ['IND-PAK hostile']);
  assert.deepEqual(find('Seoul and Tokyo no longer treat each other as adversaries.'), []);
});

test('"the two governments" include the country named before them in the sentence', () => {
  const text = 'The Laos premier flew to Beijing after a quarrel with Hanoi. On Monday he met Vietnam officials of the Chinese party, and the two governments raised their ties to a strategic partnership.';
  // The sentence names China (and Vietnam): two countries named, so the rule does not apply.
  assert.equal(find(text).length, 1);
  const own = 'Kabul sent envoys to Delhi and Beijing this month.\n\nOn Monday the envoys met Chinese officials, and the two governments raised their ties to a strategic partnership.';
  assert.deepEqual(find(own), ['AFG-CHN cooperative']);
});
