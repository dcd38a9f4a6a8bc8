/**
 * The state of a relation from its trust series, episodes and relation statements.
 * Rules run in order; the first that fires names the state and the rule id (docs/trust-index.md).
 */
import type { CodedEvent, RelationStatement } from '../coding/types.js';
import { addDays, diffDays, withDefaults } from './dates.js';
import { deEscalationRule, isDeEscalationAct } from './de-escalation.js';
import { eventCountries, eventWeight } from './dyad.js';
import type { Episode } from './episodes.js';
import { findTitForTat, isHostile } from './tit-for-tat.js';
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
  escalating: -0.4,
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

/**
 * Tie order among statements: a statement of change (the relation is souring or mending) before one of
 * condition (hostile, cooperative, stable), since the condition is often background ("hostile since 1979,
 * relations have worsened") while the change is the news; within each kind the graver first.
 */
const SEVERITY: RelationStatement['state'][] = ['escalating', 'deteriorating', 'improving', 'hostile', 'cooperative', 'stable'];
/** SEVERITY with the easing before the souring: the tie order when no fighting is in the window. */
const EASING_LAST: RelationStatement['state'][] = ['escalating', 'improving', 'deteriorating', 'hostile', 'cooperative', 'stable'];

/**
 * What the statements say: the most frequent state; ties go to the most recent publication, then to a
 * change over a condition, then to the graver state (SEVERITY). "improving" reads as recovering. Null
 * without statements.
 */
export function statementState(statements: RelationStatement[], opts: { armed?: boolean } = {}): RelationStateName | null {
  if (statements.length === 0) return null;
  // A thaw presupposes the freeze: when the article says both that the relation soured and that it is
  // easing, the easing is the later phase, unless there was fighting (then the arms decide, below, and
  // the graver reading is kept).
  const order = opts.armed ? SEVERITY : EASING_LAST;
  const tally = new Map<RelationStatement['state'], { n: number; latest: string }>();
  for (const s of statements) {
    const t = tally.get(s.state) ?? { n: 0, latest: '' };
    t.n++;
    if ((s.published ?? '') > t.latest) t.latest = s.published ?? '';
    tally.set(s.state, t);
  }
  const best = [...tally.entries()].sort((a, b) =>
    b[1].n - a[1].n || b[1].latest.localeCompare(a[1].latest) || order.indexOf(a[0]) - order.indexOf(b[0]))[0][0];
  return best === 'improving' ? 'recovering' : best;
}

export interface StateInput {
  series: TrustSeries;
  episodes: Episode[];
  events: CodedEvent[];
  statements: RelationStatement[];
  asOf: string;
}

/** A strike this many days before asOf or less is the news of the day: escalation by itself. */
export const FRESH_DAYS = 1;

/** After fighting, days a de-escalation must have held before the pair counts as recovering. */
export const TRUCE_DAYS = 2;

/** CAMEO roots of armed force: 18 assault, 19 fight, 20 mass violence. */
const FORCE_ROOTS = new Set(['18', '19', '20']);

/** An act of armed force that happened (asserted or claimed). */
export function isForce(e: CodedEvent): boolean {
  return FORCE_ROOTS.has(e.root) && (e.modality === 'asserted' || e.modality === 'claimed');
}

/**
 * Coder patterns that cut a relation off, as opposed to a recall or an expulsion of envoys (which strain
 * it): "Algeria broke off diplomatic relations with Morocco", ties severed, suspended, frozen or
 * downgraded, an embassy closed.
 */
export const RUPTURE_PATTERNS: ReadonlySet<string> = new Set(['reduce.break-ties']);

/**
 * A downgrade keeps relations at a lower level (chargés d'affaires instead of ambassadors): like a recall
 * it strains a relation, it does not end it ("the downgrade stops short of cutting relations").
 */
const DOWNGRADE = /\bdowngrad/i;

