/** The `quotes` and `statements` rows. */
import type { RelationStatement } from '../../coding/types.js';
import type { Quote } from '../../quotes/types.js';
import { fromBool, str } from './row-values.js';

export const QUOTE_COLUMNS = [
  'article_id', 'seq', 'speaker', 'description', 'country', 'text', 'direct', 'start_offset', 'end_offset', 'attribution',
] as const;

export function quoteToRow(q: Quote, seq: number): unknown[] {
  return [q.articleId, seq, q.speaker, q.description, q.country, q.text, q.direct, q.start, q.end, q.attribution];
}

export function rowToQuote(r: Record<string, unknown>): Quote {
  return {
    speaker: str(r.speaker),
    description: str(r.description),
    country: str(r.country),
    text: String(r.text),
    direct: fromBool(r.direct),
    articleId: String(r.article_id),
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    attribution: String(r.attribution),
  };
}

export const STATEMENT_COLUMNS = [
  'article_id', 'seq', 'dyad_a', 'dyad_b', 'state', 'sentence', 'start_offset', 'end_offset', 'published', 'pattern',
] as const;

export function statementToRow(s: RelationStatement, seq: number): unknown[] {
  return [s.articleId, seq, s.dyad[0], s.dyad[1], s.state, s.sentence, s.start, s.end, s.published, s.pattern];
}

export function rowToStatement(r: Record<string, unknown>): RelationStatement {
  return {
    dyad: [String(r.dyad_a), String(r.dyad_b)],
    state: String(r.state) as RelationStatement['state'],
    sentence: String(r.sentence),
    articleId: String(r.article_id),
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    published: str(r.published),
    pattern: String(r.pattern),
  };
}
