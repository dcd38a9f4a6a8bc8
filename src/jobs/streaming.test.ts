/**
 * Resumable JSONL ingest, end to end: `detente ingest dump.jsonl` is killed (SIGKILL) part-way,
 * run again, and must resume from its saved position, number lines right after resuming, and end
 * with every article stored exactly once. Memory is the benchmark's business (`npm run bench`).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { projectRoot } from '../testing/paths.js';
import { CHECKPOINT_EVERY } from './jsonl-checkpoint.js';

const LINES = 3000;
/** A line that is not JSON, placed after the kill point: its error must name its true line number. */
const BAD_LINE = 2900;
const TOWNS = ['the river port', 'the hill town', 'the old market', 'the rail junction', 'the customs post', 'the lake shore'];

/** Short reports in our own words, each with its own URL and wording (so none is a repeat of another). */
function dump(file: string): void {
  const lines: string[] = [];
  for (let i = 1; i <= LINES; i++) {
    if (i === BAD_LINE) {
      lines.push('{"url": "https://wire.example/broken", "text": ');
      continue;
    }
    const text = `Report ${i}: officials in ${TOWNS[i % TOWNS.length]} said ${i} trucks crossed the border on Monday after talks between the two governments.`;
    lines.push(JSON.stringify({ url: `https://wire.example/2024/03/${i}`, title: `Crossing report ${i}`, published: '2024-03-04', text }));
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

/** `detente ingest` from source under tsx, or from the build when this test runs compiled. */
function ingest(file: string, db: string): { child: ChildProcess; out: { stdout: string; stderr: string }; exited: Promise<unknown> } {
  const here = fileURLToPath(import.meta.url);
  const fromTs = here.endsWith('.ts');
  const cli = join(dirname(here), '..', fromTs ? 'cli.ts' : 'cli.js');
  const child = spawn(process.execPath, [...(fromTs ? ['--import', 'tsx'] : []), cli, 'ingest', file, '--db', db], {
    cwd: projectRoot(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (out.stdout += d));
  child.stderr!.on('data', (d) => (out.stderr += d));
  return { child, out, exited: once(child, 'exit') };
}

function stored(db: string): { n: number; urls: number } {
  if (!existsSync(db)) return { n: 0, urls: 0 };
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true, timeout: 2000 });
    try {
      return conn.prepare('SELECT count(*) AS n, count(DISTINCT url) AS urls FROM articles').get() as { n: number; urls: number };
    } finally {
      conn.close();
    }
  } catch {
    return { n: 0, urls: 0 }; // the schema is not there yet
  }
}

test('a killed JSONL ingest resumes at its saved line and stores every article once', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-stream-'));
  const file = join(dir, 'dump.jsonl');
  const db = join(dir, 'store.db');
  dump(file);
  try {
    const first = ingest(file, db);
    let before = 0;
    while (first.child.exitCode === null) {
      before = stored(db).n;
      if (before >= 1000) break;
      await sleep(25);
    }
    first.child.kill('SIGKILL');
    await first.exited;
    assert.equal(first.child.signalCode, 'SIGKILL', `the first run ended on its own before it could be killed: ${first.out.stderr}`);
    before = stored(db).n;
    assert.ok(before >= CHECKPOINT_EVERY && before < BAD_LINE - 1, `killed after ${before} articles`);

    const second = ingest(file, db);
    await second.exited;
    const resumed = /resuming at line (\d+)/.exec(second.out.stderr);
    assert.ok(resumed, `no "resuming at line N" in: ${second.out.stderr}`);
    const line = Number(resumed[1]);
    // The saved position is at most one checkpoint interval behind what was stored.
    assert.ok(line > before - CHECKPOINT_EVERY && line <= before + 1, `resumed at line ${line} with ${before} stored`);

    // Lines after the resume point keep their true numbers: the broken line is named as itself.
    assert.match(second.out.stderr, new RegExp(`dump\\.jsonl:${BAD_LINE}: not JSON`));
    assert.equal(second.child.exitCode, 1, 'the bad line makes the run exit non-zero');

    const summary = /ingested (\d+) new article\(s\).*\((\d+) already stored/.exec(second.out.stdout);
    assert.ok(summary, second.out.stdout);
    const [added, redone] = [Number(summary[1]), Number(summary[2])];
    assert.equal(before + added, LINES - 1, 'the two runs together stored every good line');
    assert.ok(redone < CHECKPOINT_EVERY, `only the lines since the last checkpoint were read again (${redone})`);

    const after = stored(db);
    assert.deepEqual(after, { n: LINES - 1, urls: LINES - 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
