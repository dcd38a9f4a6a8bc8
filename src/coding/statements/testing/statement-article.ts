/** Test helpers for the relation-statement finder: an Article from paragraphs separated by blank lines. */
import type { Article } from '../../../ingest/types.js';
import { findRelationStatements } from '../find-relation-statements.js';
import { fakeFindActors } from './fake-actors.js';

/** An Article published 2025-03-01 whose paragraphs are `text` split at blank lines. */
export function statementArticle(text: string, id = 'test'): Article {
  const paragraphs: Article['paragraphs'] = [];
  let at = 0;
  for (const p of text.split('\n\n')) {
    paragraphs.push({ kind: 'body', text: p, start: at, end: at + p.length });
    at += p.length + 2;
  }
  return { id, origin: id, url: null, canonicalUrl: null, title: null, published: '2025-03-01', publishedFrom: 'given',
    outlet: null, byline: null, language: 'en', paragraphs, text, contentHash: id };
}

/** The statements found in `text` with the fake gazetteer, as "AAA-BBB state". */
export function statedStates(text: string): string[] {
  return findRelationStatements(statementArticle(text), null, { findActors: fakeFindActors }).map((s) => `${s.dyad.join('-')} ${s.state}`);
}
