import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RelationStatement } from '../coding/types.js';
import { analyzeRelations, type DyadReport } from './relations.js';
import { isHostile } from './tit-for-tat.js';
import { statementState } from './relation-state.js';
import { makeEvents, type EventSpec } from './testing/make-events.js';
import { d } from './testing/scenarios.js';

/** A statement about AAA–BBB published on `published` (default d(10)). */
function said(state: RelationStatement['state'], published = d(10)): RelationStatement {
  return { dyad: ['AAA', 'BBB'], state, sentence: `Ties are ${state}.`, articleId: 'a1', start: 0, end: 10, published, pattern: 'test' };
}

function state(specs: EventSpec[], asOf: string, statements: RelationStatement[] = []): DyadReport {
  const [r] = analyzeRelations(makeEvents(specs), statements, { asOf });
  return r;
}

/** Strikes both ways on days 0 and 2. */
const exchange: EventSpec[] = [{ dyad: 'AAA>BBB', cameo: '190', date: d(0) }, { dyad: 'BBB>AAA', cameo: '195', date: d(2) }];

test('strikes both ways are escalating; a statement after them that both sides avoid a wider war makes it hostile', () => {
  assert.equal(state(exchange, d(3)).stateRule.rule, 'state.escalating');
  const eased = state(exchange, d(3), [said('improving', d(3)), said('hostile', d(3)), said('hostile', d(3))]);
  assert.equal(eased.state, 'hostile');
  assert.equal(eased.stateRule.rule, 'state.hostile-force');
  // An easing statement older than the last strike says nothing about it.
  assert.equal(state(exchange, d(3), [said('improving', d(1))]).state, 'escalating');
});

test('one-sided coercion without armed force, answered by a demand, is deteriorating, not escalating', () => {
  const boarding: EventSpec[] = [
    { dyad: 'AAA>BBB', cameo: '171', date: d(0) }, { dyad: 'AAA>BBB', cameo: '112', date: d(0) },
    { dyad: 'BBB>AAA', cameo: '100', date: d(2) },
  ];
  const r = state(boarding, d(4), [said('deteriorating')]);
  assert.equal(r.state, 'deteriorating');
  assert.equal(r.tit_for_tat.length, 0, 'a demand answers nothing in kind');
  // A strike is escalating when the story ends at its peak and got there by rising (after milder acts,
  // in answer to the other side, or after a threat); a lone strike is a blow (hostile in a relation
  // said to be hostile), and one day's strike and threat, days old, is no trend.
  const strike: EventSpec = { dyad: 'AAA>BBB', cameo: '195', date: d(0) };
  assert.equal(state([strike], d(1), [said('hostile')]).state, 'hostile');
  assert.equal(state([{ dyad: 'BBB>AAA', cameo: '161', date: d(-3) }, strike], d(1), [said('hostile')]).state, 'escalating');
  assert.equal(state([strike], d(3), [said('hostile')]).state, 'hostile');
  assert.equal(state([strike, { dyad: 'AAA>BBB', cameo: '138', date: d(0) }], d(3), [said('hostile')]).state, 'hostile');
  assert.equal(state([{ ...strike, date: d(-2) }, strike], d(3)).state, 'hostile', 'force on two days, the last three days old: sustained, not rising');
  assert.equal(state([{ dyad: 'AAA>BBB', cameo: '138', date: d(-2) }, strike], d(1)).state, 'escalating', 'a threat, then the strike');
});

test('a ceasefire after fighting recovers only when the story ends well: accusations the morning after leave it hostile', () => {
  const truce: EventSpec[] = [...exchange, { dyad: 'AAA>BBB', cameo: '0871', date: d(5) }, { dyad: 'AAA>BBB', cameo: '040', date: d(5) }];
  assert.equal(state(truce, d(6)).state, 'hostile', 'a truce one day old after fighting has not held yet');
  assert.equal(state(truce, d(7)).state, 'recovering');
  const disputed = [...truce, { dyad: 'AAA>BBB', cameo: '112', date: d(6) }, { dyad: 'BBB>AAA', cameo: '120', date: d(6) }];
  const r = state(disputed, d(7), [said('deteriorating')]);
  assert.equal(r.state, 'hostile');
  assert.equal(r.stateRule.rule, 'state.hostile-force');
});

test('a ceasefire on the day of the last strikes, with relations said to be frozen, is hostile', () => {
  const sameDay: EventSpec[] = [...exchange, { dyad: 'AAA>BBB', cameo: '190', date: d(5) }, { dyad: 'BBB>AAA', cameo: '190', date: d(5) },
    { dyad: 'AAA>BBB', cameo: '0871', date: d(5) }];
  assert.equal(state(sameDay, d(6), [said('hostile')]).state, 'hostile');
});

