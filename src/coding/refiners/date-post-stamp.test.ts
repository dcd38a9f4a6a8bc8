/** date.post-stamp: a live blog's post headline takes the day of the time stamp above it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn } from '../testing/code-own.js';

test('date.post-stamp: a headline under "3.40pm GMT (Monday)" is that Monday\'s', () => {
  const ev = codeOwn([
    'Relations between Turkey and Greece have soured over the islands this winter.',
    'Greece and Turkey both claim the waters, and Turkey says Greece has armed the islands.',
    '3.40pm GMT (Monday)',
    ['heading', 'Breaking: Greece recalls ambassador from Ankara'],
    'Officials gave no reason.',
  ]);
  const e = ev.find((x) => x.source.country === 'GRC' && x.root === '16');
  assert.ok(e, JSON.stringify(ev.map((x) => [x.source.country, x.target?.country, x.cameo, x.date])));
  assert.equal(e!.date, '2024-01-22');
});
