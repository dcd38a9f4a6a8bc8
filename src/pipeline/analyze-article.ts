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
import { mergeEvents } from '../coding/merge-events.js';

export interface AnalyzeOptions {
  /** Trace of every rule that fired; costs nothing when absent. */
  debug?: (message: () => string) => void;
}

export function analyzeArticle(article: Article, opts: AnalyzeOptions = {}): Analysis {
  const quotes = findQuotes(article);
  // Split once: the coder and the relation statements read the same sentences.
  const sentences = splitSentences(article);
  // What one sentence tells one target together is reported as one event (merge.one-statement);
  // after attribution, so that the fold sees the speaker each act was given.
  const events = mergeEvents(attributeEvents(codeArticle(article, { debug: opts.debug, sentences, quotes }), quotes), { statements: true });
  const statements = findRelationStatements(article, sentences);
  return { article, events, quotes, statements };
}
