/** Pair and crowd context in our own sentences: the meeting's sides, a government policing its own streets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn } from './testing/code-own.js';
import type { CodedEvent } from './types.js';

const SETTING = [
  'Relations between Turkey and Greece have soured over the islands this winter.',
  'Greece and Turkey both claim the waters, and Turkey says Greece has armed the islands.',
  'Greek and Turkish officials have not met since the spring.',
];
const dyads = (events: CodedEvent[]) => events.map((e) => `${[e.source.country, e.target?.country ?? '-'].join('->')} ${e.root}`);

test('pair.meeting-sides: "the two governments" after a meeting are the meeting\'s sides', () => {
  const ev = codeOwn([...SETTING, 'On Tuesday the Turkish president held talks with Russia\'s leader in Moscow, and the two governments signed a gas agreement.']);
  assert.ok(!dyads(ev).some((d) => d.startsWith('GRC->TUR') || d.startsWith('TUR->GRC')), JSON.stringify(dyads(ev)));
});

test('pair.meeting-sides: one side unknown leaves the pair unresolved, not the main pair', () => {
  const ev = codeOwn([...SETTING, 'On Tuesday he met Russia\'s leader in Moscow, and the two governments signed a gas agreement.']);
  assert.ok(!dyads(ev).some((d) => d.startsWith('GRC->TUR') || d.startsWith('TUR->GRC')), JSON.stringify(dyads(ev)));
});

test('target.domestic-crowd: arresting an unnamed crowd has no foreign target', () => {
  const ev = codeOwn([...SETTING, 'On Tuesday Turkey detained dozens of demonstrators and banned further rallies.']);
  assert.ok(!dyads(ev).some((d) => d.startsWith('TUR->GRC 17')), JSON.stringify(dyads(ev)));
  // Named as the other state's people, they are its: the rule does not apply.
  const named = codeOwn([...SETTING, 'On Tuesday Turkey detained two Greek soldiers near the border.']);
  assert.ok(dyads(named).some((d) => d.startsWith('TUR->GRC 17')), JSON.stringify(dyads(named)));
});
