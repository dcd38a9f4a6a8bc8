import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../dates.js';

// Published Thursday 2024-03-14.
const PUB = '2024-03-14';

function days(text: string, published = PUB): string[] {
  return findDates(text, published).map((d) => `${text.slice(d.start, d.end)}=${d.date}`);
}

test('date.ordinal-day: "on Tuesday the 5th" is one day of the current month', () => {
  assert.deepEqual(days('Envoys met again and on Tuesday the 5th the ministers signed a protocol.'), ['Tuesday the 5th=2024-03-05']);
});

test('date.ordinal-day: the weekday picks the month that fits it', () => {
  // 26 February 2024 was a Monday; 26 March is a Tuesday.
  assert.deepEqual(days('The talks began on Monday the 26th in Vienna.'), ['Monday the 26th=2024-02-26']);
});

test('date.ordinal-day: a bare "on the 11th" that ends its phrase is a day', () => {
  assert.deepEqual(days('The ceasefire collapsed on the 11th, when mortars hit the depot.'), ['the 11th=2024-03-11']);
});

test('date.ordinal-day: ordinals that name no day are left alone', () => {
  assert.deepEqual(days('Her office is on the 11th floor of the ministry.'), []);
  assert.deepEqual(days('The treaty dates from the 19th century.'), []);
});
