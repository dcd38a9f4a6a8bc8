/**
 * The pure part of the pipeline: one clean article in, everything coded from it out.
 * Quotes run before events so that events coded inside someone's quote carry the speaker.
 */
import type { Article } from '../ingest/types.js';
import type { Analysis } from './types.js';
import { codeArticle } from '../coding/code-article.js';
import { splitSentences } from '../language/sentences.js';
import { findQuotes } from '../quotes/find-quotes.js';
import { findRelationStatements } from '../coding/statements/find-relation-statements.js';
import { attributeEvents } from './attribute-events.js';

export interface AnalyzeOptions {
  /** Trace of every rule that fired; costs nothing when absent. */
  debug?: (message: () => string) => void;
}

export function analyzeArticle(article: Article, opts: AnalyzeOptions = {}): Analysis {
  const quotes = findQuotes(article);
  // Split once: the coder and the relation statements read the same sentences.
  const sentences = splitSentences(article);
  const events = attributeEvents(codeArticle(article, { debug: opts.debug, sentences, quotes }), quotes);
  const statements = findRelationStatements(article, sentences);
  return { article, events, quotes, statements };
}
