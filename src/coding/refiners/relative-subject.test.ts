/** refine.relative-subject in our own sentences (Turkey and Greece). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn } from '../testing/code-own.js';
import type { CodedEvent } from '../types.js';

const SETTING = [
  'Relations between Turkey and Greece have soured over the islands this winter.',
  'Greece and Turkey both claim the waters, and Turkey says Greece has armed the islands.',
];
const roots = (events: CodedEvent[]) => events.map((e) => `${e.source.country}->${e.target?.country ?? '-'} ${e.root}`);

test('refine.relative-subject: "the men who arrested" are the subject, not the main clause\'s state', () => {
  const ev = codeOwn([...SETTING, 'On Monday Greece said it would not deal with the officers who detained the Turkish journalists.']);
  assert.ok(!roots(ev).some((r) => r.startsWith('GRC->TUR 17')), JSON.stringify(roots(ev)));
  // "who" after the source itself keeps it.
  const own = codeOwn([...SETTING, 'On Monday the Greek coastguard, who later detained two Turkish fishermen, denied any wrongdoing.']);
  assert.ok(roots(own).some((r) => r.startsWith('GRC->TUR 17')), JSON.stringify(roots(own)));
});