/**
 * A break of ties that happened (asserted or claimed), by the coder's pattern, and not a downgrade: when
 * any report of the act calls it a downgrade, the more precise word wins ("cuts ties to chargé level").
 */
export function isRupture(e: CodedEvent): boolean {
  return (e.modality === 'asserted' || e.modality === 'claimed') && e.evidences.some((v) => RUPTURE_PATTERNS.has(v.pattern))
    && !e.evidences.some((v) => DOWNGRADE.test(v.sentence));
}

/**
 * The break of ties that still stands, or null: the latest rupture dated in [windowStart, asOf] with no
 * de-escalation step on or after its day (a step the same day may be the restoration: order unknown), or
 * an undated one in a pair with no de-escalation step at all.
 */
export function standingRupture(events: CodedEvent[], windowStart: string, asOf: string): string | null {
  const steps = events.filter((e) => deEscalationRule(e) && eventWeight(e) > 0);
  const dated = events.filter((e) => isRupture(e) && e.date && e.date >= windowStart && e.date <= asOf).map((e) => e.date!).sort();
  const last = dated.pop();
  if (last) return steps.some((e) => e.date && e.date >= last) ? null : last;
  return steps.length === 0 && events.some((e) => isRupture(e) && !e.date) ? 'an undated report' : null;
}

/**
 * Fighting rather than an incident: armed force asserted on two or more days, by both sides, or with a ceasefire
 * in the window (a truce is only needed when both sides shoot). Null when there was no force; else the
 * reason, with `fighting` false for a single one-sided incident.
 */
function forceInWindow(dated: CodedEvent[], windowStart: string): { last: string; fighting: boolean; reason: string } | null {
  const force = dated.filter((e) => isForce(e) && e.date! >= windowStart);
  if (force.length === 0) return null;
  // Days count reports of fact only: a claim one day about the other side's crossing is an accusation
  // about the same clash, not a second day of fighting. Mirrored claims still make both sides fight.
  const days = new Set(force.filter((e) => e.modality === 'asserted').map((e) => e.date!));
  const sides = new Set(force.map((e) => eventCountries(e)?.source));
  const truce = dated.some((e) => e.date! >= windowStart && e.cameo.startsWith('087'));
  const last = force.map((e) => e.date!).sort().pop()!;
  const why = days.size >= 2 ? `armed force on ${days.size} days` : sides.size >= 2 ? `armed force by both sides on ${last}` : truce ? `armed force on ${last} and a ceasefire` : '';
  return { last, fighting: why !== '', reason: why || `one incident of armed force on ${last}` };
}

