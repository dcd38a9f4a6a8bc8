import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parquetReadObjects } from 'hyparquet';
import { sampleEvents } from '../server/testing/sample-analyses.js';
import { exportEvents } from './export-events.js';
import { parseCsv } from './csv-parse.js';

test('csv export: header row, one row per event, quoted evidence survives a parse', () => {
  const events = sampleEvents();
  const out = exportEvents(events, 'csv');
  const rows = parseCsv(new TextDecoder().decode(out.data), 'out.csv');
  assert.equal(rows.length, events.length + 1);
  const header = rows[0].fields;
  const first = Object.fromEntries(header.map((h, i) => [h, rows[1].fields[i]]));
  assert.equal(first.source_country, 'IRN');
  assert.equal(first.cameo, '195');
  assert.equal(first.evidence, events[0].evidence, 'commas inside the evidence are quoted');
});

test('jsonl export: the CONTRACT event object plus key and origin, one per line', () => {
  const events = sampleEvents();
  const lines = new TextDecoder().decode(exportEvents(events, 'jsonl').data).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, events.length);
  assert.deepEqual(Object.keys(lines[0]).slice(0, 3), ['key', 'origin', 'source']);
  assert.deepEqual(lines[0].source, { name: 'Iran', country: 'IRN', role: 'MIL' });
  assert.equal(lines[0].date_precision, 'day');
});

test('parquet export reads back with hyparquet: typed columns and nulls', async () => {
  const events = sampleEvents();
  const data = exportEvents(events, 'parquet').data;
  const file = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const rows = await parquetReadObjects({ file });
  assert.equal(rows.length, events.length);
  assert.equal(rows[0].source_country, 'IRN');
  assert.equal(rows[0].quad, 4);
  assert.equal(rows[0].goldstein, -10);
  assert.equal(rows[0].fatalities, 2);
  assert.equal(rows[1].fatalities, null);
});
