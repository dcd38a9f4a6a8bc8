/** refine.words-not-force in our own sentences (Turkey and Greece). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn } from '../testing/code-own.js';
import type { CodedEvent } from '../types.js';

const SETTING = [
  'Relations between Turkey and Greece have soured over the islands this winter.',
  'Greece and Turkey both claim the waters, and Turkey says Greece has armed the islands.',
];
const roots = (events: CodedEvent[]) => events.map((e) => `${e.source.country}->${e.target?.country ?? '-'} ${e.root}`);

test('words.verbal-retort: a bare "hit back" after a published claim is a reproach, not force', () => {
  const ev = codeOwn([...SETTING, 'On Monday the Greek government released a video that it says shows a Turkish coastguard crew mocking Greek fishermen. By evening Ankara hit back.']);
  assert.ok(!roots(ev).some((r) => r.endsWith(' 19')), JSON.stringify(roots(ev)));
  assert.ok(roots(ev).includes('TUR->GRC 11'), JSON.stringify(roots(ev)));
});

test('words.verbal-retort: with force in the passage or a military object it stays force', () => {
  const ev = codeOwn([...SETTING, 'On Monday Greek artillery shelled a Turkish outpost. Within hours Turkey hit back.']);
  assert.ok(roots(ev).some((r) => r.startsWith('TUR->GRC 19')), JSON.stringify(roots(ev)));
});

test('words.travel-advice: warning one\'s own citizens is no threat to the host', () => {
  const ev = codeOwn([...SETTING, 'On Monday the Greek embassy in Ankara warned its citizens in Turkey to stay away from rallies.']);
  assert.ok(!roots(ev).some((r) => r.endsWith(' 13')), JSON.stringify(roots(ev)));
  // The other side's people warned by an enemy: a threat.
  const threat = codeOwn([...SETTING, 'On Monday Turkey warned Greek residents of the islands to leave.']);
  assert.ok(roots(threat).some((r) => r.startsWith('TUR->GRC 13')), JSON.stringify(roots(threat)));
});

test('words.reaction-object: "condemned the shelling" names no new shelling', () => {
  const ev = codeOwn([...SETTING, 'On Monday Greek guns shelled a Turkish border post.', 'On Thursday Russia condemned the shelling and said it stood by Turkey.']);
  const force = ev.filter((e) => e.root === '19' || e.root === '18');
  assert.ok(force.every((e) => e.date !== '2024-01-18'), JSON.stringify(force.map((e) => [e.source.country, e.target?.country, e.cameo, e.date])));
});

test('words.economic-object: hitting trade is a measure, not an attack', () => {
  const ev = codeOwn([...SETTING, 'On Monday Turkey froze imports from Greece. It hit Greek exporters hardest while sparing tourism.']);
  assert.ok(!roots(ev).some((r) => r.endsWith(' 19')), JSON.stringify(roots(ev)));
  const force = codeOwn([...SETTING, 'On Monday Turkish drones hit Greek positions on the island.']);
  assert.ok(roots(force).some((r) => r.endsWith(' 19') || r.endsWith(' 18')), JSON.stringify(roots(force)));
});
