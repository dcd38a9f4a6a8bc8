/**
 * Every pattern codes its own example sentence: the event comes out with the pattern's id,
 * its CAMEO root and a source and target (or only a source where the pattern needs no target).
 * Uses the real actors stage, since examples name many countries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PATTERNS } from '../configuration.js';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { cameoFacts } from '../cameo-lookup.js';

test('pattern ids are unique and name their family', () => {
  const ids = PATTERNS.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z]+\.[a-z-]+$/);
});

test('every pattern names a CAMEO code the ontology knows', () => {
  for (const p of PATTERNS) assert.doesNotThrow(() => cameoFacts(p.cameo), p.id);
});

test('all twenty CAMEO roots have patterns', () => {
  const roots = new Set(PATTERNS.map((p) => p.cameo.slice(0, 2)));
  for (let r = 1; r <= 20; r++) assert.ok(roots.has(String(r).padStart(2, '0')), `root ${r}`);
});

for (const p of PATTERNS) {
  test(`${p.id} codes its example: ${p.example}`, () => {
    const events = codeArticle(makeArticle([p.example]));
    const hit = events.find((e) => e.evidences.some((ev) => ev.pattern === p.id));
    assert.ok(hit, `no event from ${p.id}; got ${events.map((e) => e.evidences[0]!.pattern).join(', ') || 'none'}`);
    assert.ok(hit.source.country || hit.target?.country, 'a state on one side');
    if (p.needsTarget !== false) assert.ok(hit.target, 'a target');
  });
}
