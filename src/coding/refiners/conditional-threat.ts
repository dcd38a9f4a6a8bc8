/**
 * refine.conditional-threat: a hostile act promised under a condition - "X will strike again if
 * Y rebuilds", "X would cut ties should Y recognise the region", "if Y attacks, X will respond
 * with force" - is not an act X plans: it is a threat X makes now, in the words that report it
 * (CAMEO 13). The act is recoded as the matching threat and held as asserted: the threat was
 * made, whether or not the act ever follows. A possibility ("could strike if", "might"), a
 * question or an analyst's forecast stays hypothetical, and a refusal ("will not strike") negated.
 * Runs after refine.modality and before refine.date, so the threat is dated as a statement.
 */
import type { Proposal, Refiner } from '../pattern-types.js';

// The threat each hostile root promises: force (15, 18-20), sanctions and ties (16), coercion (17).
function threatCode(cameo: string): string | null {
  const root = cameo.slice(0, 2);
  if (root === '15' || root === '18' || root === '19' || root === '20') return '138';
  if (root === '16') return cameo.startsWith('163') ? '1312' : cameo.startsWith('162') ? '1311' : cameo.startsWith('164') ? '134' : '1313';
  if (root === '17') return cameo.startsWith('172') ? '132' : '130';
  return null;
}

// A future of will or resolve, not a possibility: "will", "would", "'ll", "is ready to", "vowed to".
const FUTURE = /\b(?:will|would|'ll|’ll|shall|(?:is|are|was|were|stands?|stood) ready to|vow(?:s|ed)? to|pledg(?:es|ed) to|threaten(?:s|ed)? to)\b/i;
const POSSIBLE = /\b(?:could|might|may|can|not|n't|never|perhaps|possibly|probably)\b/i;
const OPINION = /\b(?:I|we) (?:think|believe|suspect)\b|\b(?:experts?|analysts?|observers?|critics?|commentators?) (?:say|said|believe|argue|expect)\b/i;
// The condition after the act: "… if Iran tries", "… unless talks resume", "… should Ankara
// send ships", "… in case of an attack", "… were Tehran to rebuild".
const CONDITION_AFTER = /^[^.;]*?(?:\b(?:if|unless|in case|in the event (?:that|of)|as soon as)\b|\bshould\s+(?:the\s+|its\s+|any\s+)?(?:\p{Lu}|it\b|they\b)|\bwere\s+(?:the\s+)?\p{Lu}\p{L}+\s+to\b)/u;
// The condition fronted: "If Iran attacks, Israel will …", "Should talks fail, Ankara would …".
const CONDITION_BEFORE = /(?:^|[“"‘:;]\s*|\b(?:that|warned|said|says)\s+)(?:if|unless|should|in case)\b[^,]{3,120},\s*[^,]*$/i;

export function isConditionalThreat(p: Proposal): boolean {
  if (p.modality !== 'intended' && p.modality !== 'hypothetical') return false;
  if (!threatCode(p.cameo)) return false;
  const text = p.sentence.text;
  const s = p.source?.start ?? null;
  const verbGroup = s !== null && s >= p.clauseStart && s < p.triggerStart ? text.slice(p.source!.end!, p.triggerStart) : text.slice(p.clauseStart, p.triggerStart);
  if (!FUTURE.test(verbGroup) || POSSIBLE.test(verbGroup)) return false;
  if (/\?\s*[”"’')\]]*\s*$/.test(text) || OPINION.test(text.slice(0, p.triggerStart))) return false;
  // The condition must be the act's own: ", and Russia will respond if attacked" conditions another verb.
  const rest = text.slice(p.triggerEnd);
  const own = rest.slice(0, rest.search(/,\s*(?:and|but|while|whereas)\b|;|$/));
  return CONDITION_AFTER.test(own) || CONDITION_BEFORE.test(text.slice(0, p.triggerStart));
}

export const conditionalThreatRefiner: Refiner = {
  id: 'refine.conditional-threat',
  example: '"Israel says it will strike again if Iran rebuilds" -> 138 (threaten force), asserted',
  refine(proposals, ctx) {
    for (const p of proposals) {
      if (!isConditionalThreat(p)) continue;
      const was = p.cameo;
      p.cameo = threatCode(p.cameo)!;
      p.modality = 'asserted';
      ctx.debug?.(() => `  ${p.pattern.id}: conditional threat ${was} -> ${p.cameo}`);
    }
    return proposals;
  },
};
