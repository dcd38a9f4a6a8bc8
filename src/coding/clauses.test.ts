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

test('clause.attribution: a closing ", the X said on Friday." is a clause of its own', () => {
  assert.deepEqual(parts('Greek gunboats fired on a fishing boat, the Turkish coast guard said on Friday.'), [
    'Greek gunboats fired on a fishing boat', 'the Turkish coast guard said on Friday.',
  ]);
  assert.deepEqual(parts('Greece will send troops to the force, Defence Minister Nikos Vlahos told reporters on Monday.'), [
    'Greece will send troops to the force', 'Defence Minister Nikos Vlahos told reporters on Monday.',
  ]);
  // A verb phrase before "said" is no speaker, and "said it had" reports more.
  assert.deepEqual(parts('Greece protested, put its forces on alert and said it had called allies.'), ['Greece protested, put its forces on alert and said it had called allies.']);
  // Only at the sentence's end: a speaker in the middle does not cut the act from its subject here.
  assert.deepEqual(parts('Greece, the minister said, will send troops.'), ['Greece, the minister said, will send troops.']);
});
