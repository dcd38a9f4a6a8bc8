/**
 * The output shapes of ../shared/CONTRACT.md, which the shared scorer reads: checked on an article
 * of our own, and on the seed page when ../shared is present.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, sharedDir } from '../../testing/paths.js';

const CLI = join(projectRoot(), 'dist', 'cli.js');
const cli = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const lines = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

const ARTICLE = `Azerbaijan and Armenia trade fire on the border

Azerbaijani forces shelled Armenian positions near the town of Jermuk on Tuesday, killing two soldiers, Armenia's defence ministry said.

"This is a deliberate provocation," said Anna Hakobyan, a spokeswoman for the Armenian government.

Armenia recalled its envoy from Baku the next day.
`;

function article(): string {
  const dir = mkdtempSync(join(tmpdir(), 'detente-contract-'));
  const path = join(dir, 'clash.txt');
  writeFileSync(path, ARTICLE);
  return path;
}

test('events --format jsonl: one object per line with the contract fields', () => {
  const events = lines(cli('events', article(), '--format', 'jsonl', '--published', '2023-09-14'));
  assert.ok(events.length >= 1);
  for (const e of events) {
    for (const k of ['source', 'target', 'cameo', 'root', 'quad', 'goldstein', 'plover', 'date', 'date_precision', 'location', 'fatalities', 'modality', 'evidence', 'mentions']) {
      assert.ok(k in e, `field ${k}`);
    }
    assert.equal(e.root, e.cameo.slice(0, 2));
    assert.ok([1, 2, 3, 4].includes(e.quad));
    assert.ok(['asserted', 'claimed', 'intended'].includes(e.modality), 'only printable modalities by default');
  }
  const strike = events.find((e) => e.source.country === 'AZE' && e.target?.country === 'ARM' && ['18', '19'].includes(e.root));
  assert.ok(strike, 'the shelling is coded AZE → ARM');
  assert.equal(strike.date, '2023-09-12', '"on Tuesday" before a Thursday publication');
  assert.equal(strike.fatalities, 2);
});

test('quotes --format jsonl and relations --format json have the contract shapes', () => {
  const path = article();
  const quotes = lines(cli('quotes', path, '--format', 'jsonl', '--published', '2023-09-14'));
  const q = quotes.find((x) => /deliberate provocation/.test(x.text));
  assert.ok(q);
  assert.deepEqual(Object.keys(q).slice(0, 5), ['speaker', 'description', 'country', 'text', 'direct']);
  assert.equal(q.speaker, 'Anna Hakobyan');
  assert.equal(q.country, 'ARM');
  const rel = JSON.parse(cli('relations', path, '--format', 'json', '--published', '2023-09-14'));
  assert.ok(Array.isArray(rel));
  const pair = rel.find((r: { dyad: string[] }) => [...r.dyad].sort().join('-') === 'ARM-AZE');
  assert.ok(pair);
  assert.ok(['stable', 'cooperative', 'deteriorating', 'hostile', 'escalating', 'recovering'].includes(pair.state));
  assert.ok(pair.trust >= -1 && pair.trust <= 1);
});

test('extract finds the seed page’s date and URL at its foot', { skip: !sharedDir('cases') && 'no ../shared' }, () => {
  const seed = sharedDir('cases', 'seed-iran-pakistan-2024', 'article.txt')!;
  const json = JSON.parse(cli('extract', seed, '--format', 'json'));
  assert.equal(json.published, '2024-01-23');
  assert.match(json.url, /^https:\/\/www\.csmonitor\.com\/World\/Asia-South-Central\/2024\/0123\//);
  const text = cli('extract', seed, '--format', 'text');
  for (const gone of ['Subscribe to continue', 'Dear Reader', 'Grenny', 'Fayaz Aziz/Reuters', 'Why We Wrote This', 'Quick Read']) {
    assert.ok(!text.includes(gone), `no "${gone}"`);
  }
  assert.equal(text.split('missile and drone attack').length - 1, 1, 'the repeated summary appears once');
});
