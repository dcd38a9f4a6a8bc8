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
  // Same-day acts told in one sentence have no order (tft.same-day-in-kind needs two reports).
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

test('tft.same-day-response: a same-day act linked with lag 0 only when its report says it answers the other', () => {
  const [cut, halt] = makeEvents([
    { dyad: 'AAA>BBB', cameo: '161', date: d(0) },
    { dyad: 'BBB>AAA', cameo: '173', date: d(0) },
  ]);
  assert.deepEqual(findTitForTat([cut, halt]), [], 'order unknown, acts of different kinds: no link');
  const answer = { ...halt, evidence: 'The BBB carrier responded hours later by halting its flights to AAA.' };
  const [link] = findTitForTat([answer, cut]);
  assert.deepEqual([link.first, link.lag_days, link.initiator, link.responder], [d(0), 0, 'AAA', 'BBB']);
  // A retaliation answers the older strike it names, not the sanctions the other side imposed that day.
  const [strike, sanctions, missiles] = makeEvents([
    { dyad: 'AAA>BBB', cameo: '186', date: d(-5) }, { dyad: 'AAA>BBB', cameo: '163', date: d(0) }, { dyad: 'BBB>AAA', cameo: '195', date: d(0) },
  ]);
  const revenge = { ...missiles, evidence: 'BBB fired missiles in retaliation for the killing.' };
  assert.deepEqual(findTitForTat([strike, sanctions, revenge]).map((t) => [t.first, t.lag_days]), [[d(-5), 5]]);
});

test('tft.same-day-response: "fired back" and the coder\'s return-fire pattern order a same-day exchange', () => {
  const [shell, reply] = makeEvents([{ dyad: 'AAA>BBB', cameo: '194', date: d(0) }, { dyad: 'BBB>AAA', cameo: '194', date: d(0) }]);
  const firedBack = { ...reply, evidence: 'BBB fired back within the hour.' };
  assert.deepEqual(findTitForTat([firedBack, shell]).map((t) => [t.initiator, t.lag_days]), [['AAA', 0]]);
  // One sentence tells both acts, so both reports carry the words; the return-fire pattern says which answers.
  const sentence = 'A shell from AAA killed three people in a BBB village, and BBB guns fired back that night.';
  const both = makeEvents([
    { dyad: 'AAA>BBB', cameo: '194', date: d(0) },
    { dyad: 'BBB>AAA', cameo: '194', date: d(0), pattern: 'fight.return-fire' },
  ]).map((e) => ({ ...e, evidence: sentence, evidences: e.evidences.map((v) => ({ ...v, sentence })) }));
  assert.deepEqual(findTitForTat(both).map((t) => [t.initiator, t.responder, t.lag_days]), [['AAA', 'BBB', 0]]);
  // Without the pattern the shared words order nothing, and one sentence gives no order in kind either.
  const plain = both.map((e) => ({ ...e, evidences: e.evidences.map((v) => ({ ...v, pattern: 'test' })) }));
  assert.deepEqual(findTitForTat(plain), []);
});
