/** The demonyms wire copy prints where world-countries has another form ("Tajik", not "Tadzhik"). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryOf, findActorMentions } from './index.js';

test('news demonyms name their state', () => {
  const want: Record<string, string> = {
    Tajik: 'TJK', Uzbek: 'UZB', Maldivian: 'MDV', Nepali: 'NPL', Nepalese: 'NPL', Djiboutian: 'DJI',
    Ecuadorian: 'ECU', Argentinian: 'ARG', Slovenian: 'SVN', Timorese: 'TLS', Laotian: 'LAO', Scottish: 'GBR',
  };
  for (const [word, iso] of Object.entries(want)) assert.equal(countryOf(word), iso, word);
});

test('"Tajik forces" in a reported sentence is Tajikistan, not the speaker', () => {
  const mentions = findActorMentions('Kyrgyz officials said Tajik forces had crossed into two villages.');
  assert.deepEqual(mentions.map((m) => m.actors[0]?.country), ['KGZ', 'TJK']);
});

test('capitals written with accents or in their news spelling name their state, asked either way', () => {
  const want: Record<string, string> = { Bogotá: 'COL', Bogota: 'COL', Asunción: 'PRY', 'San José': 'CRI', Yaoundé: 'CMR', Ulaanbaatar: 'MNG' };
  for (const [word, iso] of Object.entries(want)) assert.equal(countryOf(word), iso, word);
  assert.equal(countryOf('Male'), null, 'a capital that folds to a common word stays out');
});
