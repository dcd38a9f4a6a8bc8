/**
 * The coder's functions that exchange and the server use, in one place: `mergeEvents` (one event,
 * many reports) and `formatEvent` (the CONTRACT.md event JSON). When src/coding/merge-events.ts and
 * src/coding/format-event.ts land, these re-export them and nothing else changes.
 */
import type { CodedEvent } from '../coding/types.js';

/** The CONTRACT.md event object (what `detente events --format jsonl` prints). */
export interface ContractEvent {
  source: { name: string; country: string | null; role: string | null };
  target: { name: string; country: string | null; role: string | null } | null;
  cameo: string;
  root: string;
  quad: number;
  goldstein: number;
  plover: string | null;
  date: string | null;
  date_precision: string | null;
  location: { name: string; country: string; admin1: string | null; lat: number | null; lon: number | null } | null;
  fatalities: number | null;
  modality: string;
  evidence: string;
  mentions: number;
}

/** Events with the same key are one event: their reports from different articles add up. */
export function mergeEvents(events: CodedEvent[]): CodedEvent[] {
  const byKey = new Map<string, CodedEvent>();
  for (const e of events) {
    const prev = byKey.get(e.key);
    if (!prev) {
      byKey.set(e.key, { ...e, evidences: [...e.evidences] });
      continue;
    }
    const known = new Set(prev.evidences.map((v) => v.articleId));
    const fresh = e.evidences.filter((v) => !known.has(v.articleId));
    if (fresh.length === 0) continue;
    prev.evidences.push(...fresh);
    prev.mentions += e.mentions;
    if (!prev.date && e.date) prev.date = e.date;
    if (prev.fatalities == null && e.fatalities != null) prev.fatalities = e.fatalities;
  }
  return [...byKey.values()];
}

export function formatEvent(e: CodedEvent): ContractEvent {
  const actor = (a: CodedEvent['source']) => ({ name: a.name, country: a.country, role: a.role });
  const l = e.location;
  return {
    source: actor(e.source),
    target: e.target ? actor(e.target) : null,
    cameo: e.cameo, root: e.root, quad: e.quad, goldstein: e.goldstein, plover: e.plover,
    date: e.date, date_precision: e.datePrecision,
    location: l ? { name: l.name, country: l.country, admin1: l.admin1, lat: l.lat, lon: l.lon } : null,
    fatalities: e.fatalities, modality: e.modality, evidence: e.evidence, mentions: e.mentions,
  };
}
