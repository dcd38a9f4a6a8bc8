import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaceMentions, placeIn } from './places.js';

const first = (s: string) => {
  const ms = findPlaceMentions(s);
  assert.ok(ms.length > 0, s);
  return ms[0];
};

test('P1/P2 Balochistan province in Pakistan, with admin1 and coordinates', () => {
  const m = findPlaceMentions("an attack in Pakistan's sparsely populated Balochistan province").find((x) => x.place.kind !== 'country')!;
  assert.equal(m.text, 'Balochistan province');
  assert.equal(m.place.country, 'PAK');
  assert.equal(m.place.admin1, 'Balochistan');
  assert.ok(Math.abs(m.place.lat! - 28.5) < 1 && Math.abs(m.place.lon! - 65.1) < 1);
});

test('P1 Sistan and Baluchestan and its spelling variants resolve to one admin1 of Iran', () => {
  for (const s of ['Sistan and Baluchestan', 'Sistan-Baluchestan', 'Sistan and Balochistan', 'Sistan-Balochistan', 'Sīstān and Baluchestān', 'Sistan va Baluchestan']) {
    const m = first(`a village in the ${s} province of Iran`);
    assert.equal(m.place.admin1, 'Sistan and Baluchestan', s);
    assert.equal(m.place.country, 'IRN', s);
    assert.ok(Math.abs(m.place.lat! - 27.5) < 1 && Math.abs(m.place.lon! - 60.6) < 1, s);
  }
  for (const s of ['Baluchistan', 'Baluchestan', 'Balochistan']) assert.equal(first(`fighting in ${s}`).place.admin1, 'Balochistan', s);
});

test('P3 a country word nearby chooses the reading', () => {
  assert.equal(findPlaceMentions("militants in Iran's Balochistan")[1].place.admin1, 'Sistan and Baluchestan');
  assert.equal(findPlaceMentions('Punjab, India').find((m) => m.text === 'Punjab')!.place.country, 'IND');
  assert.equal(findPlaceMentions('Pakistan said floods hit Punjab').find((m) => m.text === 'Punjab')!.place.country, 'PAK');
  assert.equal(findPlaceMentions('India said floods hit Punjab').find((m) => m.text === 'Punjab')!.place.country, 'IND');
});

test('cities carry their province; regions their country; disputed regions their claimants', () => {
  const q = first('a blast in Quetta');
  assert.deepEqual([q.place.kind, q.place.country, q.place.admin1], ['city', 'PAK', 'Balochistan']);
  const z = first('protests in Zahedan');
  assert.deepEqual([z.place.country, z.place.admin1], ['IRN', 'Sistan and Baluchestan']);
  assert.equal(first('near Saravan').place.country, 'IRN');
  assert.equal(first('in Panjgur district').place.admin1, 'Balochistan');
  assert.deepEqual([first('Peshawar').place.admin1], ['Khyber Pakhtunkhwa']);
  const g = first('strikes on Gaza');
  assert.deepEqual([g.place.country, g.place.kind], ['PSE', 'region']);
  assert.equal(first('the West Bank').place.country, 'PSE');
  const k = first('the dispute over Kashmir');
  assert.deepEqual(k.place.disputed, ['IND', 'PAK', 'CHN']);
  assert.equal(first('shelling in Donbas').place.country, 'UKR');
  assert.equal(first('Khyber-Pakhtunkhwa').place.admin1, 'Khyber Pakhtunkhwa');
  const w = first('talks in Washington');
  assert.deepEqual([w.place.country, w.place.admin1], ['USA', 'District of Columbia']);
});

test('P2 "X province" prefers the province over a city of the same name; oblasts as news writes them', () => {
  const h = first('fighting in Herat province');
  assert.deepEqual([h.text, h.place.kind, h.place.admin1], ['Herat province', 'admin1', 'Herat']);
  assert.equal(first('the Herat airport').place.kind, 'city');
  const d = first('shelling in the Donetsk region');
  assert.deepEqual([d.place.country, d.place.admin1], ['UKR', 'Donetska oblast']);
});

test('countries are places with their centroid and no admin1', () => {
  const m = first('Iran');
  assert.deepEqual([m.place.kind, m.place.country, m.place.admin1, m.place.lat, m.place.lon], ['country', 'IRN', null, 32, 53]);
});

test('negative cases: no place in ordinary words, lower case, person names or URLs', () => {
  for (const s of [
    'Michael Jordan and Chad Smith',
    'china and turkey',
    'the South Central region of the story',
    'https://www.example.com/World/Asia-South-Central/2024/0123/Iran-fired',
    'Central, Eastern and Western',
    'the West and the Gulf',
    'Atlanta, Georgia',
    'ships in the South China Sea and the Persian Gulf',
    'Red Sea shipping near the Indian Ocean',
    'the Tehreek-e-Taliban Pakistan and the Islamic State of Iraq and Syria',
  ]) assert.deepEqual(findPlaceMentions(s).map((m) => m.text), [], s);
  assert.deepEqual(findPlaceMentions('Papua New Guinea').map((m) => m.place.country), ['PNG']);
});

test('placeIn: a name read inside a given country', () => {
  assert.equal(placeIn('IRN', 'Balochistan')?.admin1, 'Sistan and Baluchestan');
  assert.equal(placeIn('PAK', 'Baluchistan')?.admin1, 'Balochistan');
  assert.equal(placeIn('IND', 'Punjab')?.country, 'IND');
  assert.equal(placeIn('PAK', 'Punjab')?.country, 'PAK');
  assert.equal(placeIn('FRA', 'Punjab'), null);
});
