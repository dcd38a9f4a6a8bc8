/**
 * Statements of escalation, of a move between two conditions, of close coordination; a continued
 * statement ("they"); commemorations and reported decisions (sentences in our own words).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statedStates as find } from './testing/statement-article.js';

test('rel.escalating: the writer says the conflict is rising now', () => {
  assert.deepEqual(find('Officials in Seoul say tensions with Pyongyang are escalating.'), ['KOR-PRK escalating']);
  assert.deepEqual(find('The standoff between Hanoi and Beijing has been escalating for weeks.'), ['CHN-VNM escalating']);
  // A past rise is a souring (rel.tensions-rose), and a refusal to escalate states nothing.
  assert.deepEqual(find('Tensions between Hanoi and Beijing have escalated over the oil rig.'), ['CHN-VNM deteriorating']);
  assert.deepEqual(find('Tokyo said it had no wish to see the dispute with Seoul escalating.'), []);
});

test('a sentence that names no country continues the statement just before it in the paragraph', () => {
  assert.deepEqual(find('Relations between Tokyo and Seoul have been poor for years. Since spring they have been escalating.'),
    ['JPN-KOR hostile', 'JPN-KOR escalating']);
  // Not across a paragraph break.
  assert.deepEqual(find('Relations between Tokyo and Seoul have been poor for years.\n\nSince spring they have been escalating.'),
    ['JPN-KOR hostile']);
});

test('a move between two conditions: down the scale is a souring, into enmity is hostile', () => {
  assert.deepEqual(find('Ties between Ottawa and Riyadh have gone from warm to frozen in a month.'), ['CAN-SAU deteriorating']);
  assert.deepEqual(find('Relations between Caracas and Bogota went from friendly to openly hostile within a year.'), ['COL-VEN hostile']);
  assert.deepEqual(find('Relations between Hanoi and Beijing are in free fall.'), ['CHN-VNM deteriorating']);
});

test('rel.worst-crisis: the comparison with the past may follow the noun directly; "the two allies" names the pair', () => {
  assert.deepEqual(find('The seizure has plunged relations between Ottawa and Riyadh into their worst crisis in decades.'), ['CAN-SAU deteriorating']);
  assert.deepEqual(find('Canada and Norway argue over fishing rights. It is the worst tension between the two allies since 1995.'),
    ['CAN-NOR deteriorating']);
});

test('an anniversary names a past event; a reported decision is no hypothesis', () => {
  assert.deepEqual(find('A dinner in Hanoi marked the 30th anniversary of the normalisation of relations with Tokyo.'), []);
  assert.deepEqual(find('The two leaders announced that Tokyo and Seoul would restore diplomatic relations next month.'), ['JPN-KOR improving']);
  assert.deepEqual(find('Tokyo and Seoul would restore diplomatic relations if the claims were dropped.'), []);
});

test('rel.coordinate-closely: working closely together is a cooperative relation', () => {
  assert.deepEqual(find('Tokyo and Washington have rarely coordinated as closely as they do now.'), ['JPN-USA cooperative']);
});
