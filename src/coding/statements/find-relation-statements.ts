/** Finds sentences that state the condition of a relation between two countries. */
import { findActorMentions } from '../../actors/index.js';
import type { ActorMention } from '../../actors/types.js';
import type { Article } from '../../ingest/types.js';
import type { Sentence } from '../../language/types.js';
import type { RelationStatement } from '../types.js';
import { countCountries, countryMentions, mainCountry } from './main-country.js';
import { COMMEMORATED, NOT_A_STATEMENT, REPORTED_DECISION, RELATION_KEYWORDS, RELATION_PATTERNS, type RelationPattern } from './relation-patterns.js';
import { splitSentences } from '../../language/sentences.js';

/** The part of a Sentence the finder reads. */
type TextSpan = Pick<Sentence, 'text' | 'start' | 'end' | 'paragraph'>;

export interface RelationStatementOptions {
  /** Actor finder; default findActorMentions from src/actors. Tests pass a small table. */
  findActors?: (text: string) => ActorMention[];
  /** Characters before a match searched for hedges and negations (NOT_A_STATEMENT). Default 40. */
  hedgeWindow?: number;
}

/** Words that introduce the other party: "relations with China", "ties to Moscow", "an ally of Seoul". */
/** After a match, the other party is everyone: "cordial ties with all sides" (rel.all-sides). */
const ALL_SIDES = /^\s*(?:with\s+)?(?:all|both|every)\s+(?:sides?|parties|party|camps?)\b|^\s*(?:with\s+)?everyone\b/i;
const OTHER_PARTY_BEFORE = /\b(?:with|towards?|to|and|of)\s+(?:the\s+)?$/i;
/**
 * Words that name the pair without naming either side: "the two countries", "the two long-standing foes",
 * "both governments", "the two Koreas" (a capitalised plural after "the two").
 */
const PAIR = /\b(?:[Tt]he\s+two\s+(?:[\w-]+\s+){0,2}?(?:countries|nations|neighbou?rs|states|sides|capitals|governments|foes|rivals|enemies|adversaries|powers|leaders|allies)|[Bb]oth\s+(?:countries|nations|neighbou?rs|sides|capitals|governments))\b|\b[Tt]he\s+two\s+[A-Z][a-z]+s\b/;
/** A past perfect inside a match: "had been frozen", "had long been strained", "had soured". */
const PAST_PERFECT = /\bhad\s+(?:(?:\w+ly|long|always|also|already)\s+)?(?:been|\w+ed)\b/i;
/**
 * Where a hedge stops reaching: a clause boundary (";", a dash, ", and", ", but" …). "Belgrade has
 * never recognised it, and relations have deteriorated" is a statement; the "never" belongs to the
 * clause before.
 */
const CLAUSE_BREAK = /(?:[;:—–]|\s-\s|,\s+(?:and|but|while|whereas|though|although|yet)\b)/g;

/** The text after the last clause boundary of `before`. */
function sameClause(before: string): string {
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index! + m[0].length;
  return before.slice(cut);
}

/**
 * Relation statements in an article. `sentences` come from the language stage; without them (or when
 * empty) the article is split with the language stage's splitSentences. One statement per sentence at
 * most: the first pattern (RELATION_PATTERNS order) whose match is not hedged and whose dyad can be resolved.
 *
 * The dyad: the other party is the country introduced by "with/to/and" nearest the match (or named
 * inside it); the subject is the country named last before the match, else the paragraph's main
 * country when the sentence names it or names no other, else the sentence's other country. "The two countries" takes the paragraph's two
 * most-mentioned countries. See mainCountry for the main country.
 */
