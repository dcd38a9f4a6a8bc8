/**
 * The actors stage on the shared seed article (skipped when ../shared is absent): the actors and
 * places the coder needs for the gold events are found, and the forbidden background countries
 * appear only as plain names, never with a role the coder could mistake for a party.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { findActorMentions } from './resolver.js';
import { findPlaceMentions } from './places.js';
import { sharedDir } from '../testing/paths.js';

const path = sharedDir('cases', 'seed-iran-pakistan-2024', 'article.txt');
const text = path && existsSync(path) ? readFileSync(path, 'utf8') : null;

test('seed article: actors behind the gold events', (t) => {
  if (!text) return t.skip('../shared is absent');
  const ms = findActorMentions(text);
  const has = (pred: (s: string) => boolean, what: string) => assert.ok(ms.some((m) => pred(`${m.via}|${m.actors.map((a) => `${a.name}/${a.country}/${a.role}`).join('+')}`)), what);
  has((s) => s === 'demonym|Iran/IRN/GOV', 'Iranian officials -> IRN GOV');
  has((s) => s === 'demonym|Pakistan/PAK/GOV', 'Pakistani Foreign Ministry -> PAK GOV');
  has((s) => s === 'demonym|Iran/IRN/MED', 'Iranian media -> IRN MED');
  has((s) => s === 'group|Jaish al-Adl/null/REB', 'Jaish al-Adl, no state');
  has((s) => s.startsWith('person|Hossein Amir-Abdollahian/IRN/GOV'), 'the Iranian foreign minister');
  has((s) => s.startsWith('person|Mushahid Hussain Syed/PAK/LEG'), 'a Pakistani senator');
  has((s) => s === 'capital|Afghanistan/AFG/GOV', 'Kabul');
  assert.ok(ms.filter((m) => m.via === 'pair').length >= 4, 'both countries / the two neighbors / the two Muslim countries');
  for (const m of ms) {
    for (const a of m.actors) if (['USA', 'ISR', 'YEM', 'KEN'].includes(a.country ?? '')) assert.equal(a.role, null, `${m.text} has a role`);
  }
});

test('seed article: the two strike locations', (t) => {
  if (!text) return t.skip('../shared is absent');
  const ps = findPlaceMentions(text);
  const bal = ps.find((p) => p.place.admin1 === 'Balochistan')!;
  assert.equal(bal.place.country, 'PAK');
  const sb = ps.find((p) => p.place.admin1 === 'Sistan and Baluchestan')!;
  assert.equal(sb.place.country, 'IRN');
  assert.ok(!ps.some((p) => p.place.kind !== 'country' && p.place.country === 'MDV'), 'no place from the URL');
});
