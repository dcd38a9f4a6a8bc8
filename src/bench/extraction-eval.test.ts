import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateExtraction, loadExtractionSet, tokenScores } from './extraction-eval.js';

test('token scores count each expected token at most as often as it is expected', () => {
  const s = tokenScores('the talks the talks resumed', 'The talks resumed on Monday');
  // Predicted 5 tokens, 3 of them expected ("the" once, "talks" once, "resumed"); 5 expected.
  assert.equal(s.precision, 3 / 5);
  assert.equal(s.recall, 3 / 5);
  assert.equal(tokenScores('', 'Talks resumed').f1, 0);
  assert.equal(tokenScores('Talks resumed.', 'talks RESUMED').f1, 1);
});

test('a set of NAME.html + NAME.txt pairs is read and scored for both extractors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-extract-eval-'));
  try {
    const body = 'Negotiators from the two neighbouring states met at the border town for a third round of talks on water rights. '
      + 'Both delegations described the meeting as constructive and agreed to meet again within a month.';
    const page = `<!doctype html><html><head><title>Water talks</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>`
      + `<article><h1>Water talks</h1><p>${body.split('. ')[0]}.</p><p>${body.split('. ')[1]}</p></article>`
      + `<footer>Subscribe to our newsletter for the latest headlines every morning.</footer></body></html>`;
    writeFileSync(join(dir, 'water.html'), page);
    writeFileSync(join(dir, 'water.txt'), body);
    writeFileSync(join(dir, 'orphan.html'), page); // no truth beside it: not a case
    const cases = loadExtractionSet(dir);
    assert.deepEqual(cases.map((c) => c.id), ['water']);
    const r = evaluateExtraction(cases);
    assert.equal(r.pages, 1);
    assert.ok(r.ours.recall > 0.95, `recall ${r.ours.recall}`);
    assert.ok(r.ours.precision > 0.8, `precision ${r.ours.precision}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
