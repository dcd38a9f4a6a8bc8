import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isPostgresSpec, openStore } from './open-store.js';
import { splitSchema } from './postgres/postgres-store.js';
import { redactUrl, StoreError } from './store-error.js';

describe('openStore', () => {
  it('opens an in-memory SQLite store for ":memory:"', async () => {
    const store = await openStore(':memory:');
    assert.equal(store.backend, 'sqlite');
    assert.deepEqual(await store.counts(), { articles: 0, events: 0, quotes: 0, statements: 0 });
    await store.close();
  });

  it('tells PostgreSQL URLs from file paths', () => {
    assert.equal(isPostgresSpec('postgres://u@h/db'), true);
    assert.equal(isPostgresSpec('postgresql://u@h/db'), true);
    assert.equal(isPostgresSpec('./postgres.db'), false);
  });

  it('says in one line why a server cannot be reached, without the password', async () => {
    await assert.rejects(openStore('postgres://postgres:hunter2@127.0.0.1:1/test'), (e: Error) => {
      assert.ok(e instanceof StoreError);
      assert.equal(e.message, 'postgres://postgres:***@127.0.0.1:1/test: cannot connect (ECONNREFUSED)');
      return true;
    });
  });

  it('says why an SQLite file cannot be opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detente-open-'));
    try {
      await assert.rejects(openStore(join(dir, 'missing', 'x.db')), /x\.db: cannot open \(its directory does not exist\)$/);
      writeFileSync(join(dir, 'notes.db'), 'these are notes, not a database\n'.repeat(40));
      await assert.rejects(openStore(join(dir, 'notes.db')), /notes\.db: cannot open \(not an SQLite database\)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses other URL schemes and empty specs', async () => {
    await assert.rejects(openStore('mysql://h/db'), /mysql:\/\/h\/db: unsupported database URL/);
    await assert.rejects(openStore(' '), /empty database path or URL/);
    await assert.rejects(openStore('postgres://u@h/db?schema=bad;drop'), /schema "bad;drop" is not a plain identifier/);
  });

  it('splits the schema parameter off a URL and redacts passwords', () => {
    assert.deepEqual(splitSchema('postgres://u@h/db?schema=s1'), { url: 'postgres://u@h/db', schema: 's1' });
    assert.deepEqual(splitSchema('postgres://u@h/db?sslmode=disable&schema=s1&x=1'), { url: 'postgres://u@h/db?sslmode=disable&x=1', schema: 's1' });
    assert.deepEqual(splitSchema('postgres://u@h/db'), { url: 'postgres://u@h/db', schema: null });
    assert.equal(redactUrl('postgresql://me:p%40ss@db.example:5432/x'), 'postgresql://me:***@db.example:5432/x');
  });
});
