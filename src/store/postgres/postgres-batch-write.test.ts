import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sampleAnalysis } from '../testing/sample-analysis.js';
import { testBackends } from '../testing/store-backends.js';

const postgres = (await testBackends()).find((b) => b.name === 'postgres');

describe('completeJobs on PostgreSQL (a batch in one transaction)', { skip: !postgres || postgres.skip || undefined }, () => {
  it('writes held jobs once, counts repeats within the batch as duplicates, and skips a job another worker took', async () => {
    const db = await postgres!.create();
    const store = await db.open();
    try {
      await store.enqueue([1, 2, 3, 4].map((seed) => ({ kind: 'inline' as const, payload: JSON.stringify({ seed }) })));
      const [j1, j2, j3] = await store.claimJobs('a', 3, 0.2);
      await sleep(300); // a's lease lapses; b takes the first job
      assert.deepEqual((await store.claimJobs('b', 1, 60)).map((j) => j.id), [j1!.id]);
      const writes = await store.completeJobs!('a', [
        { id: j1!.id, analyses: [sampleAnalysis({ seed: 1 })] },
        { id: j2!.id, analyses: [sampleAnalysis({ seed: 2 })] },
        // Same content as job 2 under another URL: stored once.
        { id: j3!.id, analyses: [sampleAnalysis({ seed: 2, url: 'https://mirror.example/2' })] },
      ]);
      assert.deepEqual(writes, [
        { id: j1!.id, held: false, saved: 0, duplicates: 0 },
        { id: j2!.id, held: true, saved: 1, duplicates: 0 },
        { id: j3!.id, held: true, saved: 0, duplicates: 1 },
      ]);
      assert.deepEqual(await store.counts(), { articles: 1, events: 3, quotes: 2, statements: 1 });
      assert.deepEqual(await store.queueStats(), { pending: 1, running: 1, done: 2, failed: 0 });
      // b finishes the job it holds; an article written by an earlier batch counts as a duplicate.
      const again = await store.completeJobs!('b', [{ id: j1!.id, analyses: [sampleAnalysis({ seed: 1 }), sampleAnalysis({ seed: 2 })] }]);
      assert.deepEqual(again, [{ id: j1!.id, held: true, saved: 1, duplicates: 1 }]);
      assert.equal((await store.counts()).articles, 2);
    } finally {
      await store.close();
      await db.destroy();
    }
  });

  it('writes nothing and completes nothing when one analysis of the batch is invalid', async () => {
    const db = await postgres!.create();
    const store = await db.open();
    try {
      await store.enqueue([1, 2].map((seed) => ({ kind: 'inline' as const, payload: JSON.stringify({ seed }) })));
      const [j1, j2] = await store.claimJobs('a', 2, 60);
      const bad = sampleAnalysis({ seed: 2 });
      bad.quotes[0]!.articleId = 'elsewhere';
      await assert.rejects(
        store.completeJobs!('a', [{ id: j1!.id, analyses: [sampleAnalysis({ seed: 1 })] }, { id: j2!.id, analyses: [bad] }]),
        /quote 0 of article .* names article elsewhere/,
      );
      assert.equal((await store.counts()).articles, 0);
      assert.deepEqual(await store.queueStats(), { pending: 0, running: 2, done: 0, failed: 0 });
    } finally {
      await store.close();
      await db.destroy();
    }
  });
});
