import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses } from './clauses.js';

const parts = (t: string): string[] => splitClauses(t).map(([s, e]) => t.slice(s, e));

test('cuts before "when", "with", "which", "says" and at semicolons; not at plain commas', () => {
  assert.deepEqual(parts('The crisis began last Tuesday, when Iran struck; Pakistan replied, with media reporting deaths.'), [
    'The crisis began last Tuesday', 'when Iran struck', 'Pakistan replied', 'with media reporting deaths.',
  ]);
  assert.deepEqual(parts('Within 48 hours of the attack, Pakistan fired back.'), ['Within 48 hours of the attack, Pakistan fired back.']);
  assert.deepEqual(parts('Iran, India, and Afghanistan each have border problems.'), ['Iran, India, and Afghanistan each have border problems.']);
});
