/** modality.expectation and a "no one" subject in a reported clause without "that". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn } from '../testing/code-own.js';

test('modality.expectation: "say no one expects the envoy to return" reports no return', () => {
  const events = codeOwn(['Officials in Ankara say no one expects the Greek ambassador to return to Turkey before the summer.']);
  assert.ok(!events.some((e) => e.modality === 'asserted' || e.modality === 'claimed'), JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo, e.modality])));
});
