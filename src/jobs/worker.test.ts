import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/open-store.js';
import type { Job } from '../store/store.js';
import { sampleAnalysis } from '../store/testing/sample-analysis.js';
import { testBackends } from '../store/testing/store-backends.js';
import { projectRoot } from '../testing/paths.js';
import { runWorker, type WorkerProgress } from './worker.js';

const inline = (payload: object, dedupeKey?: string) => ({ kind: 'inline' as const, payload: JSON.stringify(payload), dedupeKey });
const fromPayload = async (job: Job) => {
  const p = JSON.parse(job.payload);
  if (p.fail) throw new Error(`sample ${p.seed} is marked to fail`);
  return [sampleAnalysis(p)];
};

describe('runWorker (in process)', () => {
  it('saves each analysis once, completes jobs, retries failures until maxAttempts', async () => {
    const store = await openStore(':memory:');
    await store.enqueue([inline({ seed: 1 }), inline({ seed: 1, url: 'https://mirror.example/1' }), inline({ seed: 2 }), inline({ seed: 3, fail: true })]);
    const progress: WorkerProgress[] = [];
    const stats = await runWorker(store, { workerId: 'w', process: fromPayload, batchSize: 2, maxAttempts: 2, pollMs: 1, onProgress: (p) => progress.push(p) });
    assert.deepEqual(stats, { claimed: 5, done: 3, failed: 2, saved: 2, duplicates: 1 });
    assert.deepEqual(await store.queueStats(), { pending: 0, running: 0, done: 3, failed: 1 });
    assert.deepEqual(progress.filter((p) => p.outcome === 'failed').map((p) => p.error), ['sample 3 is marked to fail', 'sample 3 is marked to fail']);
    assert.equal((await store.counts()).articles, 2);
    await store.close();
  });

  it('stops on abort after the job in hand and hands the rest back', async () => {
    const store = await openStore(':memory:');
    await store.enqueue([1, 2, 3, 4].map((seed) => inline({ seed })));
    const stop = new AbortController();
    const stats = await runWorker(store, {
      workerId: 'w', batchSize: 4, signal: stop.signal,
      process: async (job) => {
        stop.abort();
        return fromPayload(job);
      },
    });
    assert.deepEqual(stats, { claimed: 4, done: 1, failed: 0, saved: 1, duplicates: 0 });
    assert.deepEqual(await store.queueStats(), { pending: 3, running: 0, done: 1, failed: 0 });
    await store.close();
  });

  it('renews the lease of a slow job so another worker does not take it', async () => {
    const store = await openStore(':memory:');
    await store.enqueue([inline({ seed: 1 })]);
    const slow = runWorker(store, {
      workerId: 'slow', leaseSeconds: 0.3, pollMs: 20,
      process: async (job) => {
        await sleep(900); // three lease lengths
        return fromPayload(job);
      },
    });
    await sleep(50);
    const eager = await runWorker(store, { workerId: 'eager', leaseSeconds: 0.3, pollMs: 20, process: fromPayload });
    assert.deepEqual(await slow, { claimed: 1, done: 1, failed: 0, saved: 1, duplicates: 0 });
    assert.equal(eager.claimed, 0, 'the eager worker waited for the live lease instead of taking the job');
    await store.close();
  });
});

