import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from './numbers.js';

test('word numbers, digits with separators, qualifiers', () => {
  const found = findNumbers('It killed at least two children, wounded 1,200 people and twenty-two soldiers; more than 40 fled.');
  assert.deepEqual(found.map((n) => [n.value, n.qualifier]), [[2, 'at least'], [1200, null], [22, null], [40, 'more than']]);
  assert.equal(found[0]!.text, 'at least two');
});

test('"dozens" is a vague count with no exact value', () => {
  const [n] = findNumbers('Dozens were hurt.');
  assert.equal(n!.exact, false);
});

test('"two hundred" and "9"', () => {
  assert.deepEqual(findNumbers('two hundred troops and 9 tanks').map((n) => n.value), [200, 9]);
});
