import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RelationStatement } from '../coding/types.js';
import { analyzeRelations, explainDyad, type DyadReport } from './relations.js';
import { toRelationsJson } from './relations-json.js';
import { neighbourhood } from './neighbourhood.js';
import { iranPakistan2024, makeEvents, type EventSpec } from './testing/make-events.js';
import { d, recovery, skirmish, slowDeterioration, spiral } from './testing/scenarios.js';

function one(specs: EventSpec[], asOf: string): DyadReport {
  const reports = analyzeRelations(makeEvents(specs), [], { asOf });
  assert.equal(reports.length, 1);
  return reports[0];
}

function statement(dyad: [string, string], state: RelationStatement['state'], sentence: string): RelationStatement {
  return { dyad: [...dyad].sort() as [string, string], state, sentence, articleId: 'a1', start: 0, end: sentence.length, published: '2024-01-23', pattern: 'test' };
}

test('a single skirmish: a blow, then a standoff, then it fades and the episode closes', () => {
  assert.equal(one(skirmish, d(1)).state, 'deteriorating', 'a lone, unanswered clash is not yet a spiral');
  // One strike, days old, nothing since, no enmity stated: a blow to the relation, not a war.
  assert.equal(one(skirmish, d(3)).stateRule.rule, 'state.deteriorating-incident');
  const standoff = one(skirmish, d(45));
  assert.equal(standoff.state, 'hostile');
  assert.equal(standoff.episodes[0].closed, null);
  const later = one(skirmish, d(200));
  assert.equal(later.state, 'stable');
  const [ep] = later.episodes;
  assert.equal(ep.opened, d(0));
  assert.equal(ep.peak, d(0));
  assert.ok(ep.closed && ep.closed > d(60) && ep.closed < d(200), `closed ${ep.closed}`);
  // The episode closes on the first day trust is back within 0.1 of the baseline.
  const at = (day: string) => later.series.trust.find((p) => p.date === day)!;
  const close = at(ep.closed!);
  const dayBefore = later.series.trust[later.series.trust.indexOf(close) - 1];
  assert.ok(close.trust - close.baseline >= -0.1 && dayBefore.trust - dayBefore.baseline < -0.1);
  assert.equal(later.tit_for_tat.length, 0);
});

test('a tit-for-tat spiral: every answer is a link, and the pair is escalating', () => {
  const r = one(spiral, d(14));
  assert.equal(r.state, 'escalating');
  assert.deepEqual(r.tit_for_tat.map((t) => [t.first, t.response, t.lag_days]), [
    [d(1), d(3), 2], [d(3), d(6), 3], [d(6), d(10), 4], [d(10), d(13), 3],
  ]);
  assert.equal(r.tit_for_tat[0].initiator, 'AAA');
  assert.equal(r.episodes.length, 1);
  assert.equal(r.episodes[0].opened, d(1));
  assert.equal(r.episodes[0].hostile.length, 5);
  assert.ok(r.outlook && r.outlook.evidenceAgainst.filter((x) => x.kind === 'pattern').length >= 4, 'the links count against recovery');
});

test('a crisis that recovers: escalating, recovering after de-escalation, closed, then stable', () => {
  assert.equal(one(recovery, d(4)).state, 'escalating');
  const mid = one(recovery, d(20));
  assert.equal(mid.state, 'recovering');
  assert.deepEqual(mid.episodes[0].deEscalation.map((s) => [s.date, s.rule]), [
    [d(5), 'deesc.yield'], [d(8), 'deesc.diplomatic'], [d(15), 'deesc.consult'],
  ]);
  assert.equal(mid.episodes[0].peak, d(3));
  const o = mid.outlook!;
  assert.ok(o.estimate, o.note ?? '');
  assert.ok(o.estimate.earliest <= o.estimate.expected && o.estimate.expected <= o.estimate.latest);
  assert.ok(o.evidenceFor.length === 3 && o.evidenceAgainst.some((x) => x.kind === 'pattern' && /tit-for-tat/.test(x.text)));
  const after = one(recovery, d(40));
  assert.equal(after.state, 'recovering', 'closed within the window with steps: still recovering');
  assert.equal(after.episodes[0].closed, d(30));
  assert.equal(one(recovery, d(100)).state, 'stable');
});

