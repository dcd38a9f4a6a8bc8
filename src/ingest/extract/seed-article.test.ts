/** The seed case from ../shared: the cleaning the coder relies on. Skips when ../shared is absent. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedDir } from '../../testing/paths.js';
import { decodeBytes } from '../decode-bytes.js';
import { extractArticle } from './extract-article.js';

const path = sharedDir('cases', 'seed-iran-pakistan-2024', 'article.txt');

test('seed article: clean text, one copy of each fact, caption kept, date and URL inferred', { skip: path === null ? 'no ../shared' : false }, () => {
  const a = extractArticle({ origin: path!, kind: 'text', body: decodeBytes(readFileSync(path!), path!) });
  for (const gone of ['Subscribe', 'Dear Reader', 'Grenny', 'Harvard', 'Fayaz Aziz', 'Why We Wrote This', 'Quick Read', 'Deep Read', 'A story focused on', 'QR Code', 'Karen Norris']) {
    assert.ok(!a.text.includes(gone), `still contains ${gone}`);
  }
  assert.ok(!a.paragraphs.some((p) => /^[\w .-]+\/(?:Reuters|AP|Staff)$/.test(p.text)), 'a credit line survived');
  // The Quick Read summary and the full story both tell of the attack; one telling remains, the fuller one.
  const count = (re: RegExp) => a.paragraphs.filter((p) => re.test(p.text)).length;
  assert.equal(count(/missile and drone attack/), 1);
  assert.ok(a.text.includes('killed at least two children'));
  assert.equal(count(/trigger-happy/), 1);
  assert.equal(count(/return to their respective posts/), 1);
  assert.ok(a.text.includes('visit Islamabad next week'));
  assert.ok(a.text.includes('Sistan and Baluchestan'));
  assert.ok(a.text.includes('Tehreek-e-Taliban'));
  const caption = a.paragraphs.find((p) => p.text.includes('National Security Committee'));
  assert.equal(caption?.kind, 'caption');
  assert.match(caption!.text, /de-escalate/);
  assert.equal(a.paragraphs.find((p) => p.text.startsWith('A man watches a news channel'))?.kind, 'caption');
  assert.equal(a.title, 'Iran fired at Pakistan. Pakistan shot back. Can trust be rebuilt?');
  assert.equal(a.published, '2024-01-23');
  assert.equal(a.publishedFrom, 'url');
  assert.equal(a.url, 'https://www.csmonitor.com/World/Asia-South-Central/2024/0123/Iran-fired-at-Pakistan.-Pakistan-shot-back.-Can-trust-be-rebuilt');
  assert.equal(a.outlet, 'csmonitor.com');
});
