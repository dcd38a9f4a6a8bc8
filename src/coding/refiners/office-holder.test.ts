/** refine.office-holder on reports in our own words (Chile and Peru). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { articleActorFinder } from '../../actors/article-finder.js';

const SETTING = [
  'Relations between Chile and Peru have soured over the fishing grounds.',
  'Peru says Chile has let its trawlers into Peruvian waters, and Chile denies it.',
  'Chilean and Peruvian officials last met in March, and Peru has since protested twice.',
];
const dyads = (paragraph: string): string[] =>
  codeArticle(makeArticle([...SETTING, paragraph]), { actors: articleActorFinder() })
    .map((e) => `${e.source.country}->${e.target?.country ?? null} ${e.cameo}`).sort();

test('office.both: an official placed by another act makes the official she summons the other state\'s', () => {
  const out = dyads('On Monday State Councillor Ana Quispe summoned Ambassador Tomas Ruhle and urged Chile to release the trawler.');
  assert.ok(out.includes('PER->CHL 114') || out.some((d) => d.startsWith('PER->CHL 11')), out.join(', '));
  assert.ok(out.includes('PER->CHL 020') || out.some((d) => d.startsWith('PER->CHL 02')), out.join(', '));
});
