import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PEOPLE } from './data/people.js';
import { KNOWN_PEOPLE } from './known-people.js';
import { findActorMentions } from '../resolver.js';

/** Surnames too common to name one person on their own. */
const COMMON = new Set(['Ali', 'Khan', 'Kim', 'Lee', 'Park', 'Singh', 'Sharif', 'Cohen', 'Hussein', 'Wang', 'Li', 'Aoun', 'Salam', 'Austin', 'Johnson', 'Abe', 'Wu']);

test('people data: years are ordered, offices and names are filled, common surnames are never aliases', () => {
  for (const x of PEOPLE) {
    assert.ok(x.name && x.office, x.name);
    assert.ok(x.from >= 1980 && x.from <= 2026, `${x.name}: from ${x.from}`);
    if (x.to !== null) assert.ok(x.to >= x.from && x.to <= 2026, `${x.name}: to ${x.to}`);
    for (const a of x.aliases) assert.ok(!COMMON.has(a), `${x.name}: alias ${a} is too common`);
  }
});

test('people data: one alias never names two people of different countries', () => {
  const owner = new Map<string, string | null>();
  for (const k of KNOWN_PEOPLE) {
    for (const n of [k.name, ...k.aliases]) {
      if (owner.has(n)) assert.equal(owner.get(n), k.country, `${n} is listed for two countries`);
      owner.set(n, k.country);
    }
  }
});

const who = (s: string) => findActorMentions(s).map((m) => `${m.actors[0]?.name}/${m.actors[0]?.country}/${m.actors[0]?.role}`);

test('leaders are found by surname, full name or after Mr./Ms.', () => {
  assert.deepEqual(who('Putin said the talks would go on.'), ['Vladimir Putin/RUS/GOV']);
  assert.deepEqual(who('Aliyev told reporters the operation was over.'), ['Ilham Aliyev/AZE/GOV']);
  assert.deepEqual(who('Mr. Kurti spoke to parliament on Monday.'), ['Albin Kurti/UNK/GOV']);
  assert.deepEqual(who('Hun Manet flew to the summit.'), ['Hun Manet/KHM/GOV']);
  assert.deepEqual(who('Vučić called the report a lie.'), ['Aleksandar Vucic/SRB/GOV']);
  assert.deepEqual(who('Gen. Brawner inspected the boats.'), ['Romeo Brawner Jr./PHL/MIL']);
});

test('an office and country written in the text win over the dictionary', () => {
  const m = findActorMentions("Iran's foreign minister, Hossein Amir-Abdollahian, arrived late.");
  assert.equal(m.length, 1);
  assert.deepEqual([m[0]!.actors[0]!.country, m[0]!.actors[0]!.office], ['IRN', 'foreign minister']);
});

test('international officials and leaders of unrecognised entities have no country', () => {
  assert.deepEqual(who('Guterres appealed for calm.'), ['Antonio Guterres/null/IGO']);
  assert.deepEqual(who('Muse Bihi hailed the port deal.'), ['Muse Bihi Abdi/null/GOV']);
});
