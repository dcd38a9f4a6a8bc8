/** refine.modality on sentences in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { FAKE_ACTORS } from '../testing/fake-actors.js';

const modalities = (text: string, root: string): string[] => codeArticle(makeArticle([text]), { actors: FAKE_ACTORS })
  .filter((e) => e.root === root).map((e) => `${e.source.country}->${e.target?.country ?? null} ${e.modality}`);

test('modality.coordinated-verb: an auxiliary before ", and" belongs to the earlier verb', () => {
  // Told after "told" and "said": claimed, not hypothetical.
  assert.deepEqual(modalities('Turkey told reporters that Greece should be ashamed, and rejected the Greek demand outright.', '12'), ['TUR->GRC claimed']);
  assert.deepEqual(modalities('Turkey said the talks might resume, but expelled two Greek diplomats on Monday.', '16'), ['TUR->GRC claimed']);
});

test('modality.coordinated-verb: the verb\'s own auxiliary after ", and" still counts', () => {
  assert.deepEqual(modalities('Turkey protested on Monday, and would expel two Greek diplomats next week.', '16'), ['TUR->GRC intended']);
  assert.deepEqual(modalities('Turkey protested on Monday, but did not expel any Greek diplomats.', '16'), []);
});

test('modality.month-may: "May" the month is no modal verb', () => {
  assert.deepEqual(modalities('Turkey, at the end of May, expelled two Greek diplomats.', '16'), ['TUR->GRC asserted']);
  assert.deepEqual(modalities('Turkey in early May expelled two Greek diplomats.', '16'), ['TUR->GRC asserted']);
  // The modal still makes the act a possibility, which is not reported as an event.
  assert.deepEqual(modalities('Turkey may expel two Greek diplomats.', '16'), modalities('Turkey might expel two Greek diplomats.', '16'));
});

test('modality.reported: an act told after "reports that" is the reporter\'s claim; plain news stays asserted', () => {
  assert.deepEqual(modalities('Iranian television reports that Iran expelled two Pakistani diplomats.', '16'), ['IRN->PAK claimed']);
  assert.deepEqual(modalities('Iran expelled two Pakistani diplomats after the reports of a border raid.', '16'), ['IRN->PAK asserted']);
});