export function findRelationStatements(article: Article, sentences?: Sentence[] | null, opts: RelationStatementOptions = {}): RelationStatement[] {
  const find = opts.findActors ?? findActorMentions;
  const hedge = opts.hedgeWindow ?? 40;
  const spans: readonly TextSpan[] = sentences?.length ? sentences : splitSentences(article);
  // Looking up actors is the expensive part and most articles state no relation at all: the counts
  // are computed only once a sentence matches a pattern (they are the same whenever they are computed).
  let paraCounts: Map<string, number>[] | null = null;
  const articleCounts = new Map<string, number>();
  const out: RelationStatement[] = [];
  // The statement of the sentence just before (same paragraph), for a sentence that names no country and
  // continues it ("Relations between A and B have been hostile for decades. Since July they have been
  // escalating."): the pronoun points back to the pair just named.
  let previous: { span: TextSpan; dyad: [string, string] } | null = null;
  let lastSpan: TextSpan | null = null;
  for (const s of spans) {
    const prevSpan = lastSpan;
    lastSpan = s;
    // One cheap keyword test first: a sentence without any word the patterns need matches none of them.
    if (!RELATION_KEYWORDS.test(s.text) || !RELATION_PATTERNS.some((p) => p.regex.test(s.text))) continue;
    if (!paraCounts) {
      paraCounts = article.paragraphs.map((p) => countCountries(find(p.text)));
      for (const counts of paraCounts) for (const [c, n] of counts) articleCounts.set(c, (articleCounts.get(c) ?? 0) + n);
    }
    const mentions = find(s.text);
    const para = paraCounts[s.paragraph] ?? new Map<string, number>();
    // The paragraph's text before the sentence is the same for every pattern tried on it: looked up once.
    let earlier: Map<string, number> | null = null;
    // rel.past-perfect: a condition told in the past perfect ("whose ties had been frozen for a year")
    // is the relation before the story's present; when the sentence also says what it is now ("now
    // describe themselves as partners again", "were restored on Monday") that is the statement. Tried
    // after every other pattern; taken only when no other one states anything.
    const matched = RELATION_PATTERNS.map((pattern) => ({ pattern, m: pattern.regex.exec(s.text) }));
    const ordered = [...matched.filter((x) => !x.m || !PAST_PERFECT.test(x.m[0])), ...matched.filter((x) => x.m && PAST_PERFECT.test(x.m[0]))];
    for (const { pattern, m } of ordered) {
      if (!m) continue;
      const hedged = sameClause(s.text.slice(Math.max(0, m.index - hedge), m.index));
      // "announced that they would restore relations": the would of a reported decision is no hedge.
      const decided = REPORTED_DECISION.test(sameClause(s.text.slice(0, m.index)));
      const hedgeText = decided ? hedged.replace(/\b(?:would|will)\b/gi, '') : hedged;
      if (NOT_A_STATEMENT.test(hedgeText) || NOT_A_STATEMENT.test(m[0]) || COMMEMORATED.test(hedged)) continue;
      if (!earlier) {
        const p = article.paragraphs[s.paragraph];
        earlier = p ? countCountries(find(p.text.slice(0, Math.max(0, s.start - p.start)))) : new Map<string, number>();
      }
      const continued = previous && previous.span === prevSpan && prevSpan?.paragraph === s.paragraph && countryMentions(mentions).length === 0
        ? previous.dyad : null;
      const dyad = resolveDyad(s.text, m, mentions, para, articleCounts, earlier) ?? (pattern.pairLevel ? mainPair(mentions, articleCounts) : null) ?? continued;
      if (!dyad) continue;
      const found = statement(article, s, pattern, dyad);
      out.push(found);
      previous = { span: s, dyad: found.dyad };
      break;
    }
  }
  return out;
}

/**
 * For pair-level patterns ("keen to avoid a wider war"): the article's two main countries, when the
 * sentence names no country outside them.
 */
function mainPair(mentions: ActorMention[], article: Map<string, number>): [string, string] | null {
  const top = [...article.entries()].sort((x, y) => y[1] - x[1]).map(([c]) => c).slice(0, 2);
  if (top.length < 2) return null;
  return countryMentions(mentions).every((c) => top.includes(c.iso3)) ? [top[0], top[1]] : null;
}

