/**
 * relations.misdated (an act reported as done after its report was published is misdated: undated) and
 * state.sustained-exchange (another round of an exchange both sides already fought at the same pitch is
 * hostile, not escalating).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeRelations, undateMisdated } from './relations.js';
import { makeEvent, makeEvents } from './testing/make-events.js';
import { A, B, d } from './testing/scenarios.js';


test('an asserted act dated after its publication is undated; a plan keeps its date', () => {
  assert.equal(undateMisdated(makeEvent(A('154', 5, { published: d(3) }))).date, null);
  assert.equal(undateMisdated(makeEvent(A('154', 3, { published: d(3) }))).date, d(3));
  assert.equal(undateMisdated(makeEvent(A('036', 5, { published: d(3), modality: 'intended' }))).date, d(5));
});

test('a misdated act does not move the pair\'s day', () => {
  const [r] = analyzeRelations(makeEvents([A('112', 0, { published: d(2) }), B('112', 1, { published: d(2) }), A('195', 9, { published: d(2) })]), []);
  assert.equal(r.asOf, d(2));
});

test('state.sustained-exchange: the story opens with an exchange of fire; another round is hostile', () => {
  const [again] = analyzeRelations(makeEvents([A('194', 0), B('194', 0), B('194', 10), A('194', 11)]), [], { asOf: d(11) });
  assert.equal(again.state, 'hostile', again.stateRule.reason);
  // A first answer in kind is still action and reaction, and a spiral that one side opened rises.
  const [first] = analyzeRelations(makeEvents([A('195', 0), B('195', 4)]), [], { asOf: d(5) });
  assert.equal(first.state, 'escalating');
  const [spiral] = analyzeRelations(makeEvents([A('190', 0), B('190', 2), A('195', 5), B('195', 8)]), [], { asOf: d(8) });
  assert.equal(spiral.state, 'escalating', spiral.stateRule.reason);
});
