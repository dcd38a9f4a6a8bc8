/** modality.reply-that and refine.reported-accusation on replies, in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn, findEvent } from '../testing/code-own.js';

test('a reply that the other side did the harm is a claim, and an accusation by the one replying', () => {
  const events = codeOwn([
    'India said on Monday that Chinese boats had rammed an Indian patrol vessel.',
    'Beijing replied on Tuesday that it was India that had rammed Chinese boats.',
  ]);
  const ramming = events.find((e) => e.source.country === 'IND' && e.target?.country === 'CHN' && e.root === '17');
  if (ramming) assert.equal(ramming.modality, 'claimed');
  findEvent(events, 'CHN', 'IND', '11');
});
