/** Month names after "last", counts of years or months "ago", "since 2019" and "the previous Sunday". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.js';

const first = (text: string, published: string) => findDates(text, published)[0];

test('date.last-month-name: the latest such month strictly before publication', () => {
  assert.equal(first('the two signed a deal last December', '2021-08-24')?.date, '2020-12-16');
  assert.equal(first('ties were restored last August', '2021-08-24')?.date, '2020-08-16');
  assert.equal(first('the talks began in August', '2021-08-24')?.date, '2021-08-12');
});

test('date.ago: years and months counted back from publication, to the month (its middle)', () => {
  const d = first('two neighbours that cut ties three and a half years ago', '2022-08-29');
  assert.equal(d?.date, '2019-02-14');
  assert.equal(d?.precision, 'month');
  assert.equal(first('the border closed two months ago', '2022-08-29')?.date, '2022-06-15');
  assert.equal(first('a year ago the envoys left', '2022-08-29')?.date, '2021-08-16');
});

test('date.since-year: the year a standing state began', () => {
  const d = first('the embassies have been empty since 2019, when the row began', '2025-05-10');
  assert.equal(d?.date, '2019-01-01');
  assert.equal(d?.precision, 'year');
});

test('date.weekday-previous: a week before the latest such weekday', () => {
  // Published Tuesday 2018-07-17: the latest Sunday is the 15th, "the previous Sunday" the 8th.
  assert.equal(first('He landed in the capital the previous Sunday.', '2018-07-17')?.date, '2018-07-08');
  assert.equal(first('He landed in the capital on Sunday.', '2018-07-17')?.date, '2018-07-15');
});
