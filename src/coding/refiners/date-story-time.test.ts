/** Which time an undated or relatively dated act takes: the post's stamp, the story's week, never after publication. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn, dateOf } from '../testing/code-own.js';

test('date.post-stamp-body: an undated act in a post stamped with a clock time alone is of the page\'s day', () => {
  const ev = codeOwn([
    'Relations between Turkey and Greece have soured over the islands this winter.',
    '16.40 CET',
    'Greece has answered in kind. The foreign ministry said it had expelled the Turkish ambassador.',
    '11.05 CET',
    'Turkey says Greece has armed the islands.',
  ]);
  assert.equal(dateOf(ev, 'GRC', 'TUR', '16'), '2024-01-23');
});

test('date.weekday-that-week: "on Friday of that week" is the Friday of the week the story is in', () => {
  const ev = codeOwn([
    'The crisis began on Monday, October 9, when Turkish jets flew over the islands.',
    'On Friday of that week Greece expelled the Turkish ambassador.',
  ]);
  assert.equal(dateOf(ev, 'GRC', 'TUR', '16'), '2023-10-13');
});

test('date.not-after-publication: an act told as done is not dated after publication', () => {
  // Counted from a day four days before publication, "ten days later" would lie after it.
  const ev = codeOwn([
    'On Friday Turkish jets flew over the islands.',
    'Ten days later Greece expelled the Turkish ambassador.',
  ]);
  assert.equal(dateOf(ev, 'GRC', 'TUR', '16'), null);
});
