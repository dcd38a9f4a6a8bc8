/**
 * The store refuses an article whose analysis holds two events with one key, so every analysis must
 * key its events uniquely. Checked over generated articles that mix reports, questions and
 * negations of the same acts, and on the case that broke it: a pact asked about as a question
 * beside a firm report of the same root, dyad and day.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchDocuments, textDocument } from '../bench/bench-corpus.js';
import { eventKey } from '../coding/event-key.js';
import type { CodedEvent } from '../coding/types.js';
import { analyzeDocument } from './analyze-document.js';

test('every analysis keys its events uniquely', () => {
  for (const d of benchDocuments(200, 7)) {
    const { events } = analyzeDocument(textDocument(d));
    const keys = events.map((e) => e.key);
    assert.equal(new Set(keys).size, keys.length, `${d.url}: ${JSON.stringify(events.map((e) => [e.cameo, e.date, e.modality]))}`);
  }
});

test('a hypothetical and a firm act of one root, dyad and day have different keys', () => {
  const firm = { source: { country: 'IRN' }, target: { country: 'JPN' }, cameo: '050', root: '05', date: '2024-01-01', location: null, modality: 'intended' } as unknown as CodedEvent;
  const asked = { ...firm, cameo: '057', modality: 'hypothetical' } as CodedEvent;
  assert.notEqual(eventKey(firm), eventKey(asked));
  assert.equal(eventKey(firm), eventKey({ ...firm, cameo: '057', modality: 'asserted' } as CodedEvent), 'firm reports of one act share a key');
});
