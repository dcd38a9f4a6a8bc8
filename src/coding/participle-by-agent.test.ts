/** verb.participle-by-agent: "X shot dead by Y" is passive even for a trigger of several words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn } from './testing/code-own.js';

test('verb.participle-by-agent: the people "shot dead by" a patrol did not do the shooting', () => {
  const events = codeOwn(['The families of two Greek sailors shot dead by a Turkish patrol in May met the minister on Monday.']);
  assert.ok(!events.some((e) => e.source.country === 'GRC' && e.root === '19'), JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo])));
});

test('verb.participle-by-agent: "by" and an "-ing" form is the subject\'s means, still active', () => {
  const events = codeOwn(['Turkey retaliated on Monday by expelling the Greek ambassador.']);
  assert.ok(events.some((e) => e.source.country === 'TUR' && e.target?.country === 'GRC'), JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo])));
});
