/**
 * Trust index of an undirected dyad, per day, in [-1, 1] (formula and defaults in docs/trust-index.md).
 *
 *   C(t), K(t)   decayed cooperation / conflict mass: Σ weight × |Goldstein| × 2^(−age/H), H = halfLifeDays;
 *                conflict counts λ = conflictWeight times
 *   CL(t), KL(t) the same with the long half-life HB (baselineHalfLifeDays), plus undated events
 *   baseline(t)  = (CL − KL + kb·prior) / (CL + KL + kb)
 *   trust(t)     = (C − K + k0·baseline) / (C + K + k0)
 *
 * trust is the recent balance of cooperation and conflict, shrunk towards the pair's own baseline with
 * pseudo-mass k0: with no recent events it equals the baseline, and a burst of events pulls it away.
 * Every value is a sum of per-event terms (explainTrust), so it can always be explained.
 */
import type { CodedEvent } from '../coding/types.js';
import { addDays, dayNumber, dayString, withDefaults } from './dates.js';
import { eventWeight } from './dyad.js';

/** Tuning of the trust index. */
export interface TrustOptions {
  /** Half-life of an event's weight in the trust index, days. Default 30. */
  halfLifeDays?: number;
  /** Pseudo-mass k0 pulling trust to the baseline (one Goldstein −10 report = 10). Default 10. */
  pseudoMass?: number;
  /** Half-life of the long-run memory that makes the baseline, days. Default 365. */
  baselineHalfLifeDays?: number;
  /** Pseudo-mass kb holding the baseline at its prior. Default 100 (ten strong events). */
  baselineMass?: number;
  /** Prior baseline in [-1, 1], e.g. from relation statements. Default 0 (neutral). */
  prior?: number;
  /**
   * Multiplier λ on conflict mass. Default 2: trust is lost faster than it is regained (Slovic's
   * asymmetry principle), so a joint statement does not cancel a missile strike of the same |Goldstein|.
   */
  conflictWeight?: number;
}

export const TRUST_DEFAULTS: Required<TrustOptions> = {
  halfLifeDays: 30,
  pseudoMass: 10,
  baselineHalfLifeDays: 365,
  baselineMass: 100,
  prior: 0,
  conflictWeight: 2,
};

/** One day of the trust index. */
export interface TrustPoint {
  date: string;
  trust: number;
  baseline: number;
  /** Decayed cooperation and conflict mass (short half-life). */
  cooperation: number;
  conflict: number;
}

export interface TrustSeries {
  options: Required<TrustOptions>;
  /** Daily points from the day before the first dated event to asOf (empty when nothing is dated). */
  points: TrustPoint[];
}

/** When an event enters the index: its date; undated events enter only the baseline, on the day reported. */
function placement(e: CodedEvent, fallback: string): { date: string; dated: boolean } {
  if (e.date) return { date: e.date, dated: true };
  const published = e.evidences.find((v) => v.published)?.published ?? null;
  return { date: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : fallback, dated: false };
}

/** weight × Goldstein, conflict multiplied by λ: the event's signed mass before decay. */
function signedMass(e: CodedEvent, o: Required<TrustOptions>): number {
  const m = eventWeight(e) * e.goldstein;
  return m < 0 ? m * o.conflictWeight : m;
}

function resolve(opts?: TrustOptions): Required<TrustOptions> {
  const o = withDefaults(TRUST_DEFAULTS, opts);
  if (!(o.halfLifeDays > 0)) throw new Error(`relations: halfLifeDays ${o.halfLifeDays} must be > 0`);
  if (!(o.baselineHalfLifeDays > 0)) throw new Error(`relations: baselineHalfLifeDays ${o.baselineHalfLifeDays} must be > 0`);
  if (!(o.conflictWeight > 0)) throw new Error(`relations: conflictWeight ${o.conflictWeight} must be > 0`);
  if (!(o.prior >= -1 && o.prior <= 1)) throw new Error(`relations: prior ${o.prior} must be within [-1, 1]`);
  return o;
}

/**
 * The daily trust series of one dyad's events (both directions, already filtered to the pair),
 * up to `asOf` (default: the last event day).
 */
export function trustSeries(events: CodedEvent[], asOf?: string, opts?: TrustOptions): TrustSeries {
  const o = resolve(opts);
  const dated = events.filter((e) => e.date && (!asOf || e.date <= asOf));
  if (dated.length === 0) return { options: o, points: [] };
  const first = dated.reduce((m, e) => (e.date! < m ? e.date! : m), dated[0].date!);
  const last = asOf ?? dated.reduce((m, e) => (e.date! > m ? e.date! : m), first);
  const start = addDays(first, -1);
  const add = new Map<number, { c: number; k: number; cl: number; kl: number }>();
  for (const e of events) {
    const p = placement(e, start);
    if (p.date > last) continue;
    const d = Math.max(dayNumber(p.date), dayNumber(start));
    const a = add.get(d) ?? { c: 0, k: 0, cl: 0, kl: 0 };
    const m = signedMass(e, o);
    if (p.dated) {
      a.c += Math.max(m, 0);
      a.k += Math.max(-m, 0);
    }
    a.cl += Math.max(m, 0);
    a.kl += Math.max(-m, 0);
    add.set(d, a);
  }
  const r = 2 ** (-1 / o.halfLifeDays);
  const rb = 2 ** (-1 / o.baselineHalfLifeDays);
  let c = 0, k = 0, cl = 0, kl = 0;
  const points: TrustPoint[] = [];
  for (let d = dayNumber(start); d <= dayNumber(last); d++) {
    c *= r; k *= r; cl *= rb; kl *= rb;
    const a = add.get(d);
    if (a) { c += a.c; k += a.k; cl += a.cl; kl += a.kl; }
    const baseline = (cl - kl + o.baselineMass * o.prior) / (cl + kl + o.baselineMass);
    const trust = (c - k + o.pseudoMass * baseline) / (c + k + o.pseudoMass);
    points.push({ date: dayString(d), trust, baseline, cooperation: c, conflict: k });
  }
  return { options: o, points };
}

