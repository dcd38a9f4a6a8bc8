import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleApp, TEST_TOKEN } from './testing/sample-app.js';
import { importFile } from '../exchange/import-file.js';
import { fixture } from '../testing/paths.js';

const get = async (app: Awaited<ReturnType<typeof sampleApp>>['app'], path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() as any, res };
};

test('GET /api/events lists merged events newest first with a total', async () => {
  const { app } = await sampleApp();
  const { status, body } = await get(app, '/api/events?limit=2');
  assert.equal(status, 200);
  assert.equal(body.total, 6);
  assert.equal(body.events.length, 2);
  assert.equal(body.events[0].date, '2024-02-01');
  assert.deepEqual(Object.keys(body.events[0]).slice(0, 4), ['key', 'origin', 'confidence', 'source']);
  const page2 = await get(app, '/api/events?limit=2&offset=2');
  assert.notEqual(page2.body.events[0].key, body.events[0].key);
});

test('GET /api/events?modality=all with no other filter lists every modality (no 500)', async () => {
  const { app } = await sampleApp();
  const all = await get(app, '/api/events?modality=all');
  assert.equal(all.status, 200);
  const printed = await get(app, '/api/events');
  assert.ok(all.body.total >= printed.body.total, `${all.body.total} < ${printed.body.total}`);
});

test('GET /api/events filters: pair, root, quad, dates, text', async () => {
  const { app } = await sampleApp();
  assert.equal((await get(app, '/api/events?pair=PAK,IRN')).body.total, 5);
  assert.equal((await get(app, '/api/events?pair=irn,pak&root=19')).body.total, 2);
  assert.equal((await get(app, '/api/events?quad=1')).body.total, 3);
  assert.equal((await get(app, '/api/events?from=2024-01-18&to=2024-01-19')).body.total, 2);
  assert.equal((await get(app, '/api/events?q=aircraft')).body.events[0].cameo, '195');
  assert.equal((await get(app, '/api/events?country=CHN')).body.total, 1);
});

test('GET /api/events refuses bad input with a 400 naming the field', async () => {
  const { app } = await sampleApp();
  for (const [q, field] of [['limit=0', 'limit'], ['quad=7', 'quad'], ['from=2024-13-45', 'from'], ['to=2024-02-30', 'to'], ['pair=IRN', 'pair'], ['modality=maybe', 'modality']]) {
    const { status, body } = await get(app, `/api/events?${q}`);
    assert.equal(status, 400, q);
    assert.match(body.error, new RegExp(field), q);
  }
  const swapped = await get(app, '/api/events?from=2024-02-01&to=2024-01-01');
  assert.match(swapped.body.error, /after/);
});

test('GET /api/events/:key gives every report; unknown keys are 404', async () => {
  const { app } = await sampleApp();
  const { body } = await get(app, '/api/events?root=19&limit=1');
  const one = await get(app, `/api/events/${encodeURIComponent(body.events[0].key)}`);
  assert.equal(one.status, 200);
  assert.equal(one.body.evidences[0].sentence, body.events[0].evidence);
  const missing = await get(app, '/api/events/nope');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error, 'no event with key nope');
});

test('GET /api/articles/:id (a URL, percent-encoded) gives text and coded sentence offsets', async () => {
  const { app } = await sampleApp();
  const list = await get(app, '/api/articles');
  assert.equal(list.body.total, 4);
  const id = 'https://news.example.org/2024/01/17/border-strike';
  const { status, body } = await get(app, `/api/articles/${encodeURIComponent(id)}`);
  assert.equal(status, 200);
  assert.equal(body.article.id, id);
  assert.equal(body.sentences.length, 2);
  for (const s of body.sentences) assert.ok(body.article.text.slice(s.start, s.end).length > 20);
  assert.match(body.article.text.slice(body.sentences[0].start, body.sentences[0].end), /^Iranian missiles/);
  assert.equal(body.quotes[0].text, 'This is unacceptable,');
  assert.equal((await get(app, `/api/articles/${encodeURIComponent('https://x.example/none')}`)).status, 404);
});

