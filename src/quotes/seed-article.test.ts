/**
 * The seed case from ../shared (skipped when absent): the gold quotes must come out as the scorer matches
 * them (speaker equal after normalization, text and description containing the gold words), and nothing
 * from the page's boilerplate.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Article } from '../ingest/types.js';
import { sharedDir } from '../testing/paths.js';
import { articleFromParagraphs } from './article-from-paragraphs.js';
import { findQuotes } from './find-quotes.js';

const dir = sharedDir('cases', 'seed-iran-pakistan-2024');
const skip = !dir || !existsSync(`${dir}/gold.json`) ? 'shared seed case absent' : false;

/** The scorer's normalization (score.mjs `norm`). */
const norm = (s: string | null | undefined) =>
  String(s ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

async function seedArticle(raw: string): Promise<Article> {
  try {
    const { extractArticle } = await import('../ingest/extract/extract-article.js');
    return extractArticle({ origin: 'article.txt', kind: 'text', body: raw });
  } catch {
    // Ingest not usable: split the page ourselves, cutting the paywall boilerplate.
    const body = raw.slice(0, raw.indexOf("You've read") >= 0 ? raw.indexOf("You've read") : raw.length);
    const paras = body.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
    return articleFromParagraphs(paras.map((text) => ({ text, kind: /[.?!”]$/.test(text) ? 'body' : 'heading' })));
  }
}

test('seed article: all gold quotes, none from boilerplate', { skip }, async () => {
  const raw = readFileSync(`${dir}/article.txt`, 'utf8');
  const gold = JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8')) as {
    quotes: { speaker: string; text_contains: string; description_contains?: string; country?: string }[];
  };
  const quotes = findQuotes(await seedArticle(raw));
  const missed = gold.quotes.filter((g) => !quotes.some((q) =>
    norm(q.speaker) === norm(g.speaker) && norm(q.text).includes(norm(g.text_contains))
    && (!g.description_contains || norm(q.description).includes(norm(g.description_contains)))));
  assert.deepEqual(missed.map((g) => `${g.speaker}: ${g.text_contains}`), []);
  for (const g of gold.quotes.filter((x) => x.country)) {
    const q = quotes.find((x) => norm(x.speaker) === norm(g.speaker) && norm(x.text).includes(norm(g.text_contains)));
    assert.equal(q?.country, g.country, `${g.speaker} country`);
  }
  assert.deepEqual(quotes.filter((q) => /grenny|monitor|harvard/i.test(`${q.speaker} ${q.text}`)), []);
});