test('a slow deterioration with no hostile act is deteriorating, not escalating', () => {
  assert.equal(one(slowDeterioration, d(-20)).state, 'cooperative');
  for (const day of [d(20), d(40), d(52)]) assert.equal(one(slowDeterioration, day).state, 'deteriorating', day);
});

test('the same event from several articles is one event, its reports adding weight', () => {
  const a = makeEvents(recovery.map((s) => ({ ...s, articleId: 'art-1' })));
  const b = makeEvents(recovery.slice(0, 4).map((s) => ({ ...s, articleId: 'art-2' })));
  const once = analyzeRelations(a, [], { asOf: d(20) })[0];
  const twice = analyzeRelations([...a, ...b, ...b], [], { asOf: d(20) })[0];
  assert.equal(twice.events, once.events);
  const strike = twice.eventList.find((e) => e.date === d(1))!;
  assert.equal(strike.mentions, 2, 'a repeat of art-2 adds nothing');
  assert.equal(twice.series.daily.find((p) => p.date === d(1))!.weight, 2, '1 + log2(2)');
  assert.equal(twice.state, 'recovering');
});

test('statements decide pairs without events; events decide the rest (the seed\'s four relations)', () => {
  const statements = [
    statement(['PAK', 'CHN'], 'stable', 'Only relations with China are stable.'),
    statement(['PAK', 'IND'], 'hostile', 'The relationship with India remains troubled.'),
    statement(['PAK', 'AFG'], 'deteriorating', 'A souring of relations with Kabul.'),
    statement(['PAK', 'IRN'], 'hostile', 'A hostile theater with Iran.'),
  ];
  const reports = analyzeRelations(iranPakistan2024(), statements);
  const state = (k: string) => reports.find((r) => r.dyad.join('-') === k)?.state;
  assert.equal(state('CHN-PAK'), 'stable');
  assert.equal(state('IND-PAK'), 'hostile');
  assert.equal(state('AFG-PAK'), 'deteriorating');
  assert.equal(state('IRN-PAK'), 'recovering');
  const rows = toRelationsJson(reports);
  const irn = rows.find((r) => r.dyad.join('-') === 'IRN-PAK')!;
  assert.equal(irn.events, 5);
  assert.equal(irn.as_of, '2024-01-23');
  assert.deepEqual(irn.tit_for_tat.map((t) => [t.first, t.response, t.lag_days]), [['2024-01-16', '2024-01-18', 2]]);
  assert.ok(irn.trust > -1 && irn.trust < irn.baseline);
  assert.equal(rows.find((r) => r.dyad.join('-') === 'IND-PAK')!.events, 0);
  assert.equal(rows.find((r) => r.dyad.join('-') === 'IND-PAK')!.outlook?.note?.startsWith('too little data'), true);
});

test('only pairs of two different countries are analysed', () => {
  const events = makeEvents([{ dyad: 'AAA>BBB', cameo: '190', date: d(0) }]);
  const stateless = { ...events[0], key: 'x', target: { name: 'Some Group', country: null, role: null, kind: 'group' as const } };
  const self = { ...events[0], key: 'y', target: { ...events[0].source } };
  const hypothetical = { ...events[0], key: 'z', modality: 'hypothetical' as const, target: { ...events[0].source, country: 'CCC' } };
  const reports = analyzeRelations([...events, stateless, self, hypothetical], []);
  assert.deepEqual(reports.map((r) => r.dyad), [['AAA', 'BBB']]);
});

test('a bad asOf is refused with its value named', () => {
  assert.throws(() => analyzeRelations(makeEvents(skirmish), [], { asOf: '1 March' }), /asOf "1 March"/);
});

