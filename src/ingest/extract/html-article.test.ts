import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../../testing/paths.js';
import { decodeBytes } from '../decode-bytes.js';
import { extractArticle } from './extract-article.js';
import { READABILITY_MAX_DEPTH, extractHtmlArticle } from './html-article.js';

const page = (name: string, url: string | null = null) => {
  const path = fixture('ingest', name);
  return extractHtmlArticle(decodeBytes(readFileSync(path), path), url);
};

test('JSON-LD @graph date wins over the meta tag; canonical normalized; outlet, byline, language', () => {
  const r = page('jsonld-graph.html');
  assert.equal(r.published, '2023-11-04');
  assert.equal(r.publishedFrom, 'jsonld');
  assert.equal(r.canonicalUrl, 'https://www.northern-ledger.example/world/border-talks-resume?id=7');
  assert.equal(r.title, 'Border talks resume after week of shelling');
  assert.equal(r.outlet, 'Northern Ledger');
  assert.equal(r.byline, 'Ana Petrova');
  assert.equal(r.language, 'en-GB');
});

test('paragraph kinds: body, caption without its credit, h2 heading; no nav, footer or headline', () => {
  const r = page('jsonld-graph.html');
  const kinds = r.paragraphs.map((p) => p.kind);
  assert.deepEqual(kinds, ['body', 'body', 'caption', 'heading', 'body', 'body', 'body']);
  assert.equal(r.paragraphs[2].text, 'Negotiators shake hands outside the customs post in Keshet on Saturday.');
  assert.equal(r.paragraphs[3].text, 'A fragile calm');
  const all = r.paragraphs.map((p) => p.text).join(' ');
  assert.ok(!/Home|©|Ledger Photo/.test(all));
});

test('meta date (parsely-pub-date), og:url canonical, "Photo: X/Agency" stripped from a caption', () => {
  const r = page('meta-published.html');
  assert.equal(r.published, '2022-06-14');
  assert.equal(r.publishedFrom, 'meta');
  assert.equal(r.canonicalUrl, 'https://coastwatch.example/news/envoy-recalled');
  assert.equal(r.outlet, 'coastwatch.example');
  assert.equal(r.language, 'fr');
  assert.equal(r.paragraphs.find((p) => p.kind === 'caption')?.text, 'A Lethmark patrol boat near the reef on Sunday.');
});

test('<time datetime> gives the date; a "By … · date" line becomes the byline, not text', () => {
  const r = page('time-element.html');
  assert.equal(r.published, '2021-03-09');
  assert.equal(r.publishedFrom, 'time');
  assert.equal(r.byline, 'Idris Kamal');
  assert.equal(r.outlet, 'The Valley Post');
  assert.match(r.paragraphs[0].text, /^A ceasefire between/);
});

test('the page URL gives the date when the markup has none', () => {
  assert.equal(page('url-date.html').published, null);
  const r = page('url-date.html', 'https://marrow-daily.example/news/2020/7/2/leaders-agree');
  assert.equal(r.published, '2020-07-02');
  assert.equal(r.publishedFrom, 'url');
});

test('JSON-LD datePublished in an array of objects, and itemprop meta', () => {
  const html = (head: string) =>
    `<html><head>${head}</head><body><article><p>${'The two governments agreed to reopen the crossing for trucks carrying food and fuel. '.repeat(4)}</p></article></body></html>`;
  const arr = extractHtmlArticle(html('<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","datePublished":"2019-10-24"}]</script>'), null);
  assert.equal(arr.published, '2019-10-24');
  const item = extractHtmlArticle(html('<meta itemprop="datePublished" content="2018-05-06">'), null);
  assert.equal(item.published, '2018-05-06');
  assert.equal(item.publishedFrom, 'meta');
});

test('a printed date line under the headline is the last resort and is not body text', () => {
  const r = extractHtmlArticle(
    `<html><body><article><h1>Talks end</h1><p>Published 18 January 2024</p><p>${'Negotiators from both countries left the capital on Friday without an agreement on the frontier. '.repeat(3)}</p></article></body></html>`,
    null,
  );
  assert.equal(r.published, '2024-01-18');
  assert.equal(r.publishedFrom, 'text');
  assert.match(r.paragraphs[0].text, /^Negotiators/);
});

test('in-article furniture is dropped from HTML too: ad labels, read-more links, credit lines, paywall and promo', () => {
  const p = (t: string) => `<p>${t}</p>`;
  const r = extractHtmlArticle(
    `<html><body><article><h1>Envoys return</h1>${[
      p('Both governments said on Monday that their ambassadors would return to their posts by the end of the week, ending a month-long diplomatic freeze.'),
      p('Advertisement'),
      p('Jane Doe/Reuters'),
      p('Read more: How the freeze began'),
      p('The foreign ministers are expected to meet next month in a third country to discuss border security and trade between the two neighbours.'),
      p('Subscribe to continue reading'),
      p('Support our independent journalism with a subscription today.'),
      p('Our reporters work in dangerous places so that you can read the news.'),
    ].join('')}</article></body></html>`,
    null,
  );
  assert.deepEqual(r.paragraphs.map((x) => x.text.slice(0, 20)), ['Both governments sai', 'The foreign minister']);
});

test('a page nested 50,000 elements deep is read as written, without overflowing the stack', () => {
  const depth = 50_000;
  // Text straight inside containers, a <br><br> break, a heading, a caption and an inline span
  // that holds a block: each kind of step the walk takes, all at the bottom of the nest.
  const inner = [
    '<h2>Talks in Geneva</h2>',
    '<p>Negotiators from both states met on Tuesday.</p>',
    'Loose text before a break<br><br>and loose text after it',
    '<figure><figcaption>Delegates arrive at the venue.</figcaption></figure>',
    '<span>A wrapper with <div>a block inside it</div></span>',
  ].join('');
  const html = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;
  const trace: string[] = [];
  const r = extractHtmlArticle(html, 'https://deep.example/a', (line) => trace.push(line));
  assert.equal(r.title, 'Deep page');
  assert.deepEqual(r.paragraphs.map((p) => [p.kind, p.text]), [
    ['heading', 'Talks in Geneva'],
    ['body', 'Negotiators from both states met on Tuesday.'],
    ['body', 'Loose text before a break'],
    ['body', 'and loose text after it'],
    ['caption', 'Delegates arrive at the venue.'],
    ['body', 'A wrapper with'],
    ['body', 'a block inside it'],
  ]);
  assert.ok(trace.some((l) => l.includes(`more than ${READABILITY_MAX_DEPTH} levels deep`)), trace.join('\n'));
});

test('a deeply nested page with no text fails with the usual one-line reason', () => {
  const html = `<html><body>${'<div>'.repeat(50_000)}${'</div>'.repeat(50_000)}</body></html>`;
  assert.throws(() => extractArticle({ origin: 'deep.html', kind: 'html', body: html }), (err: Error) => {
    assert.equal(err.message, 'deep.html: no article text found');
    return true;
  });
});
