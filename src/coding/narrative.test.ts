/**
 * General reporting of material conflict, in our own sentences, against the fixed gazetteer
 * (testing/fake-actors.ts). Publication date 2024-01-23, a Tuesday.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn as code, findEvent as find } from './testing/code-own.js';
import type { CodedEvent } from './types.js';

test('date.narrative: an undated act takes the day of the sentence before it', () => {
  const ev = code([
    'On Thursday morning, soldiers traded fire near a shrine on the frontier.',
    'Turkish forces then fired rockets at Greece.',
  ]);
  assert.equal(find(ev, 'TUR', 'GRC', '19').date, '2024-01-18');
});

test('date.narrative stops at a heading', () => {
  const ev = code(['On Thursday morning, soldiers traded fire near a shrine.', ['heading', 'Background'], 'Turkish forces then fired rockets at Greece.']);
  assert.equal(find(ev, 'TUR', 'GRC', '19').date, null);
});

test('"the same day" hangs on the day the narrative is at', () => {
  const ev = code(['A mine wounded three soldiers on patrol on Sunday.', 'The same day Turkey recalled its ambassador from Athens.']);
  const e = ev.find((x) => x.source.country === 'TUR' && x.root === '16');
  if (e) assert.equal(e.date, '2024-01-21');
});

test('ref.it-subject and verb.demonym-adjective: "It launched …", "a limited Israeli strike"', () => {
  const ev = code([
    'Late last Saturday, Iran made good on that threat.',
    'It launched more than 200 drones and missiles at Israel.',
    'Explosions shook an air base outside the Iranian city of Isfahan before dawn on Friday, in what officials described as a limited Israeli strike.',
  ]);
  assert.equal(find(ev, 'IRN', 'ISR', '19').date, '2024-01-20');
  const strike = find(ev, 'ISR', 'IRN', '19');
  assert.equal(strike.date, '2024-01-19');
  assert.equal(strike.location?.name, 'Isfahan', 'the scene before the noun is its place and target');
});

test('agent.attributed and toll.next-sentence: "an airstrike widely attributed to Israel", the toll in the next sentence', () => {
  const ev = code([
    'The cycle began on Jan. 2, when an airstrike widely attributed to Israel destroyed a building beside Iran\'s embassy in Damascus.',
    'Iran said five of its officers were killed.',
  ]);
  const e = find(ev, 'ISR', 'IRN', '19');
  assert.equal(e.date, '2024-01-02');
  assert.equal(e.fatalities, 5);
  assert.equal(e.location?.country, 'SYR', 'the place is Syria though the target is Iran');
});

test('subject.coordinated-verb and ref.said-it', () => {
  const ev = code([
    'On Saturday, Pakistan said India had fired missiles at three of its air bases, and announced retaliatory strikes on Indian military sites.',
    'India said it had hit back at Pakistani radar sites.',
  ]);
  assert.equal(find(ev, 'PAK', 'IND', '19').date, '2024-01-20');
  assert.equal(find(ev, 'IND', 'PAK', '19').date, '2024-01-20');
});

test('date.other-act: a day before "after" belongs to the later act; an undated report joins the dated one', () => {
  const ev = code([
    'Residents swept up glass on Tuesday after a Russian missile barrage struck Kharkiv, killing at least 9 people.',
    'Russia launched missile strikes on Ukraine on Monday.',
  ]);
  const strikes = ev.filter((x) => x.source.country === 'RUS' && x.target?.country === 'UKR' && x.root === '19');
  assert.equal(strikes.length, 1, JSON.stringify(strikes.map((x) => [x.date, x.location?.name])));
  assert.equal(strikes[0]!.date, '2024-01-22');
});

test('"the next day" after the trigger, in its clause, dates it from the narrative', () => {
  const ev = code(['Several Russian soldiers were killed when their convoy came under fire on Wednesday.', 'Turkey called Russia the next day to apologise.']);
  const e = ev.find((x) => x.source.country === 'TUR' && x.target?.country === 'RUS');
  assert.ok(e, JSON.stringify(ev.map((x) => [x.source.country, x.target?.country, x.cameo])));
  assert.equal(e.date, '2024-01-18');
});

test('modality: "neither … would", "had hoped to", "until" are not reports', () => {
  const ev = code([
    'Turkey and Greece agreed on Monday that neither country would attack the other.',
    'Israel had hoped to attack Iran.',
    'An analyst said the truce would be fragile until Turkey attacked Greece.',
  ]);
  const firm = ev.filter((x) => x.root === '19' && x.modality !== 'hypothetical' && x.modality !== 'negated');
  assert.deepEqual(firm.map((x) => x.evidence), []);
});

test('noun.object-no-comma: past a comma a nominal act has no object', () => {
  const ev = code(['Before dawn, blasts hit an air base near Isfahan, in what officials called a limited Israeli strike, the latest move in a feud between the United States and Iran.']);
  assert.equal(find(ev, 'ISR', 'IRN', '19').location?.name, 'Isfahan');
  assert.equal(ev.filter((x) => x.target?.country === 'USA').length, 0);
});

test('place.later-clause and toll.next-sentence: the scene in a later clause, the toll in the next sentence', () => {
  const ev2 = code([
    'On Thursday, Iranian forces fired rockets into Pakistan; one rocket hit a market in Balochistan.',
    'Pakistani officials said 12 people had been killed that day.',
  ]);
  const e = find(ev2, 'IRN', 'PAK', '19');
  assert.equal(e.location?.name, 'Balochistan');
  assert.equal(e.fatalities, 12);
});

test('target.including and place.not-own-ground', () => {
  const ev = code([
    'Early on Wednesday, Iran fired missiles at what it called militant hideouts, including several in Balochistan.',
    'On Friday, Iran said Pakistan had fired at villages near Isfahan, and announced strikes on Pakistani posts.',
  ]);
  assert.equal(find(ev, 'IRN', 'PAK', '19').location?.name, 'Balochistan');
  const reply = ev.filter((x) => x.source.country === 'IRN' && x.target?.country === 'PAK' && x.date === '2024-01-19');
  assert.ok(reply.every((x) => x.location?.country !== 'IRN'), 'Isfahan is where the other side struck');
});

test('toll.next-sentence reads a toll with several words before "were killed"', () => {
  const ev = code(['On Jan. 2 an airstrike widely attributed to Israel hit a building in Damascus used by Iran.', 'Iran said seven members of its elite guard corps were killed.']);
  assert.equal(find(ev, 'ISR', 'IRN', '19').fatalities, 7);
});

test('modality: a purpose ("an accord that was meant to …") is no report of the act', () => {
  const ev = code(['On Monday, Turkey suspended an accord with Greece that was meant to attack Iran.']);
  assert.equal(ev.filter((x) => x.target?.country === 'IRN' && x.modality === 'asserted').length, 0);
});

test('modality.trailing-source: an attribution at the end of the sentence makes a claim', () => {
  const ev = code(['Pakistani jets struck Afghanistan on Saturday, killing 46 people, the Afghan government said.']);
  assert.equal(find(ev, 'PAK', 'AFG', '19').modality, 'claimed');
});

test('refine.main-pair-target: a force act with no target named is aimed at the other main state', () => {
  const ev = code([
    'North Korea and South Korea traded insults this week.',
    'South Korea said North Korea had broken its word, and North Korea said South Korea had lied.',
    'Officials in South Korea and North Korea gave no details.',
    'On Sunday, the North floated hundreds of trash balloons.',
    'Pyongyang would test-fire missiles again, it said.',
  ]);
  assert.equal(find(ev, 'PRK', 'KOR', '17').date, '2024-01-21');
  assert.equal(ev.filter((x) => x.root === '15' && x.modality === 'asserted').length, 0, 'a planned act gets no target from the pair');
});

test('habitual "have long", permission "allows … to", participle adjective "seized rifles"', () => {
  const ev = code([
    'Turkish activists have long sent balloons into Greece.',
    'A new Chinese rule took effect on Monday that allows its officers to detain Indian fishermen.',
    'Pakistan demanded the return of seized rifles from India on Monday.',
  ]);
  assert.deepEqual(ev.filter((x) => x.modality === 'asserted' && Number(x.root) >= 17).map((x) => x.evidence), []);
});

test('toll.single: "a police officer was killed" in the next sentence is one death', () => {
  const ev = code(['Gunmen attacked Turkish police near the border with Greece on Sunday.', 'A Turkish police officer, Sgt. Ali Demir, was killed and another wounded.']);
  const e = ev.find((x) => x.source.country === null && x.target?.country === 'TUR');
  assert.ok(e, JSON.stringify(ev.map((x) => [x.source.name, x.target?.country])));
  assert.equal(e.fatalities, 1);
});

test('date.narrative through a relatively dated sentence, and a verb after a comma in a list', () => {
  const ev = code([
    'The crisis came to a head on Jan. 3, when crowds marched in Ankara.',
    'Two days later, the Turkish president gave a fiery speech.',
    'Greece called the speech a threat, put its forces on alert against Turkey and said it had spoken to allies.',
  ]);
  const e = ev.find((x) => x.source.country === 'GRC' && x.cameo === '152');
  assert.ok(e, JSON.stringify(ev.map((x) => [x.source.country, x.target?.country, x.cameo])));
  assert.equal(e.date, '2024-01-05');
});

test('place.not-speaker and posture.intercept-aircraft: a capital that speaks is not the scene', () => {
  const ev = code(['Greek jets intercepted two Turkish warplanes on Wednesday, the latest of the violations that Athens says have surged.']);
  const e = find(ev, 'GRC', 'TUR', '15');
  assert.equal(e.location, null);
});
