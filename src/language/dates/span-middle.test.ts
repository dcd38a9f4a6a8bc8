import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanMiddle, spanStart } from './span-middle.js';

test('date.span-middle: a month or a year is dated by its middle, cut at publication', () => {
  assert.equal(spanMiddle('2024-03-01', 'month', '2024-05-10'), '2024-03-16');
  assert.equal(spanMiddle('2023-01-01', 'year', '2024-05-10'), '2023-07-02');
  // The month of publication ends at publication: "earlier this month" in a report of the 11th.
  assert.equal(spanMiddle('2024-05-01', 'month', '2024-05-11'), '2024-05-06');
  assert.equal(spanStart('2024-03-16', 'month'), '2024-03-01');
  assert.equal(spanStart('2023-07-02', 'year'), '2023-01-01');
  assert.equal(spanStart('2023-07-02', 'day'), '2023-07-02');
});
