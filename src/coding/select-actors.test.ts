/** Subject selection in clause structures, on sentences in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from './code-article.js';
import { makeArticle } from './testing/make-article.js';
import { FAKE_ACTORS } from './testing/fake-actors.js';

const force = (text: string): string[] => codeArticle(makeArticle([text]), { actors: FAKE_ACTORS })
  .filter((e) => e.root === '19').map((e) => `${e.source.country}->${e.target?.country ?? null}`);

test('subject.relative-subordinate: "…, which came hours after X fired …" - X fired, not the antecedent', () => {
  assert.deepEqual(force('The note from Ankara, which was sharply worded, came hours after a Greek frigate fired a missile at a Turkish drone on Monday.'), ['GRC->TUR']);
});

test('subject.coordinated-verb: a verb after ", but" with no subject of its own shares the main subject', () => {
  const ev = codeArticle(makeArticle(['Turkey said the talks might resume, but expelled two Greek diplomats on Monday.']), { actors: FAKE_ACTORS });
  assert.deepEqual(ev.filter((e) => e.root === '16').map((e) => `${e.source.country}->${e.target?.country}`), ['TUR->GRC']);
});

test('subject.comma-clause: a noun phrase between a comma and the verb is its own subject', () => {
  // The cabinet recalled the envoy, not the Greek ambassador named before the comma.
  const ev = codeArticle(makeArticle(['On Monday Turkey summoned the Greek ambassador, the cabinet recalled an envoy from Iran.']), { actors: FAKE_ACTORS });
  assert.deepEqual(ev.filter((e) => e.root === '16').map((e) => e.source.country), []);
  // With no comma clause, the state still acts.
  const own = codeArticle(makeArticle(['On Monday Turkey summoned the Greek ambassador and recalled its envoy from Athens.']), { actors: FAKE_ACTORS });
  assert.deepEqual(own.filter((e) => e.root === '16').map((e) => `${e.source.country}->${e.target?.country}`), ['TUR->GRC']);
});

test('subject.relative-object: a state inside "forces that had crossed X territory" is no subject', () => {
  assert.deepEqual(force('The fighting began on 26 January, when Turkish forces that had infiltrated Greek territory in the hills attacked a Greek patrol.'), ['TUR->GRC']);
  // Reported speech is no relative clause: the reported subject acts.
  assert.deepEqual(force('On Monday Turkey said that Greek troops attacked a Turkish patrol.'), ['GRC->TUR']);
});

test('subject.apposition: a state inside ", a X ally," describes the subject and is not it', () => {
  assert.deepEqual(force('Greece, a longtime Armenian ally in the region, shelled Turkish positions on Monday.'), ['GRC->TUR']);
});

test('clause.attribution: the speaker of a closing ", X said." is not the object of the reported act', () => {
  const ev = codeArticle(makeArticle(['Greece is ready to send 400 troops to a peace force, Turkish Defence Minister Nikos Vlahos said on Monday.']), { actors: FAKE_ACTORS });
  assert.deepEqual(ev.filter((e) => e.target?.country === 'TUR').map((e) => e.cameo), []);
});

test('object.locative: a state after "in the" is where the act happens, not its object', () => {
  const ev = codeArticle(makeArticle(['Turkey has mobilized lobby groups in the United States to support Syrian refugees.']), { actors: FAKE_ACTORS });
  assert.deepEqual(ev.map((e) => `${e.source.country}->${e.target?.country ?? null}`), ['TUR->SYR']);
});
