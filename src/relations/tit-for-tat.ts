/**
 * Tit-for-tat: a hostile act by A on B answered by a hostile act of B on A within a window, and
 * reciprocity over longer spans (Goldstein & Pevehouse 1997: does B's conflict respond to A's?).
 */
import type { CodedEvent } from '../coding/types.js';
import { diffDays, weekStart, addDays } from './dates.js';
import { eventCountries, eventWeight } from './dyad.js';

/**
 * Hostile: material conflict (quad 4) or a grave threat, CAMEO 13 at Goldstein ≤ −5 (138 threaten with
 * military force, −7), which counts though it is verbal. Demands (10, −5) and protests (14) are words
 * of a dispute, not acts: "Manila demanded the return of the rifles" answers nothing in kind.
 */
export const HOSTILE_GOLDSTEIN = -5;

export function isHostile(e: CodedEvent): boolean {
  return (e.quad === 4 || (e.root === '13' && e.goldstein <= HOSTILE_GOLDSTEIN)) && eventWeight(e) > 0;
}

/** One exchange: `first` (A on B) answered by `response` (B on A). */
export interface TitForTat {
  /** Day of the first act, YYYY-MM-DD. */
  first: string;
  /** Day of the response. */
  response: string;
  lag_days: number;
  /** |Goldstein of the response| / |Goldstein of the first act|: > 1 the response is stronger. */
  intensity_ratio: number;
  /** Who acted first (ISO3) and who answered. */
  initiator: string;
  responder: string;
  first_event: CodedEvent;
  response_event: CodedEvent;
}

export interface TitForTatOptions {
  /** Longest lag that still counts as a response, days. Default 14. */
  windowDays?: number;
}

/**
 * Exchanges in one dyad's events, in date order. Each day's strongest hostile act per direction
 * stands for that day (duplicates of one strike do not make extra links). A response must come at
 * least one day later: same-day acts have no order in day-precision data, unless the evidence of one
 * says it answers the other (tft.same-day-response: lag 0) or the two are of the same kind, an expulsion
 * for an expulsion (tft.same-day-in-kind: lag 0, in the order the article tells them). Each act answers at most
 * one earlier act (the latest unanswered one of the other side within the window) and is answered at
 * most once, but a response can itself be answered (a spiral A→B, B→A, A→B gives two links).
 */
export function findTitForTat(events: CodedEvent[], opts?: TitForTatOptions): TitForTat[] {
  const window = opts?.windowDays ?? 14;
  const acts = new Map<string, { e: CodedEvent; src: string; tgt: string; responds: number; told: number }>();
  for (const e of events) {
    const c = eventCountries(e);
    if (!c || !e.date || !isHostile(e)) continue;
    const id = `${c.source}>${c.target}@${e.date}`;
    const prev = acts.get(id);
    const responds = Math.max(prev?.responds ?? 0, saysResponse(e));
    const told = Math.min(prev?.told ?? Infinity, toldAt(e));
    if (!prev || e.goldstein < prev.e.goldstein) acts.set(id, { e, src: c.source, tgt: c.target, responds, told });
    else Object.assign(prev, { responds, told });
  }
  // Within a day, an act reported as a response comes after the others (tft.same-day-response), then
  // the order the article tells them in (tft.same-day-in-kind).
  const list = [...acts.values()].sort((a, b) => a.e.date!.localeCompare(b.e.date!) || a.responds - b.responds || a.told - b.told);
  const answered = new Set<number>();
  const out: TitForTat[] = [];
  // Each act answers the latest unanswered act of the other side before it: a retaliation answers the
  // provocation just before it, not an older one ("a second wave of balloons, the pact suspended three
  // days later").
  for (let j = 0; j < list.length; j++) {
    const b = list[j];
    const answers = (i: number) => !answered.has(i) && b.src === list[i].tgt && b.tgt === list[i].src;
    let pick = -1;
    for (let i = j - 1; i >= 0 && pick < 0; i--) {
      const lag = diffDays(list[i].e.date!, b.e.date!);
      if (lag > window) break;
      if (lag >= 1 && answers(i)) pick = i;
    }
    // An act reported as a response, with nothing earlier to answer, answers the same day's act.
    for (let i = j - 1; i >= 0 && pick < 0 && b.responds > 0; i--) {
      if (list[i].e.date !== b.e.date) break;
      if (list[i].responds < b.responds && answers(i)) pick = i;
    }
    // tft.same-day-in-kind: the same kind of act (CAMEO root) by the other side on the same day answers
    // it, an expulsion for an expulsion, a strike for a strike: a mirror act is a reply even when the
    // report does not say so. Which came first is taken from the order the article tells them in; two
    // acts first told in one sentence have no order (and may be one act read both ways): no link.
    for (let i = j - 1; i >= 0 && pick < 0; i--) {
      if (list[i].e.date !== b.e.date) break;
      if (list[i].e.root === b.e.root && list[i].told < b.told && answers(i)) pick = i;
    }
    if (pick < 0) continue;
    const a = list[pick];
    answered.add(pick);
    out.push({
      first: a.e.date!, response: b.e.date!, lag_days: diffDays(a.e.date!, b.e.date!),
      intensity_ratio: round(Math.abs(b.e.goldstein) / Math.max(Math.abs(a.e.goldstein), 1e-9), 3),
      initiator: a.src, responder: a.tgt, first_event: a.e, response_event: b.e,
    });
  }
  return out.sort((x, y) => x.first.localeCompare(y.first) || x.response.localeCompare(y.response));
}

