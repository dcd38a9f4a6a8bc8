/**
 * What separates a broken relation (hostile) from a souring one (deteriorating), and what it takes to
 * recover (docs/trust-index.md, "State"): military means or a rupture, an incident of force answered in
 * kind, and de-escalation acts of the parties rather than words of goodwill.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeEscalationAct } from './de-escalation.js';
import { A, B, d, judge, said } from './testing/scenarios.js';




test('state.deteriorating-standoff: a long standoff of protests and cancelled meetings sours, it does not break', () => {
  // A protest, meetings called off, a condemnation two months later; no step to mend it.
  const words = [A('114', 0), A('160', 3), A('111', 60)];
  const r = judge(words, d(62));
  assert.equal(r.state, 'deteriorating', r.stateRule.reason);
  assert.equal(r.stateRule.rule, 'state.deteriorating-standoff');
  // The same standoff with warships sent since it opened is military pressure: hostile.
  const armed = judge([A('114', 0), A('160', 3), A('152', 20), A('111', 60)], d(62));
  assert.equal(armed.state, 'hostile', armed.stateRule.reason);
  assert.equal(armed.stateRule.rule, 'state.hostile');
});

test('state.hostile-answered: one incident of force the other side answers with hostile acts breaks the relation', () => {
  // A shoot-down answered the next day by cutting military contacts and two days later by sanctions.
  const answered = judge([A('195', 0), B('161', 1), B('163', 3), B('112', 5)], d(8));
  assert.equal(answered.state, 'hostile', answered.stateRule.reason);
  assert.equal(answered.stateRule.rule, 'state.hostile-answered');
  // Unanswered (only protests and accusations): one blow to the relation.
  const unanswered = judge([A('195', 0), B('114', 1), B('112', 5)], d(8));
  assert.equal(unanswered.state, 'deteriorating', unanswered.stateRule.reason);
  assert.equal(unanswered.stateRule.rule, 'state.deteriorating-incident');
  // The writer calls it a souring ("their worst crisis in decades"): the words decide.
  const stated = judge([A('195', 0), B('161', 1), B('163', 3)], d(8), [said('deteriorating', d(8))]);
  assert.equal(stated.state, 'deteriorating', stated.stateRule.reason);
});

test('recovering needs an act of the parties: praise and an invitation after expulsions are a pause, not a thaw', () => {
  assert.equal(isDeEscalationAct('deesc.praise'), false);
  assert.equal(isDeEscalationAct('deesc.intent-meet'), false);
  assert.equal(isDeEscalationAct('deesc.yield'), true);
  assert.equal(isDeEscalationAct('deesc.intent-yield'), true, 'a pledge not to use force commits the party');
  // Expulsions and sanctions; the next day the other side praises a leader and sends an invitation.
  const expulsions = [A('174', 0), A('163', 0), B('111', 1)];
  const pause = judge([...expulsions, B('051', 1), B('036', 1)], d(1), [said('hostile', d(1))]);
  assert.notEqual(pause.state, 'recovering', pause.stateRule.reason);
  // The same story with the expelled diplomats allowed back (a yield): recovering.
  const thaw = judge([...expulsions, B('081', 2), B('051', 2)], d(2));
  assert.equal(thaw.state, 'recovering', thaw.stateRule.reason);
});
