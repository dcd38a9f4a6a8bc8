/** date.noun-time (state since): a "since" time on a participle of the object dates the state, not the act. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn as code, dateOf } from '../testing/code-own.js';

test('date.state-since: "freed the sailor held since 2019" takes the narrative day, not 2019', () => {
  const ev = code([
    'Greek and Turkish envoys met in Vienna on Monday.',
    'Turkey freed a Greek sailor held since 2019, on what it called humanitarian grounds.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '08'), '2024-01-22');
});
