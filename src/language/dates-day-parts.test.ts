import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.js';

function only(text: string, published: string) {
  const found = findDates(text, published);
  assert.equal(found.length, 1, `one date in "${text}", got ${JSON.stringify(found)}`);
  return found[0]!;
}

test('date.anchored-part-of-day: "the same evening" and "that afternoon" are the anchor\'s day', () => {
  assert.equal(only('The neighbours dismissed the note the same evening.', '2024-03-14').anchorOffsetDays, 0);
  assert.equal(only('Troops withdrew from the ridge that afternoon.', '2024-03-14').anchorOffsetDays, 0);
});

test('date.anchored-part-of-day: "the following morning" is a day on, "the previous evening" a day back', () => {
  assert.equal(only('Patrol boats left port the following morning.', '2024-03-14').anchorOffsetDays, 1);
  assert.equal(only('Envoys had dined together the previous evening.', '2024-03-14').anchorOffsetDays, -1);
});

test('date.anchored-part-of-day: a bare "within hours" follows the narrative, no anchor', () => {
  assert.deepEqual(findDates('Within hours the capital answered.', '2024-03-14'), []);
});

test('date.relative-day: "this afternoon" is the day of publication', () => {
  const d = only('Guns on the coast opened fire this afternoon.', '2024-03-14');
  assert.equal(d.date, '2024-03-14');
});

test('date.weekday-last: "last Monday" in a Saturday paper is the Monday of that week', () => {
  // 2024-03-16 is a Saturday; the Monday five days before is the 11th.
  assert.equal(only('The frigates sailed last Monday.', '2024-03-16').date, '2024-03-11');
});

test('date.weekday-last: "last Wednesday" in a Thursday paper is the week before', () => {
  // 2024-03-14 is a Thursday: the day before would be "yesterday", so it is the 6th.
  assert.equal(only('The frigates sailed last Wednesday.', '2024-03-14').date, '2024-03-06');
  // "last Friday" in a Monday paper is three days back, in the week before: the latest Friday.
  assert.equal(only('The frigates sailed last Friday.', '2024-03-18').date, '2024-03-15');
});
