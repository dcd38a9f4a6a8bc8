/**
 * Agreement of our coder with the PLOVER gold-standard records, at the level of the
 * event type (PLOVER category, i.e. the CAMEO root family) and of the dyad (source and target countries).
 * A record counts as coded when the coder proposes any event for its sentence; agreement is measured
 * over all records, so silence costs as much as a wrong code.
 */
import type { Article } from '../ingest/types.js';
import { codeArticle } from '../coding/code-article.js';
import type { CodedEvent } from '../coding/types.js';
import type { GoldRecord } from './plover-gsr.js';

export function sentenceArticle(text: string, id: string): Article {
  return {
    id, origin: id, url: null, canonicalUrl: null, title: null, published: '2000-01-01', publishedFrom: 'given',
    outlet: null, byline: null, language: 'en', text, contentHash: id,
    paragraphs: [{ kind: 'body', text, start: 0, end: text.length }],
  };
}

/**
 * The gold records were coded with PLOVER 0.5; our CAMEO2PLOVER table is PLOVER 0.8, which renamed
 * or merged four 0.5 types: FIGHT (conventional force) went into ASSAULT, DEMAND became REQUEST, and
 * DISAPPROVE and INVESTIGATE both became ACCUSE. The two ACCUSE ones are told apart by their CAMEO
 * root (11 and 09), so an investigation does not count as a reproach or the other way round. 0.8
 * also moved the easing of curfews and emergency rule (0813, 0814) from CONCEDE to RETREAT; the gold
 * codes them CONCEDE, as 0.5 did. Sanctions, embargoes and boycotts (CAMEO 163) are SANCTION in the
 * gold, coded in December 2016 when PLOVER's SANCTION still covered them ("imposed sanctions on the
 * Taliban" is gold SANCTION; no gold COERCE record is a sanction), but COERCE in the 0.8 conversion table
 * (CAMEO2PLOVER-2021, "163: COERCE, restrict"), which our product table follows faithfully; so here
 * 163 counts as SANCTION and not as COERCE. This corrects the measure, not the coder.
 */
type Typed = Pick<CodedEvent, 'plover' | 'cameo'>;

const PLOVER_05: Record<string, (e: Typed) => boolean> = {
  FIGHT: (e) => e.plover === 'ASSAULT',
  DEMAND: (e) => e.plover === 'REQUEST',
  DISAPPROVE: (e) => e.cameo.startsWith('11'),
  INVESTIGATE: (e) => e.cameo.startsWith('09'),
  CONCEDE: (e) => e.plover === 'CONCEDE' || e.cameo === '0813' || e.cameo === '0814',
  SANCTION: (e) => e.plover === 'SANCTION' || e.cameo.startsWith('163'),
  COERCE: (e) => e.plover === 'COERCE' && !e.cameo.startsWith('163'),
};

/** Does the event have the gold record's (PLOVER 0.5) type? */
export function hasGoldType(e: Typed, goldType: string): boolean {
  return (PLOVER_05[goldType] ?? ((x: Typed) => x.plover === goldType))(e);
}

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
  for (const r of records) {
    const events = codeArticle(sentenceArticle(r.text, r.id)).filter((e) => e.modality !== 'negated');
    const t = (byType[r.event] ??= { n: 0, type_ok: 0 });
    t.n++;
    if (events.length === 0) continue;
    coded++;
    const typeHit = events.some((e) => hasGoldType(e, r.event));
    const dyadHit = events.some((e) => dyadMatches(e.source?.country ?? null, e.target?.country ?? null, r));
    const bothHit = events.some((e) => hasGoldType(e, r.event) && dyadMatches(e.source?.country ?? null, e.target?.country ?? null, r));
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
