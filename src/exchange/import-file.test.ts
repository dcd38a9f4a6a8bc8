import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/open-store.js';
import { fixture } from '../testing/paths.js';
import { importFile } from './import-file.js';
import { ExchangeError } from './errors.js';

test('importFile stores GDELT and ACLED events with their origin, once per file', async () => {
  const store = await openStore(':memory:');
  const g1 = await importFile(store, 'gdelt', fixture('exchange', 'sample.gdelt.tsv'));
  assert.equal(g1.written, 3);
  assert.match(g1.batchKey, /^gdelt:sha256:[0-9a-f]{64}$/);
  const g2 = await importFile(store, 'gdelt', fixture('exchange', 'sample.gdelt.tsv'));
  assert.equal(g2.written, 0, 'the same file again writes nothing');
  const a = await importFile(store, 'acled', fixture('exchange', 'sample.acled.csv'));
  assert.equal(a.written, 4);
  const pair = await store.listEvents({ pair: ['IRN', 'PAK'] });
  assert.deepEqual(pair.map((e) => e.origin).sort(), ['acled', 'acled', 'gdelt', 'gdelt']);
});

test('importFile names a missing file', async () => {
  await assert.rejects(importFile(await openStore(':memory:'), 'acled', '/nonexistent/x.csv'), (e: Error) => e instanceof ExchangeError && e.message === '/nonexistent/x.csv: no such file');
});
