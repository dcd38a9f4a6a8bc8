/** Checks an Analysis before it is saved, so that a pipeline bug fails loudly instead of storing orphans. */
import type { Analysis } from '../pipeline/types.js';
import { StoreError } from './store-error.js';

export function validateAnalysis(a: Analysis): void {
  const id = a.article?.id;
  if (typeof id !== 'string' || id === '') throw new StoreError('saveAnalysis: the article has no id');
  if (typeof a.article.contentHash !== 'string' || a.article.contentHash === '') {
    throw new StoreError(`saveAnalysis: article ${id} has no content hash`);
  }
  a.quotes.forEach((q, i) => {
    if (q.articleId !== id) throw new StoreError(`saveAnalysis: quote ${i} of article ${id} names article ${q.articleId}`);
  });
  a.statements.forEach((s, i) => {
    if (s.articleId !== id) throw new StoreError(`saveAnalysis: statement ${i} of article ${id} names article ${s.articleId}`);
  });
  const keys = new Set<string>();
  for (const e of a.events) {
    // One row per article and event key: a repeated key means the pipeline did not merge.
    if (keys.has(e.key)) throw new StoreError(`saveAnalysis: article ${id} has two events with key ${e.key}`);
    keys.add(e.key);
  }
}