/** Starts worker-child from .ts (under tsx) or from compiled .js, whichever this file is. */
function startChild(spec: string, workerId: string, batchSize: number, leaseSeconds: number, delayMs: number) {
  const here = fileURLToPath(import.meta.url);
  const fromTs = here.endsWith('.ts');
  const script = join(dirname(here), 'testing', fromTs ? 'worker-child.ts' : 'worker-child.js');
  const args = [...(fromTs ? ['--import', 'tsx'] : []), script, spec, workerId, String(batchSize), String(leaseSeconds), String(delayMs)];
  const child = spawn(process.execPath, args, { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: { type: string; [k: string]: unknown }[] = [];
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const rl = createInterface({ input: child.stdout! });
  rl.on('line', (line) => lines.push(JSON.parse(line)));
  const exited = once(child, 'exit').then(([code, sig]) => ({ code: code as number | null, signal: sig as string | null, stderr: () => stderr }));
  return { child, lines, rl, exited };
}

const backends = await testBackends();
for (const backend of backends) {
  describe(`worker processes (${backend.name})`, { skip: backend.skip || undefined }, () => {
    it('fails only the job whose analysis cannot be stored; the rest of its batch is written', async () => {
      const db = await backend.create();
      const store = await db.open();
      try {
        await store.enqueue([1, 2, 3].map((seed) => inline({ seed })));
        const stats = await runWorker(store, {
          workerId: 'w', batchSize: 3, maxAttempts: 1, pollMs: 1,
          process: async (job) => {
            const [analysis] = await fromPayload(job);
            if (JSON.parse(job.payload).seed === 2) analysis!.quotes[0]!.articleId = 'elsewhere';
            return [analysis!];
          },
        });
        assert.deepEqual(stats, { claimed: 3, done: 2, failed: 1, saved: 2, duplicates: 0 });
        assert.deepEqual(await store.queueStats(), { pending: 0, running: 0, done: 2, failed: 1 });
        assert.equal((await store.counts()).articles, 2);
      } finally {
        await store.close();
        await db.destroy();
      }
    });

    // Killed at its first job, nothing of the victim's is written; killed at its sixth, its first
    // batch of five is committed and the second is not. Either way the uncommitted jobs come back
    // after their lease and every job is written and reported exactly once.
    for (const killAtStart of [1, 6]) {
      it(`finishes every job and stores every document once when a worker is killed at its job ${killAtStart} (batches of 5)`, { timeout: 90_000 }, async () => {
        const db = await backend.create();
        const store = await db.open();
        const children: ChildProcess[] = [];
        try {
          // 30 articles, 10 of them queued a second time under a mirror URL (same content).
          const jobs = [
            ...Array.from({ length: 30 }, (_, seed) => inline({ seed })),
            ...Array.from({ length: 10 }, (_, seed) => inline({ seed, url: `https://mirror.example/${seed}` })),
          ];
          assert.equal(await store.enqueue(jobs), 40);
          const lease = 2;
          const victim = startChild(db.spec, 'victim', 5, lease, 40);
          const survivors = [startChild(db.spec, 'w1', 5, lease, 40), startChild(db.spec, 'w2', 5, lease, 40)];
          children.push(victim.child, ...survivors.map((s) => s.child));
          let starts = 0;
          victim.rl.on('line', (line) => {
            if (JSON.parse(line).type === 'start' && ++starts === killAtStart) victim.child.kill('SIGKILL');
          });
          const killed = await victim.exited;
          assert.equal(killed.signal, 'SIGKILL', `victim ended on its own: ${killed.stderr()}`);
          for (const s of survivors) {
            const r = await s.exited;
            assert.equal(r.code, 0, r.stderr());
          }
          assert.deepEqual(await store.queueStats(), { pending: 0, running: 0, done: 40, failed: 0 });
          assert.deepEqual(await store.counts(), { articles: 30, events: 90, quotes: 60, statements: 30 });
          const ids = (await store.listArticles()).map((a) => a.id);
          assert.equal(new Set(ids).size, 30);

          const doneBy = (s: typeof victim) => s.lines.filter((l) => l.type === 'job' && l.outcome === 'done');
          const victimDone = doneBy(victim);
          assert.equal(victimDone.length, killAtStart === 1 ? 0 : 5, 'the victim\'s committed batch is reported, its open one is not');
          const all = [...victimDone, ...survivors.flatMap(doneBy)];
          assert.equal(all.length, 40, 'each job is reported done once');
          assert.equal(new Set(all.map((l) => l.id)).size, 40);
          // The jobs the victim started but never committed were redone by the survivors.
          const committed = new Set(victimDone.map((l) => l.id));
          const orphaned = victim.lines.filter((l) => l.type === 'start' && !committed.has(l.id)).map((l) => l.id);
          assert.ok(orphaned.length >= 1);
          for (const id of orphaned) {
            const redo = all.find((l) => l.id === id);
            assert.ok(redo && (redo.attempts as number) >= 2, `job ${id} was reclaimed after the victim's lease`);
          }
          const saved = all.reduce((n, l) => n + (l.saved as number), 0);
          assert.equal(saved, 30, 'each article is reported written once');
        } finally {
          for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
          await store.close();
          await db.destroy();
        }
      });
    }
  });
}
