/**
 * Turns what the user named into queue jobs: one job per page file or URL, one per JSONL line
 * (carried inline, so workers on other machines need no shared disk for it). Feeds stay one job:
 * the worker fetches their items.
 */
import { createHash } from 'node:crypto';
import type { JobInput, Store } from '../store/store.js';
import { listInputFiles } from '../ingest/sources/read-path.js';
import { readJsonl } from '../ingest/sources/jsonl.js';
import { resolve } from 'node:path';

/** Jobs are sent to the store in batches of this size, so a 100,000-line dump never sits in memory. */
const BATCH = 500;

export interface FailureSink {
  report(origin: string, reason: string): void;
}

export async function enqueueInputs(store: Store, inputs: string[], failures: FailureSink): Promise<number> {
  let added = 0;
  let batch: JobInput[] = [];
  const push = async (job: JobInput) => {
    batch.push(job);
    if (batch.length >= BATCH) {
      added += await store.enqueue(batch);
      batch = [];
    }
  };
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      await push({ kind: 'url', payload: input });
      continue;
    }
    let files;
    try {
      files = await listInputFiles(input);
    } catch (err) {
      failures.report(input, (err as Error).message.replace(`${input}: `, ''));
      continue;
    }
    for (const file of files) {
      if (file.kind !== 'jsonl') {
        // Absolute, so a worker started elsewhere on the same machine finds it.
        await push({ kind: 'path', payload: resolve(file.path) });
        continue;
      }
      for await (const r of readJsonl(file.path)) {
        if (!r.ok) failures.report(r.origin, r.reason);
        else await push({ kind: 'inline', payload: JSON.stringify(r.doc), dedupeKey: r.doc.url ?? `sha256:${createHash('sha256').update(r.doc.body).digest('hex')}` });
      }
    }
  }
  if (batch.length) added += await store.enqueue(batch);
  return added;
}