test('GET /api/relations, /api/dyads/IRN/PAK and /api/countries/PAK/neighbours', async () => {
  const { app } = await sampleApp();
  const rel = await get(app, '/api/relations');
  assert.equal(rel.status, 200);
  const irnPak = rel.body.pairs.find((p: any) => p.dyad.join() === 'IRN,PAK');
  assert.ok(irnPak, 'IRN-PAK is a pair');
  assert.equal(irnPak.events, 5);
  assert.ok(irnPak.sparkline.length > 2);
  assert.ok(['stable', 'cooperative', 'deteriorating', 'hostile', 'escalating', 'recovering'].includes(irnPak.state));

  const dyad = await get(app, '/api/dyads/PAK/IRN');
  assert.equal(dyad.status, 200);
  assert.equal(dyad.body.event_list.length, 5);
  assert.equal(dyad.body.tit_for_tat_list.length, 1);
  assert.deepEqual([dyad.body.tit_for_tat_list[0].first, dyad.body.tit_for_tat_list[0].response], ['2024-01-16', '2024-01-18']);
  assert.ok(dyad.body.series.trust.length > 10);
  assert.ok(dyad.body.explain['2024-01-16'].top.length >= 1);
  assert.ok(dyad.body.event_list.some((e: any) => e.de_escalation), 'a de-escalation step is marked');

  const explain = await get(app, '/api/dyads/IRN/PAK/explain?date=2024-01-20');
  assert.equal(explain.status, 200);
  assert.equal(typeof explain.body.trust, 'number');

  assert.equal((await get(app, '/api/dyads/IRN/USA')).status, 404);
  assert.equal((await get(app, '/api/dyads/IRN/IRN')).status, 400);
  assert.equal((await get(app, '/api/dyads/IRAN/PAK')).status, 400);

  const n = await get(app, '/api/countries/PAK/neighbours');
  assert.equal(n.status, 200);
  assert.equal(n.body.numeric, '586');
  const iran = n.body.neighbours.find((x: any) => x.country === 'IRN');
  assert.equal(iran.state, irnPak.state);
  assert.equal(iran.numeric, '364');
  assert.equal(n.body.neighbours.find((x: any) => x.country === 'AFG').state, null);
  assert.equal((await get(app, '/api/countries/XYZ/neighbours')).status, 404);
});

test('GET /api/quotes lists quotes with their article', async () => {
  const { app } = await sampleApp();
  const { body } = await get(app, '/api/quotes?country=PAK');
  assert.equal(body.quotes.length, 1);
  assert.equal(body.quotes[0].articleId, 'https://news.example.org/2024/01/17/border-strike');
});

