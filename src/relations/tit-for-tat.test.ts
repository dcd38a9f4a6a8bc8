import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTitForTat, reciprocity } from './tit-for-tat.js';
import { makeEvents, type EventSpec } from './testing/make-events.js';
import { d } from './testing/scenarios.js';

test('a response counts within the window, not after it, and not on the same day', () => {
  const links = (specs: EventSpec[], windowDays?: number) => findTitForTat(makeEvents(specs), { windowDays }).map((t) => t.lag_days);
  assert.deepEqual(links([{ dyad: 'AAA>BBB', cameo: '190', date: d(0) }, { dyad: 'BBB>AAA', cameo: '190', date: d(14) }]), [14]);
  assert.deepEqual(links([{ dyad: 'AAA>BBB', cameo: '190', date: d(0) }, { dyad: 'BBB>AAA', cameo: '190', date: d(15) }]), []);
  assert.deepEqual(links([{ dyad: 'AAA>BBB', cameo: '190', date: d(0) }, { dyad: 'BBB>AAA', cameo: '190', date: d(15) }], 20), [15]);
  assert.deepEqual(links([{ dyad: 'AAA>BBB', cameo: '190', date: d(0) }, { dyad: 'BBB>AAA', cameo: '190', date: d(0) }]), []);
  // Same direction twice is no exchange; verbal accusations are not hostile acts.
  assert.deepEqual(links([{ dyad: 'AAA>BBB', cameo: '190', date: d(0) }, { dyad: 'AAA>BBB', cameo: '190', date: d(2) }]), []);
  assert.deepEqual(links([{ dyad: 'AAA>BBB', cameo: '112', date: d(0) }, { dyad: 'BBB>AAA', cameo: '112', date: d(2) }]), []);
  // A response answers the latest provocation before it, not an older one.
  assert.deepEqual(findTitForTat(makeEvents([{ dyad: 'AAA>BBB', cameo: '170', date: d(0) }, { dyad: 'AAA>BBB', cameo: '170', date: d(5) },
    { dyad: 'BBB>AAA', cameo: '160', date: d(8) }])).map((t) => [t.first, t.lag_days]), [[d(5), 3]]);
  // A threat of force (138, Goldstein −7) is hostile though verbal.
  assert.deepEqual(links([{ dyad: 'AAA>BBB', cameo: '190', date: d(0) }, { dyad: 'BBB>AAA', cameo: '138', date: d(1) }]), [1]);
});

test('intensity ratio compares the response with the first act; one strike reported twice is one act', () => {
  const [t, ...rest] = findTitForTat(makeEvents([
    { dyad: 'AAA>BBB', cameo: '172', date: d(0) }, { dyad: 'AAA>BBB', cameo: '172', date: d(0), key: 'dup' },
    { dyad: 'BBB>AAA', cameo: '190', date: d(3) },
  ]));
  assert.equal(rest.length, 0);
  assert.equal(t.intensity_ratio, 2);
  assert.equal(t.first_event.cameo, '172');
  assert.equal(t.response_event.cameo, '190');
});

test('reciprocity: too few weeks says so; a side that answers the other a week later has a positive slope', () => {
  const short = reciprocity(makeEvents([{ dyad: 'AAA>BBB', cameo: '190', date: d(0) }, { dyad: 'BBB>AAA', cameo: '190', date: d(2) }]), 'AAA', 'BBB');
  assert.equal(short[0].slope, null);
  assert.match(short[0].note ?? '', /too few points/);
  const specs: EventSpec[] = [];
  const pattern = [0, 1, 3, 0, 2, 0, 1, 3, 1, 0, 2, 3, 0, 1];
  const codes = ['', '112', '180', '190'];
  pattern.forEach((n, w) => {
    specs.push({ dyad: 'AAA>BBB', cameo: '040', date: d(w * 7) });
    if (n) {
      specs.push({ dyad: 'AAA>BBB', cameo: codes[n], date: d(w * 7) });
      specs.push({ dyad: 'BBB>AAA', cameo: codes[n], date: d(w * 7 + 7) });
    }
  });
  const [bOnA, aOnB] = reciprocity(makeEvents(specs), 'AAA', 'BBB');
  assert.equal(bOnA.responder, 'BBB');
  assert.ok(bOnA.slope !== null && bOnA.slope > 0.9 && bOnA.correlation! > 0.9, JSON.stringify(bOnA));
  assert.ok(aOnB.correlation === null || aOnB.correlation < 0.5, JSON.stringify(aOnB));
});
