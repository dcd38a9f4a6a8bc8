/** date.anchor-same-sentence-month: "the next day" after a sentence dated only to a month stays in that month. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn as code, dateOf } from '../testing/code-own.js';

test('date.anchor-same-sentence-month: "Last October, …. Greece summoned … the next day" is October', () => {
  const ev = code([
    'Turkish troops fired at a Greek patrol boat on 9 January. Last October, a Turkish minister said Greece might lose its islands. Greece summoned the Turkish ambassador the next day.',
  ]);
  assert.equal(dateOf(ev, 'GRC', 'TUR', '11')!.slice(0, 7), '2023-10');
});
