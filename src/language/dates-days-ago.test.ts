/** date.days-ago: days and weeks counted back from publication. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.js';

test('date.days-ago: "three days ago" is that day', () => {
  const d = findDates('Three days ago, the two armies clashed at the border.', '2024-01-23');
  assert.deepEqual(d.map((x) => [x.date, x.precision]), [['2024-01-20', 'day']]);
});

test('date.days-ago: "two weeks ago today" is one day, not today', () => {
  const d = findDates('Two weeks ago today, the army took the town.', '2024-01-23');
  assert.deepEqual(d.map((x) => [x.date, x.precision]), [['2024-01-09', 'day']]);
});

test('date.days-ago: "a week ago" is known to the week', () => {
  const d = findDates('The envoy left a week ago.', '2024-01-23');
  assert.deepEqual(d.map((x) => [x.date, x.precision]), [['2024-01-16', 'week']]);
});
