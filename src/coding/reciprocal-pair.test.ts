/** pair.each-side, object.reciprocal and disapprove.trade-accusations, in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn } from './testing/code-own.js';

const SETTING = [
  'Armenia and Azerbaijan agreed to a truce on Saturday after a week of fighting.',
  'Armenian and Azerbaijani negotiators had met in Moscow, where Russia hosted the talks between Armenia and Azerbaijan.',
];
const undirected = (events: ReturnType<typeof codeOwn>, root: string) =>
  events.filter((e) => e.root === root && e.undirected && [e.source.country, e.target?.country].sort().join('-') === 'ARM-AZE');

test('pair.each-side: "each side accused the other" is one accusation between the pair', () => {
  const events = codeOwn([...SETTING, 'The truce did not last: on Sunday each side accused the other of violating it.']);
  assert.equal(undirected(events, '11').length, 1, JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo, e.undirected])));
});

test('object.reciprocal: "accused each other" keeps the pair, not a state named later', () => {
  const events = codeOwn([...SETTING, 'On Sunday Armenia and Azerbaijan accused each other of breaking the truce brokered by Russia.']);
  assert.equal(undirected(events, '11').length, 1, JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo, e.undirected])));
  assert.ok(!events.some((e) => e.root === '11' && e.target?.country === 'RUS'));
});

test('disapprove.trade-accusations: trading blame is a reciprocal accusation', () => {
  const events = codeOwn([...SETTING, 'On Sunday Armenia and Azerbaijan traded blame for the shelling of a border post.']);
  assert.equal(undirected(events, '11').length, 1, JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo, e.undirected])));
});

test('pair.each-side: a standing stance in the present is no event', () => {
  const events = codeOwn([...SETTING, 'The border is still closed, and each government blames the other for the deadlock.']);
  assert.equal(events.filter((e) => e.root === '11').length, 0, JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo, e.undirected])));
});
