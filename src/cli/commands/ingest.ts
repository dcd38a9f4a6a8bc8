/**
 * `detente ingest`: pages, text, URLs, feeds, JSONL and directories into the store.
 * Idempotent: an article already stored (same canonical URL or same text) writes nothing.
 * With `--queue`, inputs become jobs for `detente worker` processes instead.
 */
import type { Command } from 'commander';
import type { Store } from '../../store/store.js';
import { existsSync, rmSync } from 'node:fs';
import { isPostgresSpec, openStore } from '../../store/open-store.js';
import { analyzeInputs } from '../../pipeline/analyze-inputs.js';
import { enqueueInputs } from '../../jobs/enqueue-inputs.js';
import { countInputs } from '../../ingest/sources/count-inputs.js';
import { DEFAULT_DB, checkDate } from '../gather.js';
import { FailureLog } from '../errors.js';
import { startProgress } from '../progress.js';
import { CHECKPOINT_EVERY, readResumePoint, writeResumePoint, type ResumePoint } from '../../jobs/jsonl-checkpoint.js';

export interface IngestSummary {
  added: number;
  skipped: number;
  failed: number;
  events: number;
  quotes: number;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('store articles and what is coded from them (SQLite by default, or PostgreSQL)')
    .argument('<inputs...>', 'paths, directories, URLs, RSS/Atom feeds or JSONL files')
    .option('--db <file|url>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .option('--published <YYYY-MM-DD>', 'publication date of a bare text input')
    .option('--url <url>', 'URL of a bare text input')
    .option('--allow-private', 'allow fetching URLs on loopback and private addresses')
    .option('--queue', 'enqueue the inputs for `detente worker` processes instead of processing them here')
    .action(async (inputs: string[], opts) => {
      checkDate(opts.published);
      const failures = new FailureLog();
      const created = !isPostgresSpec(opts.db) && !existsSync(opts.db);
      const store = await openStore(opts.db);
      let wrote = 0;
      try {
        if (opts.queue) {
          wrote = await enqueueInputs(store, inputs, failures);
          process.stdout.write(`queued ${wrote} job(s) in ${opts.db}; run \`detente worker --db ${opts.db}\` to process them\n`);
        } else {
          const s = await ingestInto(store, inputs, opts, failures);
          wrote = s.added;
          process.stdout.write(summaryLine(s, opts.db));
        }
      } finally {
        await store.close();
      }
      // A run where every input failed leaves no trace: not even the empty database file it created.
      if (created && wrote === 0) for (const f of [opts.db, `${opts.db}-wal`, `${opts.db}-shm`]) rmSync(f, { force: true });
      failures.settle();
    });
}

export function summaryLine(s: IngestSummary, db: string): string {
  return `ingested ${s.added} new article(s) into ${db} (${s.skipped} already stored, ${s.failed} failed): ${s.events} events, ${s.quotes} quotes\n`;
}

/**
 * Analyses every input and saves each article in its own transaction, with a progress bar on long runs.
 * JSONL files resume from the position saved by an earlier, interrupted run.
 */
export async function ingestInto(
  store: Store,
  inputs: string[],
  opts: { published?: string; url?: string; allowPrivate?: boolean },
  failures: FailureLog,
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, skipped: 0, failed: 0, events: 0, quotes: 0 };
  const progress = startProgress(await countInputs(inputs).catch(() => null));
  for (const input of inputs) {
    const resume = /\.(jsonl|ndjson)$/i.test(input) ? await readResumePoint(store, input) : null;
    if (resume) {
      process.stderr.write(`detente: ${input}: resuming at line ${resume.line + 1}\n`);
      for (let i = 0; i < resume.line; i++) progress.tick();
    }
    let sinceCheckpoint = 0;
    let last: ResumePoint | null = null;
    for await (const item of analyzeInputs([input], { ...opts, resume: resume ?? undefined })) {
      progress.tick(item.origin);
      if (!item.ok) {
        summary.failed++;
        failures.report(item.origin, item.reason);
      } else {
        const { inserted } = await store.saveAnalysis(item.analysis);
        if (inserted) {
          summary.added++;
          summary.events += item.analysis.events.length;
          summary.quotes += item.analysis.quotes.length;
        } else summary.skipped++;
      }
      const pos = item.position;
      if (pos) {
        last = { file: input, offset: pos.offset, line: pos.line };
        if (++sinceCheckpoint >= CHECKPOINT_EVERY) {
          await writeResumePoint(store, last);
          sinceCheckpoint = 0;
        }
      }
    }
    if (last) await writeResumePoint(store, last);
  }
  progress.stop();
  return summary;
}
