import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeRelations } from './relations.js';
import { makeEvents, type EventSpec } from './testing/make-events.js';
import { d } from './testing/scenarios.js';

const state = (specs: EventSpec[], asOf: string) => analyzeRelations(makeEvents(specs), [], { asOf })[0];

test('state.recovering: an accord the day after one one-sided incident needs no truce to hold; after fighting it does', () => {
  // One incident by one side, a protest and an expulsion, then an accord signed on the last day.
  const incident: EventSpec[] = [
    { dyad: 'AAA>BBB', cameo: '190', date: d(0), modality: 'claimed' },
    { dyad: 'BBB>AAA', cameo: '161', date: d(0) },
    { dyad: 'AAA>BBB', cameo: '057', date: d(12) },
  ];
  const one = state(incident, d(12));
  assert.equal(one.state, 'recovering', one.stateRule.reason);
  // The same accord after force by both sides on two days is a truce of hours: not yet a recovery.
  const fighting: EventSpec[] = [
    { dyad: 'AAA>BBB', cameo: '190', date: d(9) }, { dyad: 'BBB>AAA', cameo: '190', date: d(10) },
    { dyad: 'AAA>BBB', cameo: '057', date: d(12) },
  ];
  assert.notEqual(state(fighting, d(12)).state, 'recovering');
});
