/** date.weekday-narrative and date.present-speech on articles in our own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn as code, dateOf } from '../testing/code-own.js';

// 2024-01-22 is a Monday; the week before runs Monday 8 January - Sunday 14 January.
test('date.weekday-narrative: after a stated day a week back, weekdays follow the story, not publication', () => {
  const ev = code([
    'The crisis began when Greek boats entered disputed waters on 6 January.',
    'On Sunday Turkey sent troops to the coast, and on Monday it expelled two Greek diplomats.',
    'By Friday the mood had changed, and the two sides agreed to talk.',
  ], '2024-01-15');
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-08');
});

test('date.weekday-narrative: a report that returns to this week keeps the publication reading', () => {
  const ev = code([
    'The crisis began when Greek boats entered disputed waters on 6 January.',
    'On Monday Turkey expelled two Greek diplomats.',
  ], '2024-01-16');
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-15');
});

test('date.weekday-narrative: "the same Sunday" is the Sunday last named', () => {
  const ev = code([
    'Greek boats entered disputed waters on 6 January.',
    'On Sunday Turkey sent troops to the coast, and on Monday it expelled two Greek diplomats.',
    'Iran announced the same Sunday that it had expelled two Greek diplomats too.',
    'By Friday the mood had changed.',
  ], '2024-01-15');
  assert.equal(dateOf(ev, 'IRN', 'GRC', '16'), '2024-01-07');
});

test('date.present-speech: a threat reported with "says" is of publication day', () => {
  const ev = code(['Turkey says it will strike Greece again if the talks fail.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '13'), '2024-01-23');
});

test('date.span-middle: "last month" and "last year" are dated by their middle, within the span', () => {
  const ev = code(['Turkey expelled two Greek diplomats last month.', 'Iran expelled two Greek diplomats last year.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2023-12-16');
  assert.equal(dateOf(ev, 'IRN', 'GRC', '16'), '2023-07-02');
});

test('date.span-middle: "late last month" is late in that month; "earlier this month" before publication', () => {
  const ev = code(['Late last month Turkey expelled two Greek diplomats.', 'Earlier this month Iran expelled two Greek diplomats.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2023-12-25');
  assert.equal(dateOf(ev, 'IRN', 'GRC', '16'), '2024-01-12');
});

test('date.genitive: "last year’s vote" dates the vote, not the act of the clause', () => {
  const ev = code(['On Monday Turkey expelled two Greek diplomats.', 'Turkey then accused Greece of rigging last year\'s vote in Cyprus.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '11'), '2024-01-22');
});

test('date.narrative-week: "the next day" after a sentence dated to last week counts from that week', () => {
  const ev = code(['Greek television aired the interview last week.', 'Turkey summoned the Greek ambassador the next day.']);
  // Last week began on Monday 15 January.
  assert.equal(dateOf(ev, 'TUR', 'GRC', '11'), '2024-01-16');
});

test('date.anchor-same-sentence: "the next day" counts from the day told earlier in the sentence', () => {
  const ev = code(['Greek boats entered the strait on 10 January; Turkey expelled two Greek diplomats the next day.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-11');
});
