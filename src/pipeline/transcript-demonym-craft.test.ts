/**
 * refine.private-person in a transcript: the quote finder's turns change how a sentence's actors are
 * read, and "two Greek fighter jets" must stay a state's aircraft, not "two Greeks". Our own sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from './analyze-document.js';

const body = [
  'ANNA PRICE, HOST: Good evening. Tension over the islands is rising again.',
  'MARK FEENEY, CORRESPONDENT: On Monday a Turkish reconnaissance plane flying over the Aegean was shadowed by two Greek fighter jets.',
  'ANNA PRICE: And the reaction?',
  'MARK FEENEY: Ankara protested within hours.',
].join('\n\n');

test('an interception told in a correspondent\'s turn is coded to the state whose jets shadowed the plane', () => {
  const { events } = analyzeDocument({ origin: 'test:transcript-jets', kind: 'text', body, url: 'https://example.org/jets', published: '2024-03-05', title: 'Jets over the Aegean' });
  const shadowed = events.filter((e) => e.source.country === 'GRC' && e.target?.country === 'TUR' && e.root === '15');
  assert.equal(shadowed.length, 1, JSON.stringify(events.map((e) => [e.source.country, e.target?.country, e.cameo])));
});