/**
 * Rules, in order (docs/trust-index.md, "State"):
 *  state.statements          no dated events: what the statements say (or the baseline's sign)
 *  state.statements-change   the statements (statementState) say the relation is escalating, deteriorating
 *                            or improving: that direction decides (the writer's explicit words weigh more
 *                            than the coded acts), except that a souring yields to arms: fighting in the
 *                            window, a military exchange in the recent days (militaryExchange) or a
 *                            standing break of ties leave the state to the rules below, and an easing
 *                            said before the last hostile act is no news of it; statements of a condition (hostile,
 *                            cooperative, stable) only decide in the later rules
 *  state.escalating          an open episode, a hostile act in the last recentDays, no de-escalation step
 *                            or easing statement since, and the story ends at its peak (escalationEvidence:
 *                            conflict on 2+ days, the last fresh, military and the gravest of the window,
 *                            reached by rising, in answer to the other side, or after a threat)
 *  state.recovering          an episode open or closed within windowDays, a de-escalation step after its
 *                            last hostile act, trust above the episode's low and not below its value
 *                            recentDays ago (or on the last hostile act, when later),
 *                            and the story's last day after the hostile act nets cooperation; one step at
 *                            least an act of the parties (isDeEscalationAct: not only praise, an invitation
 *                            or an offer to mediate); after fighting
 *                            (forceInWindow) the first step must be TRUCE_DAYS (2) days old, and after
 *                            any armed force talks on one day alone (04) do not make a recovery
 *  state.recovering-restored no hostile act in the window, de-escalation acts in it, after a rupture (an
 *                            older or undated hostile act with nothing dated between it and the window),
 *                            or with statements that ties are being restored or that the relation is
 *                            hostile or deteriorating
 *  state.hostile-persistent  trust ≤ −0.3 on every day of the window and baseline ≤ −0.25
 *  state.hostile-rupture     ties broken off (coder pattern reduce.break-ties) in the window, or undated,
 *                            and no de-escalation step on or after that day
 *  state.hostile-force       fighting in the window (force on 2+ days, by both sides, or with a ceasefire)
 *                            and no recovery: a truce, if any, is fragile
 *  state.statements-hostile  the statements say hostile (a long-running enmity), trust below 0.3
 *  state.hostile-answered    one incident of armed force the other side answered with a hostile act (a
 *                            tit-for-tat link), unless the statements say deteriorating
 *  state.deteriorating-incident  one one-sided, unanswered incident of armed force: a blow, not a war
 *  state.statements-calm     the statements say cooperative or stable, no hostile act in the window and
 *                            trust above −0.5: words of a dispute do not undo them
 *  state.deteriorating       trust fell more than 0.1 over the window, or the statements say it is
 *                            deteriorating and trust is below 0.3
 *  state.deteriorating-standoff  trust ≤ −0.5 or a standoff (below) with no military act in the window or
 *                            since the episode opened: words and diplomatic sanctions sour, they do not break
 *  state.hostile             trust ≤ −0.5, or an open episode with no de-escalation step (a standoff)
 *  state.cooperative         trust ≥ 0.3
 *  state.cooperative-only    no statements; only acts of cooperation, one of them beyond an appeal or a call
 *  state.statements-neutral  events are flat: the statements decide when there are any
 *  state.stable              otherwise
 */
