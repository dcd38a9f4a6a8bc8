/** refine.date on articles in our own words; publication 2024-01-23, a Tuesday. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn as code, dateOf, findEvent } from '../testing/code-own.js';

test('date.reported-past: a year-less day of a reported act lies before publication', () => {
  // 12 May is nearer to a December publication in the next year, but the act is told as done.
  const ev = code(['On 12 May, Turkey expelled two Greek diplomats.'], '2023-12-01');
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2023-05-12');
});

test('date.reported-past: a planned act keeps the coming day, a stated year stays', () => {
  const planned = code(['Turkey said it would expel two Greek diplomats on 12 January.'], '2023-12-01');
  assert.equal(dateOf(planned, 'TUR', 'GRC', '16'), '2024-01-12');
  const stated = code(['On 12 May 2024, Turkey expelled two Greek diplomats.'], '2023-12-01');
  assert.equal(dateOf(stated, 'TUR', 'GRC', '16'), '2024-05-12');
});

test('date.weekday-apposition: "January 5, a Friday." names one day, not the last Friday', () => {
  const ev = code(['- January 5, a Friday.', 'Turkey expels two Greek diplomats.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-05');
});

test('date.narrative: a sentence leaves the narrative at the last day it tells', () => {
  const ev = code([
    'Turkish troops fired at Greek patrols on 14 January, and again on the morning of 17 January, when fishing boats crowded the bay.',
    'Turkey then expelled two Greek diplomats.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '19'), '2024-01-14');
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-17');
});

test('date.section-heading: a heading that opens with a day dates its section', () => {
  const ev = code([
    ['heading', 'Saturday evening: the expulsions'],
    'The reaction in Athens was swift.',
    'Ministers met late into the night.',
    'Few officials slept.',
    'Rumours spread through the capital.',
    'Turkey expelled two Greek diplomats.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-20');
});

test('date.section-heading: a dateline heading dates nothing', () => {
  const ev = code([['heading', 'Athens, 20 January, Wire'], 'Turkey expelled two Greek diplomats.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), null);
});

test('date.anchor-person: "The same day Kemal spoke, …" hangs on the day Kemal was last told of', () => {
  const ev = code([
    'Mr Kemal addressed parliament on 8 January and accused Athens of arming the islands.',
    'Ferries kept running.',
    'Tourists were told to stay calm.',
    'Nobody knew what came next.',
    'The same day Kemal spoke, Turkey expelled two Greek diplomats.',
    'A week after Ms Kemal\'s speech, Greece expelled two Turkish diplomats.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-08');
  assert.equal(dateOf(ev, 'GRC', 'TUR', '16'), '2024-01-15');
});

test('date.anchor-person: a person who is the main clause\'s subject is no anchor', () => {
  const ev = code(['Mr Kemal toured the islands on 10 January.', 'On Monday the islands were quiet.', 'The next day President Kemal said Turkey had expelled two Greek diplomats.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-23');
});

test('date.month-part: "late", "early", "mid-" and "the end of" narrow the month', () => {
  const ev = code([
    'In late November, Turkey expelled two Greek diplomats.',
    'In early December, Greece recalled its ambassador from Turkey.',
    'In mid-October, Turkey protested to Greece.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2023-11-25');
  assert.equal(dateOf(ev, 'GRC', 'TUR', '16'), '2023-12-05');
  assert.equal(dateOf(ev, 'TUR', 'GRC', '11') ?? dateOf(ev, 'TUR', 'GRC', '14'), '2023-10-15');
  // A whole month is dated by its middle, at month precision - opening the sentence ("In November,")
  // as in its middle ("… in November").
  const plain = code(['In November, Turkey expelled two Greek diplomats.']);
  assert.equal(dateOf(plain, 'TUR', 'GRC', '16'), '2023-11-15');
  assert.equal(findEvent(plain, 'TUR', 'GRC', '16').datePrecision, 'month');
});

test('date.month-day: "the 12th of last month" names the day', () => {
  const ev = code(['It is recalled that on the 12th of last month, Turkey expelled two Greek diplomats.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2023-12-12');
});

test('date.narrative: an undated act takes the day told four sentences before', () => {
  const ev = code([
    'On 14 January Greek boats sailed into the disputed bay.',
    'Fishermen say the crews came ashore at dawn.',
    'Two nets were cut.',
    'The answer came within hours.',
    'Turkey expelled two Greek diplomats.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-14');
});

test('date.weekday-stated: two acts on named consecutive weekdays stay two events', () => {
  // Published Tuesday 23 January 2024: Sunday is the 21st, Monday the 22nd.
  const ev = code(['On Sunday Turkey expelled two Greek diplomats, and on Monday Turkey expelled three more Greek diplomats.']);
  const expulsions = ev.filter((e) => e.source.country === 'TUR' && e.target?.country === 'GRC' && e.root === '16');
  assert.deepEqual(expulsions.map((e) => e.date).sort(), ['2024-01-21', '2024-01-22']);
  assert.ok(expulsions.every((e) => e.dateStated));
});

test('date.until: a time limit set for others does not date the act', () => {
  const ev = code([
    'On 20 January Turkey summoned the Greek ambassador.',
    'Turkey expelled two Greek diplomats and gave them until the end of Monday to leave.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-20');
});

test('date.other-act: a fronted "after" clause closed by a comma leaves the date to the main clause', () => {
  // Publication Tuesday 2024-01-23: "On Sunday" is 2024-01-21.
  const ev = code(['On Sunday, after the Greek vote was announced, Turkey expelled two Greek diplomats.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-21');
});

test('date.anchored: "hours after the X" hangs on the earlier act it names', () => {
  const ev = code([
    'On 3 January, Turkey expelled two Greek diplomats.',
    'On 9 January, Pakistan recalled its ambassador from India.',
    'Hours after the expulsion, Greece condemned Turkey in a sharp statement.',
  ], '2024-01-23');
  assert.equal(dateOf(ev, 'GRC', 'TUR', '11'), '2024-01-03');
});

test('date.anchor-month: "the same day" after an act dated only to a month takes that month', () => {
  const ev = code([
    'Earlier this month Turkey expelled two Greek diplomats.',
    'Greece answered the same day, condemning Turkey in a sharp statement.',
  ], '2024-01-23');
  const e = ev.find((x) => x.source.country === 'GRC' && x.target?.country === 'TUR');
  assert.ok(e, JSON.stringify(ev.map((x) => [x.source.country, x.target?.country, x.cameo, x.date])));
  assert.equal(e.date?.slice(0, 7), '2024-01');
});

test('date.until: "until noon the next day" is a time limit, not the anchor of the act', () => {
  const ev = code([
    'On 2 January, Turkey expelled two Greek diplomats.',
    'On 10 January, Greece gave Turkey until noon the next day to let its diplomats return.',
  ], '2024-01-23');
  const e = ev.find((x) => x.source.country === 'GRC' && x.target?.country === 'TUR');
  assert.ok(e, JSON.stringify(ev.map((x) => [x.source.country, x.target?.country, x.cameo, x.date])));
  assert.equal(e.date, '2024-01-10');
});
