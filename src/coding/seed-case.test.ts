/**
 * The seed case from ../shared, end to end through extraction and the real actors stage:
 * the five required gold events, at most 14 events, no forbidden country. Skips without ../shared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedDir } from '../testing/paths.js';
import { extractArticle } from '../ingest/extract/extract-article.js';
import { codeArticle } from './code-article.js';
import { DEFAULT_MODALITIES, type CodedEvent } from './types.js';

const dir = sharedDir('cases', 'seed-iran-pakistan-2024');

interface GoldEvent {
  id: string; required: boolean; source: string; target: string; root: string; alt_roots?: string[];
  date: string | null; date_tolerance_days?: number; undirected?: boolean; fatalities?: number;
  location?: { country: string; admin1?: string };
}

const days = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

function matches(e: CodedEvent, g: GoldEvent): boolean {
  const s = e.source.country, t = e.target?.country ?? null;
  if (!((s === g.source && t === g.target) || (g.undirected && s === g.target && t === g.source))) return false;
  if (![g.root, ...(g.alt_roots ?? [])].includes(e.root)) return false;
  if (g.date && (!e.date || days(e.date, g.date) > (g.date_tolerance_days ?? 0))) return false;
  return true;
}

test('seed article: the required gold events, once each, and nothing forbidden', { skip: dir === null ? 'no ../shared' : false }, () => {
  const gold = JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8'));
  const article = extractArticle({ origin: 'seed', kind: 'text', body: readFileSync(`${dir}/article.txt`, 'utf8'), url: gold.url, published: gold.published });
  const trace: string[] = [];
  const events = codeArticle(article, { debug: (m) => trace.push(m()) }).filter((e) => DEFAULT_MODALITIES.includes(e.modality));
  const show = (): string => events.map((e) => `${e.source.country}->${e.target?.country} ${e.cameo} ${e.date} ${e.modality}`).join('\n');
  for (const g of gold.events as GoldEvent[]) {
    const hits = events.filter((e) => matches(e, g));
    if (g.required) assert.equal(hits.length, 1, `${g.id}: ${hits.length} matches\n${show()}`);
    const hit = hits[0];
    if (hit && g.fatalities != null) assert.equal(hit.fatalities, g.fatalities, `${g.id} fatalities`);
    if (hit && g.location) {
      assert.equal(hit.location?.country, g.location.country, `${g.id} place`);
      if (g.location.admin1) assert.equal(hit.location?.admin1, g.location.admin1, `${g.id} province`);
    }
  }
  assert.ok(events.length <= gold.forbidden.max_events_total, show());
  const forbidden = new Set<string>(gold.forbidden.countries_in_any_event);
  for (const e of events) {
    assert.ok(!forbidden.has(e.source.country ?? '') && !forbidden.has(e.target?.country ?? ''), `forbidden country in ${e.evidence}`);
  }
});
