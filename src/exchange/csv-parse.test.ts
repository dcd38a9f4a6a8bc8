import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from './csv-parse.js';
import { ExchangeError } from './errors.js';

test('parseCsv: quotes, doubled quotes, CRLF, line breaks in fields and a BOM', () => {
  const rows = parseCsv('\ufeffa,b\r\n"x, y","say ""hi""\nthere"\r\n3,\n', 't.csv');
  assert.deepEqual(rows.map((r) => r.fields), [['a', 'b'], ['x, y', 'say "hi"\nthere'], ['3', '']]);
  assert.deepEqual(rows.map((r) => r.line), [1, 2, 4]);
});

test('parseCsv names the line of an unclosed quote', () => {
  assert.throws(() => parseCsv('a\n"open\n', 'u.csv'), (e: Error) => e instanceof ExchangeError && e.message === 'u.csv:2: a quoted field is never closed');
});
