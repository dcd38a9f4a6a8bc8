import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanTable, hashStep, ownCopy, spanHash } from './span-table.js';

test('a span is found by its text, wherever it stands, and only by exactly that text', () => {
  const table = new SpanTable<string>(100);
  assert.equal(table.add('talks', spanHash('talks'), 'TALKS'), 0);
  assert.equal(table.add('talk', spanHash('talk'), 'TALK'), 1);
  const text = 'peace talks and talk of talkshows';
  assert.equal(table.find(text, 6, 11, spanHash('talks')), 0);
  assert.equal(table.find(text, 16, 20, spanHash('talk')), 1);
  // Same first letters, other lengths or words: misses, not a neighbour's entry.
  assert.equal(table.find(text, 24, 33, spanHash('talkshows')), -1);
  assert.equal(table.find(text, 0, 5, spanHash('peace')), -1);
  assert.equal(table.values[table.find(text, 6, 11, spanHash('talks'))], 'TALKS');
});

test('two keys with one hash are told apart by their text', () => {
  // "Aa" and "BB" collide under h * 31 + c.
  assert.equal(spanHash('Aa'), spanHash('BB'));
  const table = new SpanTable<number>(10);
  table.add('Aa', spanHash('Aa'), 1);
  assert.equal(table.find('BB', 0, 2, spanHash('BB')), -1);
  table.add('BB', spanHash('BB'), 2);
  assert.equal(table.values[table.find('xBB', 1, 3, spanHash('BB'))], 2);
  assert.equal(table.values[table.find('Aa', 0, 2, spanHash('Aa'))], 1);
});

test('a full table adds nothing more and still finds what it holds', () => {
  const table = new SpanTable<string>(2);
  table.add('a', spanHash('a'), 'a');
  table.add('b', spanHash('b'), 'b');
  assert.equal(table.full, true);
  assert.equal(table.add('c', spanHash('c'), 'c'), -1);
  assert.equal(table.find('c', 0, 1, spanHash('c')), -1);
  assert.equal(table.find('b', 0, 1, spanHash('b')), 1);
});

test('the scanner running hash equals the hash of the whole key', () => {
  const word = 'Baluchestan';
  let h = word.charCodeAt(0);
  for (let k = 1; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  assert.equal(h, spanHash(word));
  assert.equal(ownCopy('a rather long word here'), 'a rather long word here');
});

test('keys added past the first slots, as the table grows, keep their index and are all found', () => {
  const table = new SpanTable<number>(5000);
  const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`);
  words.forEach((w, k) => assert.equal(table.add(w, spanHash(w), k), k));
  assert.equal(table.full, true);
  const text = words.join(' ');
  let at = 0;
  for (const [k, w] of words.entries()) {
    assert.equal(table.find(text, at, at + w.length, spanHash(w)), k);
    at += w.length + 1;
  }
  assert.equal(table.find('w-1', 0, 3, spanHash('w-1')), -1);
});
