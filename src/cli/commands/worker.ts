/**
 * `detente worker`: takes jobs queued by `detente ingest --queue` and processes them. Start any number,
 * on any number of machines, against one PostgreSQL database; a worker that dies has its jobs taken
 * over when their lease runs out, and nothing is stored twice.
 */
import { hostname } from 'node:os';
import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { runWorker } from '../../jobs/worker.js';
import { processJob } from '../../jobs/process-job.js';
import { DEFAULT_DB } from '../gather.js';
import { startProgress } from '../progress.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process queued ingest jobs (many workers may share one PostgreSQL database)')
    .option('--db <file|url>', 'postgres:// URL (or SQLite file, for one machine)', DEFAULT_DB)
    .option('--batch <n>', 'jobs claimed and written at a time', (v) => Number.parseInt(v, 10), 25)
    .option('--lease <seconds>', 'lease on claimed jobs; a dead worker’s jobs return after it', (v) => Number.parseInt(v, 10), 300)
    .option('--wait', 'keep waiting for new jobs instead of exiting when the queue is empty')
    .option('--allow-private', 'allow fetching URLs on loopback and private addresses')
    .action(async (opts) => {
      const store = await openStore(opts.db);
      const controller = new AbortController();
      for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => controller.abort());
      const stats0 = await store.queueStats();
      const progress = startProgress(stats0.pending + stats0.running, 'jobs');
      try {
        const stats = await runWorker(store, {
          workerId: `${hostname()}:${process.pid}`,
          process: (job) => processJob(job, { allowPrivate: opts.allowPrivate }),
          batchSize: opts.batch,
          leaseSeconds: opts.lease,
          idleExitMs: opts.wait ? Number.POSITIVE_INFINITY : 0,
          signal: controller.signal,
          onProgress: (p) => {
            progress.tick(p.job.payload.slice(0, 60));
            if (p.outcome === 'failed') process.stderr.write(`detente: job ${p.job.id} (${p.job.payload.slice(0, 80)}): ${p.error}\n`);
          },
        });
        progress.stop();
        process.stdout.write(`worker done: ${stats.done} job(s), ${stats.saved} new article(s), ${stats.duplicates} already stored, ${stats.failed} failure(s)\n`);
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
