import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../ingest/extract/extract-article.js';
import { benchDocuments, htmlDocument, textDocument, writeJsonlCorpus } from './bench-corpus.js';
import { tokenScores } from './extraction-eval.js';

test('bench documents are deterministic, distinct, and start anywhere in the sequence', () => {
  const a = [...benchDocuments(6, 4)];
  assert.deepEqual([...benchDocuments(2, 4, 4)].map((d) => d.html), a.slice(4).map((d) => d.html));
  assert.equal(new Set(a.map((d) => d.url)).size, 6);
  assert.equal(new Set(a.map((d) => d.article.text)).size, 6);
});

test('the page furniture is what extraction removes: both forms give back the article body', () => {
  for (const d of benchDocuments(12, 5)) {
    assert.ok(d.html.length > 3 * d.article.text.length, 'a page is mostly furniture, as real ones are');
    const fromText = extractArticle(textDocument(d));
    const fromHtml = extractArticle(htmlDocument(d));
    const body = (a: typeof fromHtml) => a.paragraphs.filter((p) => p.kind === 'body' || p.kind === 'summary').map((p) => p.text).join('\n\n');
    for (const [form, got] of [['text', body(fromText)], ['html', body(fromHtml)]] as const) {
      const s = tokenScores(got, d.article.text);
      assert.ok(s.precision > 0.97 && s.recall > 0.9, `${form} ${d.url}: precision ${s.precision}, recall ${s.recall}`);
    }
    assert.equal(fromHtml.published, d.published);
    assert.equal(fromHtml.outlet, d.outlet);
  }
});

test('a JSONL dump holds one document per line in the ingest shape', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-corpus-'));
  try {
    const file = join(dir, 'd.jsonl');
    const bytes = await writeJsonlCorpus(file, 10, 2, 'mixed');
    const text = readFileSync(file, 'utf8');
    assert.equal(Buffer.byteLength(text), bytes);
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 10);
    assert.deepEqual(lines.map((l) => ('html' in l ? 'html' : 'text')), ['text', 'text', 'text', 'text', 'html', 'text', 'text', 'text', 'text', 'html']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
