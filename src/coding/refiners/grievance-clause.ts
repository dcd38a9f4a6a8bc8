/**
 * refine.grievance-clause: a participle clause that gives a state's reasons - "Rwanda cut ties
 * with Belgium, saying Brussels had sided with Congo" - tells that state's grievance. When the
 * act it reports is between two others (Belgium and Congo), it is the speaker's word about third
 * parties, told to justify its own act, not an event between them. Acts reported against the speaker itself stay: "Pakistan struck
 * back, saying India had shelled its posts" is the claimed shelling of Pakistan.
 */
import type { Proposal, Refiner } from '../pattern-types.js';

// ", saying (that)", ", accusing", ", arguing that" …: the justification opened after the speaker's act.
const REASON = /,\s*(?:saying|accusing|alleging|claiming|charging|arguing|complaining|insisting)\b/gi;

/** The participle opening the reason clause that holds `at`, or -1: the last one before it, with no ";" between. */
function reasonAt(text: string, at: number): number {
  let found = -1;
  for (const m of text.slice(0, at).matchAll(REASON)) found = m.index!;
  return found >= 0 && !/[;:]/.test(text.slice(found, at)) ? found : -1;
}

/** The state that gives the reason: the source of the act told before the participle. */
function speakerOf(p: Proposal, all: Proposal[], reason: number): string | null {
  let speaker: string | null = null;
  for (const o of all) {
    if (o === p || o.sentence.index !== p.sentence.index || o.dropped || o.triggerStart >= reason) continue;
    if (o.source?.actor.country) speaker = o.source.actor.country;
  }
  return speaker;
}

export const grievanceClauseRefiner: Refiner = {
  id: 'refine.grievance-clause',
  example: '"Rwanda cut ties with Belgium, saying Brussels had sided with Congo" -> no BEL -> COD event',
  refine(proposals, ctx) {
    for (const p of proposals) {
      const s = p.source?.actor.country;
      const t = p.target?.actor.country;
      if (p.dropped || !s || !t) continue;
      const reason = reasonAt(p.sentence.text, p.triggerStart);
      if (reason < 0) continue;
      const speaker = speakerOf(p, proposals, reason);
      if (!speaker || speaker === s || speaker === t) continue;
      p.dropped = 'a reason the speaker gives about two others';
      ctx.debug?.(() => `  ${p.pattern.id}: dropped, ${p.dropped}`);
    }
    return proposals;
  },
};
