/** The deterministic identity of an event: dyad, CAMEO root, date and place. */
import { createHash } from 'node:crypto';
import type { CodedEvent } from './types.js';

/** Codes whose two parties act together: their dyad is undirected. */
export const SYMMETRIC_CODES: ReadonlySet<string> = new Set(['019', '040', '044', '046', '050', '057', '061', '062', '193', '0871']);

export function isUndirected(e: Pick<CodedEvent, 'cameo' | 'undirected'>): boolean {
  return e.undirected === true || SYMMETRIC_CODES.has(e.cameo);
}

function side(a: CodedEvent['source'] | null): string {
  return a ? a.country ?? `@${a.name}` : '-';
}

/** "IRN>PAK" or, undirected, the sorted "IRN~PAK". */
export function dyadKey(e: CodedEvent): string {
  const s = side(e.source);
  const t = side(e.target);
  return isUndirected(e) ? [s, t].sort().join('~') : `${s}>${t}`;
}

/**
 * Hashes already computed, by their input. Every event is keyed twice (when coded and when
 * merged) and a merge across articles keys the same identity many times; a sha1 costs more
 * than the rest of the key. Cleared when full, so memory stays bounded on a long stream.
 */
const KEYS = new Map<string, string>();
const MAX_KEYS = 20_000;

export function eventKey(e: CodedEvent): string {
  const place = e.location ? `${e.location.country}/${e.location.admin1 ?? ''}` : '';
  // A hypothetical or negated act is never merged with a firm report of the same act (see
  // merge-events' modalitiesMatch), so it needs an identity of its own: "the two governments signed a
  // pact" asked as a question and their pact reported the same day are two rows.
  const firm = e.modality === 'asserted' || e.modality === 'claimed' || e.modality === 'intended';
  const raw = [dyadKey(e), e.root, e.date ?? '', place, ...(firm ? [] : [e.modality])].join('|');
  let key = KEYS.get(raw);
  if (key === undefined) {
    key = createHash('sha1').update(raw).digest('hex').slice(0, 16);
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(raw, key);
  }
  return key;
}
