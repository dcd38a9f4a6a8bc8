/** For a relation in crisis: evidence for and against recovery, and when trust may return to baseline. */
import type { CodedEvent, RelationStatement } from '../coding/types.js';
import { addDays, diffDays } from './dates.js';
import { deEscalationRule } from './de-escalation.js';
import type { Episode } from './episodes.js';
import type { RelationStateName } from './relation-state.js';
import { isHostile, type TitForTat } from './tit-for-tat.js';
import { projectTrust, trustAt, type TrustSeries } from './trust-index.js';

export interface OutlookItem {
  date: string | null;
  kind: 'event' | 'statement' | 'pattern';
  text: string;
  /** Event key, when the item is an event. */
  key?: string;
}

export interface RecoveryEstimate {
  /** Day trust is expected back within epsilon of the baseline if nothing new happens. */
  expected: string;
  /** Range: the half-life shortened by de-escalation steps, lengthened by renewed hostility. */
  earliest: string;
  latest: string;
  basis: string;
}

export interface Outlook {
  evidenceFor: OutlookItem[];
  evidenceAgainst: OutlookItem[];
  /** Null when there is too little data (then `note` says so). */
  estimate: RecoveryEstimate | null;
  note: string | null;
}

export interface OutlookInput {
  state: RelationStateName;
  series: TrustSeries;
  episodes: Episode[];
  events: CodedEvent[];
  statements: RelationStatement[];
  /** Announced (intended) events dated after asOf: planned visits, talks; evidence for recovery. */
  announced?: CodedEvent[];
  titForTat: TitForTat[];
  asOf: string;
  /** Closing threshold of episodes (trust − baseline ≥ −epsilon). */
  epsilon: number;
}

/** Days searched ahead for a return to baseline; beyond it the estimate says "not within 3 years". */
const HORIZON_DAYS = 3 * 365;

function describe(e: CodedEvent, what: string): OutlookItem {
  return { date: e.date, kind: 'event', key: e.key, text: `${e.date} ${e.source?.country ?? '?'}→${e.target?.country ?? '?'} ${what} (CAMEO ${e.cameo})` };
}

/**
 * The outlook of a dyad in crisis (state escalating, recovering or hostile, or an open episode);
 * null otherwise. "Too little data" when fewer than two dated events or no episode.
 */
export function relationOutlook(input: OutlookInput): Outlook | null {
  const { state, series, episodes, events, statements, titForTat, asOf, epsilon } = input;
  const open = episodes.find((e) => e.closed === null) ?? null;
  const crisis = open ?? [...episodes].reverse().find((e) => e.closed && diffDays(e.closed, asOf) <= 30) ?? null;
  if (!crisis && state !== 'escalating' && state !== 'recovering' && state !== 'hostile') return null;
  const since = crisis?.opened ?? addDays(asOf, -90);
  const dated = events.filter((e) => e.date && e.date >= since && e.date <= asOf).sort((a, b) => a.date!.localeCompare(b.date!));
  const lastHostile = dated.filter(isHostile).map((e) => e.date!).pop() ?? null;
  const evidenceFor: OutlookItem[] = [];
  const evidenceAgainst: OutlookItem[] = [];
  for (const e of dated) {
    const r = deEscalationRule(e);
    if (r && e.goldstein > 0 && (!lastHostile || e.date! > lastHostile)) evidenceFor.push(describe(e, r.label + (e.modality === 'intended' ? ', announced' : '')));
    if (isHostile(e)) evidenceAgainst.push(describe(e, 'hostile act'));
  }
  for (const e of input.announced ?? []) {
    const r = deEscalationRule(e);
    if (r && e.goldstein > 0) evidenceFor.push(describe(e, `${r.label}, announced for ${e.date}`));
  }
  for (const t of titForTat) {
    if (t.response >= since) evidenceAgainst.push({ date: t.response, kind: 'pattern', text: `tit-for-tat: ${t.responder} answered ${t.initiator}'s act of ${t.first} after ${t.lag_days} day(s)` });
  }
  for (const s of statements) {
    const item: OutlookItem = { date: s.published, kind: 'statement', text: `"${s.sentence.trim()}" (${s.state})` };
    if (s.state === 'hostile' || s.state === 'deteriorating') evidenceAgainst.push(item);
    else evidenceFor.push(item);
  }
  const now = trustAt(series, asOf);
  if (series.points.length > 0 && now.baseline <= -0.25) {
    evidenceAgainst.push({ date: asOf, kind: 'pattern', text: `the pair's long-run baseline is poor (${now.baseline.toFixed(2)})` });
  }
  const datedCount = events.filter((e) => e.date && e.date <= asOf).length;
  if (datedCount < 2 || !crisis || series.points.length === 0) {
    return { evidenceFor, evidenceAgainst, estimate: null, note: `too little data: ${datedCount} dated event(s)${crisis ? '' : ', no crisis episode in the trust series'}` };
  }
  const h = series.options.halfLifeDays;
  const steps = evidenceFor.filter((x) => x.kind === 'event').length;
  const renewed = state === 'escalating' || (lastHostile !== null && crisis.deEscalation.some((s) => s.date < lastHostile));
  const fast = steps >= 2 ? 0.5 : steps === 1 ? 0.75 : 1;
  const slow = renewed ? 2 : 1.5;
  const expected = returnDay(series, asOf, h, epsilon);
  const earliest = returnDay(series, asOf, h * fast, epsilon);
  const latest = returnDay(series, asOf, h * slow, epsilon);
  if (!expected || !earliest || !latest) {
    return { evidenceFor, evidenceAgainst, estimate: null, note: `trust does not return to baseline within ${HORIZON_DAYS} days at this rate` };
  }
  return {
    evidenceFor, evidenceAgainst, note: null,
    estimate: {
      expected, earliest, latest,
      basis: `no new events assumed; half-life ${h} days (range ${round1(h * fast)}–${round1(h * slow)}: ${steps} de-escalation step(s)${renewed ? ', hostility renewed after a step' : ''}); back within ${epsilon} of baseline ${now.baseline.toFixed(2)}`,
    },
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** First day from asOf on when projected trust is within epsilon below the baseline, or null. */
export function returnDay(series: TrustSeries, asOf: string, halfLifeDays: number, epsilon: number): string | null {
  const start = trustAt(series, asOf);
  if (start.trust - start.baseline >= -epsilon) return asOf;
  const base = { ...series, points: [...series.points.filter((p) => p.date <= asOf)] };
  if (base.points[base.points.length - 1]?.date !== asOf) base.points.push(start);
  for (let d = 1; d <= HORIZON_DAYS; d++) {
    const day = addDays(asOf, d);
    const p = projectTrust(base, day, halfLifeDays);
    if (p.trust - p.baseline >= -epsilon) return day;
  }
  return null;
}
