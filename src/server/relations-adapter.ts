/**
 * The one place the server meets src/relations: it computes the dyad reports of everything stored
 * (cached until the store's counts change) and turns them into the API's JSON. When relations
 * signatures move, only this file changes.
 */
import type { CodedEvent } from '../coding/types.js';
import type { Store } from '../store/store.js';
import { analyzeRelations, explainDyad, type DyadReport } from '../relations/relations.js';
import { neighbourhood } from '../relations/neighbourhood.js';
import { deEscalationRule } from '../relations/de-escalation.js';
import { COUNTRY_LIST, countryName, numericOf } from '../exchange/country-codes.js';
import { mergeEvents } from '../exchange/coding-adapter.js';
import { apiEvent, type ApiEvent } from './api-event.js';

export type { DyadReport };

const BORDERS = new Map(COUNTRY_LIST.map((c) => [c.cca3, c.borders]));

interface Snapshot {
  /** Every stored report, merged (mergeEvents re-keys merged events). */
  events: CodedEvent[];
  reports: DyadReport[];
}

/**
 * Everything stored, merged, and the reports of every pair; recomputed only when the store
 * changed (by its counts), so reading pages does not re-run relations on each request.
 */
export class RelationsCache {
  private stamp = '';
  private snapshot: Promise<Snapshot> | null = null;
  constructor(private readonly store: Store) {}

  private async current(): Promise<Snapshot> {
    const c = await this.store.counts();
    const stamp = `${c.articles}/${c.events}/${c.statements}`;
    if (!this.snapshot || stamp !== this.stamp) {
      this.stamp = stamp;
      this.snapshot = (async () => {
        const [events, statements] = await Promise.all([this.store.listEvents({}), this.store.listStatements({})]);
        const merged = mergeEvents(events);
        return { events: merged, reports: analyzeRelations(merged, statements) };
      })();
      this.snapshot.catch(() => { this.snapshot = null; });
    }
    return this.snapshot;
  }

  async get(): Promise<DyadReport[]> {
    return (await this.current()).reports;
  }

  /** Every stored event, merged across articles. */
  async events(): Promise<CodedEvent[]> {
    return (await this.current()).events;
  }

  /** The merged event with this key (the key the API lists), or null. */
  async event(key: string): Promise<CodedEvent | null> {
    return (await this.current()).events.find((e) => e.key === key) ?? null;
  }

  async pair(a: string, b: string): Promise<DyadReport | null> {
    return (await this.get()).find((r) => r.dyad.includes(a) && r.dyad.includes(b) && a !== b) ?? null;
  }
}

/** At most `n` points, evenly spaced, always keeping the last (a sparkline needs no more). */
export function thin<T>(points: T[], n: number): T[] {
  if (points.length <= n) return points;
  const step = (points.length - 1) / (n - 1);
  return Array.from({ length: n }, (_, i) => points[Math.round(i * step)]);
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

export interface PairSummary {
  dyad: [string, string];
  names: [string, string];
  state: string;
  state_reason: string;
  trust: number;
  baseline: number;
  as_of: string;
  events: number;
  tit_for_tat: number;
  episodes: number;
  /** Trust per day, thinned to 60 points for a sparkline. */
  sparkline: { date: string; trust: number }[];
}

export function pairSummary(r: DyadReport): PairSummary {
  return {
    dyad: r.dyad,
    names: [countryName(r.dyad[0]), countryName(r.dyad[1])],
    state: r.state,
    state_reason: r.stateRule.reason,
    trust: round(r.trust),
    baseline: round(r.baseline),
    as_of: r.asOf,
    events: r.events,
    tit_for_tat: r.tit_for_tat.length,
    episodes: r.episodes.length,
    sparkline: thin(r.series.trust, 60).map((p) => ({ date: p.date, trust: round(p.trust) })),
  };
}

export interface PairDetail extends PairSummary {
  event_list: (ApiEvent & { de_escalation: string | null })[];
  tit_for_tat_list: { first: string; response: string; lag_days: number; intensity_ratio: number; initiator: string; responder: string; first_key: string; response_key: string }[];
  episode_list: DyadReport['episodes'];
  reciprocity: DyadReport['reciprocity'];
  statements: DyadReport['statements'];
  outlook: DyadReport['outlook'];
  series: { trust: { date: string; trust: number; baseline: number }[]; daily: { date: string; goldstein: number; cooperation: number; conflict: number; quadCounts: number[]; eventKeys: string[] }[] };
  /** Per event day: trust that day and the events that moved it most (explainTrust). */
  explain: Record<string, { trust: number; baseline: number; baseline_term: number; top: { key: string; cameo: string; source: string | null; target: string | null; contribution: number }[] }>;
}

export function pairDetail(r: DyadReport): PairDetail {
  const days = [...new Set(r.eventList.map((e) => e.date).filter((d): d is string => !!d))];
  const explain: PairDetail['explain'] = {};
  for (const d of days) explain[d] = explainDay(r, d);
  return {
    ...pairSummary(r),
    event_list: r.eventList.map((e) => ({ ...apiEvent(e), de_escalation: deEscalationRule(e)?.label ?? null })),
    tit_for_tat_list: r.tit_for_tat.map((t) => ({
      first: t.first, response: t.response, lag_days: t.lag_days, intensity_ratio: t.intensity_ratio,
      initiator: t.initiator, responder: t.responder, first_key: t.first_event.key, response_key: t.response_event.key,
    })),
    episode_list: r.episodes,
    reciprocity: r.reciprocity,
    statements: r.statements,
    outlook: r.outlook,
    series: {
      trust: r.series.trust.map((p) => ({ date: p.date, trust: round(p.trust), baseline: round(p.baseline) })),
      daily: r.series.daily.map((p) => ({ date: p.date, goldstein: round(p.goldstein), cooperation: round(p.cooperation), conflict: round(p.conflict), quadCounts: [...p.quadCounts], eventKeys: p.eventKeys })),
    },
    explain,
  };
}

/** Why trust stands where it does on `date`: the five largest contributions (explainDyad). */
export function explainDay(r: DyadReport, date: string): PairDetail['explain'][string] {
  const x = explainDyad(r, date);
  return {
    trust: round(x.trust), baseline: round(x.baseline), baseline_term: round(x.baselineTerm),
    top: x.contributions.slice(0, 5).map((c) => ({ key: c.key, cameo: c.cameo, source: c.source, target: c.target, contribution: round(c.contribution) })),
  };
}

export interface CountryView {
  country: string;
  name: string;
  numeric: string | null;
  neighbours: { country: string; name: string; numeric: string | null; state: string | null; trust: number | null; events: number; last_events: ApiEvent[] }[];
  /** Every pair the country is in, land neighbour or not. */
  partners: PairSummary[];
}

export function countryView(iso3: string, reports: DyadReport[]): CountryView {
  const n = neighbourhood(iso3, reports, { neighbours: (c) => BORDERS.get(c) ?? [], name: countryName });
  return {
    country: n.country,
    name: n.name,
    numeric: numericOf(iso3),
    neighbours: n.neighbours.map((x) => ({
      country: x.country, name: x.name, numeric: numericOf(x.country), state: x.state,
      trust: x.trust == null ? null : round(x.trust), events: x.events, last_events: x.lastEvents.map((e) => apiEvent(e, 1)),
    })),
    partners: reports.filter((r) => r.dyad.includes(iso3)).map(pairSummary),
  };
}

/** Whether the country code names a country we know (for a clear 404). */
export function knownCountry(iso3: string): boolean {
  return BORDERS.has(iso3);
}
