/**
 * Idempotence: ingesting the same directory, feed (served on 127.0.0.1) or JSONL file again changes
 * nothing, byte for byte; and one article reached through two URLs (a canonical link, tracking
 * parameters) is stored once.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { startServer } from '../ingest/sources/test-server.js';
import { generateDocuments, writeDocuments } from './generate-documents.js';
import { startCli } from './run-cli.js';

const TABLES = ['articles', 'events', 'quotes', 'statements'];
let dir = '';
let base = '';
let close: () => Promise<void>;
const docs = generateDocuments(12);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'detente-idem-'));
  const story = (extra: string, head = '') => `<!doctype html><html><head><title>Border crossing reopens</title>${head}`
    + '<meta property="article:published_time" content="2024-02-06"></head><body><article><h1>Border crossing reopens</h1>'
    + '<p>Iran and Pakistan agreed on Monday to reopen the border crossing near Taftan, officials in both capitals said.</p>'
    + '<p>The foreign ministers met in Islamabad and promised to hold talks on security every month.</p>'
    + `${extra}</article></body></html>`;
  const s = await startServer({
    '/feed.xml': (_req, res) => {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${docs.slice(0, 6).map((d, i) =>
        `<item><title>Item ${i}</title><link>${base}/page/${i}</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate></item>`).join('')}</channel></rss>`);
    },
    ...Object.fromEntries(docs.slice(0, 6).map((d, i) => [`/page/${i}`, (_req: unknown, res: import('node:http').ServerResponse) => {
      res.setHeader('content-type', d.name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
      res.end(d.body);
    }])),
    // The same story: at its own address, with tracking parameters (a newsletter adds a line), and as an AMP copy naming it canonical.
    '/story': (req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(story(/utm_/.test(req.url ?? '') ? '<p>You are reading this from our morning newsletter.</p>' : ''));
    },
    '/amp/story': (_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(story('<p>Read more on the full site.</p>', `<link rel="canonical" href="${base}/story">`));
    },
  });
  base = s.base;
  close = s.close;
});

after(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

/** Row counts and a sha256 over every row of the content tables, in a fixed order. */
function fingerprint(db: string): Record<string, { rows: number; sha256: string }> {
  const conn = new Database(db, { readonly: true });
  try {
    const out: Record<string, { rows: number; sha256: string }> = {};
    for (const t of TABLES) {
      const rows = conn.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all();
      out[t] = { rows: rows.length, sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
    }
    return out;
  } finally {
    conn.close();
  }
}

/** Runs the CLI without blocking this process (the test server must keep answering). */
async function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { child, out } = startCli(args);
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, ...out };
}

async function ingestTwice(inputs: string[], db: string, extra: string[] = []): Promise<void> {
  const first = await cli(['ingest', ...inputs, '--db', db, ...extra]);
  assert.equal(first.code, 0, first.stderr);
  const before = fingerprint(db);
  assert.ok(before.articles.rows > 0, first.stdout);
  const second = await cli(['ingest', ...inputs, '--db', db, ...extra]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /ingested 0 new article\(s\)/);
  assert.deepEqual(fingerprint(db), before, 'the second ingest changed nothing');
}

test('re-ingesting a directory changes nothing', { timeout: 60_000 }, async () => {
  const d = join(dir, 'docs');
  writeDocuments(d, 12);
  await ingestTwice([d], join(dir, 'dir.db'));
});

test('re-ingesting a feed served on 127.0.0.1 (--allow-private) changes nothing', { timeout: 60_000 }, async () => {
  await ingestTwice([`${base}/feed.xml`], join(dir, 'feed.db'), ['--allow-private']);
  assert.equal(fingerprint(join(dir, 'feed.db')).articles.rows, 6);
});

test('re-ingesting a JSONL file changes nothing', { timeout: 60_000 }, async () => {
  const file = join(dir, 'dump.jsonl');
  writeFileSync(file, docs.map((d, i) => JSON.stringify({ url: d.url, title: `Report ${i}`, published: '2024-03-05', [d.name.endsWith('.html') ? 'html' : 'text']: d.body })).join('\n') + '\n');
  await ingestTwice([file], join(dir, 'jsonl.db'));
  assert.equal(fingerprint(join(dir, 'jsonl.db')).articles.rows, docs.length);
});

test('one article reached through tracking parameters and through an AMP copy with a canonical link is stored once', { timeout: 60_000 }, async () => {
  const db = join(dir, 'same.db');
  const r = await cli(['ingest', `${base}/story?utm_source=newsletter&utm_medium=email&fbclid=IwAR0abc`, `${base}/amp/story`, `${base}/story`, '--db', db, '--allow-private']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /ingested 1 new article\(s\) .*\(2 already stored, 0 failed\)/);
  const conn = new Database(db, { readonly: true });
  try {
    assert.deepEqual(conn.prepare('SELECT id FROM articles').all(), [{ id: `${base}/story` }]);
  } finally {
    conn.close();
  }
});
