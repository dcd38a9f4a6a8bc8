/**
 * One event reported many times - in the summary and the body, in a box printed twice, in
 * several articles - is one event. Two reports are the same event when they have
 *  - the same dyad (either order when the act is undirected),
 *  - the same CAMEO root,
 *  - compatible dates: equal days (±1 when either is inferred and both name the same act: the same
 *    CAMEO code or pattern, or a generic report of armed force), a day inside the other's
 *    week/month/year, or one of them undated (an undated report joins a dated one),
 *  - compatible places: either unknown, or the same country and (both dated) province,
 *  - compatible modality: asserted, claimed and intended reports merge with each other;
 *    hypothetical and negated ones only with their own kind.
 * The merged event keeps the most specific code, the best date, the most specific place, the
 * highest stated toll and every evidence; `mentions` counts distinct reports: distinct articles
 * and, within an article, distinct sentences (a passage printed twice counts once).
 */
import type { CodedEvent, Evidence, Modality } from './types.js';
import { daysBetween } from '../language/dates/calendar.js';
import { spanStart } from '../language/dates/span-middle.js';
import { eventKey, isUndirected } from './event-key.js';

const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;
const SPAN_DAYS = { day: 1, week: 7, month: 31, year: 366 } as const;
const MODALITY_RANK: Record<Modality, number> = { asserted: 0, claimed: 1, intended: 2, hypothetical: 3, negated: 4 };

function side(a: CodedEvent['source'] | null): string {
  return a ? a.country ?? `@${a.name.toLowerCase()}` : '-';
}

function dyadMatches(a: CodedEvent, b: CodedEvent): boolean {
  const as = side(a.source), at = side(a.target), bs = side(b.source), bt = side(b.target);
  if (as === bs && at === bt) return true;
  return (isUndirected(a) || isUndirected(b)) && as === bt && at === bs;
}

function datesMatch(a: CodedEvent, b: CodedEvent): boolean {
  if (!a.date || !b.date) return true;
  const pa = a.datePrecision ?? 'day';
  const pb = b.datePrecision ?? 'day';
  if (pa === 'day' && pb === 'day') {
    const gap = Math.abs(daysBetween(a.date, b.date));
    if (gap === 0) return true;
    // merge.day-apart-same-act: an inferred day may be off by one, so reports a day apart can be
    // one act, but only when they name the same act. Same root and a day apart is also what two
    // steps of one reprisal look like (a visit cancelled one afternoon, contacts suspended the
    // next morning); the day's tolerance is for the date, not for the act.
    return gap === 1 && !(a.dateStated && b.dateStated) && sameAct(a, b);
  }
  // A coarser span contains the other's date.
  const [wide, narrow] = PRECISION_RANK[pa] >= PRECISION_RANK[pb] ? [a, b] : [b, a];
  // A month or a year is dated by its middle (date.span-middle): the span runs from its first day.
  const d = daysBetween(spanStart(wide.date!, wide.datePrecision), narrow.date!);
  return d >= -1 && d < SPAN_DAYS[(wide.datePrecision ?? 'day') as keyof typeof SPAN_DAYS] + 1;
}

/**
 * Two reports name the same act: the same CAMEO code, or the same pattern matched in both (one
 * wording of one act). A root-level code (160 "reduce relations") is not the same act as a
 * specific one (161 "suspend relations"): the generic code is what an act without a code of its
 * own gets (a cancelled visit), not a vaguer report of the specific one, except for armed force.
 */
const FORCE = new Set(['18', '19', '20']);

function sameAct(a: CodedEvent, b: CodedEvent): boolean {
  if (a.cameo === b.cameo) return true;
  // Armed force (18-20) is the exception: an unspecific report ("the operation", "the attack", 190)
  // refers back to the strike already told, it is not an act of its own.
  if (FORCE.has(a.root) && (a.cameo.endsWith('0') || b.cameo.endsWith('0'))) return true;
  const patterns = new Set(a.evidences.map((ev) => ev.pattern));
  return b.evidences.some((ev) => patterns.has(ev.pattern));
}

function placesMatch(a: CodedEvent, b: CodedEvent): boolean {
  if (!a.location || !b.location) return true;
  if (a.location.country !== b.location.country) return false;
  // merge.undated-place: an undated mention of a wide act ("the barrage struck Kyiv and a dozen
  // other cities") names one of its places; the country is enough to join the dated report.
  if (!a.date || !b.date) return true;
  return !a.location.admin1 || !b.location.admin1 || a.location.admin1 === b.location.admin1;
}

function modalitiesMatch(a: CodedEvent, b: CodedEvent): boolean {
  const firm = (m: Modality): boolean => m === 'asserted' || m === 'claimed' || m === 'intended';
  return firm(a.modality) && firm(b.modality) ? true : a.modality === b.modality;
}