export function relationState(input: StateInput, opts?: StateOptions): StateDecision {
  const o = withDefaults(STATE_DEFAULTS, opts);
  const { series, episodes, events, statements, asOf } = input;
  let said = statementState(statements);
  if (series.points.length === 0) {
    if (standingRupture(events, asOf, asOf)) return { state: 'hostile', rule: 'state.hostile-rupture', reason: 'ties broken off (an undated report) and not restored since' };
    if (said) return { state: said, rule: 'state.statements', reason: `no dated events; ${statements.length} statement(s) say ${said}` };
    const b = trustAt(series, asOf).baseline;
    const state: RelationStateName = b <= -0.3 ? 'hostile' : b < -0.1 ? 'deteriorating' : b >= 0.3 ? 'cooperative' : 'stable';
    return { state, rule: 'state.statements', reason: `no dated events or statements; baseline ${b.toFixed(2)}` };
  }
  const now = trustAt(series, asOf);
  const windowStart = addDays(asOf, -o.windowDays);
  // The article says outright which way the relation is moving ("at their lowest point since the war",
  // "tensions have begun to ease"): the writer's reading of the whole story outweighs our reading of the
  // acts coded from it, which can miss the latest turn or weigh a single clash the writer sets in
  // proportion. Words of a souring do not outweigh arms, though: fighting (force on two or more days,
  // or by both sides) or a military exchange in the recent days leaves the state to the rules below.
  // A break of ties that still stands is more than a souring (state.hostile-rupture decides). An easing
  // said before the last hostile act says nothing about it.
  const datedNow = events.filter((e) => e.date && e.date <= asOf);
  const armed = (forceInWindow(datedNow, windowStart)?.fighting ?? false) || militaryExchange(datedNow, addDays(asOf, -o.recentDays)) !== null;
  said = statementState(statements, { armed });
  const lastBlow = datedNow.filter(isHostile).map((e) => e.date!).sort().pop() ?? '';
  const easingSince = statements.some((s) => s.state === 'improving' && (!s.published || s.published >= lastBlow));
  // "Tensions are escalating": the writer says the conflict is rising now; only a de-escalation step
  // dated after the article that says so (a later report) answers it.
  const stepSince = (day: string) => datedNow.some((e) => deEscalationRule(e) && eventWeight(e) > 0 && e.date! > day);
  const escalationSaid = said === 'escalating' && !statements.some((s) => s.state === 'escalating' && s.published && stepSince(s.published));
  if (escalationSaid || (said === 'deteriorating' && !armed && !standingRupture(events, windowStart, asOf)) || (said === 'recovering' && easingSince)) {
    return { state: said!, rule: 'state.statements-change', reason: `${statements.length} statement(s) say the relation is ${said === 'recovering' ? 'improving' : said}` };
  }
  const open = episodes.find((e) => e.closed === null) ?? null;
  const dated = events.filter((e) => e.date && e.date <= asOf);
  const hostile = dated.filter(isHostile);
  const lastHostile = hostile.map((e) => e.date!).sort().pop() ?? null;
  if (open && lastHostile && diffDays(lastHostile, asOf) <= o.recentDays && !open.deEscalation.some((s) => s.date >= lastHostile)) {
    const easing = statements.find((s) => s.state === 'improving' && (!s.published || s.published >= lastHostile));
    const rising = escalationEvidence(dated, asOf, windowStart);
    if (!easing && rising) {
      return { state: 'escalating', rule: 'state.escalating', reason: `crisis open since ${open.opened}; hostile act on ${lastHostile} with no de-escalation since; ${rising}` };
    }
  }
  const recent = [...episodes].reverse().find((e) => e.closed === null || diffDays(e.closed, asOf) <= o.windowDays);
  if (recent) {
    const lastH = recent.hostile.map((s) => s.date).sort().pop() ?? recent.opened;
    // Steps on the day of the last hostile act do not count: their order within the day is unknown.
    const steps = recent.deEscalation.filter((s) => s.date > lastH || (recent.hostile.length === 0 && s.date >= lastH));
    // Compared with a week ago, or with the last hostile act when that is later (a short story).
    const weekAgoDay = addDays(asOf, -o.recentDays);
    const weekAgo = trustAt(series, weekAgoDay > lastH ? weekAgoDay : lastH);
    const ending = lastDayBalance(dated.filter((e) => e.date! > lastH));
    // After fighting a truce of hours is not yet a recovery: the first step must be TRUCE_DAYS old. One
    // one-sided incident needs no truce (as in forceInWindow): a step after it already answers it.
    const fought = dated.some((e) => isForce(e) && e.date! >= recent.opened);
    const fighting = forceInWindow(dated, recent.opened)?.fighting ?? false;
    const firstStep = steps.map((x) => x.date).sort()[0];
    const held = !fighting || (firstStep !== undefined && diffDays(firstStep, asOf) >= TRUCE_DAYS);
    // After armed force one day of talks (a commanders' meeting) only contains the clash: recovery
    // needs a step beyond consulting (a truce, a pull-back, a release) or talks on more than one day.
    const beyondTalk = !fought || steps.some((x) => x.rule !== 'deesc.consult') || new Set(steps.map((x) => x.date)).size > 1;
    // A recovery needs an act of the parties (a truce, a release, talks held, an agreement), not only
    // praise or an intention announced: those can come in the middle of a standoff.
    const acted = steps.some((x) => isDeEscalationAct(x.rule));
    if (acted && beyondTalk && now.trust > recent.peakTrust && now.trust >= weekAgo.trust && ending > 0 && held) {
      return { state: 'recovering', rule: 'state.recovering', reason: `crisis from ${recent.opened} (low ${recent.peak}); ${steps.length} de-escalation step(s) since ${lastH}; trust ${now.trust.toFixed(2)} above its low ${recent.peakTrust.toFixed(2)}` };
    }
  }
  const inWindowHostile = hostile.filter((e) => e.date! >= windowStart);
  const windowSteps = dated.filter((e) => e.date! >= windowStart && deEscalationRule(e));
  const windowActs = windowSteps.filter((e) => isDeEscalationAct(deEscalationRule(e)!.id));
  if (inWindowHostile.length === 0 && windowActs.length > 0) {
    // The rupture: the last hostile act before the window (or an undated one), with nothing dated
    // between it and the window; the steps are the first news since.
    const before = dated.filter((e) => e.date! < windowStart);
    const lastBefore = before.filter(isHostile).map((e) => e.date!).sort().pop();
    const undated = events.some((e) => !e.date && isHostile(e));
    const rupture = lastBefore && !before.some((e) => e.date! > lastBefore) ? lastBefore
      : undated && before.length === 0 ? 'an undated report' : null;
    const restored = statements.filter((s) => s.state === 'improving').length;
    // A relation said to be hostile or souring that now takes steps is coming out of its conflict.
    const troubled = said === 'hostile' || said === 'deteriorating';
    if (rupture || restored || troubled) {
      const after = rupture ? `a rupture (${rupture})` : restored ? `${restored} statement(s) that ties are being restored` : `statements that the relation is ${said}`;
      return { state: 'recovering', rule: 'state.recovering-restored', reason: `${windowSteps.length} de-escalation step(s) in ${o.windowDays} days after ${after}` };
    }
  }
  const inWindow = series.points.filter((p) => p.date >= windowStart && p.date <= asOf);
  const covered = series.points[0].date <= windowStart;
  if (covered && now.baseline <= -0.25 && inWindow.every((p) => p.trust <= -0.3)) {
    return { state: 'hostile', rule: 'state.hostile-persistent', reason: `trust ≤ −0.3 for ${o.windowDays} days, baseline ${now.baseline.toFixed(2)}` };
  }
  const rupture = standingRupture(events, windowStart, asOf);
  if (rupture) {
    return { state: 'hostile', rule: 'state.hostile-rupture', reason: `ties broken off (${rupture}) and not restored since` };
  }
  const force = forceInWindow(dated, windowStart);
  if (force?.fighting) {
    return { state: 'hostile', rule: 'state.hostile-force', reason: `${force.reason} and no recovery since` };
  }
  if (said === 'hostile' && now.trust < 0.3) {
    return { state: 'hostile', rule: 'state.statements-hostile', reason: `${statements.length} statement(s) say hostile; trust ${now.trust.toFixed(2)}` };
  }
  // An incident of force the other side answered with hostile acts of its own (sanctions, contacts cut,
  // expulsions, a threat of force) has broken the relation, unless the writer calls it a souring.
  const answer = force && findTitForTat(dated.filter((e) => e.date! >= windowStart)).find((t) => t.first === force.last && isForce(t.first_event));
  if (answer && said !== 'deteriorating') {
    return { state: 'hostile', rule: 'state.hostile-answered', reason: `armed force on ${answer.first} answered by ${answer.responder} on ${answer.response} (CAMEO ${answer.response_event.cameo})` };
  }
  if (force) {
    return { state: 'deteriorating', rule: 'state.deteriorating-incident', reason: `${force.reason}, not a war: no fighting on other days, no answer in kind` };
  }
  // Words of a dispute (no hostile act) do not undo what the article says of a good or steady relation.
  if ((said === 'cooperative' || said === 'stable') && inWindowHostile.length === 0 && now.trust > -0.5) {
    return { state: said, rule: 'state.statements-calm', reason: `no hostile act in ${o.windowDays} days; ${statements.length} statement(s) say ${said}` };
  }
  const before = trustAt(series, windowStart);
  if (now.trust < before.trust - 0.1) {
    return { state: 'deteriorating', rule: 'state.deteriorating', reason: `trust fell from ${before.trust.toFixed(2)} to ${now.trust.toFixed(2)} in ${o.windowDays} days` };
  }
  if (said === 'deteriorating' && now.trust < 0.3) {
    return { state: 'deteriorating', rule: 'state.deteriorating', reason: `${statements.length} statement(s) say deteriorating; trust ${now.trust.toFixed(2)}` };
  }
  // Low trust or a standoff is hostile only with military means (posture, coercion, force, threats of
  // force) in the window or since the crisis opened; protests, cancelled meetings and sanctions alone sour
  // a relation (deteriorating). A blow long ago that nothing has mended since is a standoff.
  const since = open && open.opened < windowStart ? open.opened : windowStart;
  const military = dated.some((e) => e.date! >= since && isMilitary(e) && e.quad >= 3 && (e.modality === 'asserted' || e.modality === 'claimed'));
  if ((now.trust <= -0.5 || (open && open.deEscalation.length === 0)) && !military) {
    return { state: 'deteriorating', rule: 'state.deteriorating-standoff', reason: `${open ? `crisis open since ${open.opened}` : `trust ${now.trust.toFixed(2)}`}, without military acts since ${since}` };
  }
  if (now.trust <= -0.5 || (open && open.deEscalation.length === 0)) {
    return { state: 'hostile', rule: 'state.hostile', reason: open ? `crisis open since ${open.opened} with no de-escalation step` : `trust ${now.trust.toFixed(2)}` };
  }
  if (now.trust >= 0.3) return { state: 'cooperative', rule: 'state.cooperative', reason: `trust ${now.trust.toFixed(2)}` };
  // A pair the news shows only working together (talks hosted, a visit, aid, mediation, an agreement; no
  // act of conflict at all, dated or not) and the article says nothing else of: cooperative, however few
  // the acts. An appeal (02: one side asks) or a bare call or meeting (040, 041: contact) is not yet
  // working together. Stable needs a sign of steadiness, not a thin record without hostility.
  if (!said && events.length > 0 && events.every((e) => e.quad <= 2 && e.goldstein > 0) && events.some(isCooperationProper)) {
    return { state: 'cooperative', rule: 'state.cooperative-only', reason: `${events.length} act(s) of cooperation and none of conflict` };
  }
  // An escalation the acts have since answered (a later step) is no longer the news.
  if (said && (said !== 'escalating' || escalationSaid)) return { state: said, rule: 'state.statements-neutral', reason: `events are flat; ${statements.length} statement(s) say ${said}` };
  return { state: 'stable', rule: 'state.stable', reason: `trust ${now.trust.toFixed(2)} near baseline ${now.baseline.toFixed(2)}` };
}

