import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sampleEvents } from '../server/testing/sample-analyses.js';
import { sharedDir } from '../testing/paths.js';
import { formatGdelt, gdeltRow, gdeltTimestamp } from './gdelt-export.js';
import { GDELT_COLUMNS, GDELT_INDEX as C } from './gdelt-columns.js';
import { parseGdelt } from './gdelt-import.js';

test('gdeltRow writes 61 columns with GDELT conventions (IRNMIL, FIPS geo code, FractionDate)', () => {
  const strike = sampleEvents()[0];
  const row = gdeltRow(strike, 7, '20240117120000')!;
  assert.equal(row.length, 61);
  assert.equal(row[C.GLOBALEVENTID], '7');
  assert.equal(row[C.SQLDATE], '20240116');
  assert.equal(row[C.MonthYear], '202401');
  assert.equal(row[C.FractionDate], '2024.0438');
  assert.equal(row[C.Actor1Code], 'IRNMIL');
  assert.equal(row[C.Actor1CountryCode], 'IRN');
  assert.equal(row[C.Actor2Code], 'PAK');
  assert.deepEqual([row[C.EventCode], row[C.EventBaseCode], row[C.EventRootCode], row[C.QuadClass], row[C.GoldsteinScale]], ['195', '195', '19', '4', '-10.0']);
  assert.equal(row[C.ActionGeo_CountryCode], 'PK');
  assert.equal(row[C.ActionGeo_FullName], 'Balochistan, Pakistan');
  assert.equal(row[C.ActionGeo_Type], '5');
  assert.equal(row[C.SOURCEURL], 'https://news.example.org/2024/01/17/border-strike');
});

test('the header of the real export names the same 61 columns in the same order', { skip: sharedDir() === null && 'no ../shared' }, () => {
  const header = readFileSync(sharedDir('eval', 'gdelt', 'export.header.tsv')!, 'utf8').trim().split('\t');
  assert.deepEqual(header, [...GDELT_COLUMNS]);
});

test('round trip: a GDELT export reads back through the GDELT import with the same pairs, codes and dates', () => {
  const events = sampleEvents();
  const out = formatGdelt(events, { dateAdded: '20240201000000' });
  assert.equal(out.rows, events.length);
  const back = parseGdelt(out.text, 'export.tsv');
  assert.equal(back.skipped.length, 0);
  const sig = (e: (typeof events)[number]) => [e.source.country, e.source.role, e.target?.country ?? null, e.cameo, e.root, e.quad, e.goldstein, e.date, e.location?.country ?? null].join('|');
  assert.deepEqual(back.events.map(sig), events.map(sig));
});

test('an undated event takes its publication date; one with none is skipped', () => {
  const [e] = sampleEvents();
  const undated = { ...e, date: null };
  const lost = { ...e, date: null, evidences: e.evidences.map((v) => ({ ...v, published: null })) };
  const out = formatGdelt([undated, lost]);
  assert.equal(out.rows, 1);
  assert.equal(out.skipped, 1);
  assert.equal(out.text.split('\t')[1], '20240117');
});

test('gdeltTimestamp rounds down to the quarter hour', () => {
  assert.equal(gdeltTimestamp(new Date('2024-01-17T10:44:59Z')), '20240117103000');
});
