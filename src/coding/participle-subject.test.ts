/** subject.participle-clause and ref.said-it (participle), in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn, findEvent } from './testing/code-own.js';

const dyads = (events: ReturnType<typeof codeOwn>, root: string): string[] => events.filter((e) => e.root === root).map((e) => `${e.source.country}->${e.target?.country}`);

test('subject.participle-clause: in a compound sentence the participle belongs to the last clause', () => {
  const events = codeOwn(['Armenia had warned of the drill in advance, and Azerbaijan condemned Armenia on Friday, calling the manoeuvres "reckless".']);
  assert.deepEqual(dyads(events, '11'), ['AZE->ARM']);
});

test('subject.participle-clause: without a second clause the sentence subject still leads', () => {
  const events = codeOwn(['Pakistan recalled its ambassador from Kabul on Friday, accusing Afghanistan of sheltering militants.']);
  findEvent(events, 'PAK', 'AFG', '11');
});

test('ref.said-it: "and saying it" after a participle is the clause subject, not the accused', () => {
  const events = codeOwn(['Greece on Monday lodged a protest with Turkey, accusing Ankara of piracy and saying it reserved the right to respond.']);
  assert.ok(!events.some((e) => e.source.country === 'TUR'), JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo])));
});

test('subject.participle-clause: a verb coordinated without a subject shares the last clause\'s subject', () => {
  const events = codeOwn(['Turkey and Greece exchanged notes on Monday, and the United States said it was concerned and urged Athens to show restraint.']);
  assert.ok(events.some((e) => e.source.country === 'USA' && e.target?.country === 'GRC' && e.root === '02'), JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo])));
  assert.ok(!events.some((e) => e.source.country === 'TUR' && e.root === '02'));
});
