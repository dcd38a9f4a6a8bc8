/**
 * The one store suite, run against every backend (see testing/store-backends.ts for the
 * DETENTE_TEST_BACKENDS filter and the PostgreSQL skip rule). Each test gets a fresh database.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { CodedEvent } from '../coding/types.js';
import { migrate, migrateDown, type MigrationDriver } from './migrations/migrator.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { postgresMigrationDriver } from './postgres/postgres-migration-driver.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { sqliteMigrationDriver } from './sqlite/sqlite-migration-driver.js';
import type { Job, Store } from './store.js';
import { MAX_CLAIMS } from './queue-policy.js';
import { StoreError } from './store-error.js';
import { sampleAnalysis } from './testing/sample-analysis.js';
import { testBackends, type TestDatabase } from './testing/store-backends.js';

function driverOf(store: Store): MigrationDriver {
  if (store instanceof SqliteStore) return sqliteMigrationDriver(store.db);
  if (store instanceof PostgresStore) return postgresMigrationDriver(store.pool, store.schema);
  throw new Error('unknown store class');
}

for (const backend of await testBackends()) {
  describe(`store (${backend.name})`, { skip: backend.skip || undefined }, () => {
    let db: TestDatabase;
    let store: Store;
    const extra: Store[] = [];
    /** Another connection to the same database, closed after the test. */
    const another = async () => {
      const s = await db.open();
      extra.push(s);
      return s;
    };

    beforeEach(async () => {
      db = await backend.create();
      store = await db.open();
    });
    afterEach(async () => {
      for (const s of extra.splice(0)) await s.close();
      await store.close();
      await db.destroy();
    });

    it('reports its backend and queue capability', () => {
      assert.equal(store.backend, backend.name);
      assert.equal(store.capabilities.supportsSkipLocked, backend.name === 'postgres');
    });

    it('round-trips an analysis: article, events, quotes, statements', async () => {
      const a = sampleAnalysis({ seed: 3 });
      assert.deepEqual(await store.saveAnalysis(a), { articleId: a.article.id, inserted: true });
      assert.deepEqual(await store.getArticle(a.article.id), a.article);
      assert.deepEqual(await store.listEvents({ articleId: a.article.id }), a.events);
      assert.deepEqual(await store.listQuotes({ articleId: a.article.id }), a.quotes);
      assert.deepEqual(await store.listStatements({ articleId: a.article.id }), a.statements);
      assert.deepEqual(await store.counts(), { articles: 1, events: 3, quotes: 2, statements: 1 });
      assert.deepEqual(await store.listArticles(), [{
        id: a.article.id, url: a.article.url, title: a.article.title, published: a.article.published,
        outlet: a.article.outlet, events: 3, quotes: 2,
      }]);
      assert.equal(await store.hasArticle(a.article.id), true);
      assert.equal(await store.hasArticle(a.article.contentHash), true);
      assert.equal(await store.hasArticle('https://news.example/none'), false);
      assert.equal(await store.getArticle('https://news.example/none'), null);
    });

    it('keeps optional actor keys and evidence keys exactly (absent vs null)', async () => {
      const a = sampleAnalysis({ seed: 4, url: null });
      a.events[0].source = { ...a.events[0].source, office: null, operatesIn: ['ARM', 'GEO'] };
      a.events[1].evidences[0] = { ...a.events[1].evidences[0], speaker: null };
      await store.saveAnalysis(a);
      assert.ok(a.article.id.startsWith('sha256:'));
      assert.deepEqual(await store.listEvents({ articleId: a.article.id }), a.events);
    });

    it('saves the same page twice once', async () => {
      const a = sampleAnalysis({ seed: 5 });
      await store.saveAnalysis(a);
      assert.deepEqual(await store.saveAnalysis(sampleAnalysis({ seed: 5 })), { articleId: a.article.id, inserted: false });
      assert.deepEqual(await store.counts(), { articles: 1, events: 3, quotes: 2, statements: 1 });
    });

    it('stores the same content under another URL once, and an edited page under a known id not at all', async () => {
      const a = sampleAnalysis({ seed: 6 });
      await store.saveAnalysis(a);
      const mirror = sampleAnalysis({ seed: 6, url: 'https://mirror.example/copy-of-6' });
      assert.equal(mirror.article.contentHash, a.article.contentHash);
      assert.deepEqual(await store.saveAnalysis(mirror), { articleId: a.article.id, inserted: false });
      const edited = sampleAnalysis({ seed: 7, url: a.article.url });
      assert.notEqual(edited.article.contentHash, a.article.contentHash);
      assert.equal((await store.saveAnalysis(edited)).inserted, false);
      assert.equal((await store.counts()).articles, 1);
      assert.equal(await store.hasArticle(edited.article.contentHash), false);
    });

    it('refuses an analysis whose quotes name another article, writing nothing', async () => {
      const a = sampleAnalysis({ seed: 8 });
      a.quotes[1] = { ...a.quotes[1], articleId: 'https://elsewhere.example/x' };
      await assert.rejects(store.saveAnalysis(a), (e: Error) => e instanceof StoreError && /quote 1 .* names article/.test(e.message));
      assert.equal((await store.counts()).articles, 0);
    });

    it('filters events by every field and pages them in date order', async () => {
      const ab = sampleAnalysis({ seed: 1, source: 'ARM', target: 'AZE', published: '2025-03-10' });
      const ba = sampleAnalysis({ seed: 2, source: 'AZE', target: 'ARM', published: '2025-04-02' });
      const cd = sampleAnalysis({ seed: 3, source: 'IND', target: 'PAK', published: '2025-05-07' });
      for (const a of [cd, ab, ba]) await store.saveAnalysis(a);
      const keys = (es: CodedEvent[]) => es.map((e) => e.key);
      const all = await store.listEvents();
      assert.equal(all.length, 9);
      const dated = all.filter((e) => e.date !== null).map((e) => e.date as string);
      assert.deepEqual(dated, [...dated].sort(), 'dated events come in date order');
      assert.deepEqual(all.slice(-3).map((e) => e.date), [null, null, null], 'undated events come last');

      assert.deepEqual(keys(await store.listEvents({ pair: ['AZE', 'ARM'] })).sort(), keys([...ab.events, ...ba.events]).sort());
      assert.deepEqual(keys(await store.listEvents({ country: 'PAK' })).sort(), keys(cd.events).sort());
      assert.deepEqual(keys(await store.listEvents({ actor: 'FOREIGN MINISTER of india' })), [cd.events[2].key]);
      assert.deepEqual(keys(await store.listEvents({ root: '19' })), keys([ab.events[0], ba.events[0], cd.events[0]]));
      assert.deepEqual(keys(await store.listEvents({ quad: 3 })), keys([ab.events[1], ba.events[1], cd.events[1]]));
      // Undated events keep the order they were saved in.
      assert.deepEqual(keys(await store.listEvents({ modality: ['intended'] })), keys([cd.events[2], ab.events[2], ba.events[2]]));
      assert.deepEqual(await store.listEvents({ modality: [] }), []);
      assert.deepEqual(keys(await store.listEvents({ from: '2025-04-01', to: '2025-04-30' })), keys(ba.events.slice(0, 2)));
      assert.deepEqual(keys(await store.listEvents({ to: '2025-03-09' })), [ab.events[0].key]);
      assert.deepEqual(keys(await store.listEvents({ text: 'RECALLED its ambassador from Azerbaijan' })), [ba.events[1].key]);
      assert.deepEqual(keys(await store.listEvents({ text: '100%_' })), [], 'LIKE wildcards are plain characters');
      assert.deepEqual(keys(await store.listEvents({ articleId: ba.article.id })), keys(ba.events));
      assert.deepEqual(await store.listEvents({ origin: 'gdelt' }), []);
      assert.deepEqual(keys(await store.listEvents({ pair: ['ARM', 'AZE'], root: '16', from: '2025-03-10' })), keys([ab.events[1], ba.events[1]]));

      const pages = [
        ...(await store.listEvents({ limit: 4 })),
        ...(await store.listEvents({ limit: 4, offset: 4 })),
        ...(await store.listEvents({ offset: 8 })),
      ];
      assert.deepEqual(keys(pages), keys(all));
      await assert.rejects(store.listEvents({ limit: -1 }), /limit must be a non-negative integer/);
      await assert.rejects(store.listEvents({ from: '10/03/2025' }), /from must be YYYY-MM-DD/);
    });

    it('filters quotes, statements and pages articles', async () => {
      const ab = sampleAnalysis({ seed: 1, published: '2025-03-10' });
      const cd = sampleAnalysis({ seed: 2, source: 'IND', target: 'PAK', published: '2025-05-07' });
      await store.saveAnalysis(ab);
      await store.saveAnalysis(cd);
      assert.deepEqual(await store.listQuotes({ country: 'PAK' }), [cd.quotes[0]]);
      assert.deepEqual(await store.listQuotes({ speaker: 'hasanova' }), [ab.quotes[0], cd.quotes[0]]);
      assert.deepEqual(await store.listQuotes({ limit: 1, offset: 1 }), [ab.quotes[1]]);
      assert.deepEqual(await store.listStatements({ country: 'IND' }), cd.statements);
      assert.deepEqual((await store.listArticles()).map((s) => s.id), [cd.article.id, ab.article.id], 'newest first');
      assert.deepEqual((await store.listArticles({ limit: 1, offset: 1 })).map((s) => s.id), [ab.article.id]);
    });

    it('imports a batch once per batch key', async () => {
      const imported = sampleAnalysis({ seed: 9 }).events.map((e) => ({ ...e, origin: 'gdelt', evidences: [] }));
      assert.equal(await store.importEvents('gdelt:20250301', imported), 3);
      assert.equal(await store.importEvents('gdelt:20250301', imported), 0);
      assert.deepEqual(await store.listEvents({ origin: 'gdelt' }), imported);
      assert.equal(await store.importEvents('gdelt:20250302', imported.slice(0, 1)), 1);
      assert.deepEqual(await store.counts(), { articles: 0, events: 4, quotes: 0, statements: 0 });
      await assert.rejects(store.importEvents('', imported), /batch key is empty/);
    });

    it('keeps checkpoints', async () => {
      assert.equal(await store.getCheckpoint('jsonl:feed.jsonl'), null);
      await store.setCheckpoint('jsonl:feed.jsonl', '1024');
      await store.setCheckpoint('jsonl:feed.jsonl', '2048');
      assert.equal(await store.getCheckpoint('jsonl:feed.jsonl'), '2048');
      assert.equal(await (await another()).getCheckpoint('jsonl:feed.jsonl'), '2048');
    });

    it('queues, claims, completes and retries jobs', async () => {
      assert.equal(await store.enqueue([
        { kind: 'path', payload: 'a.html' }, { kind: 'path', payload: 'b.html' },
        { kind: 'url', payload: 'https://news.example/1', dedupeKey: 'a.html' }, { kind: 'path', payload: 'c.html' },
      ]), 3);
      const claimed = await store.claimJobs('w1', 2);
      assert.deepEqual(claimed.map((j) => [j.payload, j.attempts, j.kind]), [['a.html', 1, 'path'], ['b.html', 1, 'path']]);
      assert.deepEqual(await store.queueStats(), { pending: 1, running: 2, done: 0, failed: 0 });
      await store.completeJob(claimed[0].id, 'w1');
      await store.failJob(claimed[1].id, 'someone-else', 'not mine');
      assert.deepEqual(await store.queueStats(), { pending: 1, running: 1, done: 1, failed: 0 }, 'another worker cannot fail my job');
      await store.failJob(claimed[1].id, 'w1', 'parse error', 2);
      assert.deepEqual(await store.queueStats(), { pending: 2, running: 0, done: 1, failed: 0 });
      const retry = await store.claimJobs('w2', 5);
      assert.deepEqual(retry.map((j) => [j.payload, j.attempts]), [['b.html', 2], ['c.html', 1]]);
      await store.failJob(retry[0].id, 'w2', 'parse error again', 2);
      await store.completeJob(retry[1].id, 'w2');
      assert.deepEqual(await store.queueStats(), { pending: 0, running: 0, done: 2, failed: 1 });
      assert.deepEqual(await store.claimJobs('w3', 5), []);
      assert.equal(await store.enqueue([{ kind: 'path', payload: 'a.html' }, { kind: 'path', payload: 'b.html' }]), 0, 'done and failed keys are not queued again');
      await assert.rejects(store.enqueue([{ kind: 'ftp' as Job['kind'], payload: 'x' }]), /unknown job kind "ftp"/);
      await assert.rejects(store.claimJobs('w', 0), /limit must be a positive integer \(got 0\)/);
      await assert.rejects(store.claimJobs('w', 1, -5), /leaseSeconds must be a positive number \(got -5\)/);
    });

    it('reclaims a job whose lease expired, and lets a live worker renew its lease', async () => {
      await store.enqueue([{ kind: 'inline', payload: '{"n":1}' }, { kind: 'inline', payload: '{"n":2}' }]);
      const [dead, live] = await store.claimJobs('w-dead', 2, 0.3);
      assert.equal(await store.renewLease?.(live.id, 'w-dead', 300), true);
      assert.deepEqual(await store.claimJobs('w2', 5), [], 'leases still held');
      await sleep(600);
      const reclaimed = await store.claimJobs('w2', 5);
      assert.deepEqual(reclaimed.map((j) => [j.id, j.attempts]), [[dead.id, 2]], 'only the expired lease is taken');
      await store.completeJob(dead.id, 'w-dead');
      assert.equal((await store.queueStats()).running, 2, 'the late worker cannot complete a job it lost');
      assert.equal(await store.renewLease?.(dead.id, 'w-dead'), false);
      await store.completeJob(dead.id, 'w2');
      await store.releaseJob?.(live.id, 'w-dead');
      assert.deepEqual(await store.queueStats(), { pending: 1, running: 0, done: 1, failed: 0 });
      assert.deepEqual((await store.claimJobs('w3', 5)).map((j) => [j.id, j.attempts]), [[live.id, 1]], 'a release does not count an attempt');
    });

    it('fails a job whose lease expired on every one of MAX_CLAIMS claims', async () => {
      await store.enqueue([{ kind: 'path', payload: 'poison.html' }]);
      for (let i = 1; i <= MAX_CLAIMS; i++) {
        assert.deepEqual((await store.claimJobs(`w${i}`, 1, 0.01)).map((j) => j.attempts), [i]);
        await sleep(30);
      }
      assert.deepEqual(await store.claimJobs('w-next', 1), []);
      assert.deepEqual(await store.queueStats(), { pending: 0, running: 0, done: 0, failed: 1 });
    });

    it('stores text with NUL characters, keeping offsets (PostgreSQL replaces NUL with U+FFFD)', async () => {
      const a = sampleAnalysis({ seed: 12 });
      const p = a.article.paragraphs[5];
      const text = a.article.text.slice(0, p.start) + 'NUL\u0000' + a.article.text.slice(p.start + 4);
      a.article = { ...a.article, text, paragraphs: a.article.paragraphs.map((x, i) => (i === 5 ? { ...x, text: text.slice(x.start, x.end) } : x)) };
      a.statements[0] = { ...a.statements[0], sentence: a.article.paragraphs[5].text };
      await store.saveAnalysis(a);
      const expected = backend.name === 'postgres' ? text.replaceAll('\u0000', '\uFFFD') : text;
      const stored = await store.getArticle(a.article.id);
      assert.equal(stored?.text, expected);
      assert.equal(stored?.paragraphs[5].text, expected.slice(p.start, p.end));
      assert.equal((await store.listStatements())[0].sentence, expected.slice(p.start, p.end));
    });

    it('never gives one job to two concurrent claimers', async () => {
      const n = 120;
      await store.enqueue(Array.from({ length: n }, (_, i) => ({ kind: 'inline' as const, payload: `{"n":${i}}` })));
      const stores = [store, await another(), await another()];
      const taken: number[][] = [];
      // Four claimers per connection pool, all claiming at once until the queue is empty.
      await Promise.all(Array.from({ length: 12 }, async (_, c) => {
        const mine: number[] = [];
        taken.push(mine);
        for (;;) {
          const jobs = await stores[c % stores.length].claimJobs(`w${c}`, 3);
          if (jobs.length === 0) break;
          mine.push(...jobs.map((j) => j.id));
        }
      }));
      const ids = taken.flat();
      assert.equal(new Set(ids).size, ids.length, 'no job claimed twice');
      assert.equal(ids.length, n);
      assert.deepEqual(await store.queueStats(), { pending: 0, running: n, done: 0, failed: 0 });
    });

    it('stores an article once when two connections save it at the same time', async () => {
      const other = await another();
      const results = await Promise.all(Array.from({ length: 8 }, (_, seed) => {
        const a = sampleAnalysis({ seed });
        const copy = sampleAnalysis({ seed, url: `https://mirror.example/${seed}` });
        return Promise.all([store.saveAnalysis(a), other.saveAnalysis(a), other.saveAnalysis(copy), store.saveAnalysis(copy)]);
      }));
      for (const r of results) assert.equal(r.filter((x) => x.inserted).length, 1, 'exactly one save wins');
      assert.deepEqual(await store.counts(), { articles: 8, events: 24, quotes: 16, statements: 8 });
    });

    it('migrates down and up again, and reopening applies nothing twice', async () => {
      await store.saveAnalysis(sampleAnalysis({ seed: 1 }));
      const reopened = await another();
      assert.equal((await reopened.counts()).articles, 1);
      assert.deepEqual(await migrate(driverOf(store)), []);
      assert.deepEqual(await migrateDown(driverOf(store), null), ['0001-initial']);
      await assert.rejects(store.counts());
      assert.deepEqual(await migrate(driverOf(store)), ['0001-initial']);
      assert.deepEqual(await store.counts(), { articles: 0, events: 0, quotes: 0, statements: 0 });
    });
  });
}
