/** refine.grievance-clause: the reason a state gives about two others is no event between them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn, findEvent } from '../testing/code-own.js';

test('refine.grievance-clause: "saying Athens had sided with Baku" is Armenia\'s reason, not GRC -> AZE', () => {
  const events = codeOwn(['Armenia on Monday recalled its ambassador from Greece, saying Athens had sided with Baku in the dispute.']);
  assert.ok(!events.some((e) => e.source.country === 'GRC' && e.target?.country === 'AZE'), JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo])));
});

test('refine.grievance-clause: an act reported against the speaker itself stays', () => {
  const events = codeOwn(['Pakistan expelled the Indian envoy on Monday, saying India had shelled Pakistani posts.']);
  findEvent(events, 'IND', 'PAK', '19');
});
