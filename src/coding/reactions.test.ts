/**
 * Reports of one state about another: accusations carried by reported speech, and verbal
 * reactions dated by the act they answer. Our own sentences, fixed gazetteer; published
 * 2024-01-23, a Tuesday.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn as code } from './testing/code-own.js';
import type { CodedEvent } from './types.js';
const dyad = (events: CodedEvent[], s: string, t: string, root: string) => events.filter((x) => x.source.country === s && x.target?.country === t && x.root === root);

test('refine.reported-accusation: a state reporting a disputed attack on it accuses the attacker, the day it speaks', () => {
  const ev = code(['Armenia said on Monday that Azerbaijani troops had shelled Armenian positions overnight.']);
  const accusation = dyad(ev, 'ARM', 'AZE', '11');
  assert.equal(accusation.length, 1, JSON.stringify(ev.map((e) => [e.source.country, e.target?.country, e.cameo, e.modality])));
  assert.equal(accusation[0]!.cameo, '112');
  assert.equal(accusation[0]!.modality, 'asserted');
  assert.equal(accusation[0]!.date, '2024-01-22');
  const act = ev.find((e) => e.source.country === 'AZE' && e.target?.country === 'ARM' && Number(e.root) >= 15);
  assert.equal(act?.modality, 'claimed', 'the act itself stays the speaker\'s claim');
});

test('refine.reported-accusation: no accusation when the speaker reports her own side\'s act', () => {
  const ev = code(['Armenia said on Monday that its troops had shelled Azerbaijani positions overnight.']);
  assert.equal(dyad(ev, 'ARM', 'AZE', '11').length, 0);
  assert.equal(dyad(ev, 'AZE', 'ARM', '11').length, 0);
});

test('refine.reported-accusation: figures for an attack the article asserts are no accusation', () => {
  const ev = code([
    'Russia fired dozens of missiles at Ukraine on Monday.',
    'Ukraine said Russia fired 84 missiles at its cities.',
  ]);
  assert.equal(dyad(ev, 'UKR', 'RUS', '11').length, 0, JSON.stringify(ev.map((e) => [e.source.country, e.target?.country, e.cameo])));
});

test('date.answer: an undated verbal reaction takes the day of the act it answers', () => {
  const ev = code([
    'Pakistan recalled its ambassador from Iran on Friday.',
    'Diplomats in the region were surprised by the speed of the move, which few had expected.',
    'Analysts said the two neighbours had little room for manoeuvre.',
    'Trade across the frontier continued for now.',
    "Iran's foreign ministry said it regretted the decision and rejected it as unjustified.",
  ]);
  const reaction = ev.find((e) => e.source.country === 'IRN' && e.target?.country === 'PAK' && ['11', '12'].includes(e.root));
  assert.ok(reaction, JSON.stringify(ev.map((e) => [e.source.country, e.target?.country, e.cameo, e.date])));
  assert.equal(reaction.date, '2024-01-19');
});

test('target.condemned-act: a third state condemning "the seizure" condemns whoever seized', () => {
  const ev = code([
    'Russia seized three Ukrainian ships off Crimea on Sunday.',
    'The seizure was condemned on Monday by the United States.',
  ]);
  const c = ev.find((e) => e.source.country === 'USA' && e.root === '11');
  assert.ok(c, JSON.stringify(ev.map((e) => [e.source.country, e.target?.country, e.cameo])));
  assert.equal(c.target?.country, 'RUS');
});

test('subject.relative-speaker: "an attack that Pakistan said killed two children" is Iran\'s attack, not Pakistan\'s', () => {
  const ev = code(['Iran fired missiles at Pakistan on Tuesday, an attack that Pakistan said killed two children.']);
  assert.equal(ev.filter((e) => e.source.country === 'PAK' && Number(e.root) >= 18).length, 0, JSON.stringify(ev.map((e) => [e.source.country, e.target?.country, e.cameo])));
  assert.equal(ev.find((e) => e.source.country === 'IRN' && e.target?.country === 'PAK')?.fatalities, 2);
});

test('toll.next-sentence: the toll after "X struck Y, two days after an attack by Y" is the strike\'s', () => {
  const ev = code([
    'Pakistan struck Iran on Thursday, two days after an Iranian attack on its soil.',
    'Iranian officials said nine people were killed.',
  ]);
  const strike = ev.find((e) => e.source.country === 'PAK' && e.target?.country === 'IRN' && e.root === '19');
  assert.equal(strike?.fatalities, 9, JSON.stringify(ev.map((e) => [e.source.country, e.target?.country, e.cameo, e.fatalities])));
  for (const e of ev) if (e.source.country === 'IRN') assert.equal(e.fatalities, null);
});
