/** actor.dateline, in our own words: the city of a dateline is no party to the story. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn, findEvent } from './testing/code-own.js';
import type { ActorMention } from '../actors/types.js';

test('actor.dateline: a capital in the dateline is not the subject of a participle clause', () => {
  const events = codeOwn(['ANKARA — Greece on Monday lodged a protest with Turkey over the seizure of a Greek fishing boat, accusing Ankara of piracy.']);
  findEvent(events, 'GRC', 'TUR', '11');
  assert.ok(!events.some((e) => e.source.country === 'TUR'), JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo])));
});

test('actor.dateline: a name opening an ordinary sentence stays its subject', () => {
  const events = codeOwn(['Turkey on Monday lodged a protest with Greece over the seizure of a fishing boat.']);
  findEvent(events, 'TUR', 'GRC', '11');
});

test('actor.dateline: only the mentions inside the dateline are left out', async () => {
  const { withoutDateline } = await import('./dateline-actor.js');
  const m = (start: number, end: number, text: string): ActorMention => ({ start, end, text, actors: [{ name: text, country: 'XXX', role: 'GOV', kind: 'state' }], via: 'name' });
  const text = 'ANKARA, Jan 22 (Wire) — Greece protested to Ankara.';
  const kept = withoutDateline(text, [m(0, 6, 'ANKARA'), m(24, 30, 'Greece'), m(44, 50, 'Ankara')]);
  assert.deepEqual(kept.map((x) => x.text), ['Greece', 'Ankara']);
  // A sentence that opens on a state in ordinary type keeps it.
  assert.equal(withoutDateline('Greece - and Turkey - protested.', [m(0, 6, 'Greece')]).length, 1);
});
