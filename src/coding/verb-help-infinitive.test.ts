/** verb.help-infinitive: "help" takes a bare infinitive - "helped seize the ship" is the act. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn as code } from './testing/code-own.js';

test('verb.help-infinitive: "Turkish commandos helped seize a Greek ferry" is a seizure', () => {
  const ev = code(['Turkish commandos helped seize a Greek ferry off Rhodes on Monday.']);
  assert.ok(ev.some((e) => e.source.country === 'TUR' && e.target?.country === 'GRC' && e.root === '17'), JSON.stringify(ev.map((e) => [e.source.country, e.target?.country, e.cameo])));
});
