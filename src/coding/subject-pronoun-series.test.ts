/** subject.pronoun-series and subject.co-subjects-not-pair, in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn } from './testing/code-own.js';

const all = (events: ReturnType<typeof codeOwn>): string[] => events.map((e) => `${e.source.country}->${e.target?.country ?? null} ${e.root}`);

test('subject.pronoun-series: a state in an earlier verb\'s object is not the next verb\'s subject', () => {
  const events = codeOwn(['Speaking on Monday, he called the ruling an attempt to seize Petrol Co, the Chinese refinery, accused Beijing of helping India and said he would appeal.']);
  assert.ok(!events.some((e) => e.source.country === 'CHN' && e.root === '11'), JSON.stringify(all(events)));
});

test('subject.co-subjects-not-pair: two states condemning together do not condemn each other', () => {
  const events = codeOwn(['Greece and Turkey condemned the execution on Monday.']);
  assert.ok(!events.some((e) => e.root === '11' && ['GRC', 'TUR'].includes(e.source.country ?? '') && ['GRC', 'TUR'].includes(e.target?.country ?? '')), JSON.stringify(all(events)));
});
