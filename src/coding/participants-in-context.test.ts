/**
 * Participants found from the article around the sentence: unknown office holders, object
 * pronouns, infinitive chains. Our own sentences, the real actors stage; published 2019-08-23.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from './code-article.js';
import { makeArticle, type ParagraphSpec } from './testing/make-article.js';
import type { CodedEvent } from './types.js';

const code = (paragraphs: ParagraphSpec[]): CodedEvent[] => codeArticle(makeArticle(paragraphs, { published: '2019-08-23' }));
const show = (ev: CodedEvent[]) => JSON.stringify(ev.map((e) => [e.source.country, e.target?.country, e.cameo, e.date]));

test('refine.office-holder: an unknown minister acting on one main state speaks for the other', () => {
  const ev = code([
    'Japan and South Korea are locked in their worst dispute in years.',
    'Japan tightened export controls on South Korea in July, and South Korea answered in August.',
    'Japan says South Korea broke its word; South Korea says Japan is punishing it for court rulings.',
    'On Thursday, Foreign Minister Ichiro Tanabe lodged a protest with Seoul.',
  ]);
  const protest = ev.find((e) => e.root === '11' || e.root === '14');
  assert.ok(protest, show(ev));
  assert.equal(protest.source.country, 'JPN');
  assert.equal(protest.target?.country, 'KOR');
});

test('refine.office-holder: without a main pair the office holder keeps no country', () => {
  const ev = code(['On Thursday, Foreign Minister Ichiro Tanabe lodged a protest with Seoul.']);
  for (const e of ev) assert.notEqual(e.source.country, 'JPN', show(ev));
});

test('ref.him-her: "giving him 24 hours to leave" expels the envoy named before', () => {
  const ev = code(["Canada's ambassador was told on Sunday that Saudi Arabia was giving him 24 hours to leave."]);
  const e = ev.find((x) => x.source.country === 'SAU' && x.target?.country === 'CAN');
  assert.ok(e, show(ev));
  assert.equal(e.cameo, '161');
});

test('subject.coordinated-verb: "decided to expel …, to recall … and to freeze trade" are all the decider\'s', () => {
  const ev = code(["The measures followed Riyadh's decision on Sunday to expel the Canadian ambassador, to recall its own ambassador from Ottawa, and to freeze all new trade with Canada."]);
  const recall = ev.find((x) => x.evidences.some((v) => v.pattern === 'reduce.recall-ambassador'));
  assert.equal(recall?.source.country, 'SAU', show(ev));
  // One package of measures on one day: the freeze is a report of the same reduction of relations.
  const freeze = ev.find((x) => x.evidences.some((v) => v.pattern === 'reduce.suspend-trade'));
  assert.equal(freeze?.source.country, 'SAU', show(ev));
  assert.equal(freeze?.target?.country, 'CAN');
});

test('posture.missile-launch: a missile fired at no one is a show of force; at someone, an attack', () => {
  const over = code(['North Korea fired a ballistic missile over Japan on Tuesday.']);
  assert.equal(over.find((x) => x.source.country === 'PRK')?.root, '15', show(over));
  const at = code(['North Korea fired a ballistic missile at Japan on Tuesday.']);
  assert.equal(at.find((x) => x.source.country === 'PRK')?.root, '19', show(at));
});

test('a verb list shares its subject: "X blamed Y, recalled its envoy from Y\'s capital and said it would complain"', () => {
  const ev = code(['On Wednesday Iraq blamed Turkey, recalled its envoy from Ankara and said it would complain to the United Nations.']);
  const recall = ev.find((x) => x.evidences.some((v) => v.pattern === 'reduce.recall-ambassador'));
  assert.equal(recall?.source.country, 'IRQ', show(ev));
  assert.equal(recall?.target?.country, 'TUR', '"from Ankara" names the state the envoy leaves');
  for (const e of ev) assert.notEqual(e.source.country, 'TUR', show(ev));
});

test('office.own-victim: a minister calling an act a violation of her state\'s sovereignty speaks for that state', () => {
  const ev = code([
    'Turkey and Iraq traded blame after the strike. Turkey says it targets militants in Iraq; Iraq says Turkey kills civilians.',
    'Turkey shelled a village in Iraq on Wednesday, and Iraq summoned the Turkish envoy.',
    'Turkey denied the charge, and Iraq said it would complain again to Turkey.',
    'Prime Minister Adil Faraj described the shelling on Wednesday as a flagrant violation of Iraqi sovereignty.',
  ]);
  const reproach = ev.find((x) => x.cameo.startsWith('11') && x.evidences.some((v) => v.sentence.includes('Faraj')));
  assert.ok(reproach, show(ev));
  assert.equal(reproach.source.country, 'IRQ');
  assert.equal(reproach.target?.country, 'TUR');
});

test('passive.own-envoy: "Baghdad\'s chargé d\'affaires in Ankara was recalled" is Iraq recalling its envoy from Turkey', () => {
  const ev = code(["On Wednesday Baghdad's chargé d'affaires in Ankara was recalled for consultations."]);
  const recall = ev.find((x) => x.cameo === '161');
  assert.equal(recall?.source.country, 'IRQ', show(ev));
  assert.equal(recall?.target?.country, 'TUR');
});

const GREECE_TURKEY = [
  'Greece and Turkey are at odds again over the Aegean.',
  'Greece says Turkey sent warships into its waters; Turkey says Greece is arming islands it should keep demilitarised.',
  'Turkey summoned the Greek ambassador on Monday, and Greece protested to Turkey the same day.',
];

test('office.one-state: one minister is one state\'s, whichever of her acts names which state', () => {
  const ev = code([...GREECE_TURKEY, 'On Tuesday, Defence Minister Eleni Kostaki called the incursion an "aggression" against Greece\'s borders and accused Ankara of blackmail.']);
  const hers = ev.filter((x) => x.evidences.some((v) => v.sentence.includes('Kostaki')));
  assert.ok(hers.length >= 1, show(ev));
  for (const e of hers) {
    assert.equal(e.source.country, 'GRC', show(hers));
    assert.equal(e.target?.country, 'TUR', show(hers));
  }
});

test('office.one-state: a town the minister flies to does not make her the other state\'s', () => {
  const ev = code([
    'Spain and Morocco are at odds again over the border.',
    'Spain says Morocco let thousands cross; Morocco says Spain sheltered a rebel leader.',
    'Morocco recalled its ambassador on Monday, and Spain protested to Morocco the same day.',
    'On Tuesday, Prime Minister Luis Ortega flew to Melilla, promising to restore order.',
  ]);
  for (const e of ev.filter((x) => x.evidences.some((v) => v.sentence.includes('Ortega')))) assert.notEqual(e.source.country, 'MAR', show(ev));
});
