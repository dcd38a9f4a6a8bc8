/** org.security-council: "the Security Council" alone is the UN's; a state's national security council is not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActorMentions } from './resolver.js';

const names = (s: string) => findActorMentions(s).map((m) => `${m.text}|${m.actors.map((a) => a.name).join('+')}`);

test('org.security-council: "the Security Council" without "UN" is the United Nations', () => {
  assert.ok(names('A week later the Security Council tightens sanctions again.').some((n) => n.endsWith('|United Nations')));
  assert.ok(names('The Security Council met behind closed doors.').some((n) => n.endsWith('|United Nations')));
});

test('org.security-council: "the National Security Council" is not the UN', () => {
  assert.ok(!names('the National Security Council met in Washington.').some((n) => n.endsWith('|United Nations')));
});
