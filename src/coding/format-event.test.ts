import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatEvent } from './format-event.js';
import { makeEvent } from './testing/make-event.js';

test('CONTRACT fields come first, in order, with the contract names', () => {
  const e = makeEvent({ cameo: '195', location: { name: 'Balochistan', country: 'PAK', admin1: 'Balochistan', lat: 28.49, lon: 65.09, kind: 'admin1' }, fatalities: 2, fatalitiesQualifier: 'at least' });
  const json = formatEvent(e);
  assert.deepEqual(Object.keys(json).slice(0, 15), ['source', 'target', 'cameo', 'root', 'quad', 'goldstein', 'plover', 'date', 'date_precision', 'location', 'fatalities', 'modality', 'evidence', 'mentions', 'fatalities_qualifier']);
  assert.deepEqual(json.source, { name: 'IRN', country: 'IRN', role: null });
  assert.deepEqual(json.location, { name: 'Balochistan', country: 'PAK', admin1: 'Balochistan', lat: 28.49, lon: 65.09 });
  assert.equal(json.root, '19');
  assert.equal(json.pattern, 'fight.strike');
});

test('an undated event prints null date and null precision', () => {
  const json = formatEvent(makeEvent({ date: null, datePrecision: 'day' }));
  assert.equal(json.date, null);
  assert.equal(json.date_precision, null);
});
