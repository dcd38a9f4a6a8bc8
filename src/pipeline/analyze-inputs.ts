/**
 * From what the user named (paths, directories, URLs, feeds, JSONL) to analyses, one input at a time,
 * so memory stays flat however many documents there are.
 */
import type { Analysis } from './types.js';
import { readInputs, type ReadInputsOptions } from '../ingest/sources/sources.js';
import { extractArticle } from '../ingest/extract/extract-article.js';
import { analyzeArticle, type AnalyzeOptions } from './analyze-article.js';

export type AnalyzedItem =
  | { ok: true; origin: string; analysis: Analysis; position?: Position }
  | { ok: false; origin: string; reason: string; position?: Position };

/** Where a JSONL document ended in its file: what a resumed ingest starts after. */
export interface Position {
  file: string;
  line: number;
  offset: number;
}

export async function* analyzeInputs(inputs: string[], opts: ReadInputsOptions & AnalyzeOptions = {}): AsyncGenerator<AnalyzedItem> {
  for await (const item of readInputs(inputs, opts)) {
    if (!item.ok) {
      yield { ok: false, origin: item.origin, reason: item.reason, position: item.position };
      continue;
    }
    try {
      const article = extractArticle(item.doc);
      yield { ok: true, origin: item.doc.origin, analysis: analyzeArticle(article, opts), position: item.position };
    } catch (err) {
      yield { ok: false, origin: item.doc.origin, reason: reasonOf(err, item.doc.origin), position: item.position };
    }
  }
}

/** IngestError messages already start with the origin; keep only the reason. */
function reasonOf(err: unknown, origin: string): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.startsWith(`${origin}: `) ? msg.slice(origin.length + 2) : msg;
}
