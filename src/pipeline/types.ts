/** What the pipeline makes of one article: the unit the store saves in one transaction. */
import type { Article } from '../ingest/types.js';
import type { CodedEvent, RelationStatement } from '../coding/types.js';
import type { Quote } from '../quotes/types.js';

export interface Analysis {
  article: Article;
  /** Events of this article, already merged within the article (mentions counted). */
  events: CodedEvent[];
  quotes: Quote[];
  statements: RelationStatement[];
}
