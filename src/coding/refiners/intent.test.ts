/** refine.intent on sentences in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { FAKE_ACTORS } from '../testing/fake-actors.js';

const coded = (text: string): string[] => codeArticle(makeArticle([text]), { actors: FAKE_ACTORS })
  .map((e) => `${e.source.country}->${e.target?.country ?? null} ${e.cameo} ${e.modality}`);

test('intent.sanction-threat: sanctions promised for later are a threat to sanction', () => {
  assert.deepEqual(coded('On Monday Turkey said it would hit Greece with heavy sanctions over the dispute.'), ['TUR->GRC 1312 intended']);
});

test('intent.sanction-threat: sanctions imposed stay sanctions', () => {
  assert.deepEqual(coded('On Monday Turkey imposed sanctions on Greece over the dispute.').map((s) => s.split(' ')[1]!.slice(0, 3)), ['163']);
});

test('intent.sanction-threat: a decision to sanction is no threat', () => {
  assert.deepEqual(coded('On Monday Turkey agreed to impose sanctions on Greece.').map((s) => s.split(' ')[1]!.slice(0, 3)), ['163']);
});

test('intent.sanction-threat: an announced halt of trade is no threat', () => {
  assert.deepEqual(coded('On Monday Turkey said it would halt shipments of grain to Greek ports for two weeks.').map((s) => s.split(' ')[1]!.slice(0, 2)), ['16']);
});

test('intent.sanction-threat: sanctions announced to take effect at once are a measure', () => {
  assert.deepEqual(coded('On Monday Turkey said it would immediately impose new sanctions on Greece.').map((s) => s.split(' ')[1]!.slice(0, 2)), ['16']);
});

test('intent.promised-aid: aid promised for later is an intent to give aid', () => {
  assert.deepEqual(coded('On Monday Turkey said it would provide humanitarian aid to Greece after the floods.').map((s) => s.split(' ')[1]!.slice(0, 3)), ['033']);
});

test('intent.promised-yield: a withdrawal offered for later is an intent to yield; a decided one stays a withdrawal', () => {
  const offered = coded('On Monday Turkey said it was willing to withdraw its troops from the Greek islands.');
  assert.ok(offered.length > 0 && offered.every((s) => s.split(' ')[1]!.startsWith('035')), offered.join(' | '));
  const decided = coded('On Monday Turkey agreed to withdraw its troops from the Greek islands.');
  assert.ok(decided.every((s) => !s.split(' ')[1]!.startsWith('03')), decided.join(' | '));
});
