/**
 * merge.day-apart-same-act: reports a day apart (one date inferred) are one event only when they name
 * the same act (same CAMEO code or the same pattern); a generic report of armed force refers back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEvents } from './merge-events.js';
import { makeEvent } from './testing/make-event.js';

const ev = (pattern: string, cameo: string, date: string, dateStated: boolean, sentence: string) => {
  const e = makeEvent({ from: 'CAN', to: 'IND', cameo, date, dateStated, sentence });
  e.evidences[0]!.pattern = pattern;
  return e;
};

test('two steps of one reprisal a day apart stay two events', () => {
  // The minister called off his trip that evening; the next morning the ministry froze all contacts.
  const visit = ev('reduce.call-off-visit', '160', '2023-09-18', false, 'That evening the minister called off his trip to Delhi.');
  const contacts = ev('reduce.suspend-relations', '161', '2023-09-19', true, 'On Tuesday the ministry froze all contacts with Delhi.');
  assert.equal(mergeEvents([visit, contacts]).length, 2);
});

test('one act told twice a day apart is one event: the same code or the same wording', () => {
  const a = ev('reduce.suspend-relations', '161', '2023-09-19', true, 'On Tuesday Ottawa froze all contacts with Delhi.');
  const b = ev('reduce.suspend-relations', '160', '2023-09-18', false, 'Ottawa has frozen contacts with Delhi, officials said.');
  assert.equal(mergeEvents([a, b]).length, 1);
  const c = ev('reduce.other-wording', '161', '2023-09-18', false, 'The freeze of contacts took effect at once.');
  assert.equal(mergeEvents([a, c]).length, 1);
});

test('a vague report of force the next day refers back to the strike', () => {
  const strike = ev('fight.air-strike', '195', '2023-09-18', true, 'On Monday jets bombed a depot near the border.');
  const vague = ev('fight.attack-noun', '190', '2023-09-19', false, 'The attack drew condemnation.');
  assert.equal(mergeEvents([strike, vague]).length, 1);
});

test('two stated days never merge, whatever the act', () => {
  const a = ev('reduce.suspend-relations', '161', '2023-09-18', true, 'On Monday Ottawa froze contacts with Delhi.');
  const b = ev('reduce.suspend-relations', '161', '2023-09-19', true, 'On Tuesday Ottawa froze contacts with Delhi again.');
  assert.equal(mergeEvents([a, b]).length, 2);
});
