/**
 * Retellings of one act: merge.unlocated-act (the place coded for a diplomatic act does not tell two
 * reports apart), merge.publication-day-state (a report dated only by its publication joins the
 * dated closure it describes) and the merged event's date (its best-dated report's).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEvents } from './merge-events.js';
import { makeEvent } from './testing/make-event.js';
import type { CodedEvent } from './types.js';

const PUBLISHED = '2031-05-20';

function report(cameo: string, pattern: string, sentence: string, over: Partial<CodedEvent> = {}): CodedEvent {
  const e = makeEvent({ from: 'ARG', to: 'CHL', cameo, sentence, ...over });
  e.evidences[0]!.pattern = pattern;
  e.evidences[0]!.published = PUBLISHED;
  return e;
}

const place = (country: string) => ({ name: country, country, admin1: null, lat: 0, lon: 0, kind: 'country' as const });

test('an undated retelling of an expulsion joins the dated report whatever place each was given', () => {
  const dated = report('161', 'reduce.break-ties', 'On Tuesday Buenos Aires cut ties with Santiago.', { date: '2031-05-19', location: place('CHL') });
  const undated = report('161', 'reduce.diplomats-deadline', 'Buenos Aires gave the Chilean envoys two days to leave, citing the dispute over the islands.',
    { date: null, datePrecision: null, dateStated: false, location: place('GBR') });
  const merged = mergeEvents([dated, undated]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.date, '2031-05-19');
  assert.equal(merged[0]!.mentions, 2);
});

test('two reports of one expulsion the same day join though one is placed in each capital', () => {
  const a = report('161', 'reduce.break-ties', 'On Tuesday Buenos Aires cut ties with Santiago.', { date: '2031-05-19', location: place('CHL') });
  const b = report('161', 'reduce.envoy-was-expelled', 'The Chilean diplomats in Buenos Aires were told on Tuesday to leave.', { date: '2031-05-19', location: place('ARG'), modality: 'claimed' });
  assert.equal(mergeEvents([a, b]).length, 1);
});

test('strikes the same day in two countries stay two events: force happens somewhere', () => {
  const a = report('195', 'fight.air-strike', 'On Tuesday jets bombed a depot in the north.', { date: '2031-05-19', location: place('CHL') });
  const b = report('195', 'fight.air-strike', 'On Tuesday jets bombed a camp across the border.', { date: '2031-05-19', location: place('BOL') });
  assert.equal(mergeEvents([a, b]).length, 2);
});

test('a border closure told in the present perfect joins the closure dated days before', () => {
  const dated = report('160', 'reduce.close-border', 'Chile closed the frontier on Thursday.', { date: '2031-05-15', dateStated: true });
  const now = report('160', 'reduce.close-border', 'Chile has sealed its land border with Argentina.', { date: PUBLISHED, dateStated: false });
  const merged = mergeEvents([now, dated]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.date, '2031-05-15');
});

test('a publication-day report of force, or a closure dated a fortnight before, stays apart', () => {
  const strike = report('195', 'fight.air-strike', 'Jets bombed a depot on Thursday.', { date: '2031-05-15', dateStated: true });
  const strikeNow = report('195', 'fight.air-strike', 'Jets have bombed a depot.', { date: PUBLISHED, dateStated: false });
  assert.equal(mergeEvents([strikeNow, strike]).length, 2);
  const old = report('160', 'reduce.close-border', 'Chile closed the frontier on the 4th.', { date: '2031-05-04', dateStated: true });
  const now = report('160', 'reduce.close-border', 'Chile has sealed its land border with Argentina.', { date: PUBLISHED, dateStated: false });
  assert.equal(mergeEvents([now, old]).length, 2);
  // A day the text states is not a publication-day default, even when it is the day of publication.
  const stated = report('160', 'reduce.close-border', 'Chile sealed the border today.', { date: PUBLISHED, dateStated: true });
  assert.equal(mergeEvents([stated, report('160', 'reduce.close-border', 'Chile closed the frontier on Thursday.', { date: '2031-05-15', dateStated: true })]).length, 2);
});

test('a summary dated by publication and the act dated by the text keep the text\'s day', () => {
  const summary = report('160', 'reduce.close-border', '- Both countries have now shut their skies to each other\'s airlines.', { date: PUBLISHED, dateStated: false });
  const act = report('160', 'reduce.close-border', 'The following day Santiago answered, closing its skies to Argentine airlines.', { date: '2031-05-19', dateStated: false });
  const merged = mergeEvents([summary, act]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.date, '2031-05-19');
});
