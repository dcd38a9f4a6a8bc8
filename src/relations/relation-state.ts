/**
 * The state of a relation from its trust series, episodes and relation statements.
 * Rules run in order; the first that fires names the state and the rule id (docs/trust-index.md).
 */
import type { CodedEvent, RelationStatement } from '../coding/types.js';
import { addDays, diffDays, withDefaults } from './dates.js';
import type { Episode } from './episodes.js';
import { isHostile } from './tit-for-tat.js';
import { trustAt, type TrustSeries } from './trust-index.js';

export type RelationStateName = 'stable' | 'cooperative' | 'deteriorating' | 'hostile' | 'escalating' | 'recovering';

export interface StateOptions {
  /** Window for trends, persistence and recent recovery, days. Default 30. */
  windowDays?: number;
  /** "Recent" for escalation: a hostile act this many days before asOf or less. Default 7. */
  recentDays?: number;
}

export const STATE_DEFAULTS: Required<StateOptions> = { windowDays: 30, recentDays: 7 };

/** The state with the rule that decided it. */
export interface StateDecision {
  state: RelationStateName;
  /** Rule id, e.g. "state.recovering" or "state.statements". */
  rule: string;
  reason: string;
}

/** Value of each statement state as a prior baseline for the trust index. */
export const STATEMENT_PRIOR: Readonly<Record<RelationStatement['state'], number>> = {
  hostile: -0.4,
  deteriorating: -0.2,
  stable: 0,
  improving: 0.1,
  cooperative: 0.3,
};

/** Prior baseline from statements: the mean of their values, 0 without statements. */
export function statementPrior(statements: RelationStatement[]): number {
  if (statements.length === 0) return 0;
  return statements.reduce((s, x) => s + STATEMENT_PRIOR[x.state], 0) / statements.length;
}

const SEVERITY: RelationStatement['state'][] = ['hostile', 'deteriorating', 'improving', 'cooperative', 'stable'];

/**
 * What the statements say: the most frequent state; ties go to the most recent publication, then to the
 * graver state. "improving" reads as recovering. Null without statements.
 */
export function statementState(statements: RelationStatement[]): RelationStateName | null {
  if (statements.length === 0) return null;
  const tally = new Map<RelationStatement['state'], { n: number; latest: string }>();
  for (const s of statements) {
    const t = tally.get(s.state) ?? { n: 0, latest: '' };
    t.n++;
    if ((s.published ?? '') > t.latest) t.latest = s.published ?? '';
    tally.set(s.state, t);
  }
  const best = [...tally.entries()].sort((a, b) =>
    b[1].n - a[1].n || b[1].latest.localeCompare(a[1].latest) || SEVERITY.indexOf(a[0]) - SEVERITY.indexOf(b[0]))[0][0];
  return best === 'improving' ? 'recovering' : best;
}

export interface StateInput {
  series: TrustSeries;
  episodes: Episode[];
  events: CodedEvent[];
  statements: RelationStatement[];
  asOf: string;
}

/**
 * Rules, in order:
 *  state.statements    no dated events: what the statements say (or the baseline's sign for undated events)
 *  state.escalating    an open episode, a hostile act in the last recentDays, no de-escalation step since it
 *  state.recovering    an episode open or closed within windowDays, a de-escalation step after its last
 *                      hostile act, and trust now above the episode's low and not below recentDays ago
 *  state.hostile-persistent  trust ≤ −0.3 on every day of the window and baseline ≤ −0.25
 *  state.deteriorating trust fell more than 0.1 over the window
 *  state.hostile       trust ≤ −0.5, or an open episode with no de-escalation step (a standoff)
 *  state.cooperative   trust ≥ 0.3
 *  state.statements-neutral  events are flat: the statements decide when there are any
 *  state.stable        otherwise
 */
export function relationState(input: StateInput, opts?: StateOptions): StateDecision {
  const o = withDefaults(STATE_DEFAULTS, opts);
  const { series, episodes, events, statements, asOf } = input;
  const said = statementState(statements);
  if (series.points.length === 0) {
    if (said) return { state: said, rule: 'state.statements', reason: `no dated events; ${statements.length} statement(s) say ${said}` };
    const b = trustAt(series, asOf).baseline;
    const state: RelationStateName = b <= -0.3 ? 'hostile' : b < -0.1 ? 'deteriorating' : b >= 0.3 ? 'cooperative' : 'stable';
    return { state, rule: 'state.statements', reason: `no dated events or statements; baseline ${b.toFixed(2)}` };
  }
  const now = trustAt(series, asOf);
  const open = episodes.find((e) => e.closed === null) ?? null;
  const dated = events.filter((e) => e.date && e.date <= asOf);
  const lastHostile = dated.filter(isHostile).map((e) => e.date!).sort().pop() ?? null;
  if (open && lastHostile && diffDays(lastHostile, asOf) <= o.recentDays && !open.deEscalation.some((s) => s.date >= lastHostile)) {
    return { state: 'escalating', rule: 'state.escalating', reason: `crisis open since ${open.opened}; hostile act on ${lastHostile} with no de-escalation since` };
  }
  const recent = [...episodes].reverse().find((e) => e.closed === null || diffDays(e.closed, asOf) <= o.windowDays);
  if (recent) {
    const lastH = recent.hostile.map((s) => s.date).sort().pop() ?? recent.opened;
    // Steps on the day of the last hostile act do not count: their order within the day is unknown.
    const steps = recent.deEscalation.filter((s) => s.date > lastH || (recent.hostile.length === 0 && s.date >= lastH));
    const weekAgo = trustAt(series, addDays(asOf, -o.recentDays));
    if (steps.length > 0 && now.trust > recent.peakTrust && now.trust >= weekAgo.trust) {
      return { state: 'recovering', rule: 'state.recovering', reason: `crisis from ${recent.opened} (low ${recent.peak}); ${steps.length} de-escalation step(s) since ${lastH}; trust ${now.trust.toFixed(2)} above its low ${recent.peakTrust.toFixed(2)}` };
    }
  }
  const windowStart = addDays(asOf, -o.windowDays);
  const inWindow = series.points.filter((p) => p.date >= windowStart && p.date <= asOf);
  const covered = series.points[0].date <= windowStart;
  if (covered && now.baseline <= -0.25 && inWindow.every((p) => p.trust <= -0.3)) {
    return { state: 'hostile', rule: 'state.hostile-persistent', reason: `trust ≤ −0.3 for ${o.windowDays} days, baseline ${now.baseline.toFixed(2)}` };
  }
  const before = trustAt(series, windowStart);
  if (now.trust < before.trust - 0.1) {
    return { state: 'deteriorating', rule: 'state.deteriorating', reason: `trust fell from ${before.trust.toFixed(2)} to ${now.trust.toFixed(2)} in ${o.windowDays} days` };
  }
  if (now.trust <= -0.5 || (open && open.deEscalation.length === 0)) {
    return { state: 'hostile', rule: 'state.hostile', reason: open ? `crisis open since ${open.opened} with no de-escalation step` : `trust ${now.trust.toFixed(2)}` };
  }
  if (now.trust >= 0.3) return { state: 'cooperative', rule: 'state.cooperative', reason: `trust ${now.trust.toFixed(2)}` };
  if (said) return { state: said, rule: 'state.statements-neutral', reason: `events are flat; ${statements.length} statement(s) say ${said}` };
  return { state: 'stable', rule: 'state.stable', reason: `trust ${now.trust.toFixed(2)} near baseline ${now.baseline.toFixed(2)}` };
}
