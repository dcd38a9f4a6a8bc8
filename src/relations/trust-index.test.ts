import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainTrust, trustAt, trustSeries } from './trust-index.js';
import { iranPakistan2024, makeEvents } from './testing/make-events.js';
import { d, recovery } from './testing/scenarios.js';

test('every trust value is the sum of its events\' contributions and the baseline term', () => {
  const events = makeEvents(recovery);
  const series = trustSeries(events, d(60));
  for (const day of [d(1), d(3), d(9), d(31), d(60)]) {
    const x = explainTrust(events, day);
    const p = trustAt(series, day);
    assert.ok(Math.abs(x.trust - p.trust) < 1e-9, `${day}: ${x.trust} vs ${p.trust}`);
    assert.ok(Math.abs(x.baseline - p.baseline) < 1e-9);
    const sum = x.contributions.reduce((s, c) => s + c.contribution, x.baselineTerm);
    assert.ok(Math.abs(sum - x.trust) < 1e-12);
  }
});

test('explain lists the events behind a value, the heaviest first, and nothing later', () => {
  const x = explainTrust(iranPakistan2024(), '2024-01-19');
  assert.deepEqual(x.contributions.map((c) => [c.date, c.cameo]), [['2024-01-18', '195'], ['2024-01-16', '195'], ['2024-01-19', '080']]);
  assert.ok(x.contributions[0].contribution < 0 && x.contributions[2].contribution > 0);
  assert.equal(x.contributions[0].decay, 2 ** (-1 / 30));
});

test('trust lies in [-1, 1], falls with conflict, rises with cooperation, and decays to the baseline', () => {
  const series = trustSeries(iranPakistan2024(), '2025-01-23');
  for (const p of series.points) assert.ok(p.trust >= -1 && p.trust <= 1 && p.baseline >= -1 && p.baseline <= 1);
  const at = (day: string) => trustAt(series, day).trust;
  assert.ok(at('2024-01-16') < at('2024-01-15'));
  assert.ok(at('2024-01-18') < at('2024-01-17'));
  assert.ok(at('2024-01-19') > at('2024-01-18'));
  const late = trustAt(series, '2025-01-23');
  assert.ok(Math.abs(late.trust - late.baseline) < 0.01);
});

test('conflict weighs double: a strike and a cooperative act of equal |Goldstein| leave trust below baseline', () => {
  const events = makeEvents([{ dyad: 'AAA>BBB', cameo: '190', date: d(0) }, { dyad: 'BBB>AAA', cameo: '0871', date: d(0) }]);
  const p = trustAt(trustSeries(events, d(0)), d(0));
  assert.ok(p.trust < p.baseline);
  const even = trustAt(trustSeries(events, d(0), { conflictWeight: 1 }), d(0));
  assert.ok(Math.abs(even.trust) < 0.05, `λ = 1: ${even.trust}`);
});

test('undated events move only the baseline; a prior sets where trust starts', () => {
  const undated = makeEvents([{ dyad: 'AAA>BBB', cameo: '112', date: null }, { dyad: 'AAA>BBB', cameo: '040', date: d(0) }]);
  const x = explainTrust(undated, d(0));
  assert.equal(x.contributions.length, 1);
  assert.equal(x.baselineContributions.length, 2);
  const s = trustSeries(makeEvents([{ dyad: 'AAA>BBB', cameo: '040', date: d(0) }]), d(0), { prior: -0.4 });
  assert.equal(s.points[0].trust, -0.4);
  assert.throws(() => trustSeries([], d(0), { prior: 2 }), /prior 2 must be within/);
  assert.throws(() => explainTrust(undated, 'yesterday'), /explain date "yesterday"/);
});

test('the worked example of docs/trust-index.md (Iran–Pakistan, January 2024)', async () => {
  const { analyzeRelations } = await import('./relations.js');
  const events = iranPakistan2024();
  const [r] = analyzeRelations(events, [], { asOf: '2024-01-23' });
  const at = (day: string) => r.series.trust.find((p) => p.date === day)!;
  const fixed = (x: number) => x.toFixed(3);
  assert.deepEqual([fixed(at('2024-01-16').trust), fixed(at('2024-01-18').trust), fixed(at('2024-01-23').trust)], ['-0.722', '-0.854', '-0.436']);
  assert.equal(fixed(at('2024-01-23').baseline), '-0.178');
  const x = explainTrust(events, '2024-01-23');
  assert.deepEqual(x.contributions.map((c) => c.contribution.toFixed(4)), ['-0.3141', '-0.3000', '0.0804', '0.0689', '0.0603']);
  assert.equal(x.baselineTerm.toFixed(4), '-0.0314');
  assert.equal(r.state, 'recovering');
  assert.deepEqual([r.episodes[0].opened, r.episodes[0].peak, r.episodes[0].closed], ['2024-01-16', '2024-01-18', null]);
  const e = r.outlook?.estimate;
  assert.deepEqual([e?.earliest, e?.expected, e?.latest], ['2024-03-13', '2024-05-02', '2024-06-21']);
});
