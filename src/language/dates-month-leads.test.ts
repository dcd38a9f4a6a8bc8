/** date.month-alone: a month named without a year after a lead word, also at the sentence's start. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.js';

test('date.month-alone: "Last October," opening a sentence is last October', () => {
  const d = findDates('Last October, the minister said the talks had failed.', '2021-07-09');
  assert.equal(d.length, 1);
  assert.equal(d[0]!.date.slice(0, 7), '2020-10');
});

test('date.month-alone: the modal "may" is still no month', () => {
  assert.equal(findDates('In the end, Greece may leave the talks.', '2021-07-09').length, 0);
});