/** A day's acts are news of the day while this many days old or less: the end of the story. */
export const ESCALATION_FRESH_DAYS = 1;

/**
 * Military means: posture (15), physical coercion (170 coerce, 171 seize or damage property, 175 violent
 * repression), force (18–20) and threats of force (138). Sanctions, arrests and expulsions (172–174, 16)
 * are means of a dispute: however grave, a trade war or an expulsion spiral sours a relation, it does not
 * escalate it towards war.
 */
export function isMilitary(e: CodedEvent): boolean {
  return ['15', '18', '19', '20'].includes(e.root) || /^(?:170|171|175|138)/.test(e.cameo);
}

/**
 * Why the hostility is rising, or null: **the story ends at its peak**. Over the window, take each day's
 * gravest conflict act (QuadClass 3–4, reported as fact or claim; severity = the lowest Goldstein):
 *  - there are conflict acts on two or more days (one day's exchange is a clash, not a trend);
 *  - the latest of those days is fresh (asOf or ESCALATION_FRESH_DAYS before) and brings a military act;
 *  - no earlier day of the window was graver (the intensity is at its highest now, not falling back);
 *  - and it rose: the window began at a milder level (newer acts more severe than earlier ones), or the
 *    latest day answers the other side's earlier hostile act (action and reaction at the same pitch), or
 *    a threat of more (CAMEO 13) was made in the window before it.
 * Repetition by one side at the same pitch is sustained conflict (hostile), not escalation; a peak followed
 * by milder acts (accusations after an exchange of strikes, sanctions after a shoot-down) is falling back.
 */