export function sameEvent(a: CodedEvent, b: CodedEvent): boolean {
  return a.root === b.root && dyadMatches(a, b) && modalitiesMatch(a, b) && datesMatch(a, b) && placesMatch(a, b);
}

/** Better first: dated by day and stated, then other precisions, then undated; asserted first. */
function rank(e: CodedEvent): number {
  const dateRank = e.date ? PRECISION_RANK[e.datePrecision ?? 'day'] * 2 + (e.dateStated ? 0 : 1) : 20;
  return dateRank * 10 + MODALITY_RANK[e.modality];
}

function placeRank(e: CodedEvent): number {
  if (!e.location) return 3;
  return e.location.kind === 'city' ? 0 : e.location.kind === 'admin1' ? 1 : e.location.kind === 'region' ? 1 : 2;
}

/** Identity of one piece of evidence: the same report read twice adds nothing. */
function evidenceKey(ev: Evidence): string {
  return `${ev.articleId}:${ev.start}:${ev.pattern}:${ev.sentence}`;
}

/** Folds `e` into `into`; `seen` holds the evidenceKey of every evidence `into` has. */
function combine(into: CodedEvent, e: CodedEvent, seen: Set<string>): void {
  if (e.cameo.length > into.cameo.length || (e.cameo.length === into.cameo.length && into.cameo.endsWith('0') && !e.cameo.endsWith('0'))) {
    into.cameo = e.cameo;
    into.quad = e.quad;
    into.goldstein = e.goldstein;
    into.plover = e.plover;
  }
  if (!into.date && e.date) {
    into.date = e.date;
    into.datePrecision = e.datePrecision;
    into.dateStated = e.dateStated;
  }
  if (placeRank(e) < placeRank(into)) into.location = e.location;
  if (e.fatalities !== null && (into.fatalities === null || e.fatalities > into.fatalities)) {
    into.fatalities = e.fatalities;
    into.fatalitiesQualifier = e.fatalitiesQualifier;
  }
  if (MODALITY_RANK[e.modality] < MODALITY_RANK[into.modality]) into.modality = e.modality;
  // A directed report of an act also reported as undirected tells its direction.
  if (into.undirected && !e.undirected) {
    into.source = e.source;
    into.target = e.target;
    into.undirected = false;
  }
  into.confidence = Math.max(into.confidence, e.confidence);
  // Keys join `seen` after the loop: e's own evidences are not compared with each other.
  const added: string[] = [];
  for (const ev of e.evidences) {
    const key = evidenceKey(ev);
    if (seen.has(key)) continue;
    into.evidences.push(ev);
    added.push(key);
  }
  for (const key of added) seen.add(key);
}

/**
 * Merge reports of the same event, within an article or across articles and stored rows.
 * Pure: the inputs are not modified. The result is in order of first report.
 */
export function mergeEvents(events: CodedEvent[]): CodedEvent[] {
  const order = new Map(events.map((e, i) => [e, i]));
  // Rank and order looked up once per event, not once per comparison.
  const sorted = events.map((e) => ({ e, rank: rank(e), at: order.get(e)! })).sort((a, b) => a.rank - b.rank || a.at - b.at);
  const groups: Array<{ event: CodedEvent; first: number; most: number; seen: Set<string> | null }> = [];
  for (const { e, at } of sorted) {
    const home = groups.find((g) => sameEvent(g.event, e));
    if (home) {
      // Most events stand alone: a group's evidence keys are only collected once it grows.
      home.seen ??= new Set(home.event.evidences.map(evidenceKey));
      combine(home.event, e, home.seen);
      home.first = Math.min(home.first, at);
      home.most = Math.max(home.most, e.mentions);
    } else {
      groups.push({ event: { ...e, evidences: [...e.evidences] }, first: at, most: e.mentions, seen: null });
    }
  }
  // A sentence is reported by many events and evidences: normalized once.
  const sentenceKeys = new Map<string, string>();
  const reportKey = (ev: Evidence): string => {
    let sentence = sentenceKeys.get(ev.sentence);
    if (sentence === undefined) {
      sentence = ev.sentence.replace(/\s+/g, ' ').trim().toLowerCase();
      sentenceKeys.set(ev.sentence, sentence);
    }
    return `${ev.articleId}\u0000${sentence}`;
  };
  return groups
    .sort((a, b) => a.first - b.first)
    .map(({ event, most }) => {
      // Rows read back from a store may carry a count larger than the evidences they kept.
      const reports = new Set(event.evidences.map(reportKey));
      const mentions = Math.max(reports.size, most, 1);
      return { ...event, evidence: event.evidences[0]?.sentence ?? event.evidence, mentions, key: eventKey(event) };
    });
}
