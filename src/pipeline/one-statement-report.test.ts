/**
 * merge.one-statement in the pipeline: the coder reports each act of a sentence, the analysis of an
 * article reports what one sentence tells one target together as one event with all its evidence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from './analyze-document.js';

const doc = (body: string) => ({ origin: 'test:one-statement', kind: 'text' as const, body, url: 'https://example.org/one-statement', published: '2024-03-05', title: 'Envoys and warnings' });

test('a condemnation and a warning in one sentence are one reported event', () => {
  const { events } = analyzeDocument(doc('Peru on Monday condemned the seizure of its trawlers by Chile and warned Santiago of serious consequences.'));
  const perChl = events.filter((e) => e.source.country === 'PER' && e.target?.country === 'CHL');
  assert.equal(perChl.length, 1, JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo])));
  assert.ok(perChl[0]!.evidences.length >= 2, 'every act keeps its evidence');
});

test('a condemnation and a warning told in two sentences stay two events', () => {
  const { events } = analyzeDocument(doc('Peru on Monday condemned the seizure of its trawlers by Chile. On Tuesday Peru warned Santiago of serious consequences.'));
  const perChl = events.filter((e) => e.source.country === 'PER' && e.target?.country === 'CHL');
  assert.equal(perChl.length, 2, JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo, e.date])));
});
