import { test } from 'node:test';
import assert from 'node:assert/strict';
import { directedSeries, undirectedSeries } from './dyad-series.js';
import { eventWeight } from './dyad.js';
import { deEscalationRule } from './de-escalation.js';
import { makeEvent, makeEvents } from './testing/make-events.js';
import { d } from './testing/scenarios.js';

test('daily series count by QuadClass and weigh Goldstein by reports, per direction and combined', () => {
  const events = makeEvents([
    { dyad: 'AAA>BBB', cameo: '190', date: d(0), mentions: 4 },
    { dyad: 'AAA>BBB', cameo: '112', date: d(0) },
    { dyad: 'BBB>AAA', cameo: '050', date: d(0) },
    { dyad: 'BBB>AAA', cameo: '036', date: d(1), modality: 'intended' },
    { dyad: 'AAA>BBB', cameo: '190', date: null },
  ]);
  const directed = directedSeries(events);
  const ab = directed.get('AAA>BBB')!;
  assert.equal(ab.length, 1);
  assert.deepEqual(ab[0].quadCounts, [0, 0, 1, 1]);
  assert.equal(ab[0].goldstein, 3 * -10 + -2, '190 reported 4 times weighs 1 + log2 4 = 3');
  const both = undirectedSeries(directed).get('AAA-BBB')!;
  assert.deepEqual(both.map((p) => [p.date, p.quadCounts]), [[d(0), [1, 0, 1, 1]], [d(1), [1, 0, 0, 0]]]);
  assert.equal(both[1].goldstein, 2, 'an announced intent counts half');
  assert.equal(both[0].conflict, 32);
  assert.equal(eventWeight(makeEvent({ dyad: 'AAA>BBB', cameo: '190', date: d(0), modality: 'negated' })), 0);
});

test('de-escalation steps: the longest matching prefix names the step; hostile codes are none', () => {
  const rule = (cameo: string) => deEscalationRule(makeEvent({ dyad: 'AAA>BBB', cameo, date: d(0) }))?.id ?? null;
  assert.equal(rule('0871'), 'deesc.ceasefire');
  assert.equal(rule('080'), 'deesc.yield');
  assert.equal(rule('036'), 'deesc.intent-meet');
  assert.equal(rule('042'), 'deesc.consult');
  assert.equal(rule('057'), 'deesc.agreement');
  assert.equal(rule('020'), null);
  assert.equal(rule('190'), null);
});
