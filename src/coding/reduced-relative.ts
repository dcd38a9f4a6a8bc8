/**
 * verb.reduced-relative: a past participle right after a noun, with no auxiliary, is often a
 * passive clause cut short - "the sailors captured off the coast at the weekend were ordered held",
 * "a fisherman detained the morning after the clash had confessed", "three agents, jailed since
 * 2009". The noun before it is what was captured or jailed, not who did it.
 *
 * Told apart from the active past ("police detained on Monday twelve suspects") by what follows:
 * no object right after the verb (a preposition or a time phrase), and then either the noun's own
 * verb (an auxiliary: "… were ordered", "… had confessed") or, after a comma-led participle, the end
 * of the clause. Only verbs that cannot stand without an object: "Russian troops attacked at dawn"
 * is active.
 */
import type { Token } from '../language/tokens.js';

const TRANSITIVE_ONLY = new Set(['arrest', 'detain', 'jail', 'imprison', 'capture', 'seize', 'abduct', 'kidnap', 'intern', 'kill', 'wound', 'injure', 'execute', 'deport', 'convict']);
const LEADS = new Set(['in', 'on', 'at', 'off', 'near', 'during', 'since', 'after', 'before', 'for', 'over', 'from', 'inside', 'along', 'across', 'last', 'earlier', 'yesterday', 'overnight', 'this', 'early', 'late']);
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'weekend', 'day', 'week', 'month', 'year', 'previous', 'following', 'next', 'same']);
const NOUN_VERBS = new Set(['was', 'were', 'had', 'has', 'have', 'is', 'are', 'will', 'would', 'could', 'remain', 'remains', 'remained']);
const NOT_NOUN = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'had', 'has', 'have', 'it', 'they', 'he', 'she', 'we', 'also', 'then', 'not', 'to']);

/** True when the past form at token i is a reduced passive clause after a noun. */
export function reducedRelative(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!TRANSITIVE_ONLY.has(t.lemma) || t.lower === t.lemma || /(?:s|ing)$/.test(t.lower)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || !(LEADS.has(next.lower) || (next.lower === 'the' && TIME_NOUNS.has(tokens[i + 2]?.lower ?? '')))) return false;
  const afterComma = prev.text === ',';
  if (!afterComma && (prev.kind !== 'word' || NOT_NOUN.has(prev.lower) || /ly$/.test(prev.lower))) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 12; j++) {
    const w = tokens[j]!;
    if (w.kind === 'punct') return afterComma && /^[.;,)]$/.test(w.text);
    if (NOUN_VERBS.has(w.lower)) return !afterComma;
    // An object after the verb makes it active: a determiner that opens no time phrase, a bare number.
    if ((w.lower === 'the' || w.lower === 'a' || w.lower === 'an') && !TIME_NOUNS.has(tokens[j + 1]?.lower ?? '') && !LEADS.has(tokens[j - 1]!.lower)) return false;
    if (w.kind === 'number' && !LEADS.has(tokens[j - 1]!.lower) && !/^(?:late|early|mid)$/.test(tokens[j - 1]!.lower)) return false;
  }
  return false;
}
