/** refine.conditional-threat on sentences in our own words; publication 2024-01-23, a Tuesday. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { FAKE_ACTORS } from '../testing/fake-actors.js';

const coded = (text: string) => codeArticle(makeArticle([text]), { actors: FAKE_ACTORS })
  .map((e) => `${e.source.country}->${e.target?.country ?? null} ${e.cameo} ${e.modality}`);

test('conditional-threat: "will strike if Y …" is a threat made now, not an intended strike', () => {
  assert.deepEqual(coded('Turkey says it will strike Greece again if the talks fail.'), ['TUR->GRC 138 asserted']);
  assert.deepEqual(coded('Turkey warned that it would attack Greek positions should Athens send more troops.'), ['TUR->GRC 138 asserted']);
  // The condition told first.
  assert.deepEqual(coded('If the talks fail, Turkey will strike Greece again, the minister said.'), ['TUR->GRC 138 asserted']);
});

test('conditional-threat: a promised measure under a condition is the matching threat', () => {
  assert.deepEqual(coded('Turkey said it would expel Greek diplomats unless Athens apologised.'), ['TUR->GRC 1313 asserted']);
});

test('conditional-threat: a possibility or a plan without a condition is not a threat made', () => {
  // "could" is a forecast: hypothetical (printed only with --all-modalities).
  assert.deepEqual(coded('Turkey could strike Greece if the talks fail.'), ['TUR->GRC 190 hypothetical']);
  // A plain plan stays an intended act.
  assert.deepEqual(coded('Turkey said it would expel two Greek diplomats next week.'), ['TUR->GRC 161 intended']);
});

test('modality.inverted-condition: the act inside "should X do Y" is not reported', () => {
  assert.deepEqual(coded('Should Greece expel Turkish diplomats, Ankara would answer.').filter((e) => e.startsWith('GRC')), ['GRC->TUR 161 hypothetical']);
});

test('conditional-threat: a condition of another verb after ", and" leaves the act a plan', () => {
  assert.deepEqual(coded('Turkey said it would expel two Greek diplomats, and Iran would protest if it did.').filter((e) => e.startsWith('TUR')), ['TUR->GRC 161 intended']);
});
