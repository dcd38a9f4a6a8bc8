/** Days named by counting: compound numbers, months before an act, a day of a month, the weekday before last, part of a week. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.js';

const pick = (text: string, published = '2024-01-23'): Array<[string, string | number, string]> =>
  findDates(text, published).map((d) => [d.text, d.date || d.anchorOffsetDays!, d.precision]);

test('date.anchored-compound: "forty-two days after" counts 42 days', () => {
  assert.deepEqual(pick('Forty-two days after the vote, the army withdrew.'), [['Forty-two days after', 42, 'day']]);
});

test('date.anchored-months: "three months before the summit" counts back to the month', () => {
  assert.deepEqual(pick('Three months before the summit, the ministers had met.'), [['Three months before', -90, 'month']]);
});

test('date.month-edge-day: "the last day of November" is that day of the latest November', () => {
  assert.deepEqual(pick('The talks collapsed on the last day of November.'), [['the last day of November', '2023-11-30', 'day']]);
  assert.deepEqual(pick('It began on the first day of January.'), [['the first day of January', '2024-01-01', 'day']]);
});

test('date.weekday-before-last: "the Friday before last" is a week before last Friday', () => {
  // Published Tuesday 23 January 2024: the latest Friday is the 19th, the one before it the 12th.
  assert.deepEqual(pick('The note was delivered the Friday before last.'), [['Friday before last', '2024-01-12', 'day']]);
});

test('date.week-part: "late last week" is its Thursday, "early last week" its Tuesday', () => {
  assert.deepEqual(pick('The minister spoke late last week.'), [['last week', '2024-01-18', 'week']]);
  assert.deepEqual(pick('The minister spoke early last week.'), [['last week', '2024-01-16', 'week']]);
  assert.deepEqual(pick('The minister spoke last week.'), [['last week', '2024-01-15', 'week']]);
});
