/**
 * One fixture article (our own words) read sentence by sentence with one article finder, as
 * the coder reads it: people by surname (dictionary and remembered), international bodies and
 * unrecognised authorities get the right country.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../testing/paths.js';
import { articleActorFinder } from './article-finder.js';

test('people, bodies and authorities in an article resolve to their country (null where stateless)', () => {
  const text = readFileSync(fixture('actors', 'people-and-bodies.txt'), 'utf8');
  const finder = articleActorFinder();
  const found = new Map<string, string>();
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    for (const m of finder.findActorMentions(sentence)) found.set(m.text, `${m.actors[0]?.country ?? 'null'}/${m.actors[0]?.role ?? 'null'}`);
  }
  const want: Record<string, string> = {
    "Kosovo's prime minister, Albin Kurti": 'UNK/GOV',
    Kurti: 'UNK/GOV',
    'European Union': 'null/IGO',
    Vucic: 'SRB/GOV',
    Somaliland: 'null/GOV',
    'African Union': 'null/IGO',
    Guterres: 'null/IGO',
    'Karabakh forces': 'null/REB',
    "South Korea's National Security Council": 'KOR/GOV',
    Klaveren: 'CHL/GOV',
  };
  for (const [phrase, country] of Object.entries(want)) assert.equal(found.get(phrase), country, `${phrase}: ${[...found].join('; ')}`);
});
