import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRIES } from './data/countries.js';
import { ADMIN1 } from './data/admin1.js';
import { CITIES } from './data/cities.js';
import { ARMED_GROUPS } from './armed-groups.js';
import { SEATS } from './seats.js';
import { REGIONS } from './regions.js';
import { KNOWN_PEOPLE } from './known-people.js';
import { EXTRA_NAMES, EXTRA_DEMONYMS, CAPITAL_ALIASES } from './country-aliases.js';
import { gazetteer } from './build.js';

const ISO3 = new Set(COUNTRIES.map((c) => c.iso3));
const known = (code: string | null, where: string) => assert.ok(code === null || ISO3.has(code), `${where}: unknown ISO3 ${code}`);

test('every hand-written entry names countries that exist', () => {
  for (const g of ARMED_GROUPS) {
    known(g.country, g.name);
    known(g.home, g.name);
    for (const c of g.operatesIn) known(c, g.name);
    assert.ok(g.operatesIn.length > 0, g.name);
  }
  for (const s of SEATS) known(s.country, s.name);
  for (const r of REGIONS) {
    known(r.country, r.name);
    for (const c of r.disputed ?? []) known(c, r.name);
  }
  for (const p of KNOWN_PEOPLE) known(p.country, p.name);
  for (const table of [EXTRA_NAMES, EXTRA_DEMONYMS, CAPITAL_ALIASES]) for (const k of Object.keys(table)) known(k, k);
});

test('groups with no state have country null (CONTRACT); the Taliban govern Afghanistan', () => {
  for (const name of ['Jaish al-Adl', 'Tehreek-e-Taliban Pakistan', 'Hamas', 'Hezbollah', 'Houthis', 'Islamic State']) {
    assert.equal(ARMED_GROUPS.find((g) => g.name === name)?.country, null, name);
  }
  assert.equal(ARMED_GROUPS.find((g) => g.name === 'Taliban')?.country, 'AFG');
});

test('generated tables are well formed: coordinates in range, provinces named', () => {
  assert.ok(COUNTRIES.length >= 240);
  assert.ok(ADMIN1.length > 4000);
  for (const a of ADMIN1) assert.ok(Math.abs(a.lat) <= 90 && Math.abs(a.lon) <= 180, a.name);
  for (const c of CITIES) if (c.lat !== null) assert.ok(Math.abs(c.lat) <= 90 && Math.abs(c.lon!) <= 180, c.name);
  const quetta = CITIES.find((c) => c.name === 'Quetta')!;
  assert.deepEqual([quetta.country, quetta.admin1], ['PAK', 'Balochistan']);
  assert.ok(ADMIN1.some((a) => a.name === 'Sistan and Baluchestan' && a.country === 'IRN'));
});

test('the compiled gazetteer is built once and reused', () => {
  assert.equal(gazetteer(), gazetteer());
});
