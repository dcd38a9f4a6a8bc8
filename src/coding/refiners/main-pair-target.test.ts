/** refine.main-pair-target on two-state reports in our own words (Turkey and Greece). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { FAKE_ACTORS } from '../testing/fake-actors.js';
import type { CodedEvent } from '../types.js';

// Enough mentions of both states for a clear main pair.
const SETTING = [
  'Relations between Turkey and Greece have soured over the islands.',
  'Greece and Turkey both claim the waters, and Turkey says Greece has armed the islands.',
  'Greek and Turkish officials have not met since the spring.',
];

const code = (...paragraphs: string[]): CodedEvent[] => codeArticle(makeArticle([...SETTING, ...paragraphs]), { actors: FAKE_ACTORS });
const dyads = (events: CodedEvent[], root: string): string[] => events.filter((e) => e.root === root).map((e) => `${e.source.country}->${e.target?.country}`);

test('source.main-pair: an agentless passive act on one main state is the other\'s', () => {
  assert.deepEqual(dyads(code('An apology from Ankara was formally demanded on Monday.'), '10'), ['GRC->TUR']);
  assert.deepEqual(dyads(code('On Monday the incident was called a provocation planned in Athens.'), '11'), ['TUR->GRC']);
});

test('source.main-pair: not past an agent, for force, or for a state of an earlier clause', () => {
  // An agent that is no actor still names who did it.
  assert.deepEqual(dyads(code('On Monday an apology from Ankara was demanded by the families of the victims.'), '10'), []);
  // The dead of a shelling fell to whoever the report blames, not to the other state by default.
  assert.deepEqual(dyads(code('On Monday two Greek fishermen were killed near the islands.'), '19'), []);
  assert.deepEqual(dyads(code('On Monday Greek ships were turned away at the strait, and each delay was condemned in the press.'), '11'), []);
});

test('target.reported-wrongdoer: a threat with no object answers the state the speaker has just accused', () => {
  const ev = code('On Monday Turkey said Iran had crossed a red line and that Turkey reserved the right to respond.');
  assert.deepEqual(dyads(ev, '13'), ['TUR->IRN']);
  // Without an accused state in the sentence the main pair decides.
  assert.deepEqual(dyads(code('On Monday Turkey said it reserved the right to respond.'), '13'), ['TUR->GRC']);
});

test('source.institution: an institution named without its state acts for the other main state', () => {
  const events = code('On Monday the foreign ministry summoned the Greek ambassador, the government recalled its own ambassador from Athens, and talks were put off.');
  assert.deepEqual(dyads(events, '11'), ['TUR->GRC']);
  assert.deepEqual(dyads(events, '16'), ['TUR->GRC']);
  // A recalled envoy is her own state's: the ministry recalling the Greek ambassador is Greece's.
  assert.deepEqual(dyads(code('On Monday the ministry of foreign affairs recalled the Greek ambassador to Turkey for consultations.'), '16'), ['GRC->TUR']);
  // A state named as subject stays the subject.
  assert.deepEqual(dyads(code('On Monday Greece summoned the Turkish ambassador.'), '11'), ['GRC->TUR']);
});

test('target.main-pair demand: a demand with no state as its object is made of the other main state', () => {
  assert.deepEqual(dyads(code('On Monday a halt to the drilling was demanded by Turkey at a press conference.'), '10'), ['TUR->GRC']);
  // A demand of a third state keeps its object.
  assert.deepEqual(dyads(code('On Monday Turkey demanded that Iran halt the drilling.'), '10'), ['TUR->IRN']);
});

test('target.historic-present: a dated timeline entry in the present answers the other main state', () => {
  assert.deepEqual(dyads(code('January 16 - Hours later, Turkey rejects the accusation as absurd.'), '12'), ['TUR->GRC']);
  // Undated, the present is a standing stance ("a charge Ankara rejects"), aimed at nobody.
  assert.deepEqual(dyads(code('Turkey rejects the accusation as absurd.'), '12'), []);
});
