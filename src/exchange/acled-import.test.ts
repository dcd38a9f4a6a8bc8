import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../testing/paths.js';
import { acledDate, parseAcled } from './acled-import.js';
import { acledRule } from './acled-mapping.js';
import { ExchangeError } from './errors.js';

const sample = () => parseAcled(readFileSync(fixture('exchange', 'sample.acled.csv'), 'utf8'), 'sample.acled.csv');

test('parseAcled maps a foreign air strike to CAMEO 195 between the two states', () => {
  const { events } = sample();
  const e = events.find((x) => x.key === 'acled:PAK90001')!;
  assert.deepEqual([e.source.country, e.source.role, e.source.kind], ['IRN', 'MIL', 'state']);
  assert.deepEqual([e.target?.country, e.target?.role], ['PAK', 'CVL']);
  assert.deepEqual([e.cameo, e.root, e.quad, e.goldstein, e.plover], ['195', '19', 4, -10, 'ASSAULT']);
  assert.equal(e.date, '2024-01-16');
  assert.equal(e.fatalities, 2);
  assert.equal(e.location?.country, 'PAK', 'iso 586 is Pakistan');
  assert.equal(e.location?.admin1, 'Balochistan');
  assert.match(e.evidence, /Iranian aircraft/);
  assert.equal(e.origin, 'acled');
  assert.equal(e.evidences[0].pattern, 'acled.explosions.air-strike');
});

test('parseAcled reads "18 January 2024" dates, shelling as 194, protests as 141, and a deadly attack as 202', () => {
  const { events } = sample();
  const byKey = new Map(events.map((e) => [e.key, e]));
  const shelling = byKey.get('acled:IRN90002')!;
  assert.equal(shelling.date, '2024-01-18');
  assert.equal(shelling.cameo, '194');
  assert.deepEqual([shelling.source.country, shelling.target?.country], ['PAK', 'IRN']);
  const protest = byKey.get('acled:PAK90003')!;
  assert.deepEqual([protest.cameo, protest.quad, protest.target], ['141', 3, null]);
  assert.equal(protest.source.country, 'PAK');
  const attack = byKey.get('acled:SYR90004')!;
  assert.equal(attack.cameo, '202', '14 dead: mass killing');
  assert.equal(attack.source.role, 'UAF');
});

test('parseAcled skips a row with a bad date, naming its line', () => {
  const { events, skipped } = sample();
  assert.equal(events.length, 4);
  assert.deepEqual(skipped, [{ line: 6, reason: 'event_date "not a date" is not a date' }]);
});

test('parseAcled refuses a CSV without ACLED columns', () => {
  assert.throws(() => parseAcled('id,when\n1,2024-01-01\n', 'other.csv'), (err: Error) => err instanceof ExchangeError && /other\.csv: not an ACLED CSV: missing column\(s\) event_id_cnty/.test(err.message));
});

test('acledRule: every event type has a rule; unknown types have none', () => {
  for (const t of ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments']) {
    assert.ok(acledRule(t, 'something new', 0), t);
  }
  assert.equal(acledRule('Picnics', 'Other', 0), null);
  assert.equal(acledRule('Violence against civilians', 'Attack', 3)?.cameo, '180');
  assert.equal(acledRule('Strategic developments', 'Agreement', 0)?.cameo, '057');
});

test('acledDate rejects impossible days', () => {
  assert.equal(acledDate('2024-02-30'), null);
  assert.equal(acledDate('5 Feb 2024'), '2024-02-05');
});
