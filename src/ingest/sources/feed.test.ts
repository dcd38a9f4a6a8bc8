import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../../testing/paths.js';
import { looksLikeFeed, parseFeed } from './feed.js';

const read = (n: string) => readFileSync(fixture('ingest', n), 'utf8');

test('RSS 2.0: links (relative ones resolved), titles, dates, full content', () => {
  const items = parseFeed(read('feed-rss.xml'), 'feed-rss.xml', 'https://www.harborherald.example/rss');
  assert.equal(items.length, 2);
  assert.equal(items[0].link, 'https://www.harborherald.example/world/2022/0504/corvasia-frees-sailors');
  assert.equal(items[0].title, 'Corvasia frees detained sailors');
  assert.equal(items[0].published, 'Wed, 04 May 2022 06:30:00 +0200');
  assert.match(items[0].content ?? '', /^<p>Corvasia released/);
  assert.equal(items[1].link, 'https://www.harborherald.example/world/2022/0505/reef-patrol-talks');
  assert.equal(items[1].content, null);
});

test('Atom: the alternate link, not the enclosure; published before updated', () => {
  const [item] = parseFeed(read('feed-atom.atom'), 'feed-atom.atom');
  assert.equal(item.link, 'https://valleypost.example/2021/03/09/ceasefire-holds');
  assert.equal(item.published, '2021-03-09T07:00:00+03:00');
  assert.equal(item.title, 'Ceasefire holds for second day');
});

test('broken XML and non-feeds fail with a one-line reason naming the file', () => {
  assert.throws(() => parseFeed(read('feed-broken.xml'), 'feed-broken.xml'), /^IngestError: feed-broken\.xml: not a valid RSS\/Atom feed \(/);
  assert.throws(() => parseFeed('<html><body/></html>', 'x.xml'), /not a valid RSS\/Atom feed \(no <rss>/);
  assert.ok(looksLikeFeed(read('feed-atom.atom')));
  assert.ok(!looksLikeFeed('<!doctype html><html></html>'));
});
