/** date.anchor-across-heading: "the same day" opening a section counts from the section before. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn as code, dateOf } from '../testing/code-own.js';

test('date.anchor-across-heading: a question heading does not cut "the same day" from its day', () => {
  const ev = code([
    'Turkish troops fired at a Greek patrol boat on 2 January.',
    'A week later, on 9 January, the dispute took a new turn when a Greek frigate ran aground near Kos.',
    ['heading', 'How did Athens respond?'],
    'Greece summoned the Turkish ambassador the same day.',
  ]);
  assert.equal(dateOf(ev, 'GRC', 'TUR', '11'), '2024-01-09');
});
