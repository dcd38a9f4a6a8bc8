/** target.not-venue: the city where a meeting or a mediated deal took place is no party to it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { articleActorFinder } from '../../actors/article-finder.js';

const dyads = (paragraph: string): string[] =>
  codeArticle(makeArticle(['Chile and Peru have argued over their sea border for years.', paragraph]), { actors: articleActorFinder() })
    .map((e) => `${e.source.country}->${e.target?.country ?? null} ${e.cameo}`);

test('target.not-venue: "brokered … in Madrid" and "met in Nairobi" make neither Spain nor Kenya a party', () => {
  assert.deepEqual(dyads('A truce brokered by Brazil in Madrid on Monday ended the quarrel.'), []);
  assert.deepEqual(dyads('The African Union met in Nairobi on Monday to discuss the border.'), []);
  assert.deepEqual(dyads('The Brazilian foreign minister will meet in Nairobi on Monday.'), []);
});

test('target.not-venue: force done in a city still takes the city\'s country as target', () => {
  assert.deepEqual(dyads('Peruvian jets bombed a fuel depot in Antofagasta on Monday.'), ['PER->CHL 195']);
});

test('target.not-venue: "an embassy in Lima" is a post in that state, not a venue', () => {
  assert.deepEqual(dyads('Brazil established diplomatic ties with and opened an embassy in Lima, the foreign ministry said on Monday.'), ['BRA->PER 050']);
});
