/** refine.private-person: a demonym naming a private person gives no state as the act's source. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn, findEvent } from '../testing/code-own.js';

const dyads = (events: ReturnType<typeof codeOwn>, root: string): string[] => events.filter((e) => e.root === root).map((e) => `${e.source.country}->${e.target?.country}`);

test('refine.private-person: "a 19-year-old Syrian" who attacks is no act of Syria', () => {
  const events = codeOwn(['A 19-year-old Syrian, who had come to sell fruit, attacked a Turkish policeman with a knife on Monday.']);
  assert.deepEqual(dyads(events, '19'), []);
});

test('refine.private-person: a demonym before a family or trade noun is a private person', () => {
  const events = codeOwn(['His Greek landlord attacked the Turkish consul in the street on Monday.']);
  assert.deepEqual(dyads(events, '19'), []);
});

test('refine.private-person: the demonym of a state body still acts for the state', () => {
  findEvent(codeOwn(['Syrian troops attacked a Turkish border post on Monday.']), 'SYR', 'TUR', '19');
});

