import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findExplicitDates } from './explicit-date.js';

test('date.model-number: a designation beside a date does not hide the date', () => {
  const found = findExplicitDates('Jets shot down a MiG-29 on 14 March near the border.', '2024-03-20');
  assert.deepEqual(found.map((d) => [d.text, d.date]), [['14 March', '2024-03-14']]);
  // A month written with a hyphen is still a date's part, not a designation.
  assert.equal(findExplicitDates('The talks ended on 3 May.', '2024-05-20')[0]?.date, '2024-05-03');
});
