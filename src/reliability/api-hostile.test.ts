/**
 * The HTTP API against hostile requests: SQL-injection strings in every filter and path parameter
 * are plain text (no error, no match, nothing changed), and writes need the exact token. Size and
 * time limits are tested in src/server/app.test.ts; the dashboard's escaping of article text in
 * Chromium in src/server/dashboard.browser.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleApp, TEST_TOKEN } from '../server/testing/sample-app.js';

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE articles; --",
  '" OR 1=1 --',
  "%' UNION SELECT id, text, 1, 1 FROM articles --",
  "1); DELETE FROM events; --",
  "\\'; SELECT pg_sleep(5); --",
  "IRN' OR country IS NOT NULL --",
];

/** Every free-text query parameter of the read API. */
const FILTERS: Array<[string, string]> = [
  ['/api/events', 'actor'], ['/api/events', 'q'], ['/api/events', 'origin'], ['/api/events', 'modality'],
  ['/api/events', 'country'], ['/api/events', 'pair'], ['/api/events', 'root'], ['/api/events', 'from'],
  ['/api/quotes', 'speaker'], ['/api/quotes', 'article'], ['/api/quotes', 'country'],
];

test('SQL-injection strings in every filter are treated as text: a 200 with no match or a 400, never a 500, nothing changed', async () => {
  const { app, store } = await sampleApp();
  const before = await store.counts();
  const all = (await (await app.request('/api/events?modality=all&limit=500')).json()) as { total: number };
  for (const [path, name] of FILTERS) {
    for (const bad of INJECTIONS) {
      const res = await app.request(`${path}?${name}=${encodeURIComponent(bad)}`);
      assert.ok(res.status === 200 || res.status === 400, `${path}?${name}=${bad} → ${res.status}`);
      const body = (await res.json()) as { total?: number; events?: unknown[]; quotes?: unknown[]; error?: string };
      if (res.status === 200) {
        assert.equal((body.events ?? body.quotes ?? []).length, 0, `${path}?${name}=${bad} matched rows`);
      } else assert.match(body.error!, new RegExp(`^query: ${name}`), 'a 400 names the field');
    }
  }
  for (const bad of INJECTIONS) {
    for (const path of [`/api/events/${encodeURIComponent(bad)}`, `/api/articles/${encodeURIComponent(bad)}`, `/api/dyads/${encodeURIComponent(bad)}`]) {
      const res = await app.request(path);
      assert.ok([400, 404].includes(res.status), `${path} → ${res.status}`);
    }
  }
  assert.deepEqual(await store.counts(), before, 'no row changed');
  assert.equal(((await (await app.request('/api/events?modality=all&limit=500')).json()) as { total: number }).total, all.total);
  await store.close();
});

test('an article whose id and text hold SQL and markup is stored and found back verbatim', async () => {
  const { app, store } = await sampleApp();
  const url = "https://hostile.example/a?x=1'%20OR%20'1'='1";
  const text = "Robert'); DROP TABLE articles; -- said the border was closed. <script>alert(1)</script>";
  const res = await app.request('/api/ingest', {
    method: 'POST', headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ url, text }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  const got = await app.request(`/api/articles/${encodeURIComponent(url)}`);
  assert.equal(got.status, 200);
  assert.equal(((await got.json()) as { article: { text: string } }).article.text, text);
  await store.close();
});

test('writes need the exact token: missing, wrong, prefix, longer and wrong-scheme tokens are all 401', async () => {
  const { app, store } = await sampleApp();
  const before = await store.counts();
  for (const auth of [undefined, 'Bearer wrong', `Bearer ${TEST_TOKEN.slice(0, -1)}`, `Bearer ${TEST_TOKEN}x`, `Basic ${TEST_TOKEN}`, `Bearer ${TEST_TOKEN.toUpperCase()}`]) {
    const res = await app.request('/api/ingest', {
      method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      body: JSON.stringify({ text: 'Iran and Pakistan agreed to talks.' }),
    });
    assert.equal(res.status, 401, `authorization ${auth ?? '(none)'} → ${res.status}`);
  }
  assert.deepEqual(await store.counts(), before);
  await store.close();
});
