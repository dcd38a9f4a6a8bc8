import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.js';

const PUB = '2024-01-23'; // a Tuesday

function one(text: string, published: string | null = PUB) {
  const found = findDates(text, published);
  assert.equal(found.length, 1, `one date in "${text}", got ${JSON.stringify(found)}`);
  const d = found[0]!;
  assert.equal(text.slice(d.start, d.end), d.text, 'offsets point at the text');
  return d;
}

test('stated calendar dates: "Jan. 16", "16 January", "Jan.18, 2024"', () => {
  assert.deepEqual([one('The strike came Jan. 16 in the west.').date, one('The strike came Jan. 16 in the west.').stated], ['2024-01-16', true]);
  assert.equal(one('They met on 16 January in Doha.').date, '2024-01-16');
  assert.equal(one('Peshawar, Jan.18, 2024, after the raid').date, '2024-01-18');
  assert.equal(one('The envoys return by Jan. 26.').date, '2024-01-26');
});

test('"last Tuesday" is the most recent Tuesday strictly before publication, inferred', () => {
  const d = one('The crisis began last Tuesday, when shells fell.');
  assert.equal(d.date, '2024-01-16');
  assert.equal(d.stated, false);
  assert.equal(d.precision, 'day');
});

test('"on Monday" in a report is the most recent Monday before publication', () => {
  assert.equal(one('The ministry said on Monday that talks would resume.').date, '2024-01-22');
});

test('"yesterday" and "today"', () => {
  assert.equal(one('They issued a statement yesterday.').date, '2024-01-22');
  assert.equal(one('The army said today it had withdrawn.').date, '2024-01-23');
});

test('weeks, months and years: precision; a week by its first day, a month or a year by its middle (date.span-middle)', () => {
  assert.deepEqual(pick(one('The envoys return this week.')), ['2024-01-22', 'week']);
  assert.deepEqual(pick(one('The minister will visit next week.')), ['2024-01-29', 'week']);
  assert.deepEqual(pick(one('Fighting flared earlier this month.')), ['2024-01-12', 'month']);
  assert.deepEqual(pick(one('The border was closed in 2023.')), ['2023-07-02', 'year']);
});

function pick(d: { date: string; precision: string }): [string, string] {
  return [d.date, d.precision];
}

test('anchored expressions carry an offset in days and no date yet', () => {
  assert.equal(one('Within 48 hours of the first raid, the army hit back.').anchorOffsetDays, 2);
  assert.equal(one('Two days later the ministry responded.').anchorOffsetDays, 2);
  assert.equal(one('The next day the envoy left.').anchorOffsetDays, 1);
  assert.equal(one('The next day the envoy left.').date, '');
});

test('without a publication date, relative forms are not resolved', () => {
  assert.deepEqual(findDates('They met yesterday and again last Tuesday.', null), []);
});

test('negative cases: no date in plain text or bare numbers', () => {
  for (const t of ['It took two rounds of missiles.', 'A 370-mile border.', 'He served from office to office.', 'Iran-Pakistan ties']) {
    assert.deepEqual(findDates(t, PUB), [], t);
  }
});

test('date.dateline: the date of a dateline is the filing date, not an event date', () => {
  const found = findDates('BEIRUT, Jan. 22 (Wire) — Shells fell on the town on Sunday.', PUB);
  assert.deepEqual(found.map((d) => d.date), ['2024-01-21']);
  assert.equal(findDates('Talks resumed in Doha, Jan. 22 — officials said.', PUB).length, 1, 'a place in running text is not a dateline');
});

test('"the same day", "that night", "within hours of", "the day before" are anchored to another event', () => {
  assert.equal(one('The same day the envoy was recalled.').anchorOffsetDays, 0);
  assert.equal(one('Within hours of the barrage, the mission spoke.').anchorOffsetDays, 0);
  assert.equal(one('Speaking hours after the raid, the envoy protested.').anchorOffsetDays, 0);
  assert.equal(one('Troops had massed the day before.').anchorOffsetDays, -1);
  assert.equal(one('It rained the day before yesterday.').anchorOffsetDays, undefined);
});

test('"Wednesday last week" is the Wednesday of the week before publication', () => {
  assert.equal(one('A mine went off on Wednesday last week.', '2024-01-26').date, '2024-01-17');
});

test('a bare weekday equal to publication\'s is that day; "last" goes back a week', () => {
  assert.equal(one('Talks opened on Tuesday in Doha.').date, PUB);
  assert.equal(one('The crisis began last Tuesday.').date, '2024-01-16');
});

test('"in January 2016" is a stated month', () => {
  const d = one('The kingdom cut ties in January 2016 after the embassy was stormed.');
  assert.deepEqual([d.date, d.precision, d.stated, d.text], ['2016-01-16', 'month', true, 'January 2016']);
});

test('date.dateline: two cities, or no city before the outlet', () => {
  assert.equal(findDates('NEW DELHI / ISLAMABAD, Jan. 22 (Wire) — Guns fell silent.', PUB).length, 0);
  assert.equal(findDates('Jan. 22 (Wire) — Guns fell silent.', PUB).length, 0);
  assert.equal(findDates('Jan. 22 was a quiet day on the border.', PUB).length, 1);
});

test('date.month-alone: "in May" is the latest May on or before publication; the modal "may" is not', () => {
  const d = one('The dispute flared in May when a soldier died.', '2025-07-29');
  assert.deepEqual([d.date, d.precision, d.text], ['2025-05-16', 'month', 'May']);
  assert.equal(one('He declared in November that talks were over.', '2025-07-29').date, '2024-11-15');
  assert.equal(findDates('Troops may move closer to the border.', '2025-07-29').length, 0);
});

test('"last Tuesday" is the Tuesday of the week before publication, even the day after a Tuesday', () => {
  assert.equal(one('Balloons crossed last Tuesday night.', '2024-06-05').date, '2024-05-28');
  assert.equal(one('Balloons crossed this past Tuesday.', '2024-06-05').date, '2024-06-04');
});
