/**
 * Agreement of our coder with the PLOVER gold-standard records, at the level of the
 * event type (PLOVER category, i.e. the CAMEO root family) and of the dyad (source and target countries).
 * A record counts as coded when the coder proposes any event for its sentence; agreement is measured
 * over all records, so silence costs as much as a wrong code.
 */
import type { Article } from '../ingest/types.js';
import { codeArticle } from '../coding/code-article.js';
import type { GoldRecord } from './plover-gsr.js';

export function sentenceArticle(text: string, id: string): Article {
  return {
    id, origin: id, url: null, canonicalUrl: null, title: null, published: '2000-01-01', publishedFrom: 'given',
    outlet: null, byline: null, language: 'en', text, contentHash: id,
    paragraphs: [{ kind: 'body', text, start: 0, end: text.length }],
  };
}

/**
 * The gold records were coded with PLOVER 0.5, which had FIGHT for conventional military force;
 * PLOVER 0.8 (our CAMEO2PLOVER table) folds it into ASSAULT.
 */
const PLOVER_RENAMED: Record<string, string> = { FIGHT: 'ASSAULT' };

export interface CodingAgreement {
  records: number;
  coded: number;
  type_agreement: number;
  dyad_agreement: number;
  both_agreement: number;
  by_type: Record<string, { n: number; type_ok: number }>;
}

export function measureAgreement(records: GoldRecord[]): CodingAgreement {
  let coded = 0, typeOk = 0, dyadOk = 0, bothOk = 0;
  const byType: CodingAgreement['by_type'] = {};
  for (const gold of records) {
    const r = { ...gold, event: PLOVER_RENAMED[gold.event] ?? gold.event };
    const events = codeArticle(sentenceArticle(r.text, r.id)).filter((e) => e.modality !== 'negated');
    const t = (byType[gold.event] ??= { n: 0, type_ok: 0 });
    t.n++;
    if (events.length === 0) continue;
    coded++;
    const typeHit = events.some((e) => e.plover === r.event);
    const dyadHit = events.some((e) => dyadMatches(e.source?.country ?? null, e.target?.country ?? null, r));
    const bothHit = events.some((e) => e.plover === r.event && dyadMatches(e.source?.country ?? null, e.target?.country ?? null, r));
    if (typeHit) { typeOk++; t.type_ok++; }
    if (dyadHit) dyadOk++;
    if (bothHit) bothOk++;
  }
  const n = records.length || 1;
  return { records: records.length, coded, type_agreement: typeOk / n, dyad_agreement: dyadOk / n, both_agreement: bothOk / n, by_type: byType };
}

/** Source must be one of the gold sources; the target one of the gold targets (or both absent). */
function dyadMatches(src: string | null, tgt: string | null, r: GoldRecord): boolean {
  const srcOk = src != null && r.sources.includes(src);
  const tgtOk = r.targets.length === 0 ? tgt == null : tgt != null && r.targets.includes(tgt);
  return srcOk && tgtOk;
}
