import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture, sharedDir } from '../testing/paths.js';
import { parseGdelt } from './gdelt-import.js';
import { ExchangeError } from './errors.js';

test('parseGdelt reads our sample rows: actors, codes, dates, places (FIPS back to ISO3)', () => {
  const { events, skipped } = parseGdelt(readFileSync(fixture('exchange', 'sample.gdelt.tsv'), 'utf8'), 'sample.gdelt.tsv');
  assert.equal(events.length, 3);
  const [strike, answer, eu] = events;
  assert.equal(strike.key, 'gdelt:1000001');
  assert.deepEqual([strike.source.country, strike.source.role, strike.target?.country], ['IRN', 'MIL', 'PAK']);
  assert.deepEqual([strike.cameo, strike.root, strike.quad, strike.goldstein, strike.date], ['195', '19', 4, -10, '2024-01-16']);
  assert.equal(strike.source.name, 'Iran');
  assert.equal(strike.mentions, 4, 'mentions = NumArticles');
  assert.equal(strike.origin, 'gdelt');
  assert.deepEqual(strike.location, { name: 'Balochistan', country: 'PAK', admin1: 'Balochistan', lat: 28.5, lon: 65.1, kind: 'admin1' });
  assert.equal(answer.location?.country, 'IRN');
  assert.equal(answer.location?.admin1, 'Sistan va Baluchestan');
  assert.equal(answer.location?.kind, 'city');
  assert.equal(answer.evidences[0].url, 'https://news.example.org/2024/01/18/response');
  // A CAMEO region is not a country.
  assert.equal(eu.source.country, null);
  assert.equal(eu.source.kind, 'group');
  assert.equal(eu.location?.country, 'DEU', 'FIPS GM is Germany');
  assert.deepEqual(skipped.map((s) => s.line), [4]);
});

test('parseGdelt refuses a file that is not a GDELT export, naming it', () => {
  assert.throws(() => parseGdelt('a,b,c\n1,2,3\n', 'x.csv'), (err: Error) => err instanceof ExchangeError && /^x\.csv:1: not a GDELT 2\.0 event export/.test(err.message));
});

test('parseGdelt skips rows with a bad date or code, with the reason', () => {
  const row = readFileSync(fixture('exchange', 'sample.gdelt.tsv'), 'utf8').split('\n')[0].split('\t');
  row[1] = '2024XX16';
  const bad = row.join('\t');
  const { events, skipped } = parseGdelt(`${bad}\n`, 'bad.tsv');
  assert.equal(events.length, 0);
  assert.match(skipped[0].reason, /SQLDATE "2024XX16"/);
});

test('parseGdelt reads a real GDELT 2.0 export (../shared) without losing rows', { skip: sharedDir() === null && 'no ../shared' }, () => {
  const path = sharedDir('eval', 'gdelt', '20191024143000.export.CSV')!;
  const { events, skipped } = parseGdelt(readFileSync(path, 'utf8'), path);
  assert.equal(events.length + skipped.length, 2111);
  assert.ok(events.length > 2000, `parsed ${events.length}`);
  const states = events.filter((e) => e.source.country && e.target?.country);
  assert.ok(states.length > 100);
  for (const e of events) {
    assert.match(e.date!, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(e.root, e.cameo.slice(0, 2));
  }
  // Every place whose FIPS code we know maps back to a country.
  const located = events.filter((e) => e.location);
  assert.ok(located.length > events.length * 0.8, `${located.length} of ${events.length} located`);
});
