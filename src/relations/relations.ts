/** Top level of relations: every country pair in the events and statements, analysed. */
import type { CodedEvent, RelationStatement } from '../coding/types.js';
import { dayNumber } from './dates.js';
import { spanStart } from '../language/dates/span-middle.js';
import { mergeEvents } from '../coding/merge-events.js';
import { dyadKey, eventCountries, eventWeight, mergeByKey, type Dyad } from './dyad.js';
import { directedSeries, undirectedSeries, type DayPoint } from './dyad-series.js';
import { EPISODE_DEFAULTS, findEpisodes, type Episode } from './episodes.js';
import { relationOutlook, type Outlook } from './outlook.js';
import { relationState, statementPrior, type StateDecision } from './relation-state.js';
import { findTitForTat, reciprocity, type Reciprocity, type TitForTat } from './tit-for-tat.js';
import { explainTrust, trustAt, trustSeries, type TrustExplanation, type TrustOptions, type TrustPoint } from './trust-index.js';

/** Options of analyzeRelations. */
export interface RelationsOptions extends Omit<TrustOptions, 'prior'> {
  /**
   * Day the analysis stands on, YYYY-MM-DD, for every pair. Default: each pair is judged as of its
   * own latest event date or statement publication, so a pair whose news stopped in January is not
   * called "stable" because other pairs have news in March.
   */
  asOf?: string;
  /** Window for trends and recent recovery, days. Default 30. */
  window?: number;
  /** Longest lag of a tit-for-tat response, days. Default 14. */
  titForTatWindow?: number;
  /** Episode thresholds (see EpisodeOptions). Defaults 0.2 and 0.1. */
  openDrop?: number;
  epsilon?: number;
}

/** Above this many events in one pair, reports are merged by key only (mergeEvents is pairwise). */
export const MERGE_PAIRWISE_LIMIT = 2000;

/** Episodes close when trust is back within 0.1 of the baseline (on a scale of 2). */
export const RELATIONS_EPSILON = 0.1;

export interface DyadReport {
  /** ISO3 pair, sorted. */
  dyad: Dyad;
  state: StateDecision['state'];
  stateRule: StateDecision;
  /** Trust on asOf (the prior from statements when no event is dated). */
  trust: number;
  baseline: number;
  /** The day this pair is judged on: the asOf option when given, else the pair's own latest date. */
  asOf: string;
  /** Distinct events between the pair that happened or were announced (hypothetical/negated left out). */
  events: number;
  /** The pair's events (merged by key), date order, undated last. */
  eventList: CodedEvent[];
  tit_for_tat: TitForTat[];
  reciprocity: Reciprocity[];
  episodes: Episode[];
  statements: RelationStatement[];
  outlook: Outlook | null;
  series: { trust: TrustPoint[]; daily: DayPoint[] };
  /** The trust options used (prior from the statements included), for explainDyad. */
  trustOptions: Required<TrustOptions>;
}

const ISO3 = /^[A-Z]{3}$/;

export class BadStatementError extends Error {
  constructor(s: RelationStatement, why: string) {
    super(`relations: statement "${s.sentence.slice(0, 60)}" (${s.articleId}) ${why}`);
    this.name = 'BadStatementError';
  }
}

/**
 * relations.misdated: a report cannot tell of an act done after it was published. An event reported as
 * having happened (asserted or claimed) whose date begins after the latest publication of its reports
 * was dated wrongly (a relative day read from the wrong anchor); it counts as undated, so that it does
 * not move the pair's day or stand as the story's latest act. Plans (intended) keep their future dates.
 */
export function undateMisdated(e: CodedEvent): CodedEvent {
  if (!e.date || (e.modality !== 'asserted' && e.modality !== 'claimed')) return e;
  const published = e.evidences.map((v) => v.published ?? '').filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().pop();
  if (!published || e.evidences.some((v) => !v.published)) return e;
  return spanStart(e.date, e.datePrecision ?? 'day') > published ? { ...e, date: null, datePrecision: null, dateStated: false } : e;
}

