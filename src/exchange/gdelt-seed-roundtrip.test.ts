/**
 * Issue 6's check: the seed article's events, exported in GDELT format, read back through the GDELT
 * import with the same pairs, codes and dates. Reads ../shared; skipped when it is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedDir } from '../testing/paths.js';
import { extractArticle } from '../ingest/extract/extract-article.js';
import { analyzeArticle } from '../pipeline/analyze-article.js';
import { DEFAULT_MODALITIES } from '../coding/types.js';
import { mergeEvents } from './coding-adapter.js';
import { formatGdelt } from './gdelt-export.js';
import { parseGdelt } from './gdelt-import.js';

const seed = sharedDir('cases', 'seed-iran-pakistan-2024');

test('seed events → GDELT export → GDELT import: same pairs, codes and dates', { skip: seed === null && 'no ../shared' }, () => {
  const gold = JSON.parse(readFileSync(`${seed}/gold.json`, 'utf8')) as { published: string; url: string };
  const body = readFileSync(`${seed}/article.txt`, 'utf8');
  const article = extractArticle({ origin: 'seed', kind: 'text', body, published: gold.published, url: gold.url });
  const events = mergeEvents(analyzeArticle(article).events).filter((e) => DEFAULT_MODALITIES.includes(e.modality));
  assert.ok(events.length >= 3, `the coder found ${events.length} events`);
  const out = formatGdelt(events, { dateAdded: '20240123000000' });
  assert.equal(out.skipped, 0, 'every event has a date (its own or the publication date)');
  const back = parseGdelt(out.text, 'seed.export.CSV');
  assert.equal(back.skipped.length, 0);
  // An undated event is exported on its publication date, so compare the date GDELT was given.
  const sig = (e: (typeof events)[number], date: string | null) => [e.source.country, e.target?.country ?? null, e.cameo, e.root, e.quad, date].join('|');
  const sent = events.map((e) => sig(e, e.date ?? gold.published));
  assert.deepEqual(back.events.map((e) => sig(e, e.date)), sent);
  assert.ok(back.events.some((e) => [e.source.country, e.target?.country].sort().join('-') === 'IRN-PAK'));
});
