/** date.relative-apposition: a counted day set beside a stated day by a comma is that stated day. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn as code, dateOf } from '../testing/code-own.js';

test('date.relative-apposition: "the next day, Friday, January 12," is January 12', () => {
  const ev = code([
    'Greek and Turkish patrol boats collided near the islands on January 3.',
    'The next day, Friday, January 12, Turkey expelled two Greek diplomats.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-12');
});

test('date.relative-apposition: "on January 12, two days later," is January 12', () => {
  const ev = code([
    'Greek and Turkish patrol boats collided near the islands on January 3.',
    'On January 12, two days later, Turkey expelled two Greek diplomats.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-12');
});

test('date.relative-apposition: a day that opens another clause still counts from the first', () => {
  const ev = code(['Greek boats entered the bay on January 3, the next day Turkey expelled two Greek diplomats.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-04');
});

test('date.anchor-possessive: "the next day Greece\'s ambassador, …," counts from the sentence before', () => {
  const ev = code([
    'Turkey said on Thursday it would review its trade with Greece.',
    'Greek police arrested a Turkish journalist three weeks ago, on January 2.',
    'Last Tuesday a Greek court jailed him pending trial.',
    'The next day Greece\'s ambassador, Nikos Dimas, was ordered to the Foreign Ministry in Ankara.',
  ]);
  const e = ev.find((x) => x.root === '16' || x.root === '11');
  assert.ok(e, JSON.stringify(ev.map((x) => [x.source.country, x.target?.country, x.cameo, x.date])));
  assert.equal(e!.date, '2024-01-17');
});

test('date.anchor-possessive: "a week after Mr Dimas\'s interview" still counts from that interview', () => {
  const ev = code([
    'On 4 January Foreign Minister Nikos Dimas told a television programme that Turkey had armed the islands.',
    'Turkey said on Thursday it would review its trade with Greece.',
    'A week after Mr Dimas\'s interview, Turkey\'s ambassador, Ali Kaya, accused Greece of lying.',
  ]);
  const e = ev.find((x) => x.source.country === 'TUR' && x.root === '11');
  assert.ok(e, JSON.stringify(ev.map((x) => [x.source.country, x.target?.country, x.cameo, x.date])));
  assert.equal(e!.date, '2024-01-11');
});
