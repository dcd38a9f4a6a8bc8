/** Which country a passage is about when a relation sentence leaves its subject implicit. */
import type { ActorMention } from '../../actors/types.js';

/** Mentions that name a country: by name, demonym or capital (not persons, groups or pronouns). */
export function countryMentions(mentions: ActorMention[]): { iso3: string; start: number; end: number }[] {
  const out: { iso3: string; start: number; end: number }[] = [];
  for (const m of mentions) {
    if (m.via !== 'name' && m.via !== 'demonym' && m.via !== 'capital' && m.via !== 'office') continue;
    const c = m.actors[0]?.country;
    if (c && m.actors.length === 1) out.push({ iso3: c, start: m.start, end: m.end });
  }
  return out;
}

/**
 * Mentions per country, in first-mention order. People count for their country here (not as a party
 * of a statement): a paragraph about Kim Jong Un is about North Korea even when it calls it "the North".
 */
export function countCountries(mentions: ActorMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of countryMentions(mentions)) counts.set(m.iso3, (counts.get(m.iso3) ?? 0) + 1);
  for (const m of mentions) {
    const c = m.actors[0]?.country;
    if (m.via === 'person' && c && m.actors.length === 1) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/**
 * The main country: the most-mentioned country of the paragraph, ties broken by the article's
 * counts, then by first mention; when the paragraph names none (apart from `exclude`), the article's
 * most-mentioned country. Null when neither names one.
 */
export function mainCountry(paragraph: Map<string, number>, article: Map<string, number>, exclude: Set<string>): string | null {
  const pick = (primary: Map<string, number>, secondary: Map<string, number>) => {
    let best: string | null = null;
    for (const [c, n] of primary) {
      if (exclude.has(c)) continue;
      if (!best) { best = c; continue; }
      const b = primary.get(best)!;
      if (n > b || (n === b && (secondary.get(c) ?? 0) > (secondary.get(best) ?? 0))) best = c;
    }
    return best;
  };
  return pick(paragraph, article) ?? pick(article, article);
}