export function escalationEvidence(dated: CodedEvent[], asOf: string, windowStart: string): string | null {
  const acts = dated.filter((e) => e.date! >= windowStart && e.date! <= asOf && e.quad >= 3 && (e.modality === 'asserted' || e.modality === 'claimed'));
  const days = [...new Set(acts.map((e) => e.date!))].sort();
  if (days.length < 2) return null;
  const last = days[days.length - 1];
  if (diffDays(last, asOf) > ESCALATION_FRESH_DAYS) return null;
  const onLast = acts.filter((e) => e.date === last);
  if (!onLast.some(isMilitary)) return null;
  const severity = (list: CodedEvent[]) => Math.min(...list.map((e) => e.goldstein));
  const earlier = acts.filter((e) => e.date! < last);
  const peakNow = severity(onLast), peakBefore = severity(earlier);
  if (peakNow > peakBefore) return null;
  const first = severity(acts.filter((e) => e.date === days[0]));
  if (peakNow < first) return `rising: acts of ${peakNow} on ${last} after ${first} on ${days[0]}`;
  // state.sustained-exchange: escalation needs a rise from a lower start. When the window opens with
  // both sides already striking each other at the latest pitch (an exchange of fire on its first day),
  // later rounds of the same exchange sustain the fighting (hostile), however they are framed (an
  // answer, or after a threat). A spiral that opens with one side's blow and draws the other in rises.
  const opening = acts.filter((e) => e.date === days[0] && isHostile(e) && e.goldstein <= peakNow);
  if (new Set(opening.map((e) => eventCountries(e)?.source)).size >= 2) return null;
  // Action and reaction: a side acts on the last day against an earlier hostile act of the other.
  const earlierBy = new Set(earlier.filter(isHostile).map((e) => eventCountries(e)?.source));
  const answer = onLast.find((e) => isHostile(e) && [...earlierBy].some((x) => x !== eventCountries(e)?.source));
  if (answer) return `action and reaction: ${eventCountries(answer)?.source} answered on ${last} at the pitch of ${peakNow}`;
  const threat = earlier.find((e) => e.root === '13');
  if (threat) return `threat then act: a threat on ${threat.date}, acts of ${peakNow} on ${last}`;
  return null;
}