/**
 * tft.same-day-response: the evidence says the act answers another ("Qatar Airways responded hours later
 * by halting its flights to Saudi Arabia", "in retaliation", "hit back"). Only then is a same-day pair
 * ordered and linked, with lag 0.
 */
const RESPONSE_WORDS = /\b(?:respond(?:ed|s|ing)?|in response|retaliat\w*|in kind|(?:hit|hits|fired|fires|shot|shoots|struck|strikes) back|return(?:ed|s|ing)? (?:the )?fire|reciprocal)\b/i;

/**
 * Coder patterns whose act is itself an answer ("South Korea returned fire"). They outrank the words:
 * when one sentence tells both acts ("a shell killed five; artillery fired back that night"), the
 * words are in both reports but only the return fire answers.
 */
const RESPONSE_PATTERNS: ReadonlySet<string> = new Set(['fight.return-fire', 'fight.retaliate', 'reduce.retaliate-with-tariffs']);

/** How surely the report says the act answers another: 2 by the coder's pattern, 1 by its words, 0 not. */
function saysResponse(e: CodedEvent): number {
  if (e.evidences.some((v) => RESPONSE_PATTERNS.has(v.pattern))) return 2;
  return RESPONSE_WORDS.test(e.evidence) || e.evidences.some((v) => RESPONSE_WORDS.test(v.sentence)) ? 1 : 0;
}

/** Where the article first tells of the act: the character offset of its earliest report (Infinity without one). */
function toldAt(e: CodedEvent): number {
  return Math.min(Infinity, ...e.evidences.map((v) => v.start));
}

/** Response of one side's weekly conflict to the other's, the week before. */
export interface Reciprocity {
  /** Whose conflict is explained (responder) by whose, lagged one week (initiator). */
  responder: string;
  initiator: string;
  /** Weeks in the span (first to last week with events), zeros included. */
  weeks: number;
  /** OLS slope of responder's conflict on initiator's conflict one week earlier; null when too few points. */
  slope: number | null;
  /** Pearson correlation of the same pairs; null when too few points or no variance. */
  correlation: number | null;
  /** Why slope/correlation are null, e.g. "too few points: 3 weeks (need 8)". */
  note: string | null;
}

/** Fewest weekly points for a reciprocity estimate; below it the numbers mean nothing. */
export const MIN_RECIPROCITY_WEEKS = 8;

/**
 * Weekly conflict mass per direction (Σ weight × −Goldstein over negative events) and the regression
 * y_t = α + β x_(t−1) in both directions (B on A, A on B) over the dyad's span.
 */
export function reciprocity(events: CodedEvent[], a: string, b: string): Reciprocity[] {
  const weekly = new Map<string, { ab: number; ba: number }>();
  let first: string | null = null, last: string | null = null;
  for (const e of events) {
    const c = eventCountries(e);
    if (!c || !e.date) continue;
    const w = weekStart(e.date);
    if (!first || w < first) first = w;
    if (!last || w > last) last = w;
    const m = eventWeight(e) * Math.max(-e.goldstein, 0);
    const p = weekly.get(w) ?? { ab: 0, ba: 0 };
    if (c.source === a && c.target === b) p.ab += m;
    else if (c.source === b && c.target === a) p.ba += m;
    weekly.set(w, p);
  }
  const xs: number[] = [], ys: number[] = [];
  if (first && last) for (let w = first; w <= last; w = addDays(w, 7)) {
    const p = weekly.get(w) ?? { ab: 0, ba: 0 };
    xs.push(p.ab);
    ys.push(p.ba);
  }
  return [fit(b, a, xs, ys), fit(a, b, ys, xs)];
}

function fit(responder: string, initiator: string, cause: number[], effect: number[]): Reciprocity {
  const weeks = cause.length;
  const n = weeks - 1;
  if (n < MIN_RECIPROCITY_WEEKS) {
    return { responder, initiator, weeks, slope: null, correlation: null, note: `too few points: ${weeks} weeks (need ${MIN_RECIPROCITY_WEEKS + 1})` };
  }
  const x = cause.slice(0, -1), y = effect.slice(1);
  const mx = mean(x), my = mean(y);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  if (sxx === 0) return { responder, initiator, weeks, slope: null, correlation: null, note: `no variation in ${initiator}'s conflict` };
  return {
    responder, initiator, weeks,
    slope: round(sxy / sxx, 4),
    correlation: syy === 0 ? null : round(sxy / Math.sqrt(sxx * syy), 4),
    note: syy === 0 ? `no variation in ${responder}'s conflict` : null,
  };
}

function mean(v: number[]): number {
  return v.reduce((s, x) => s + x, 0) / v.length;
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
