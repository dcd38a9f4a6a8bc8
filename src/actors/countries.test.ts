import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryActor, countryOf, landNeighbours, countryName, countryCentroid } from './countries.js';
import { resolvePair } from './pair-resolution.js';
import { findActorMentions } from './resolver.js';

test('countryOf reads names, demonyms, capitals, possessives and our aliases', () => {
  const cases: [string, string | null][] = [
    ['Iran', 'IRN'], ['Pakistani', 'PAK'], ['Tehran', 'IRN'], ["Tehran's", 'IRN'], ['Kyiv', 'UKR'], ['Kiev', 'UKR'],
    ['U.S.', 'USA'], ['Britain', 'GBR'], ['Turkey', 'TUR'], ['Congolese', 'COD'], ['Afghan', 'AFG'], ['New Delhi', 'IND'],
    ['the Philippines', 'PHL'], ['IRN', 'IRN'], ['irn', null], ['can', null], ['are', null], ['china', null], ['turkey', null], ['chad', null], ['Chad', 'TCD'], ['pakistan', 'PAK'], ['Atlantis', null], ['', null], ['US', 'USA'], ['us', null],
    ['UK', 'GBR'], ['uk', null], ['Iranians', 'IRN'], ['Pakistan’s', 'PAK'], ['PAKISTAN', 'PAK'],
  ];
  for (const [w, want] of cases) assert.equal(countryOf(w), want, w);
});

test('countryActor, countryName, countryCentroid, landNeighbours', () => {
  assert.deepEqual(countryActor('PAK'), { name: 'Pakistan', country: 'PAK', role: null, kind: 'state' });
  assert.equal(countryActor('XXX'), null);
  assert.equal(countryName('IRN'), 'Iran');
  assert.deepEqual(countryCentroid('PAK'), { lat: 30, lon: 70 });
  assert.deepEqual(landNeighbours('PAK').sort(), ['AFG', 'CHN', 'IND', 'IRN']);
  assert.deepEqual(landNeighbours('XXX'), []);
});

test('resolvePair: the last two states before the pair, same sentence first', () => {
  const text = 'China watched. Iran struck Pakistan on Tuesday. Pakistan hit back and the two neighbours later made up.';
  const ms = findActorMentions(text);
  const pair = ms.find((m) => m.via === 'pair')!;
  const got = resolvePair(text, pair.start, ms).map((a) => a.country).sort();
  assert.deepEqual(got, ['IRN', 'PAK']);
  const text2 = 'Iranian officials met Pakistani diplomats. Both countries agreed.';
  const ms2 = findActorMentions(text2);
  assert.deepEqual(resolvePair(text2, ms2.find((m) => m.via === 'pair')!.start, ms2).map((a) => a.country).sort(), ['IRN', 'PAK']);
  assert.deepEqual(resolvePair('Both sides agreed.', 0, findActorMentions('Both sides agreed.')), []);
  const text3 = 'India and Pakistan traded fire. The two armies later agreed to a ceasefire.';
  const ms3 = findActorMentions(text3);
  const p3 = ms3.find((m) => m.via === 'pair')!;
  assert.deepEqual(resolvePair(text3, p3.start, ms3).map((a) => `${a.country}/${a.role}`).sort(), ['IND/MIL', 'PAK/MIL']);
});
