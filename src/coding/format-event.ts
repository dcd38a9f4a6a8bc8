/** A CodedEvent as the `detente events --format jsonl` object of CONTRACT.md. */
import type { Actor } from '../actors/types.js';
import type { CodedEvent } from './types.js';

function actorJson(a: Actor | null): { name: string; country: string | null; role: string | null } | null {
  return a ? { name: a.name, country: a.country, role: a.role } : null;
}

/**
 * CONTRACT fields first, in CONTRACT order; then ours: fatalities_qualifier, confidence,
 * pattern (the first evidence's pattern id), key, undirected and evidences (every report).
 */
export function formatEvent(e: CodedEvent): Record<string, unknown> {
  return {
    source: actorJson(e.source),
    target: actorJson(e.target),
    cameo: e.cameo,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    plover: e.plover,
    date: e.date,
    date_precision: e.date ? e.datePrecision : null,
    location: e.location
      ? { name: e.location.name, country: e.location.country, admin1: e.location.admin1, lat: e.location.lat, lon: e.location.lon }
      : null,
    fatalities: e.fatalities,
    modality: e.modality,
    evidence: e.evidence,
    mentions: e.mentions,
    fatalities_qualifier: e.fatalitiesQualifier,
    confidence: e.confidence,
    pattern: e.evidences[0]?.pattern ?? null,
    key: e.key,
    undirected: e.undirected ?? false,
    evidences: e.evidences.map((ev) => ({ article: ev.articleId, kind: ev.paragraphKind, start: ev.start, end: ev.end, pattern: ev.pattern, sentence: ev.sentence })),
  };
}
