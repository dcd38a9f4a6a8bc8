/** object.compass-scene: "in eastern Ukraine" is where, not whom, for a verbal act. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn } from './testing/code-own.js';

test('object.compass-scene: a state after "in northern" is a scene, not the accused', () => {
  const events = codeOwn(['Turkey on Monday accused its old rival of meddling in the war in northern Syria.']);
  assert.ok(!events.some((e) => e.source.country === 'TUR' && e.target?.country === 'SYR' && e.root === '11'), JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo])));
});
