/** Tells evidence imported from another dataset from evidence in an article we stored. */
import type { Evidence } from '../coding/types.js';
import { GDELT_PATTERN } from './gdelt-import.js';

/**
 * True for GDELT and ACLED reports: their articleId is the dataset's row or source URL, not an
 * article in the store, so there is no text to open. Their pattern ids say so ("gdelt", "acled.…").
 */
export function isImportedEvidence(v: Pick<Evidence, 'pattern'>): boolean {
  return v.pattern === GDELT_PATTERN || v.pattern.startsWith('acled.');
}