/** The point of `date`; before the series it is the prior, after it the last point decayed forward. */
export function trustAt(series: TrustSeries, date: string): TrustPoint {
  const pts = series.points;
  const prior = series.options.prior;
  if (pts.length === 0 || date < pts[0].date) return { date, trust: prior, baseline: prior, cooperation: 0, conflict: 0 };
  const i = dayNumber(date) - dayNumber(pts[0].date);
  if (i < pts.length) return pts[i];
  return projectTrust(series, date);
}

/** Trust on a later day assuming no new events: the masses decay, the baseline is held. */
export function projectTrust(series: TrustSeries, date: string, halfLifeDays = series.options.halfLifeDays): TrustPoint {
  const lastPt = series.points[series.points.length - 1];
  const age = dayNumber(date) - dayNumber(lastPt.date);
  const f = 2 ** (-age / halfLifeDays);
  const c = lastPt.cooperation * f, k = lastPt.conflict * f, k0 = series.options.pseudoMass;
  return { date, trust: (c - k + k0 * lastPt.baseline) / (c + k + k0), baseline: lastPt.baseline, cooperation: c, conflict: k };
}

/** What one event adds to trust on a given day. */
export interface TrustContribution {
  key: string;
  date: string | null;
  source: string | null;
  target: string | null;
  cameo: string;
  goldstein: number;
  /** eventWeight: (1 + log2 mentions) × modality weight. */
  weight: number;
  /** 2^(−age / H); 0 for undated events (they only move the baseline). */
  decay: number;
  /** Signed share of trust: weight × Goldstein (× λ if negative) × decay / (C + K + k0). Sums with baselineTerm to trust. */
  contribution: number;
}

export interface TrustExplanation {
  date: string;
  trust: number;
  baseline: number;
  /** k0 × baseline / (C + K + k0): the part of trust held by the baseline. */
  baselineTerm: number;
  /** Events that move trust, largest |contribution| first. */
  contributions: TrustContribution[];
  /** Events behind the baseline: weight × Goldstein × long decay / (CL + KL + kb), and the prior's term. */
  baselineContributions: TrustContribution[];
  priorTerm: number;
}

/**
 * Explains trust of one dyad's events on `date`: trust = Σ contributions + baselineTerm, and
 * baseline = Σ baselineContributions + priorTerm (equal to trustSeries to rounding).
 */
export function explainTrust(events: CodedEvent[], date: string, opts?: TrustOptions): TrustExplanation {
  const o = resolve(opts);
  const day = dayNumber(date, 'explain date');
  const dated = events.filter((e) => e.date && e.date <= date);
  const start = dated.length ? addDays(dated.reduce((m, e) => (e.date! < m ? e.date! : m), dated[0].date!), -1) : date;
  const terms = events.flatMap((e) => {
    const p = placement(e, start);
    const at = Math.max(dayNumber(p.date), dayNumber(start));
    if (at > day) return [];
    const age = day - at;
    const w = eventWeight(e);
    return [{ e, w, m: signedMass(e, o), decay: p.dated ? 2 ** (-age / o.halfLifeDays) : 0, longDecay: 2 ** (-age / o.baselineHalfLifeDays) }];
  });
  const dl = terms.reduce((s, t) => s + Math.abs(t.m) * t.longDecay, 0) + o.baselineMass;
  const baselineContributions = terms.map((t) => row(t.e, t.w, t.longDecay, (t.m * t.longDecay) / dl));
  const priorTerm = (o.baselineMass * o.prior) / dl;
  const baseline = baselineContributions.reduce((s, c) => s + c.contribution, priorTerm);
  const d = terms.reduce((s, t) => s + Math.abs(t.m) * t.decay, 0) + o.pseudoMass;
  const contributions = terms.filter((t) => t.decay > 0).map((t) => row(t.e, t.w, t.decay, (t.m * t.decay) / d));
  const baselineTerm = (o.pseudoMass * baseline) / d;
  const trust = contributions.reduce((s, c) => s + c.contribution, baselineTerm);
  const byMagnitude = (a: TrustContribution, b: TrustContribution) => Math.abs(b.contribution) - Math.abs(a.contribution);
  return {
    date, trust, baseline, baselineTerm, priorTerm,
    contributions: contributions.sort(byMagnitude),
    baselineContributions: baselineContributions.sort(byMagnitude),
  };
}

function row(e: CodedEvent, weight: number, decay: number, contribution: number): TrustContribution {
  return {
    key: e.key, date: e.date, source: e.source?.country ?? null, target: e.target?.country ?? null,
    cameo: e.cameo, goldstein: e.goldstein, weight, decay, contribution,
  };
}
