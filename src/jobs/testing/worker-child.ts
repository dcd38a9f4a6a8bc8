/**
 * A worker process for tests: runs runWorker on a shared store with a processor that builds an
 * Analysis from the job's inline payload (no network), and prints one JSON line when it
 * starts a job and one when the job is written (after its batch commits).
 *
 * Usage: node worker-child.js STORE WORKER_ID BATCH_SIZE LEASE_SECONDS DELAY_MS
 * Payload: {"seed": 3, "url"?: "https://…", "fail"?: true} (see sampleAnalysis).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../../store/open-store.js';
import { sampleAnalysis, type SampleOptions } from '../../store/testing/sample-analysis.js';
import { runWorker } from '../worker.js';

const [spec, workerId, batchSize, leaseSeconds, delayMs] = process.argv.slice(2);
if (!spec || !workerId) {
  console.error('usage: worker-child STORE WORKER_ID BATCH_SIZE LEASE_SECONDS DELAY_MS');
  process.exit(2);
}

const store = await openStore(spec);
const stats = await runWorker(store, {
  workerId,
  batchSize: Number(batchSize ?? 5),
  leaseSeconds: Number(leaseSeconds ?? 2),
  pollMs: 100,
  async process(job) {
    // Announced before the work, so a test can kill this process at a known point of a batch.
    console.log(JSON.stringify({ type: 'start', id: job.id }));
    // Slow enough that a batch is still in hand when the test kills this process.
    await sleep(Number(delayMs ?? 0));
    const payload = JSON.parse(job.payload) as SampleOptions & { fail?: boolean };
    if (payload.fail) throw new Error(`sample ${payload.seed} is marked to fail`);
    return [sampleAnalysis(payload)];
  },
  onProgress(p) {
    console.log(JSON.stringify({ type: 'job', id: p.job.id, attempts: p.job.attempts, outcome: p.outcome, saved: p.saved, duplicates: p.duplicates }));
  },
});
console.log(JSON.stringify({ type: 'exit', stats }));
await store.close();