test('neighbourhood lists every land neighbour with the state of its relation', () => {
  const reports = analyzeRelations(iranPakistan2024(), [statement(['PAK', 'CHN'], 'stable', 'Relations with China are stable.')]);
  const n = neighbourhood('PAK', reports, { neighbours: () => ['AFG', 'CHN', 'IND', 'IRN'], name: (c) => `name of ${c}` });
  assert.deepEqual(n.neighbours.map((r) => [r.country, r.state]), [['AFG', null], ['CHN', 'stable'], ['IND', null], ['IRN', 'recovering']]);
  assert.deepEqual(n.neighbours[3].lastEvents.map((e) => e.date), ['2024-01-22', '2024-01-22', '2024-01-19']);
  assert.throws(() => neighbourhood('pk', reports), /"pk" is not an ISO3/);
  // With the gazetteer's borders and names (src/actors).
  const real = neighbourhood('PAK', reports);
  assert.equal(real.name, 'Pakistan');
  assert.deepEqual(real.neighbours.map((r) => r.country).sort(), ['AFG', 'CHN', 'IND', 'IRN']);
});

test('an announced visit dated after the last fact does not move asOf and counts for recovery', () => {
  const events = [...iranPakistan2024(), ...makeEvents([{ dyad: 'IRN>PAK', cameo: '042', date: '2024-01-29', modality: 'intended', published: '2024-01-22' }])];
  const [r] = analyzeRelations(events, []);
  assert.equal(r.asOf, '2024-01-22');
  assert.equal(r.events, 5);
  assert.ok(r.outlook?.evidenceFor.some((x) => /announced for 2024-01-29/.test(x.text)), JSON.stringify(r.outlook?.evidenceFor));
});

test('explainDyad lists the events behind a report\'s trust, with the statements\' prior', () => {
  const [r] = analyzeRelations(iranPakistan2024(), [statement(['PAK', 'IRN'], 'hostile', 'A hostile theater with Iran.')]);
  const x = explainDyad(r);
  assert.ok(Math.abs(x.trust - r.trust) < 1e-9);
  assert.equal(x.contributions.length, 5);
  assert.ok(x.priorTerm < 0, 'the hostile statement sets a negative prior');
  assert.equal(explainDyad(r, '2024-01-17').contributions.map((c) => c.date).join(), '2024-01-16');
});

test('each pair is judged as of its own last date unless one day is given for all', () => {
  // Iran–Pakistan's news ends in January 2024; a border incident elsewhere is dated a year later.
  const later = makeEvents([{ dyad: 'ARM>AZE', cameo: '190', date: '2025-03-10' }, { dyad: 'AZE>ARM', cameo: '111', date: '2025-03-11' }]);
  const alone = analyzeRelations(iranPakistan2024(), []).find((r) => r.dyad.join('-') === 'IRN-PAK')!;
  const reports = analyzeRelations([...iranPakistan2024(), ...later], []);
  const pair = (k: string) => reports.find((r) => r.dyad.join('-') === k)!;
  assert.equal(pair('IRN-PAK').asOf, '2024-01-22');
  assert.equal(pair('ARM-AZE').asOf, '2025-03-11');
  // Unrelated news elsewhere changes nothing about the pair.
  assert.equal(pair('IRN-PAK').state, alone.state);
  assert.equal(pair('IRN-PAK').trust, alone.trust);
  assert.notEqual(pair('IRN-PAK').state, 'stable');
  const rows = toRelationsJson(reports);
  assert.deepEqual(rows.map((r) => [r.dyad.join('-'), r.as_of]).sort(), [['ARM-AZE', '2025-03-11'], ['IRN-PAK', '2024-01-22']]);
  // The pair's daily series stops at its own day too.
  assert.ok(pair('IRN-PAK').series.daily.every((p) => p.date <= '2024-01-22'));

  // An explicit day applies to every pair: a year on, the January crisis has faded.
  const asOf = '2025-03-11';
  const fixed = analyzeRelations([...iranPakistan2024(), ...later], [], { asOf });
  assert.ok(fixed.every((r) => r.asOf === asOf));
  const faded = fixed.find((r) => r.dyad.join('-') === 'IRN-PAK')!;
  assert.notEqual(faded.state, alone.state);
  assert.ok(faded.trust > alone.trust, `${faded.trust} > ${alone.trust}`);
});
