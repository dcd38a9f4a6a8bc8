/** A country and its land neighbours, with the state of each relation (`detente neighbours PAK`). */
import { countryName, landNeighbours } from '../actors/index.js';
import type { CodedEvent } from '../coding/types.js';
import type { DyadReport } from './relations.js';

export interface NeighbourRow {
  country: string;
  name: string;
  /** Null when nothing was found about the pair. */
  state: DyadReport['state'] | null;
  trust: number | null;
  events: number;
  /** The pair's latest dated events, newest first (at most `lastEvents`). */
  lastEvents: CodedEvent[];
}

export interface Neighbourhood {
  country: string;
  name: string;
  neighbours: NeighbourRow[];
}

/** Lookups neighbourhood() needs; the defaults come from src/actors. */
export interface NeighbourhoodDeps {
  neighbours?: (iso3: string) => string[];
  name?: (iso3: string) => string;
  /** Events listed per neighbour. Default 3. */
  lastEvents?: number;
}

/** The country and every land neighbour, with state, trust and last events of each relation. */
export function neighbourhood(iso3: string, reports: DyadReport[], deps: NeighbourhoodDeps = {}): Neighbourhood {
  if (!/^[A-Z]{3}$/.test(iso3)) throw new Error(`relations: "${iso3}" is not an ISO3 country code`);
  const neighbours = deps.neighbours ?? landNeighbours;
  const name = deps.name ?? ((c: string) => countryName(c) ?? c);
  const n = deps.lastEvents ?? 3;
  const rows = neighbours(iso3).map((other): NeighbourRow => {
    const r = reports.find((x) => x.dyad.includes(iso3) && x.dyad.includes(other));
    const last = (r?.eventList ?? []).filter((e) => e.date).sort((a, b) => b.date!.localeCompare(a.date!)).slice(0, n);
    return { country: other, name: name(other), state: r?.state ?? null, trust: r ? r.trust : null, events: r?.events ?? 0, lastEvents: last };
  });
  return { country: iso3, name: name(iso3), neighbours: rows };
}
