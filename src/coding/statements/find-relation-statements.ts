/** Finds sentences that state the condition of a relation between two countries. */
import { findActorMentions } from '../../actors/index.js';
import type { ActorMention } from '../../actors/types.js';
import type { Article } from '../../ingest/types.js';
import type { Sentence } from '../../language/types.js';
import type { RelationStatement } from '../types.js';
import { countCountries, countryMentions, mainCountry } from './main-country.js';
import { NOT_A_STATEMENT, RELATION_PATTERNS, type RelationPattern } from './relation-patterns.js';
import { splitSentences, type TextSpan } from './sentence-split.js';

export interface RelationStatementOptions {
  /** Actor finder; default findActorMentions from src/actors. Tests pass a small table. */
  findActors?: (text: string) => ActorMention[];
  /** Characters before a match searched for hedges and negations (NOT_A_STATEMENT). Default 40. */
  hedgeWindow?: number;
}

/** Words that introduce the other party: "relations with China", "ties to Moscow", "an ally of Seoul". */
const OTHER_PARTY_BEFORE = /\b(?:with|towards?|to|and|of)\s+(?:the\s+)?$/i;
const PAIR = /\b(?:the\s+two\s+(?:countries|nations|neighbou?rs|states|sides|capitals|governments)|both\s+(?:countries|nations|neighbou?rs|sides|capitals))\b/i;

/**
 * Relation statements in an article. `sentences` come from the language stage; without them the
 * paragraphs are split by a plain splitter. One statement per sentence at most: the first pattern
 * (RELATION_PATTERNS order) whose match is not hedged and whose dyad can be resolved.
 *
 * The dyad: the other party is the country introduced by "with/to/and" nearest the match (or named
 * inside it); the subject is the country named last before the match, else the paragraph's main
 * country when the sentence names it or names no other, else the sentence's other country. "The two countries" takes the paragraph's two
 * most-mentioned countries. See mainCountry for the main country.
 */
export function findRelationStatements(article: Article, sentences?: Sentence[] | null, opts: RelationStatementOptions = {}): RelationStatement[] {
  const find = opts.findActors ?? findActorMentions;
  const hedge = opts.hedgeWindow ?? 40;
  const spans: TextSpan[] = sentences?.length
    ? sentences.map((s) => ({ text: s.text, start: s.start, end: s.end, paragraph: s.paragraph }))
    : splitSentences(article);
  const paraCounts = article.paragraphs.map((p) => countCountries(find(p.text)));
  const articleCounts = new Map<string, number>();
  for (const counts of paraCounts) for (const [c, n] of counts) articleCounts.set(c, (articleCounts.get(c) ?? 0) + n);
  const out: RelationStatement[] = [];
  for (const s of spans) {
    if (!RELATION_PATTERNS.some((p) => p.regex.test(s.text))) continue;
    const mentions = find(s.text);
    const para = paraCounts[s.paragraph] ?? new Map<string, number>();
    for (const pattern of RELATION_PATTERNS) {
      const m = pattern.regex.exec(s.text);
      if (!m) continue;
      const before = s.text.slice(Math.max(0, m.index - hedge), m.index);
      if (NOT_A_STATEMENT.test(before) || NOT_A_STATEMENT.test(m[0])) continue;
      const dyad = resolveDyad(s.text, m, mentions, para, articleCounts);
      if (!dyad) continue;
      out.push(statement(article, s, pattern, dyad));
      break;
    }
  }
  return out;
}

function statement(article: Article, s: TextSpan, p: RelationPattern, [a, b]: [string, string]): RelationStatement {
  return {
    dyad: a < b ? [a, b] : [b, a], state: p.state, sentence: s.text, articleId: article.id,
    start: s.start, end: s.end, published: article.published, pattern: p.id,
  };
}

function resolveDyad(text: string, m: RegExpExecArray, mentions: ActorMention[], para: Map<string, number>, article: Map<string, number>): [string, string] | null {
  const countries = countryMentions(mentions);
  const matchStart = m.index, matchEnd = m.index + m[0].length;
  const pair = mentions.find((x) => x.via === 'pair' && x.actors.length === 2 && x.actors.every((a) => a.country));
  if (pair && pair.actors[0].country !== pair.actors[1].country) return [pair.actors[0].country!, pair.actors[1].country!];
  const distinct = [...new Set(countries.map((c) => c.iso3))];
  if (PAIR.test(text) && distinct.length < 2) {
    const top = [...para.entries()].sort((x, y) => y[1] - x[1] || (article.get(y[0]) ?? 0) - (article.get(x[0]) ?? 0)).map(([c]) => c);
    if (top.length >= 2) return [top[0], top[1]];
  }
  if (distinct.length === 0) return null;
  const introduced = countries.filter((c) => OTHER_PARTY_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)));
  // The other party: the introduced country nearest the match (inside it, or first after it, or last before).
  const near = (list: typeof countries) =>
    list.find((c) => c.start >= matchStart && c.start < matchEnd) ?? list.find((c) => c.start >= matchEnd) ?? list.filter((c) => c.start < matchStart).pop();
  const other = near(introduced)?.iso3 ?? (distinct.length >= 2 ? near(countries)?.iso3 : introduced[0]?.iso3) ?? null;
  if (!other) return null;
  const rest = distinct.filter((c) => c !== other);
  // The subject: the country named last before the match ("Pakistan's relationship with …"), else the
  // main country when the sentence names it or no other, else the sentence's other country.
  const before = countries.filter((c) => c.end <= matchStart && c.iso3 !== other).pop()?.iso3 ?? null;
  const main = mainCountry(para, article, new Set([other]));
  const subject = before ?? (main && (rest.includes(main) || rest.length === 0) ? main : rest[0] ?? null);
  return subject && subject !== other ? [subject, other] : null;
}
