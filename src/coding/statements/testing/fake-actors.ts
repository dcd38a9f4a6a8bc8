/**
 * A small stand-in for findActorMentions in statement tests, so they do not depend on the gazetteer
 * (being built in parallel). Names, demonyms and capitals of a few countries; "the two countries" as
 * an unresolved pair mention.
 */
import type { ActorMention } from '../../../actors/types.js';

const TABLE: [string, string, ActorMention['via']][] = [
  ['Pakistan', 'PAK', 'name'], ['Pakistani', 'PAK', 'demonym'], ['Islamabad', 'PAK', 'capital'],
  ['India', 'IND', 'name'], ['Indian', 'IND', 'demonym'], ['Delhi', 'IND', 'capital'], ['New Delhi', 'IND', 'capital'],
  ['China', 'CHN', 'name'], ['Chinese', 'CHN', 'demonym'], ['Beijing', 'CHN', 'capital'],
  ['Iran', 'IRN', 'name'], ['Iranian', 'IRN', 'demonym'], ['Tehran', 'IRN', 'capital'],
  ['Afghanistan', 'AFG', 'name'], ['Afghan', 'AFG', 'demonym'], ['Kabul', 'AFG', 'capital'],
  ['Vietnam', 'VNM', 'name'], ['Hanoi', 'VNM', 'capital'], ['Norway', 'NOR', 'name'], ['Russia', 'RUS', 'name'],
  ['Canada', 'CAN', 'name'], ['Ottawa', 'CAN', 'capital'], ['Saudi Arabia', 'SAU', 'name'], ['Riyadh', 'SAU', 'capital'],
  ['Armenia', 'ARM', 'name'], ['Azerbaijan', 'AZE', 'name'], ['Venezuela', 'VEN', 'name'], ['Caracas', 'VEN', 'capital'],
  ['Colombia', 'COL', 'name'], ['Bogota', 'COL', 'capital'], ['Japan', 'JPN', 'name'], ['Tokyo', 'JPN', 'capital'],
  ['South Korea', 'KOR', 'name'], ['Seoul', 'KOR', 'capital'], ['Laos', 'LAO', 'name'], ['Cambodia', 'KHM', 'name'],
  ['Washington', 'USA', 'capital'], ['Vietnamese', 'VNM', 'demonym'], ['North Korea', 'PRK', 'name'], ['Pyongyang', 'PRK', 'capital'],
];

const NAMES = [...TABLE].sort((a, b) => b[0].length - a[0].length);
const RX = new RegExp(`\\b(?:${NAMES.map(([n]) => n.replace(/ /g, '\\s+')).join('|')})\\b|\\bthe\\s+two\\s+countries\\b`, 'g');

export function fakeFindActors(text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of text.matchAll(RX)) {
    const word = m[0].replace(/\s+/g, ' ');
    const row = TABLE.find(([n]) => n === word);
    const start = m.index!;
    if (!row) {
      out.push({ start, end: start + m[0].length, text: m[0], actors: [], via: 'pair' });
      continue;
    }
    out.push({ start, end: start + m[0].length, text: m[0], via: row[2],
      actors: [{ name: row[0], country: row[1], role: null, kind: 'state' }] });
  }
  return out;
}
