/**
 * The coder's functions that exchange and the server use, in one place: `mergeEvents` (one event,
 * many reports; re-keys the merged event) and `formatEvent` (the CONTRACT.md event JSON, which the
 * coder extends with key, confidence, pattern and evidences).
 */
import type { CodedEvent } from '../coding/types.js';
import { formatEvent as coderFormatEvent } from '../coding/format-event.js';
import { mergeEvents as coderMergeEvents } from '../coding/merge-events.js';
import { MERGE_PAIRWISE_LIMIT } from '../relations/relations.js';
import { mergeByKey } from '../relations/dyad.js';

/** The CONTRACT.md fields of an event (the coder's object carries more, after these). */
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

export function formatEvent(e: CodedEvent): ContractEvent & Record<string, unknown> {
  return coderFormatEvent(e) as ContractEvent & Record<string, unknown>;
}

/** Who an event is between, either order, and its root: reports in different buckets never merge. */
function bucketOf(e: CodedEvent): string {
  const side = (a: CodedEvent['source'] | null) => (a ? a.country ?? `@${a.name.toLowerCase()}` : '-');
  const pair = [side(e.source), side(e.target)].sort();
  return `${pair[0]}|${pair[1]}|${e.root}`;
}

/**
 * The coder's mergeEvents compares reports pairwise, which is quadratic: a whole database (say
 * 100 000 imported GDELT rows) is first split by pair and CAMEO root, since the coder only merges
 * reports with the same dyad and root, and a bucket larger than MERGE_PAIRWISE_LIMIT merges by key.
 * The result is in order of each bucket's first report.
 */
export function mergeEvents(events: CodedEvent[]): CodedEvent[] {
  if (events.length <= MERGE_PAIRWISE_LIMIT) return coderMergeEvents(events);
  const buckets = new Map<string, CodedEvent[]>();
  for (const e of events) {
    const k = bucketOf(e);
    const list = buckets.get(k);
    if (list) list.push(e);
    else buckets.set(k, [e]);
  }
  return [...buckets.values()].flatMap((b) => (b.length > MERGE_PAIRWISE_LIMIT ? mergeByKey(b) : coderMergeEvents(b)));
}
