/** Events as the API returns them: the CONTRACT.md object plus key, origin, confidence and evidence. */
import type { CodedEvent } from '../coding/types.js';
import { formatEvent, type ContractEvent } from '../exchange/coding-adapter.js';
import { isImportedEvidence } from '../exchange/imported-evidence.js';

export interface ApiEvidence {
  articleId: string;
  url: string | null;
  published: string | null;
  sentence: string;
  start: number;
  end: number;
  paragraphKind: string;
  pattern: string;
  speaker: string | null;
  /** True when the report comes from an imported dataset (GDELT, ACLED): no stored article to open. */
  imported: boolean;
}

export interface ApiEvent extends ContractEvent {
  key: string;
  origin: string;
  confidence: number;
  cameo_name?: string;
  /** Every report (GET /api/events/:key, dyad pages) or the first three (lists). */
  evidences: ApiEvidence[];
  /** How many reports there are in all. */
  evidence_count: number;
}

/** `maxEvidence` trims the evidence list of long listings; the count stays exact. */
export function apiEvent(e: CodedEvent, maxEvidence = Infinity): ApiEvent {
  return {
    key: e.key,
    origin: e.origin,
    confidence: e.confidence,
    ...formatEvent(e),
    evidences: e.evidences.slice(0, maxEvidence).map((v) => ({
      articleId: v.articleId, url: v.url ?? null, published: v.published ?? null, sentence: v.sentence,
      start: v.start, end: v.end, paragraphKind: v.paragraphKind, pattern: v.pattern, speaker: v.speaker ?? null, imported: isImportedEvidence(v),
    })),
    evidence_count: e.evidences.length,
  };
}
