/**
 * Crash safety: `detente ingest DIR` killed with SIGKILL part-way, then run again, must end with
 * exactly what one clean run stores (every document once, with all its events); and a SQLite file
 * left in the middle of a write transaction must open cleanly with the transaction rolled back.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { writeDocuments } from './generate-documents.js';
import { runCli, startCli } from './run-cli.js';

const DOCS = 200;
let dir = '';
let docs = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'detente-crash-'));
  docs = join(dir, 'docs');
  writeDocuments(docs, DOCS);
});
after(() => rmSync(dir, { recursive: true, force: true }));

interface Snapshot {
  articles: number;
  distinctIds: number;
  /** article id → number of events stored for it. */
  eventsPerArticle: Map<string, number>;
  integrity: string;
}

function snapshot(db: string): Snapshot {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const { n, d } = conn.prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM articles').get() as { n: number; d: number };
    const rows = conn.prepare('SELECT a.id AS id, (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS k FROM articles a').all() as { id: string; k: number }[];
    const integrity = (conn.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join(',');
    return { articles: n, distinctIds: d, eventsPerArticle: new Map(rows.map((r) => [r.id, r.k])), integrity };
  } finally {
    conn.close();
  }
}

function countArticles(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true, timeout: 1000 });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // schema not there yet, or the file is being created
  }
}

test(`ingest of ${DOCS} documents killed with SIGKILL part-way, then rerun, stores what a clean run stores`, { timeout: 120_000 }, async () => {
  const clean = join(dir, 'clean.db');
  const r = runCli(['ingest', docs, '--db', clean]);
  assert.equal(r.status, 0, r.stderr);
  const expected = snapshot(clean);
  assert.equal(expected.articles, DOCS, 'a clean run stores every generated document');
  const expectedEvents = [...expected.eventsPerArticle.values()].reduce((a, b) => a + b, 0);
  assert.ok(expectedEvents > 0, 'the generated documents code into events');

  const db = join(dir, 'killed.db');
  const { child } = startCli(['ingest', docs, '--db', db]);
  const exited = once(child, 'exit');
  let seen = 0;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    seen = countArticles(db);
    if (seen >= 20) break;
    await sleep(15);
  }
  child.kill('SIGKILL');
  const [code, signal] = (await exited) as [number | null, string | null];
  assert.equal(signal, 'SIGKILL', `the ingest was killed part-way (it had already exited with ${code})`);
  const partial = snapshot(db);
  assert.equal(partial.integrity, 'ok', 'the killed database passes integrity_check');
  assert.ok(partial.articles >= 20 && partial.articles < DOCS, `killed part-way: ${partial.articles} of ${DOCS} stored`);
  for (const [id, k] of partial.eventsPerArticle) assert.equal(k, expected.eventsPerArticle.get(id), `no half-stored article (${id})`);

  const rerun = runCli(['ingest', docs, '--db', db]);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stdout, new RegExp(`ingested ${DOCS - partial.articles} new article\\(s\\) .*\\(${partial.articles} already stored, 0 failed\\)`));
  const final = snapshot(db);
  assert.equal(final.integrity, 'ok');
  assert.equal(final.articles, DOCS);
  assert.equal(final.distinctIds, DOCS, 'every document exactly once');
  assert.deepEqual(final.eventsPerArticle, expected.eventsPerArticle, 'every document with all its events');
});

test('a SQLite database left in the middle of a write transaction opens cleanly, the transaction rolled back', { timeout: 60_000 }, async () => {
  const db = join(dir, 'torn.db');
  const r = runCli(['ingest', join(docs, 'report-0000.html'), join(docs, 'report-0001.txt'), '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const before = snapshot(db);
  // A child that writes inside a transaction (big enough to spill pages to the WAL) and is killed before COMMIT.
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('journal_mode = WAL');
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE articles SET title = 'torn write'").run();
    db.exec('CREATE TABLE scratch (x TEXT)');
    const ins = db.prepare('INSERT INTO scratch VALUES (?)');
    for (let i = 0; i < 20000; i++) ins.run('x'.repeat(200));
    process.kill(process.pid, 'SIGKILL');
  `;
  const child = spawnSync(process.execPath, ['-e', script, db], { cwd: join(dir, '..'), env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') }, encoding: 'utf8' });
  assert.equal(child.signal, 'SIGKILL', child.stderr);
  const after = snapshot(db);
  assert.equal(after.integrity, 'ok');
  assert.deepEqual(after.eventsPerArticle, before.eventsPerArticle);
  const conn = new Database(db, { readonly: true });
  try {
    assert.equal((conn.prepare("SELECT count(*) AS n FROM articles WHERE title = 'torn write'").get() as { n: number }).n, 0);
    assert.equal(conn.prepare("SELECT name FROM sqlite_master WHERE name = 'scratch'").get(), undefined);
  } finally {
    conn.close();
  }
  // And the CLI carries on with it.
  const again = runCli(['ingest', join(docs, 'report-0002.html'), '--db', db]);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(snapshot(db).articles, before.articles + 1);
});
