import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../../testing/paths.js';
import { countInputs } from './count-inputs.js';
import { readInputs, type SourceItem } from './sources.js';
import { startServer } from './test-server.js';

let base = '';
let close: () => Promise<void>;

before(async () => {
  const s = await startServer({
    '/feed.xml': (_req, res) => {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
        <item><title>Envoy recalled</title><link>${base}/story</link><pubDate>Mon, 13 Jun 2022 08:00:00 GMT</pubDate></item>
        <item><title>Gone story</title><link>${base}/missing</link><content:encoded><![CDATA[<p>Full text from the feed itself.</p>]]></content:encoded></item>
        <item><title>No content</title><link>${base}/missing2</link></item>
      </channel></rss>`);
    },
    '/story': (_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(readFileSync(fixture('ingest', 'meta-published.html')));
    },
    '/plain': (_req, res) => {
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Talks end\n\nNegotiators left on Friday without an agreement.\n');
    },
  });
  base = s.base;
  close = s.close;
});

after(() => close());

async function collect(inputs: string[], opts = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readInputs(inputs, opts)) out.push(item);
  return out;
}

const label = (i: SourceItem) => (i.ok ? `ok ${i.doc.kind} ${i.doc.origin}` : `fail ${i.origin}: ${i.reason}`);

test('a single file takes --published and --url; kind from extension', async () => {
  const [item] = await collect([fixture('ingest', 'dump-paywall.txt')], { published: '2022-05-04', url: 'https://x.example/a' });
  assert.ok(item.ok);
  assert.equal(item.doc.kind, 'text');
  assert.equal(item.doc.published, '2022-05-04');
  assert.equal(item.doc.url, 'https://x.example/a');
});

test('a directory: recursive, sorted, hidden and media files skipped, one failure per bad file; no --published', async () => {
  const dir = fixture('ingest', 'dir-sample');
  const items = await collect([dir], { published: '2000-01-01' });
  assert.deepEqual(items.map(label), [
    `ok text ${dir}/a-note.txt`,
    `ok html ${dir}/b-page.html`,
    `fail ${dir}/nested/c-feed.xml: not a valid RSS/Atom feed (${(items[2] as { reason: string }).reason.slice(27)}`,
  ]);
  assert.match((items[2] as { reason: string }).reason, /^not a valid RSS\/Atom feed \(/);
  assert.ok(items[0].ok && items[0].doc.published === undefined);
});

test('missing paths, empty directories and bad files fail without stopping the batch', async () => {
  const items = await collect([fixture('ingest', 'nope.txt'), fixture('ingest', 'empty-dir'), fixture('ingest', 'binary.bin'), fixture('ingest', 'empty.txt'), fixture('ingest', 'url-date.html')]);
  assert.deepEqual(items.map((i) => (i.ok ? 'ok' : i.reason.replace(/ \(.*/, ''))), ['no such file or directory', 'nothing readable', 'binary file', 'empty file', 'ok']);
});

test('JSONL lines carry positions; bad lines are failures', async () => {
  const items = await collect([fixture('ingest', 'articles.jsonl')]);
  assert.equal(items.filter((i) => i.ok).length, 3);
  assert.equal(items.filter((i) => !i.ok).length, 2);
  assert.ok(items.every((i) => i.position && i.position.offset > 0));
});

test('a feed URL is expanded: items fetched with feed title and date; feed content stands in for a failed fetch', async () => {
  const items = await collect([`${base}/feed.xml`], { allowPrivate: true });
  assert.equal(items.length, 3);
  const [story, fallback, failed] = items;
  assert.ok(story.ok && fallback.ok && !failed.ok);
  assert.equal(story.doc.url, `${base}/story`);
  assert.equal(story.doc.title, 'Envoy recalled');
  assert.equal(story.doc.published, '2022-06-13');
  assert.equal(fallback.doc.body, '<p>Full text from the feed itself.</p>');
  assert.equal(failed.origin, `${base}/missing2`);
  assert.equal(failed.reason, 'HTTP 404 Not Found');
});

test('URLs: fetched (text/plain stays text), refused when private, bad schemes reported', async () => {
  const items = await collect([`${base}/plain`, `${base}/plain`, 'ftp://example.com/x'], { allowPrivate: false });
  assert.match(label(items[0]), /refusing to fetch private address 127\.0\.0\.1/);
  const [plain] = await collect([`${base}/plain`], { allowPrivate: true, published: '2022-01-02' });
  assert.ok(plain.ok && plain.doc.kind === 'text' && plain.doc.published === '2022-01-02');
  assert.equal(label(items[2]), "fail ftp://example.com/x: unsupported URL scheme 'ftp:'");
});

test('countInputs: files, JSONL lines and feed items', async () => {
  assert.equal(await countInputs([fixture('ingest', 'dir-sample')]), 3);
  assert.equal(await countInputs([fixture('ingest', 'articles.jsonl')]), 5);
  assert.equal(await countInputs([fixture('ingest', 'feed-rss.xml'), 'https://example.com/x']), 3);
});
