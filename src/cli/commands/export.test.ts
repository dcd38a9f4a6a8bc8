import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { sampleAnalyses } from '../../server/testing/sample-analyses.js';
import { registerExport } from './export.js';
import { registerImport } from './import.js';

/** Runs `detente <args>` in-process with our commands, returning what went to stdout. */
async function run(args: string[]): Promise<string> {
  const program = new Command('detente').exitOverride();
  registerExport(program);
  registerImport(program);
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), true)) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
  return out.join('');
}

test('detente export --format gdelt, then detente import gdelt: same pairs, codes and dates; twice is a no-op', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-export-'));
  try {
    const src = join(dir, 'src.db');
    const store = await openStore(src);
    for (const a of sampleAnalyses()) await store.saveAnalysis(a);
    const before = (await store.listEvents({})).map((e) => [e.source.country, e.target?.country, e.cameo, e.date].join('|')).sort();
    await store.close();

    const tsv = join(dir, 'out.tsv');
    await run(['export', '--db', src, '--format', 'gdelt', '--out', tsv]);
    assert.equal(readFileSync(tsv, 'utf8').trim().split('\n').length, before.length);

    const dst = join(dir, 'dst.db');
    assert.match(await run(['import', 'gdelt', tsv, '--db', dst]), /imported 6 gdelt event\(s\)/);
    assert.match(await run(['import', 'gdelt', tsv, '--db', dst]), /already imported/);
    const back = await openStore(dst);
    const after = await back.listEvents({});
    await back.close();
    assert.deepEqual(after.map((e) => [e.source.country, e.target?.country, e.cameo, e.date].join('|')).sort(), before);
    assert.ok(after.every((e) => e.origin === 'gdelt'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('detente export --format jsonl prints one CONTRACT object per event', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-export-'));
  try {
    const db = join(dir, 'a.db');
    const store = await openStore(db);
    for (const a of sampleAnalyses()) await store.saveAnalysis(a);
    await store.close();
    const lines = (await run(['export', '--db', db, '--format', 'jsonl'])).trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 6);
    assert.ok(lines.every((l) => l.origin === 'detente' && typeof l.cameo === 'string'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