function statement(article: Article, s: TextSpan, p: RelationPattern, [a, b]: [string, string]): RelationStatement {
  return {
    dyad: a < b ? [a, b] : [b, a], state: p.state, sentence: s.text, articleId: article.id,
    start: s.start, end: s.end, published: article.published, pattern: p.id,
  };
}

function resolveDyad(text: string, m: RegExpExecArray, mentions: ActorMention[], para: Map<string, number>, article: Map<string, number>,
  earlier: Map<string, number>): [string, string] | null {
  const countries = countryMentions(mentions);
  const matchStart = m.index, matchEnd = m.index + m[0].length;
  const pair = mentions.find((x) => x.via === 'pair' && x.actors.length === 2 && x.actors.every((a) => a.country));
  if (pair && pair.actors[0].country !== pair.actors[1].country) return [pair.actors[0].country!, pair.actors[1].country!];
  const distinct = [...new Set(countries.map((c) => c.iso3))];
  // "The two countries" as the subject (in the match or before it) names the pair whatever else the
  // sentence mentions ("relations between the two countries have soured since X tilted to Washington").
  const pairAt = PAIR.exec(text);
  if (pairAt && (pairAt.index < matchEnd || distinct.length < 2)) {
    // "The two countries" points back: to the two countries most named earlier in the paragraph, or,
    // when the sentence opens its paragraph, to the article's two main countries.
    const rank = (counts: Map<string, number>) =>
      [...counts.entries()].sort((x, y) => y[1] - x[1] || (article.get(y[0]) ?? 0) - (article.get(x[0]) ?? 0)).map(([c]) => c);
    const fromEarlier = rank(earlier);
    const top = fromEarlier.length >= 2 ? fromEarlier : rank(article);
    // A country the sentence itself names before the phrase is one of the two ("he held talks with Xi,
    // and the two governments raised their ties"): paired with the most-named other one.
    // Officials named by title count for their country here ("President Xi": China's government).
    const named = new Set([...countries.filter((c) => c.end <= pairAt.index).map((c) => c.iso3),
      ...mentions.filter((x) => x.via === 'person' && x.actors.length === 1 && x.actors[0].country && x.end <= pairAt.index).map((x) => x.actors[0].country!)]);
    const own = named.size === 1 && distinct.every((c) => named.has(c)) ? [...named][0] : null;
    if (own) {
      const partner = top.find((c) => c !== own);
      if (partner) return [own, partner];
    }
    if (top.length >= 2) return [top[0], top[1]];
  }
  if (distinct.length === 0) return null;
  const introduced = countries.filter((c) => OTHER_PARTY_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)));
  // The other party: the introduced country nearest the match (inside it, or first after it, or last before).
  const near = (list: typeof countries) =>
    list.find((c) => c.start >= matchStart && c.start < matchEnd) ?? list.find((c) => c.start >= matchEnd) ?? list.filter((c) => c.start < matchStart).pop();
  const other = near(introduced)?.iso3 ?? (distinct.length >= 2 ? near(countries)?.iso3 : introduced[0]?.iso3) ?? null;
  // rel.all-sides: "Kuwait, which has kept cordial ties with all sides, mediates": every side of the
  // story, of which the statement names the article's main country.
  if (!other && distinct.length === 1 && ALL_SIDES.test(text.slice(matchEnd, matchEnd + 40))) {
    const main = mainCountry(para, article, new Set(distinct));
    return main ? [distinct[0], main] : null;
  }
  if (!other) return null;
  const rest = distinct.filter((c) => c !== other);
  // The subject: the country named last before the match ("Pakistan's relationship with …"), else the
  // main country when the sentence names it or no other, else the sentence's other country.
  const before = countries.filter((c) => c.end <= matchStart && c.iso3 !== other).pop()?.iso3 ?? null;
  const main = mainCountry(para, article, new Set([other]));
  const subject = before ?? (main && (rest.includes(main) || rest.length === 0) ? main : rest[0] ?? null);
  return subject && subject !== other ? [subject, other] : null;
}
