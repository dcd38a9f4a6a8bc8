/**
 * From what the user named (paths, directories, URLs, feeds, JSONL) to analyses, one input at a time,
 * so memory stays flat however many documents there are.
 */
import type { Analysis } from './types.js';
import { readInputs, type ReadInputsOptions } from '../ingest/sources/sources.js';
import type { AnalyzeOptions } from './analyze-article.js';
import type { DocumentLimits } from './document-limits.js';
import { analyzeDocument } from './analyze-document.js';

export type AnalyzedItem =
  | { ok: true; origin: string; analysis: Analysis; position?: Position }
  | { ok: false; origin: string; reason: string; position?: Position };

/** Where a JSONL document ended in its file: what a resumed ingest starts after. */
export interface Position {
  file: string;
  line: number;
  offset: number;
}

export async function* analyzeInputs(inputs: string[], opts: ReadInputsOptions & AnalyzeOptions & DocumentLimits = {}): AsyncGenerator<AnalyzedItem> {
  for await (const item of readInputs(inputs, opts)) {
    if (!item.ok) {
      yield { ok: false, origin: item.origin, reason: item.reason, position: item.position };
      continue;
    }
    try {
      yield { ok: true, origin: item.doc.origin, analysis: analyzeDocument(item.doc, opts), position: item.position };
    } catch (err) {
      yield { ok: false, origin: item.doc.origin, reason: reasonOf(err, item.doc.origin), position: item.position };
    }
  }
}

/** IngestError messages already start with the origin; keep only the reason. */
function reasonOf(err: unknown, origin: string): string {
  // id: nesting-overflow; example: 10 000 nested <div>s overflow a recursive tree walk in extraction.
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'document too deeply nested to extract (the stack overflowed)';
  const msg = err instanceof Error ? err.message : String(err);
  // id: internal-error; example: a TypeError from a parser on a page cut before <html> is a bug of ours, not of the input.
  if (err instanceof TypeError || err instanceof ReferenceError) return `internal error while analysing this document (${err.name}: ${msg}); please report it`;
  return msg.startsWith(`${origin}: `) ? msg.slice(origin.length + 2) : msg;
}
