/** Which events belong to a country pair, and how much each one weighs. */
import type { CodedEvent, Modality } from '../coding/types.js';

/** An undirected pair of ISO3 codes, sorted. */
export type Dyad = [string, string];

/** "IRN-PAK": the key of an undirected dyad (sorted). */
export function dyadKey(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

export function sortedDyad(a: string, b: string): Dyad {
  return a < b ? [a, b] : [b, a];
}

/** Source and target countries when both are states of different countries, else null. */
export function eventCountries(e: CodedEvent): { source: string; target: string } | null {
  const source = e.source?.country ?? null;
  const target = e.target?.country ?? null;
  if (!source || !target || source === target) return null;
  return { source, target };
}

/**
 * How much a modality counts. Announced or planned acts (intended) count half: they signal intent
 * but have not happened. Hypothetical and negated events did not happen and count nothing.
 */
export const MODALITY_WEIGHT: Readonly<Record<Modality, number>> = {
  asserted: 1,
  claimed: 1,
  intended: 0.5,
  hypothetical: 0,
  negated: 0,
};

/**
 * Weight of one event: (1 + log2(mentions)) × modality weight. Independent reports raise the
 * weight, but with diminishing returns, so one event echoed by 8 outlets weighs 4, not 8 (a story
 * syndicated widely is still one act).
 */
export function eventWeight(e: CodedEvent): number {
  const mentions = Math.max(1, e.mentions || 1);
  return (1 + Math.log2(mentions)) * MODALITY_WEIGHT[e.modality];
}

/**
 * Linear merge by the coder's key, for pairs too large for mergeEvents' pairwise comparison
 * (imported archives): reports from articles not yet counted add their mentions.
 */
export function mergeByKey(events: CodedEvent[]): CodedEvent[] {
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
  }
  return [...byKey.values()];
}
