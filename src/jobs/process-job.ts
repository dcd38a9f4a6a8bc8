/** What a worker does with one job: the same pipeline as `detente ingest`, for one input. */
import type { Analysis } from '../pipeline/types.js';
import type { RawDocument } from '../ingest/types.js';
import type { Job } from '../store/store.js';
import { analyzeInputs } from '../pipeline/analyze-inputs.js';
import { analyzeDocument } from '../pipeline/analyze-document.js';

export interface ProcessOptions {
  allowPrivate?: boolean;
}

/** Analyses of a job's input; an input that fails makes the job fail with that one-line reason. */
export async function processJob(job: Job, opts: ProcessOptions = {}): Promise<Analysis[]> {
  if (job.kind === 'inline') {
    const doc = JSON.parse(job.payload) as RawDocument;
    return [analyzeDocument(doc)];
  }
  const out: Analysis[] = [];
  const failures: string[] = [];
  for await (const item of analyzeInputs([job.payload], { allowPrivate: opts.allowPrivate })) {
    if (item.ok) out.push(item.analysis);
    else failures.push(`${item.origin}: ${item.reason}`);
  }
  // A feed with some bad items still stores the good ones; only a job with nothing usable fails.
  if (out.length === 0 && failures.length) throw new Error(failures[0]);
  return out;
}
