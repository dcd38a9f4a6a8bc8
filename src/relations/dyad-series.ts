/** Daily event series per directed dyad, and their undirected combination. */
import type { CodedEvent } from '../coding/types.js';
import { dyadKey, eventCountries, eventWeight } from './dyad.js';

/** One day of one directed dyad (source acts on target). */
export interface DirectedDayPoint {
  date: string;
  source: string;
  target: string;
  /** Event counts by QuadClass: index 0 = quad 1 (verbal cooperation) … 3 = quad 4 (material conflict). */
  quadCounts: [number, number, number, number];
  /** Σ weight × Goldstein. */
  goldstein: number;
  /** Σ weight × max(Goldstein, 0): cooperation mass. */
  cooperation: number;
  /** Σ weight × max(−Goldstein, 0): conflict mass. */
  conflict: number;
  /** Σ weight (see eventWeight). */
  weight: number;
  /** Keys of the events of that day. */
  eventKeys: string[];
}

/** One day of an undirected dyad: both directions summed. */
export interface DayPoint extends Omit<DirectedDayPoint, 'source' | 'target'> {
  dyad: [string, string];
}

/**
 * Daily points per directed dyad ("IRN>PAK"), in date order. Undated events and events that are not
 * between two different countries are left out (they cannot be placed on a day).
 */
export function directedSeries(events: CodedEvent[]): Map<string, DirectedDayPoint[]> {
  const byDay = new Map<string, DirectedDayPoint>();
  for (const e of events) {
    const c = eventCountries(e);
    if (!c || !e.date) continue;
    const id = `${c.source}>${c.target}@${e.date}`;
    let p = byDay.get(id);
    if (!p) {
      p = { date: e.date, source: c.source, target: c.target, quadCounts: [0, 0, 0, 0], goldstein: 0, cooperation: 0, conflict: 0, weight: 0, eventKeys: [] };
      byDay.set(id, p);
    }
    const w = eventWeight(e);
    p.quadCounts[e.quad - 1] += 1;
    p.goldstein += w * e.goldstein;
    p.cooperation += w * Math.max(e.goldstein, 0);
    p.conflict += w * Math.max(-e.goldstein, 0);
    p.weight += w;
    p.eventKeys.push(e.key);
  }
  const out = new Map<string, DirectedDayPoint[]>();
  for (const p of byDay.values()) {
    const k = `${p.source}>${p.target}`;
    const list = out.get(k) ?? [];
    list.push(p);
    out.set(k, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return out;
}

/** Sums the two directions of every pair into one undirected daily series keyed "A-B" (sorted). */
export function undirectedSeries(directed: Map<string, DirectedDayPoint[]>): Map<string, DayPoint[]> {
  const byDay = new Map<string, Map<string, DayPoint>>();
  for (const list of directed.values()) {
    for (const p of list) {
      const key = dyadKey(p.source, p.target);
      const days = byDay.get(key) ?? new Map<string, DayPoint>();
      byDay.set(key, days);
      let u = days.get(p.date);
      if (!u) {
        const dyad = key.split('-') as [string, string];
        u = { date: p.date, dyad, quadCounts: [0, 0, 0, 0], goldstein: 0, cooperation: 0, conflict: 0, weight: 0, eventKeys: [] };
        days.set(p.date, u);
      }
      for (let q = 0; q < 4; q++) u.quadCounts[q] += p.quadCounts[q];
      u.goldstein += p.goldstein;
      u.cooperation += p.cooperation;
      u.conflict += p.conflict;
      u.weight += p.weight;
      u.eventKeys.push(...p.eventKeys);
    }
  }
  const out = new Map<string, DayPoint[]>();
  for (const [key, days] of byDay) out.set(key, [...days.values()].sort((a, b) => a.date.localeCompare(b.date)));
  return out;
}
