import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEvents } from './merge-events.js';
import { makeEvent } from './testing/make-event.js';

test('the same passage printed twice is one report; another sentence is a second report', () => {
  const box = makeEvent({ sentence: 'Iran struck its neighbour on Jan. 16.' });
  const again = makeEvent({ sentence: 'Iran struck its neighbour  on Jan. 16.' });
  const body = makeEvent({ sentence: 'On Jan. 16 Iran launched a missile attack in Pakistan.', cameo: '195', location: { name: 'Balochistan', country: 'PAK', admin1: 'Balochistan', lat: 28, lon: 65, kind: 'admin1' } });
  const [e, ...rest] = mergeEvents([box, again, body]);
  assert.equal(rest.length, 0);
  assert.equal(e!.mentions, 2);
  assert.equal(e!.cameo, '195', 'the most specific code');
  assert.equal(e!.location?.admin1, 'Balochistan');
  assert.equal(e!.evidences.length, 3);
});

test('reports in different articles count separately', () => {
  const [e] = mergeEvents([makeEvent({ articleId: 'a1' }), makeEvent({ articleId: 'a2' })]);
  assert.equal(e!.mentions, 2);
});

test('an undated report joins the dated one; the best date is kept', () => {
  const out = mergeEvents([makeEvent({ date: null, datePrecision: null, dateStated: false, sentence: 'Iran fired at Pakistan.' }), makeEvent()]);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.date, '2024-01-16');
});

test('different days, directions, roots or provinces stay apart', () => {
  const a = makeEvent();
  assert.equal(mergeEvents([a, makeEvent({ date: '2024-01-18' })]).length, 2);
  assert.equal(mergeEvents([a, makeEvent({ from: 'PAK', to: 'IRN' })]).length, 2);
  assert.equal(mergeEvents([a, makeEvent({ cameo: '111' })]).length, 2);
  const here = { name: 'A', country: 'PAK', admin1: 'Balochistan', lat: null, lon: null, kind: 'admin1' as const };
  const there = { ...here, admin1: 'Sindh' };
  // Told in two sentences: two places are two acts (one sentence with two places is one act).
  assert.equal(mergeEvents([makeEvent({ location: here }), makeEvent({ location: there, sentence: 'Iran also struck Sindh.' })]).length, 2);
});

test('a day inside a week-precision report merges; an inferred day tolerates one day', () => {
  assert.equal(mergeEvents([makeEvent({ cameo: '050', date: '2024-01-22', datePrecision: 'week', dateStated: false }), makeEvent({ cameo: '050', date: '2024-01-26' })]).length, 1);
  assert.equal(mergeEvents([makeEvent({ date: '2024-01-17', dateStated: false }), makeEvent()]).length, 1);
});

test('undirected acts merge across the two orders, and a directed report gives the direction', () => {
  const out = mergeEvents([
    makeEvent({ cameo: '087', from: 'IRN', to: 'PAK', undirected: true, date: null, datePrecision: null, modality: 'intended' }),
    makeEvent({ cameo: '087', from: 'PAK', to: 'IRN', date: '2024-01-19' }),
  ]);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.source.country, 'PAK');
  assert.equal(out[0]!.modality, 'asserted');
});

test('hypothetical reports do not merge into asserted ones', () => {
  assert.equal(mergeEvents([makeEvent(), makeEvent({ modality: 'hypothetical', date: null, datePrecision: null })]).length, 2);
});

test('merging is pure and its key is deterministic', () => {
  const a = makeEvent();
  const before = JSON.stringify(a);
  const [x] = mergeEvents([a]);
  const [y] = mergeEvents([makeEvent()]);
  assert.equal(JSON.stringify(a), before);
  assert.equal(x!.key, y!.key);
  assert.match(x!.key, /^[0-9a-f]{16}$/);
});