test('restoring ties after a rupture is recovering, not cooperative; years of talks since make it cooperative', () => {
  const rupture: EventSpec = { dyad: 'AAA>BBB', cameo: '161', date: d(-2500) };
  const deal: EventSpec[] = [{ dyad: 'AAA>BBB', cameo: '050', date: d(0) }, { dyad: 'AAA>BBB', cameo: '057', date: d(0) }, { dyad: 'BBB>AAA', cameo: '036', date: d(0) }];
  const r = state([rupture, ...deal], d(1));
  assert.equal(r.state, 'recovering');
  assert.equal(r.stateRule.rule, 'state.recovering-restored');
  assert.equal(state([{ ...rupture, date: null }, ...deal], d(1)).state, 'recovering', 'an undated rupture');
  const talks = Array.from({ length: 20 }, (_, i): EventSpec => ({ dyad: 'AAA>BBB', cameo: '057', date: d(-2000 + i * 90) }));
  assert.notEqual(state([rupture, ...talks, ...deal], d(1)).state, 'recovering');
  assert.equal(state(deal, d(1)).state, 'cooperative', 'no rupture: cooperation');
  assert.equal(state(deal, d(1), [said('improving')]).state, 'recovering', 'said to be restoring ties');
  assert.equal(state([{ dyad: 'AAA>BBB', cameo: '0356', date: d(0) }], d(1), [said('hostile')]).state, 'recovering',
    'a pledge not to use force in a relation said to be tense for years');
});

test('accusations in a relation said to be long hostile are hostile; souring, deteriorating; close, still cooperative', () => {
  const words: EventSpec[] = [{ dyad: 'AAA>BBB', cameo: '112', date: d(0) }, { dyad: 'BBB>AAA', cameo: '111', date: d(1) }];
  assert.equal(state(words, d(2), [said('hostile')]).state, 'hostile');
  assert.equal(state(words, d(2), [said('deteriorating')]).state, 'deteriorating');
  assert.equal(state(words, d(2), [said('cooperative')]).stateRule.rule, 'state.statements-calm');
  assert.equal(state(words, d(2)).state, 'deteriorating', 'without statements the fall of trust decides');
});

test('hostile acts: material conflict and threats of force, not demands or protests', () => {
  const [strike, threat, demand, protest] = makeEvents([
    { dyad: 'AAA>BBB', cameo: '160', date: d(0) }, { dyad: 'AAA>BBB', cameo: '138', date: d(0) },
    { dyad: 'AAA>BBB', cameo: '100', date: d(0) }, { dyad: 'AAA>BBB', cameo: '140', date: d(0) },
  ]);
  assert.deepEqual([strike, threat, demand, protest].map(isHostile), [true, true, false, false]);
});

test('state.hostile-rupture: ties broken off this week are hostile; a recall of the ambassador only strains them', () => {
  const cut: EventSpec = { dyad: 'AAA>BBB', cameo: '161', date: d(0), pattern: 'reduce.break-ties' };
  const rejected: EventSpec = { dyad: 'BBB>AAA', cameo: '120', date: d(0) };
  const r = state([cut, rejected], d(1));
  assert.equal(r.state, 'hostile');
  assert.equal(r.stateRule.rule, 'state.hostile-rupture');
  // Even when the article says ties had merely soured before the break.
  assert.equal(state([cut, rejected], d(1), [said('deteriorating')]).state, 'hostile');
  assert.equal(state([{ ...cut, pattern: 'reduce.recall-ambassador' }, rejected], d(1), [said('deteriorating')]).state, 'deteriorating');
  // Restored since (an envoy arrives), it no longer stands.
  assert.notEqual(state([cut, { dyad: 'BBB>AAA', cameo: '042', date: d(3) }], d(4)).stateRule.rule, 'state.hostile-rupture');
  // Only an undated break reported: hostile, not the stable of a pair with no news.
  assert.equal(state([{ ...cut, date: null }], d(1)).state, 'hostile');
});

