/**
 * The state rules of docs/trust-index.md ("State") on synthetic event sequences: escalation as a story
 * that ends at its peak, the statements that decide in stated cases, cooperation with a third party, and
 * a downgrade of ties that is not a break.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeRelations } from './relations.js';
import { escalationEvidence, statementState } from './relation-state.js';
import { makeEvent, makeEvents } from './testing/make-events.js';
import { A, B, d, judge, said } from './testing/scenarios.js';




test('escalating: the story ends at its peak after milder acts, in answer to the other side, or after a threat', () => {
  // An accusation, then three days later an air strike: newer acts graver than earlier ones.
  const rising = judge([A('112', 0), A('195', 3)], d(4));
  assert.equal(rising.state, 'escalating', rising.stateRule.reason);
  assert.match(rising.stateRule.reason, /rising/);
  // A strike answered by a strike four days later, reported the next day: action and reaction.
  const answered = judge([A('195', 0), B('195', 4)], d(5));
  assert.equal(answered.state, 'escalating');
  assert.match(answered.stateRule.reason, /action and reaction/);
  // A warning of military action, then warships sent: a threat carried out.
  assert.equal(judge([A('138', 0), A('150', 3)], d(3)).state, 'escalating');
});

test('not escalating: falling back after the peak, a stale peak, one day of clashes, repetition at one pitch', () => {
  // Strikes both ways, then only accusations: the intensity is falling back; fighting makes it hostile.
  const fallingBack = judge([A('195', 0), B('195', 1), A('112', 2)], d(3));
  assert.deepEqual([fallingBack.state, fallingBack.stateRule.rule], ['hostile', 'state.hostile-force']);
  // The same exchange reported six days later with nothing since: the pair stands in conflict.
  assert.equal(judge([A('195', 0), B('195', 1)], d(6)).state, 'hostile');
  // Fire exchanged on one day, with a threat: a clash, not yet a trend.
  assert.equal(judge([A('194', 0), B('194', 0), B('138', 0)], d(0)).state, 'hostile');
  // One side shells twice at the same pitch: sustained, not rising.
  assert.equal(judge([A('195', 0), A('195', 2)], d(3)).state, 'hostile');
});

test('not escalating: a spiral of sanctions or expulsions, however grave, is a dispute without military means', () => {
  const tradeWar = judge([A('163', 0), B('163', 3)], d(3));
  assert.notEqual(tradeWar.state, 'escalating');
  assert.equal(escalationEvidence(makeEvents([A('161', 0), B('163', 3)]), d(3), d(-30)), null);
});

test('state.statements-change: the text saying the conflict is escalating decides, until a later step answers it', () => {
  const talks = [A('040', 0), B('112', 1)];
  const r = judge(talks, d(2), [said('escalating', d(2))]);
  assert.deepEqual([r.state, r.stateRule.rule], ['escalating', 'state.statements-change']);
  // A ceasefire dated after the article that says so.
  assert.notEqual(judge([...talks, A('0871', 4)], d(5), [said('escalating', d(2))]).state, 'escalating');
});

test('statementState: a thaw presupposes the freeze, so an easing outranks a souring in a tie, unless there was fighting', () => {
  assert.equal(statementState([said('deteriorating'), said('improving')]), 'recovering');
  assert.equal(statementState([said('deteriorating'), said('improving')], { armed: true }), 'deteriorating');
  assert.equal(statementState([said('hostile'), said('escalating')]), 'escalating');
});

test('state.cooperative-only: a pair seen only working together is cooperative; an appeal or a call is not enough', () => {
  const hosted = judge([{ dyad: 'CCC>AAA', cameo: '043', date: d(0) }], d(1));
  assert.deepEqual([hosted.state, hosted.stateRule.rule], ['cooperative', 'state.cooperative-only']);
  assert.equal(judge([{ dyad: 'CCC>AAA', cameo: '020', date: d(0) }], d(1)).state, 'stable');
  assert.equal(judge([{ dyad: 'CCC>AAA', cameo: '041', date: d(0) }], d(1)).state, 'stable');
  // Any act of conflict in the record: the usual rules.
  assert.notEqual(judge([{ dyad: 'CCC>AAA', cameo: '043', date: d(0) }, { dyad: 'AAA>CCC', cameo: '112', date: d(1) }], d(2)).stateRule.rule,
    'state.cooperative-only');
});

test('a downgrade of ties strains a relation; a break ends it', () => {
  const cut = (sentence: string) => {
    const e = makeEvent({ ...A('161', 0), pattern: 'reduce.break-ties' });
    e.evidences = [{ ...e.evidences[0], sentence }];
    return analyzeRelations([e], [said('deteriorating', d(1))], { asOf: d(1) })[0];
  };
  assert.equal(cut('AAA broke off diplomatic relations with BBB on Monday.').stateRule.rule, 'state.hostile-rupture');
  const lowered = cut('AAA downgraded its relations with BBB to the level of chargé d\'affaires.');
  assert.deepEqual([lowered.state, lowered.stateRule.rule], ['deteriorating', 'state.statements-change']);
});
