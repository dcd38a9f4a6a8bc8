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
 * With `statements`, one sentence that says several things to one target is one statement (merge.one-statement): a
 * source's speech acts in one sentence to one target ("condemned the removal and warned of
 * consequences", "protested and demanded") are one event, coded by its complaint (a disapproval) or else its weightiest act;
 * a disapproval told with a deed ("broke off relations, accusing its neighbour of hostility") stays an
 * act of its own. Reports sharing a sentence are not told apart by place.
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

/**
 * A day only inferred and equal to the day of publication: what an undated "has sealed its border",
 * "have now shut their airspace" is given. It says the act is done by then, not when it was done.
 */
function publicationDay(e: CodedEvent): boolean {
  return !!e.date && !e.dateStated && (e.datePrecision ?? 'day') === 'day' && e.evidences.length > 0
    && e.evidences.every((ev) => ev.published === e.date);
}

/**
 * Roots of acts that leave a standing state behind (relations cut, a border closed, sanctions
 * imposed): "has closed its border" on the day of publication tells the state that a closure of
 * the days before left, not a second closure.
 */
const STANDING = new Set(['16']);
/** How far back a publication-day report of a standing state reaches for the act that made it. */
const STANDING_DAYS = 7;

function datesMatch(a: CodedEvent, b: CodedEvent): boolean {
  if (!a.date || !b.date) return true;
  const pa = a.datePrecision ?? 'day';
  const pb = b.datePrecision ?? 'day';
  if (pa === 'day' && pb === 'day') {
    const gap = Math.abs(daysBetween(a.date, b.date));
    if (gap === 0) return true;
    // merge.publication-day-state: a report dated only by its publication joins the same act told
    // with its own day in the week before; the same code or wording, never two stated days.
    const [now, then] = publicationDay(a) ? [a, b] : [b, a];
    if (publicationDay(now) && !publicationDay(then) && STANDING.has(a.root) && gap <= STANDING_DAYS
      && daysBetween(then.date!, now.date!) > 0 && sameAct(a, b)) return true;
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

/** Keys made once per evidence: sharesSentence asks for them on every comparison of two groups. */
const reportKeys = new WeakMap<Evidence, string>();

/** The sentence of one report, the same however it was spaced or cased: a passage printed twice is one. */
function reportKey(ev: Evidence): string {
  let key = reportKeys.get(ev);
  if (key === undefined) {
    key = `${ev.articleId}\u0000${ev.sentence.replace(/\s+/g, ' ').trim().toLowerCase()}`;
    reportKeys.set(ev, key);
  }
  return key;
}

function sharesSentence(a: CodedEvent, b: CodedEvent): boolean {
  const sentences = new Set(a.evidences.map(reportKey));
  return b.evidences.some((ev) => sentences.has(reportKey(ev)));
}

/**
 * Roots of acts that happen on the ground, where two places are two acts: protest, force posture,
 * coercion, assault, fighting, mass violence. The other acts (statements, diplomacy, aid, cutting
 * relations) are done by one government to another; the place coded for them is a guess (the
 * sender's capital, the receiver's, a country the sentence names), so it does not tell two apart.
 */
const LOCATED = new Set(['14', '15', '17', '18', '19', '20']);

function placesMatch(a: CodedEvent, b: CodedEvent): boolean {
  if (!a.location || !b.location) return true;
  // merge.unlocated-act: see LOCATED.
  if (!LOCATED.has(a.root) && !LOCATED.has(b.root)) return true;
  // merge.same-sentence-place: two places for one act in one sentence are two guesses at where it
  // happened (the sender's capital, the receiver's), not two acts.
  if (a.location.country !== b.location.country || (a.location.admin1 && b.location.admin1 && a.location.admin1 !== b.location.admin1)) {
    if (sharesSentence(a, b)) return true;
  }
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

/** Roots of what a source says rather than does: comment, appeal, demand, disapprove, reject, threaten. */
const SPEECH = new Set(['01', '02', '10', '11', '12', '13']);
/** Disapproval (criticise, accuse, condemn): what a source says about an act, its own or another's. */
const DISAPPROVE = '11';

/** Two reports of one source to one target, told in one sentence, on compatible days and modalities. */
function toldTogether(a: CodedEvent, b: CodedEvent): boolean {
  return a.root !== b.root && side(a.source) === side(b.source) && side(a.target) === side(b.target)
    && modalitiesMatch(a, b) && datesMatch(a, b) && sharesSentence(a, b);
}

/** merge.one-statement: several speech acts of one sentence to one target are one statement. */
function oneStatement(host: CodedEvent, e: CodedEvent): boolean {
  return SPEECH.has(host.root) && SPEECH.has(e.root) && toldTogether(host, e);
}

/**
 * Better dates first: stated, then inferred from the text ("the following day"), then only the day
 * of publication (publicationDay); by day, then other precisions, then undated.
 */
function dateRank(e: CodedEvent): number {
  if (!e.date) return 30;
  return PRECISION_RANK[e.datePrecision ?? 'day'] * 3 + (e.dateStated ? 0 : publicationDay(e) ? 2 : 1);
}

/** Better first: by date (dateRank), then asserted first. */
function rank(e: CodedEvent): number {
  return dateRank(e) * 10 + MODALITY_RANK[e.modality];
}

function placeRank(e: CodedEvent): number {
  if (!e.location) return 3;
  return e.location.kind === 'city' ? 0 : e.location.kind === 'admin1' ? 1 : e.location.kind === 'region' ? 1 : 2;
}

/** Identity of one piece of evidence: the same report read twice adds nothing. */
function evidenceKey(ev: Evidence): string {
  return `${ev.articleId}:${ev.start}:${ev.pattern}:${ev.sentence}`;
}

/** How the folded event's code is chosen: the more specific report of one act, or the weightier of two acts of one statement. */
type CodeChoice = 'specific' | 'weightier';

function setCode(into: CodedEvent, e: CodedEvent): void {
  into.cameo = e.cameo;
  into.root = e.root;
  into.quad = e.quad;
  into.goldstein = e.goldstein;
  into.plover = e.plover;
}

/** Folds `e` into `into`; `seen` holds the evidenceKey of every evidence `into` has. */
function combine(into: CodedEvent, e: CodedEvent, seen: Set<string>, code: CodeChoice = 'specific'): void {
  // A statement is coded by its complaint when it makes one ("condemned the raid and warned of
  // consequences" is a condemnation with a warning attached), else by its weightiest act.
  if (code === 'weightier') {
    if (into.root !== DISAPPROVE && (e.root === DISAPPROVE || Math.abs(e.goldstein) > Math.abs(into.goldstein))) setCode(into, e);
  } else if (e.cameo.length > into.cameo.length || (e.cameo.length === into.cameo.length && into.cameo.endsWith('0') && !e.cameo.endsWith('0'))) {
    setCode(into, e);
  }
  // The event keeps the date of its best-dated report (a host is ranked first, except when groups
  // are folded again after one-statement merging).
  if (dateRank(e) < dateRank(into)) {
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

interface Group { event: CodedEvent; first: number; most: number; seen: Set<string> | null }

function fold(home: Group, g: Group, code: CodeChoice): void {
  // Most events stand alone: a group's evidence keys are only collected once it grows.
  home.seen ??= new Set(home.event.evidences.map(evidenceKey));
  combine(home.event, g.event, home.seen, code);
  home.first = Math.min(home.first, g.first);
  home.most = Math.max(home.most, g.most);
}

/**
 * Folds each group into another that `joins` it: an earlier one first (groups are in rank order, so
 * the better-dated report hosts), else a later one.
 */
function regroup(groups: Group[], joins: (host: CodedEvent, e: CodedEvent) => boolean, code: CodeChoice): Group[] {
  const gone = new Set<Group>();
  for (const [i, g] of groups.entries()) {
    const home = groups.slice(0, i).find((h) => !gone.has(h) && joins(h.event, g.event))
      ?? groups.slice(i + 1).find((h) => !gone.has(h) && joins(h.event, g.event));
    if (!home) continue;
    fold(home, g, code);
    gone.add(g);
  }
  return groups.filter((g) => !gone.has(g));
}

export interface MergeOptions {
  /**
   * merge.one-statement: also fold the speech acts one sentence tells one target together.
   * Off for the coder, which reports every act it codes; the pipeline turns it on for what it reports.
   */
  statements?: boolean;
}

/**
 * Merge reports of the same event, within an article or across articles and stored rows.
 * Pure: the inputs are not modified. The result is in order of first report.
 */
export function mergeEvents(events: CodedEvent[], opts: MergeOptions = {}): CodedEvent[] {
  const order = new Map(events.map((e, i) => [e, i]));
  // Rank and order looked up once per event, not once per comparison.
  const sorted = events.map((e) => ({ e, rank: rank(e), at: order.get(e)! })).sort((a, b) => a.rank - b.rank || a.at - b.at);
  let groups: Group[] = [];
  for (const { e, at } of sorted) {
    const home = groups.find((g) => sameEvent(g.event, e));
    if (home) fold(home, { event: e, first: at, most: e.mentions, seen: null }, 'specific');
    else groups.push({ event: { ...e, evidences: [...e.evidences] }, first: at, most: e.mentions, seen: null });
  }
  // Acts of one statement; a statement whose code changed may now be a report of an act already grouped.
  if (opts.statements) {
    groups = regroup(groups, oneStatement, 'weightier');
    groups = regroup(groups, sameEvent, 'specific');
  }
  return groups
    .sort((a, b) => a.first - b.first)
    .map(({ event, most }) => {
      // Rows read back from a store may carry a count larger than the evidences they kept.
      const reports = new Set(event.evidences.map(reportKey));
      const mentions = Math.max(reports.size, most, 1);
      return { ...event, evidence: event.evidences[0]?.sentence ?? event.evidence, mentions, key: eventKey(event) };
    });
}
