/**
 * merge.one-statement and merge.same-sentence-place: what one sentence tells
 * one target together is one event with every evidence kept; acts told apart stay apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEvents } from './merge-events.js';
import { makeEvent } from './testing/make-event.js';

const S1 = 'On Monday Ruritania condemned the arrests and warned of grave consequences.';
/** One coded act; each code its own pattern, as the coder reports it. */
const act = (cameo: string, goldstein: number, sentence: string, over: Parameters<typeof makeEvent>[0] = {}) => {
  const e = makeEvent({ from: 'RUR', to: 'BOR', cameo, goldstein, sentence, ...over });
  e.evidences[0]!.pattern = `act.${cameo}`;
  return e;
};

test('speech acts of one sentence to one target are one statement, coded by its complaint', () => {
  const condemn = act('111', -2, S1);
  const warn = act('130', -4.4, S1);
  const out = mergeEvents([condemn, warn], { statements: true });
  assert.equal(out.length, 1);
  assert.equal(out[0]!.cameo, '111');
  assert.equal(out[0]!.root, '11');
  // Without a complaint, the weightiest act codes it: an appeal with a demand is a demand.
  const s = 'Ruritania asked Borduria to free the crew and demanded an apology.';
  assert.deepEqual(mergeEvents([act('020', 3, s), act('100', -5, s)], { statements: true }).map((e) => e.cameo), ['100']);
  assert.equal(out[0]!.evidences.length, 2, 'both acts keep their evidence');
  assert.equal(out[0]!.mentions, 1, 'one sentence is one report');
  // The coder itself reports every act it codes.
  assert.equal(mergeEvents([condemn, warn]).length, 2);
});

test('a disapproval told with a deed stays an act of its own: the reason given is a second event', () => {
  // Annotators code "broke off relations …, accusing it of arming rebels" as the break and the accusation.
  const s = 'Ruritania broke off relations with Borduria on Monday, accusing it of arming rebels.';
  assert.deepEqual(mergeEvents([act('112', -2, s), act('161', -4, s)], { statements: true }).map((e) => e.cameo).sort(), ['112', '161']);
});

test('acts told apart, to other targets, or a deed beside a declaration stay apart', () => {
  const condemn = act('111', -2, S1);
  // Another sentence: a second statement.
  assert.equal(mergeEvents([condemn, act('130', -4.4, 'On Monday Ruritania warned of grave consequences.')], { statements: true }).length, 2);
  // Another target in the same sentence.
  assert.equal(mergeEvents([condemn, act('130', -4.4, S1, { to: 'SYL' })], { statements: true }).length, 2);
  // Another day in the same sentence.
  assert.equal(mergeEvents([condemn, act('130', -4.4, S1, { date: '2024-01-20' })], { statements: true }).length, 2);
  // A rejection beside a deed is an act of its own, not the deed's reason.
  const s = 'Ruritania declared the treaty void and recalled its ambassador from Borduria.';
  assert.equal(mergeEvents([act('120', -4, s), act('161', -4, s)], { statements: true }).length, 2);
  // A hypothetical threat is not part of a firm condemnation.
  assert.equal(mergeEvents([condemn, act('130', -4.4, S1, { modality: 'hypothetical' })], { statements: true }).length, 2);
});

test('one sentence naming two places for one act is one event; two sentences are two', () => {
  const s = 'Ruritania recalled its ambassador from Borduria on Monday.';
  const home = { name: 'Ruritania', country: 'RUR', admin1: null, lat: null, lon: null, kind: 'country' as const };
  const away = { ...home, name: 'Borduria', country: 'BOR' };
  assert.equal(mergeEvents([act('161', -4, s, { location: home }), act('161', -4, s, { location: away })]).length, 1);
  // Two sentences placing an act of force in two countries tell two acts (a recall's place is only
  // a guess, so two sentences of it are not told apart by place: merge.unlocated-act).
  const shelled = 'Ruritanian guns shelled a border post on Monday.';
  assert.equal(mergeEvents([act('195', -10, shelled, { location: home }), act('195', -10, 'Shells also hit a Bordurian village.', { location: away })]).length, 2);
});