test('state.deteriorating-incident: one deadly clash is a blow, not a war; fighting on several days or both ways is hostile', () => {
  const clash: EventSpec = { dyad: 'AAA>BBB', cameo: '190', date: d(0), fatalities: 20 };
  const talks: EventSpec = { dyad: 'BBB>AAA', cameo: '040', date: d(2) };
  assert.equal(state([clash, talks], d(3)).stateRule.rule, 'state.deteriorating-incident');
  // Said outright to be souring, the pair is deteriorating by the statement (one clash is not fighting).
  assert.equal(state([clash, talks], d(3), [said('deteriorating')]).state, 'deteriorating');
  // One side's claim the next day that the other crossed the line is an accusation, not a second day.
  const claim: EventSpec = { dyad: 'AAA>BBB', cameo: '192', date: d(1), modality: 'claimed' };
  assert.equal(state([clash, claim, talks], d(3), [said('deteriorating')]).state, 'deteriorating');
  // A relation stated to be an old enmity stays hostile after the same clash.
  assert.equal(state([clash, talks], d(3), [said('hostile')]).state, 'hostile');
  // Fighting: force on two days, or by both sides, or ended by a ceasefire.
  assert.equal(state([clash, { ...clash, date: d(1) }], d(10)).stateRule.rule, 'state.hostile-force');
  assert.equal(state([clash, { dyad: 'BBB>AAA', cameo: '195', date: d(0) }], d(4)).stateRule.rule, 'state.hostile-force');
  assert.equal(state([clash, { dyad: 'AAA>BBB', cameo: '0871', date: d(0) }], d(4)).state, 'hostile');
});

test('relations.reduction-spiral: expulsions and curbs answered in kind sour a relation; a military answer escalates it', () => {
  const expulsions: EventSpec[] = [{ dyad: 'AAA>BBB', cameo: '161', date: d(0) }, { dyad: 'BBB>AAA', cameo: '163', date: d(3) }];
  const r = state(expulsions, d(4));
  assert.notEqual(r.state, 'escalating');
  assert.equal(r.tit_for_tat.length, 1, 'still a tit-for-tat');
  // A balloon campaign answered by an expulsion: the answer is milder, not rising.
  const coerced: EventSpec[] = [{ dyad: 'AAA>BBB', cameo: '170', date: d(0) }, { dyad: 'BBB>AAA', cameo: '161', date: d(3) }];
  assert.notEqual(state(coerced, d(4)).state, 'escalating');
  // Answered by a show of force at sea: action and reaction by military means.
  const shown: EventSpec[] = [{ dyad: 'AAA>BBB', cameo: '170', date: d(0) }, { dyad: 'BBB>AAA', cameo: '150', date: d(3) }];
  assert.equal(state(shown, d(4)).state, 'escalating');
});

test('after a clash one day of talks contains it; a pull-back or talks on a second day is recovery', () => {
  const clash: EventSpec[] = [{ dyad: 'AAA>BBB', cameo: '193', date: d(0) }, { dyad: 'AAA>BBB', cameo: '040', date: d(2) }];
  const met = state(clash, d(4));
  assert.notEqual(met.state, 'recovering', met.stateRule.reason);
  assert.equal(state([...clash, { dyad: 'BBB>AAA', cameo: '040', date: d(3) }], d(5)).state, 'recovering');
  assert.equal(state([...clash, { dyad: 'AAA>BBB', cameo: '0871', date: d(2) }], d(4)).state, 'recovering');
});

test('state.statements-change: the writer saying relations are souring or mending outweighs the reading of the acts', () => {
  // A coercive act answered by an expulsion: from the acts alone, a trust fall ...
  const pressed: EventSpec[] = [{ dyad: 'AAA>BBB', cameo: '170', date: d(0) }, { dyad: 'BBB>AAA', cameo: '161', date: d(3) }];
  assert.equal(state(pressed, d(4)).stateRule.rule, 'state.deteriorating');
  // ... and an article that calls the relation worse than in decades describes a souring.
  const r = state(pressed, d(4), [said('deteriorating', d(4))]);
  assert.deepEqual([r.state, r.stateRule.rule], ['deteriorating', 'state.statements-change']);
  // Strikes both ways, then an article that says tensions have begun to ease: recovering.
  const eased = state(exchange, d(4), [said('improving', d(4))]);
  assert.deepEqual([eased.state, eased.stateRule.rule], ['recovering', 'state.statements-change']);
});

test('state.statements-change yields to arms: a military exchange or fighting keeps a souring pair escalating or hostile', () => {
  // Both sides make military moves this week (a show of force answered by a blockade): escalating,
  // whatever the words of a souring.
  const moves: EventSpec[] = [{ dyad: 'AAA>BBB', cameo: '150', date: d(0) }, { dyad: 'BBB>AAA', cameo: '171', date: d(2) }];
  assert.equal(state(moves, d(3), [said('deteriorating', d(3))]).state, 'escalating');
  // Strikes both ways are fighting: not a mere souring.
  assert.notEqual(state(exchange, d(3), [said('deteriorating', d(3))]).state, 'deteriorating');
});

test('statementState: in a tie a statement of change (mending, souring) outweighs one of condition', () => {
  assert.equal(statementState([said('hostile'), said('improving')]), 'recovering');
  assert.equal(statementState([said('cooperative'), said('deteriorating')]), 'deteriorating');
  assert.equal(statementState([said('hostile'), said('hostile'), said('improving')]), 'hostile');
});