test('POST /api/ingest needs the token; without a configured token writes are refused', async () => {
  const { app, store } = await sampleApp();
  const post = (headers: Record<string, string>, body: unknown) => app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const none = await post({}, { text: 'x' });
  assert.equal(none.status, 401);
  assert.match((await none.json() as any).error, /Bearer/);
  assert.equal((await post({ authorization: 'Bearer wrong' }, { text: 'x' })).status, 401);
  const ok = await post({ authorization: `Bearer ${TEST_TOKEN}` }, { text: 'Some new text.', url: 'https://a.example/new' });
  assert.equal(ok.status, 201);
  assert.equal((await ok.json() as any).inserted, true);
  assert.ok(await store.getArticle('https://a.example/new'));
  const again = await post({ authorization: `Bearer ${TEST_TOKEN}` }, { text: 'Some new text.', url: 'https://a.example/new' });
  assert.equal(again.status, 200);

  const closed = (await sampleApp({ token: null })).app;
  const refused = await closed.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` }, body: '{"text":"x"}' });
  assert.equal(refused.status, 403);
  assert.match((await refused.json() as any).error, /set DETENTE_TOKEN/);
});

test('POST /api/ingest validates the body: JSON, known fields, size limit', async () => {
  const { app } = await sampleApp({ maxBodyBytes: 1000 });
  const auth = { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' };
  const bad = await app.request('/api/ingest', { method: 'POST', headers: auth, body: '{not json' });
  assert.equal(bad.status, 400);
  assert.equal((await bad.json() as any).error, 'body is not valid JSON');
  const empty = await app.request('/api/ingest', { method: 'POST', headers: auth, body: '{}' });
  assert.equal(empty.status, 400);
  assert.match((await empty.json() as any).error, /give url, html or text/);
  const extra = await app.request('/api/ingest', { method: 'POST', headers: auth, body: '{"text":"a","evil":1}' });
  assert.equal(extra.status, 400);
  const big = await app.request('/api/ingest', { method: 'POST', headers: auth, body: JSON.stringify({ text: 'x'.repeat(5000) }) });
  assert.equal(big.status, 413);
  assert.match((await big.json() as any).error, /larger than/);
  const form = await app.request('/api/ingest', { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: 'hi' });
  assert.equal(form.status, 415);
});

test('unknown API routes are JSON 404s; security headers are set', async () => {
  const { app } = await sampleApp();
  const { status, body, res } = await get(app, '/api/nothing');
  assert.equal(status, 404);
  assert.match(body.error, /no route GET \/api\/nothing/);
  assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('a slow request times out with a JSON 504', async () => {
  const { app } = await sampleApp({ timeoutMs: 50, analyze: () => new Promise(() => {}) });
  const res = await app.request('/api/ingest', { method: 'POST', headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' }, body: '{"text":"a"}' });
  assert.equal(res.status, 504);
  assert.equal((await res.json() as any).error, 'request timed out');
});

test('/openapi.json describes every route, with query parameters from the zod schemas', async () => {
  const { app } = await sampleApp();
  const { body } = await get(app, '/openapi.json');
  assert.equal(body.openapi, '3.1.0');
  for (const p of ['/api/ingest', '/api/events', '/api/events/{key}', '/api/articles', '/api/articles/{id}', '/api/quotes', '/api/relations', '/api/dyads/{a}/{b}', '/api/countries/{iso3}/neighbours']) {
    assert.ok(body.paths[p], p);
  }
  const names = body.paths['/api/events'].get.parameters.map((p: any) => p.name);
  assert.deepEqual(names, ['pair', 'actor', 'country', 'root', 'quad', 'modality', 'from', 'to', 'q', 'origin', 'limit', 'offset']);
  assert.equal(body.paths['/api/events'].get.parameters.find((p: any) => p.name === 'limit').schema.maximum, 500);
});

test('static files: no traversal outside the web root', async () => {
  const { app } = await sampleApp({ webRoot: process.cwd() + '/src/server' });
  assert.equal((await app.request('/app.ts')).status, 200);
  assert.equal((await app.request('/..%2f..%2fpackage.json')).status, 404);
  assert.equal((await app.request('/../../package.json')).status, 404);
});

test('imported GDELT/ACLED events are listed with their origin, and their evidence is marked imported', async () => {
  const { app, store } = await sampleApp();
  await importFile(store, 'acled', fixture('exchange', 'sample.acled.csv'));
  const { body } = await get(app, '/api/events?origin=acled');
  assert.equal(body.total, 4);
  assert.ok(body.events.every((e: any) => e.origin === 'acled' && e.evidences[0].imported === true));
  const ours = await get(app, '/api/events?origin=detente&limit=1');
  assert.equal(ours.body.events[0].evidences[0].imported, false);
  // ACLED's air strike and our coded strike are one event between the pair.
  const pair = await get(app, '/api/dyads/IRN/PAK');
  const strike = pair.body.event_list.find((e: any) => e.date === '2024-01-16' && e.root === '19');
  assert.deepEqual(strike.evidences.map((v: any) => v.imported).sort(), [false, true]);
});
