/** background.origin-clause, in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn, findEvent } from '../testing/code-own.js';

test('background.origin-clause: how the dispute began is not today\'s news', () => {
  const events = codeOwn(['On Monday Turkey expelled two Greek diplomats, the latest step in a row that began when Greece accused Turkey of spying on its navy.']);
  findEvent(events, 'TUR', 'GRC', '16');
  assert.ok(!events.some((e) => e.source.country === 'GRC' && e.root === '11'), JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo, e.date])));
});

test('background.origin-clause: an origin told with its own day stays', () => {
  const events = codeOwn(['On Monday Turkey expelled two Greek diplomats, in a row that began on 3 January when Greece accused Turkey of spying on its navy.']);
  findEvent(events, 'GRC', 'TUR', '11');
});
