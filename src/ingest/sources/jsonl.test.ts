import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../../testing/paths.js';
import { readJsonl, type JsonlResult } from './jsonl.js';

const file = fixture('ingest', 'articles.jsonl');

async function all(opts = {}): Promise<JsonlResult[]> {
  const out: JsonlResult[] = [];
  for await (const r of readJsonl(file, opts)) out.push(r);
  return out;
}

test('good lines become documents, bad lines failures naming file:line; blank lines skipped', async () => {
  const rs = await all();
  assert.deepEqual(rs.map((r) => (r.ok ? `ok ${r.position.line}` : `${r.origin}: ${r.reason.slice(0, 8)}`)), [
    'ok 1',
    `${file}:2: not JSON`,
    `${file}:3: missing `,
    'ok 5',
    'ok 6',
  ]);
  const first = rs[0];
  assert.ok(first.ok);
  assert.equal(first.doc.kind, 'text');
  assert.equal(first.doc.url, 'https://marrow-daily.example/news/2020/7/2/flights');
  assert.equal(first.doc.published, '2020-07-02');
  assert.equal(first.doc.origin, `${file}#L1`);
  const html = rs[3];
  assert.ok(html.ok && html.doc.kind === 'html' && html.doc.title === 'Envoy recalled');
});

test('offsets are exact bytes after each line, and resuming from one continues there', async () => {
  const bytes = readFileSync(file);
  const rs = await all();
  // Each offset is just past a newline (CRLF and multi-byte characters included).
  for (const r of rs) assert.equal(bytes[r.position.offset - 1], 0x0a);
  const resumeAt = rs[1].position;
  const rest = await all({ startOffset: resumeAt.offset, startLine: resumeAt.line + 1 });
  assert.deepEqual(rest.map((r) => r.position.line), [3, 5, 6]);
  assert.deepEqual(rest.map((r) => r.position.offset), rs.slice(2).map((r) => r.position.offset));
  const last = rest[rest.length - 1];
  assert.ok(last.ok && last.doc.body.startsWith('Délégations'));
  // Starting from a line number alone skips the lines before it.
  assert.deepEqual((await all({ startLine: 5 })).map((r) => r.position.line), [5, 6]);
});

test('an over-long line is a failure and the next line still reads', async () => {
  const rs = await all({ maxLineBytes: 300 });
  assert.ok(rs.some((r) => !r.ok && /line over the size cap/.test(r.reason)));
  assert.ok(rs.some((r) => r.ok && r.position.line === 6));
});