/** Cooperation proper: CAMEO 03–09 (intent, consultation, diplomatic and material cooperation, aid, yielding) but not bare contact (040, 041). */
function isCooperationProper(e: CodedEvent): boolean {
  return Number(e.root) >= 3 && Number(e.root) <= 9 && !/^04[01]$/.test(e.cameo.slice(0, 3));
}

/** CAMEO roots of military pressure or force: 15 posture, 17 coercion, 18 assault, 19 fight, 20 mass violence. */
const MILITARY_ROOTS = new Set(['15', '17', '18', '19', '20']);

/**
 * Both sides of the pair made a military move (MILITARY_ROOTS, or a threat of force, CAMEO 138) that
 * happened (asserted or claimed) on or after `since`: force or its threat rising on both sides, which a
 * statement of mere souring does not describe. Returns the day of the last such move, or null.
 */
export function militaryExchange(dated: CodedEvent[], since: string): string | null {
  const moves = dated.filter((e) => e.date! >= since && (MILITARY_ROOTS.has(e.root) || e.cameo.startsWith('138'))
    && (e.modality === 'asserted' || e.modality === 'claimed'));
  const sides = new Set(moves.map((e) => eventCountries(e)?.source).filter((c) => c));
  return sides.size >= 2 ? moves.map((e) => e.date!).sort().pop()! : null;
}

/** Σ weight × Goldstein on the latest day of `events` (0 without events): how the story ends. */
function lastDayBalance(events: CodedEvent[]): number {
  const last = events.map((e) => e.date!).sort().pop();
  return last ? events.filter((e) => e.date === last).reduce((s, e) => s + eventWeight(e) * e.goldstein, 0) : 0;
}
