import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../../testing/paths.js';
import { IngestError } from '../errors.js';
import { createHash } from 'node:crypto';
import { canonicalizeUrl, extractArticle } from './extract-article.js';
import { normalizeForComparison } from './dedupe-paragraphs.js';

const read = (name: string) => readFileSync(fixture('ingest', name), 'utf8');

test('text is paragraphs joined by a blank line, offsets point into it', () => {
  const a = extractArticle({ origin: 'dump.txt', kind: 'text', body: read('dump-paywall.txt') });
  assert.equal(a.text, a.paragraphs.map((p) => p.text).join('\n\n'));
  for (const p of a.paragraphs) assert.equal(a.text.slice(p.start, p.end), p.text);
  assert.match(a.contentHash, /^[0-9a-f]{64}$/);
  assert.equal(a.id, 'https://www.harborherald.example/world/2022/0504/Harbor-tensions-ease-as-Corvasia-frees-detained-sailors');
  assert.equal(a.outlet, 'harborherald.example');
});

test('given url, date and title win over inferred ones; id follows the canonical url', () => {
  const a = extractArticle({ origin: 'dump.txt', kind: 'text', body: read('dump-paywall.txt'), url: 'https://Other.example/x/?utm_source=a', published: '2022-05-03T22:00:00Z', title: 'Given' });
  assert.equal(a.published, '2022-05-03');
  assert.equal(a.publishedFrom, 'given');
  assert.equal(a.url, 'https://Other.example/x/?utm_source=a');
  assert.equal(a.id, 'https://other.example/x');
  assert.equal(a.title, 'Given');
});

test('without any URL the id is the content hash; the same text saved twice gets the same id', () => {
  const body = 'Talks end\n\nNegotiators left the capital on Friday without an agreement on the frontier.\n';
  const a = extractArticle({ origin: 'a.txt', kind: 'text', body });
  const b = extractArticle({ origin: 'b.txt', kind: 'text', body: body.replace('Friday', 'Friday ') });
  assert.equal(a.id, `sha256:${a.contentHash}`);
  assert.equal(a.id, b.id);
});

test('an HTML page saved as .txt is extracted as HTML', () => {
  const a = extractArticle({ origin: 'page.txt', kind: 'text', body: read('jsonld-graph.html') });
  assert.equal(a.publishedFrom, 'jsonld');
  assert.ok(!a.text.includes('<p>'));
  assert.equal(a.id, 'https://www.northern-ledger.example/world/border-talks-resume?id=7');
});

test('bad --published and text-less input fail with IngestError naming the origin', () => {
  assert.throws(() => extractArticle({ origin: 'a.txt', kind: 'text', body: 'Some text here.', published: 'last week' }), (e: unknown) => e instanceof IngestError && /a\.txt: published date 'last week' is not a date/.test(e.message));
  assert.throws(() => extractArticle({ origin: 'nav.txt', kind: 'text', body: 'Menu\nSearch\nAdvertisement\n' }), /nav\.txt: no article text found/);
});

test('canonicalizeUrl is exported for the CLI', () => {
  assert.equal(canonicalizeUrl('https://EXAMPLE.com/a/#x'), 'https://example.com/a');
});

test('the content hash is over the comparison form of the whole text, built from the paragraphs’ own forms', () => {
  // Possessives, curly quotes, an accented letter (the regex path) and edge punctuation across paragraphs.
  const body = [
    'Envoys return',
    '',
    '“Kyiv’s envoy said it’s over,” an aide told reporters on the frontier road near the river.',
    '',
    'The minister, Ms Dürrenmatt, met her counterpart — briefly — before leaving at dawn.',
    '',
    "...and the border's gates reopened at noon, officials said; 'trade resumes'.",
  ].join('\n');
  for (const kind of ['text', 'html'] as const) {
    const doc = kind === 'text' ? body : `<html><body><article>${body.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const a = extractArticle({ origin: `a.${kind}`, kind, body: doc });
    assert.ok(a.paragraphs.length >= 2, kind);
    assert.equal(a.contentHash, createHash('sha256').update(normalizeForComparison(a.text)).digest('hex'), kind);
  }
});
