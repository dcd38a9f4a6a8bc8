import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/open-store.js';
import { sampleAnalyses } from './testing/sample-analyses.js';
import { TEST_TOKEN } from './testing/sample-app.js';
import { createApp } from './app.js';
import { serve } from './serve.js';

test('serve() opens the SQLite file, answers over HTTP on a free port, and closes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-serve-'));
  try {
    const db = join(dir, 'a.db');
    const store = await openStore(db);
    for (const a of sampleAnalyses()) await store.saveAnalysis(a);
    await store.close();
    const server = await serve({ db, port: 0, token: null });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const rel = await (await fetch(`${server.url}/api/relations`)).json() as { pairs: { dyad: string[] }[] };
      assert.ok(rel.pairs.some((p) => p.dyad.join('-') === 'IRN-PAK'));
      const refused = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
      assert.equal(refused.status, 403);
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('POST /api/ingest runs the real pipeline on text, and refuses to fetch private addresses', async () => {
  const store = await openStore(':memory:');
  const app = createApp({ store, token: TEST_TOKEN, webRoot: '/nonexistent' });
  const post = (body: unknown) => app.request('/api/ingest', {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` }, body: JSON.stringify(body),
  });
  const text = 'Pakistan launched air strikes on targets inside Iran on Thursday, two days after Iranian missiles hit a village in Balochistan.';
  const res = await post({ text, url: 'https://news.example.org/2024/01/18/strikes', published: '2024-01-18' });
  assert.equal(res.status, 201, await res.clone().text());
  const saved = await res.json() as { articleId: string; events: number };
  assert.ok(await store.getArticle(saved.articleId));
  assert.equal((await post({ text, url: 'https://news.example.org/2024/01/18/strikes', published: '2024-01-18' })).status, 200, 'the same page again writes nothing');

  const ssrf = await post({ url: 'http://127.0.0.1:9/secret' });
  assert.equal(ssrf.status, 422);
  assert.match((await ssrf.json() as { error: string }).error, /private address/);
  const scheme = await post({ url: 'file:///etc/passwd' });
  assert.equal(scheme.status, 422);
  await store.close();
});
