/**
 * `detente ingest` as a user runs it: each bad input gets one line naming it and the reason, a
 * non-zero exit, and the database stays exactly as it was; a page ingested twice is stored once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { projectRoot } from '../../testing/paths.js';

const CLI = join(projectRoot(), 'dist', 'cli.js');

const GOOD = `Border clash leaves three soldiers dead

Troops from Armenia and Azerbaijan exchanged fire on Tuesday near the village of Sotk, and Armenia's defence ministry said three of its soldiers were killed.

Azerbaijan's foreign ministry accused Armenia of provoking the clash and said its forces had responded.
`;

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function counts(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    const n = (t: string) => (d.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
    return { articles: n('articles'), events: n('events'), quotes: n('quotes') };
  } finally {
    d.close();
  }
}

test('bad inputs: one line each, non-zero exit, database unchanged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-bad-'));
  const db = join(dir, 'store.db');
  const good = join(dir, 'good.txt');
  writeFileSync(good, GOOD);
  execFileSync(process.execPath, [CLI, 'ingest', good, '--db', db, '--published', '2024-03-06'], { encoding: 'utf8' });
  const before = counts(db);
  assert.equal(before.articles, 1);

  mkdirSync(join(dir, 'empty-dir'));
  writeFileSync(join(dir, 'empty.txt'), '   \n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4, 5]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners in the capital say \xabnothing\xbb changed.', 'latin1'));
  writeFileSync(join(dir, 'feed.xml'), '<rss><channel><item><title>Open tag');
  writeFileSync(join(dir, 'huge.txt'), 'word '.repeat(5_000_000));
  const cases: [string, RegExp][] = [
    [join(dir, 'missing.html'), /no such file/],
    [join(dir, 'empty-dir'), /nothing readable/],
    [join(dir, 'empty.txt'), /empty file/],
    [join(dir, 'binary.txt'), /binary file/],
    [join(dir, 'latin1.txt'), /undecodable bytes/],
    [join(dir, 'feed.xml'), /not a valid RSS\/Atom feed/],
    [join(dir, 'huge.txt'), /over the size cap/],
  ];
  for (const [input, reason] of cases) {
    const r = run(['ingest', input, '--db', db]);
    assert.equal(r.code, 1, `${input} should fail`);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line for ${input}: ${r.stderr}`);
    assert.ok(lines[0].startsWith(`detente: ${input}: `), lines[0]);
    assert.match(lines[0], reason);
    assert.deepEqual(counts(db), before, `${input} left the database as it was`);
  }
});

test('a JSONL dump with a bad line: the line is named, the good lines go in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-jsonl-'));
  const db = join(dir, 'store.db');
  const dump = join(dir, 'dump.jsonl');
  const doc = { url: 'https://news.example/2024/03/06/clash', title: 'Clash', published: '2024-03-06', text: GOOD };
  writeFileSync(dump, `${JSON.stringify(doc)}\n{"url": "https://news.example/broken",\n`);
  const r = run(['ingest', dump, '--db', db]);
  assert.equal(r.code, 1);
  assert.match(r.stderr.trim(), new RegExp(`^detente: ${dump}:2: not JSON`));
  assert.equal(counts(db).articles, 1);
});

test('ingesting the same page twice, or a directory again, changes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-twice-'));
  const db = join(dir, 'store.db');
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  writeFileSync(join(pages, 'a.txt'), GOOD);
  writeFileSync(join(pages, 'copy-of-a.txt'), GOOD);
  const first = run(['ingest', pages, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  const once = counts(db);
  assert.equal(once.articles, 1, 'two saved copies of one article are one document');
  const again = run(['ingest', pages, '--db', db]);
  assert.equal(again.code, 0);
  assert.match(again.stdout, /ingested 0 new article\(s\).*2 already stored/);
  assert.deepEqual(counts(db), once);
});

test('a run where every input fails creates no database file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-nodb-'));
  const db = join(dir, 'never.db');
  const r = run(['ingest', join(dir, 'missing.txt'), '--db', db]);
  assert.equal(r.code, 1);
  assert.equal(existsSync(db), false);
});