/** Analyses every pair of two different countries found in `events` and `statements`. */
export function analyzeRelations(events: CodedEvent[], statements: RelationStatement[], opts: RelationsOptions = {}): DyadReport[] {
  const byDyad = new Map<string, { events: CodedEvent[]; statements: RelationStatement[] }>();
  const slot = (key: string) => {
    let s = byDyad.get(key);
    if (!s) byDyad.set(key, (s = { events: [], statements: [] }));
    return s;
  };
  for (const e of events) {
    const c = eventCountries(e);
    if (c) slot(dyadKey(c.source, c.target)).events.push(e);
  }
  // Reports of one event from several articles are one event (the coder's mergeEvents), merged per
  // pair so the quadratic merge stays small. Hypothetical and negated events are then left out.
  for (const [key, group] of byDyad) {
    const merge = group.events.length > MERGE_PAIRWISE_LIMIT ? mergeByKey : mergeEvents;
    group.events = merge(group.events).filter((e) => eventWeight(e) > 0).map(undateMisdated);
    if (group.events.length === 0) byDyad.delete(key);
  }
  const merged = [...byDyad.values()].flatMap((g) => g.events);
  for (const s of statements) {
    const [a, b] = s.dyad ?? [];
    if (!a || !b || !ISO3.test(a) || !ISO3.test(b)) throw new BadStatementError(s, 'has no ISO3 dyad');
    if (a === b) continue;
    slot(dyadKey(a, b)).statements.push(s);
  }
  if (opts.asOf) dayNumber(opts.asOf, 'asOf');
  // A pair with nothing dated of its own (undated events, statements without a date) falls back to
  // the latest day of the whole input, as before per-pair dates; with nothing dated anywhere, no reports.
  const overall = opts.asOf ?? latestDay(merged, statements);
  const judged = new Map<string, { asOf: string; announced: CodedEvent[] }>();
  for (const [key, group] of byDyad) {
    const asOf = opts.asOf ?? latestDay(group.events, group.statements) ?? overall;
    if (!asOf) continue;
    // As of a day, later events have not happened yet; announced ones are kept for the outlook.
    judged.set(key, { asOf, announced: group.events.filter((e) => e.date && e.date > asOf && e.modality === 'intended') });
    group.events = group.events.filter((e) => !e.date || e.date <= asOf);
  }
  const daily = undirectedSeries(directedSeries([...byDyad.values()].flatMap((g) => g.events)));
  const epsilon = opts.epsilon ?? RELATIONS_EPSILON;
  const reports: DyadReport[] = [];
  for (const [key, group] of byDyad) {
    const j = judged.get(key);
    if (!j) continue;
    const { asOf, announced } = j;
    const dyad = key.split('-') as Dyad;
    const prior = statementPrior(group.statements);
    const series = trustSeries(group.events, asOf, { ...opts, prior });
    const episodes = findEpisodes(series, group.events, { openDrop: opts.openDrop ?? EPISODE_DEFAULTS.openDrop, epsilon });
    const titForTat = findTitForTat(group.events, { windowDays: opts.titForTatWindow });
    const decision = relationState({ series, episodes, events: group.events, statements: group.statements, asOf }, { windowDays: opts.window });
    const now = trustAt(series, asOf);
    reports.push({
      dyad, state: decision.state, stateRule: decision, trust: now.trust, baseline: now.baseline, asOf,
      events: group.events.length,
      eventList: [...group.events].sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999')),
      tit_for_tat: titForTat,
      reciprocity: reciprocity(group.events, dyad[0], dyad[1]),
      episodes, statements: group.statements,
      outlook: relationOutlook({ state: decision.state, series, episodes, events: group.events, announced, statements: group.statements, titForTat, asOf, epsilon }),
      series: { trust: series.points, daily: daily.get(key) ?? [] },
      trustOptions: series.options,
    });
  }
  return reports.sort((x, y) => y.events - x.events || y.statements.length - x.statements.length || x.dyad.join().localeCompare(y.dyad.join()));
}

/** The events behind the pair's trust on `date` (default asOf): see explainTrust. */
export function explainDyad(report: DyadReport, date: string = report.asOf): TrustExplanation {
  return explainTrust(report.eventList, date, report.trustOptions);
}

/**
 * The latest day anything is known to have happened or been published. Dates of announced
 * (intended) events are plans, not facts: "will visit next week" does not move asOf.
 */
function latestDay(events: CodedEvent[], statements: RelationStatement[]): string | null {
  let best: string | null = null;
  for (const e of events) if (e.date && e.modality !== 'intended' && (!best || e.date > best)) best = e.date;
  for (const s of statements) if (s.published && (!best || s.published > best)) best = s.published;
  for (const e of events) for (const v of e.evidences) if (v.published && /^\d{4}-\d{2}-\d{2}$/.test(v.published) && (!best || v.published > best)) best = v.published;
  return best;
}
