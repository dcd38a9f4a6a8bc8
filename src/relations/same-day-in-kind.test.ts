import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTitForTat } from './tit-for-tat.js';
import { makeEvents } from './testing/make-events.js';
import type { CodedEvent } from '../coding/types.js';

const d = (n: number) => `2030-03-${String(10 + n).padStart(2, '0')}`;
/** The act as the article tells it, at character offset `start`. */
const toldAt = (e: CodedEvent, start: number, sentence: string): CodedEvent =>
  ({ ...e, evidence: sentence, evidences: e.evidences.map((v) => ({ ...v, start, end: start + sentence.length, sentence })) });

test('tft.same-day-in-kind: an expulsion answered the same day by an expulsion is one link, lag 0, in the order told', () => {
  const [out, back] = makeEvents([{ dyad: 'AAA>BBB', cameo: '161', date: d(0) }, { dyad: 'BBB>AAA', cameo: '161', date: d(0) }]);
  const first = toldAt(out, 100, 'AAA ordered the BBB envoy to leave on Monday.');
  const second = toldAt(back, 400, 'BBB declared the AAA envoy unwelcome the same day.');
  // The input order does not decide: the article tells AAA's act first.
  const links = findTitForTat([second, first]);
  assert.deepEqual(links.map((t) => [t.initiator, t.responder, t.first, t.lag_days]), [['AAA', 'BBB', d(0), 0]]);
});

test('tft.same-day-in-kind: acts of different kinds on one day stay unlinked without words of a response', () => {
  const [expel, arrest] = makeEvents([{ dyad: 'AAA>BBB', cameo: '161', date: d(0) }, { dyad: 'BBB>AAA', cameo: '173', date: d(0) }]);
  assert.deepEqual(findTitForTat([toldAt(expel, 10, 'AAA expelled a BBB diplomat.'), toldAt(arrest, 90, 'BBB police held an AAA citizen.')]), []);
});

test('tft.same-day-in-kind: a mirror act answers an earlier act of the other side first, when there is one', () => {
  const [strike, sanction, reply] = makeEvents([
    { dyad: 'AAA>BBB', cameo: '161', date: d(-3) }, { dyad: 'AAA>BBB', cameo: '163', date: d(0) }, { dyad: 'BBB>AAA', cameo: '161', date: d(0) },
  ]);
  assert.deepEqual(findTitForTat([strike, sanction, reply]).map((t) => [t.first, t.lag_days]), [[d(-3), 3]]);
});
