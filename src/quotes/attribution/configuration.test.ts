/** One case per attribution pattern, in our own invented sentences; each asserts the pattern id that fired. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromParagraphs } from '../article-from-paragraphs.js';
import { scanQuoteSegments } from '../quote-marks.js';
import { ATTRIBUTION_PATTERNS } from './configuration.js';
import type { AttributionMatch } from './attribution-pattern.js';

function attribute(paragraphs: string[]): { text: string; match: AttributionMatch | null }[] {
  const article = articleFromParagraphs(paragraphs);
  const segments = scanQuoteSegments(article);
  const found: (AttributionMatch | null)[] = [];
  segments.forEach((_, index) => {
    let hit: AttributionMatch | null = null;
    for (const p of ATTRIBUTION_PATTERNS) if ((hit = p.match({ article, segments, index, found }))) break;
    found.push(hit);
  });
  return segments.map((s, i) => ({ text: s.text, match: found[i] }));
}

test('every pattern has an id and an example, and ids are unique', () => {
  const ids = ATTRIBUTION_PATTERNS.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const p of ATTRIBUTION_PATTERNS) assert.ok(p.example.length > 10, p.id);
});

test('verb-then-speaker: “…,” says NAME, DESCRIPTION.', () => {
  const [q] = attribute(['“The border stays shut,” says Ilse Varga, a Norwegian senator.']);
  assert.equal(q.match?.pattern, 'verb-then-speaker');
  assert.deepEqual([q.match?.speaker.name, q.match?.speaker.description], ['Ilse Varga', 'a Norwegian senator']);
});

test('verb-then-speaker: asks NAME, a DESCRIPTION', () => {
  const [q] = attribute(['“Why was the hotline not used?” asks Petra Holm, a defence analyst and former minister for trade.']);
  assert.equal(q.match?.pattern, 'verb-then-speaker');
  assert.equal(q.match?.speaker.description, 'a defence analyst and former minister for trade');
});

test('verb-then-speaker: says DESCRIPTION NAME (lowercase words and titles before the name)', () => {
  const [a] = attribute(['“It was a warning,” says fisheries expert Jon Berg Dahl.']);
  assert.deepEqual([a.match?.speaker.name, a.match?.speaker.description], ['Jon Berg Dahl', 'fisheries expert']);
  const [b] = attribute(['“It was a warning,” says former Chilean Ambassador Rosa Vial Soto, who is now a scholar at a Santiago institute.']);
  assert.deepEqual([b.match?.speaker.name, b.match?.speaker.description], [
    'Rosa Vial Soto',
    'former Chilean Ambassador, who is now a scholar at a Santiago institute',
  ]);
});

test('verb-then-speaker: says Dr. SURNAME', () => {
  const [q] = attribute(['“Nothing moved,” says Dr. Holm.']);
  assert.deepEqual([q.match?.pattern, q.match?.speaker.kind, q.match?.speaker.name], ['verb-then-speaker', 'surname', 'Holm']);
});

test('speaker-then-verb: “…,” NAME says. and “…,” he says.', () => {
  const [a] = attribute(['“Nothing moved,” Holm said.']);
  assert.deepEqual([a.match?.pattern, a.match?.speaker.name], ['speaker-then-verb', 'Holm']);
  const [b] = attribute(['“Nothing moved,” he says.']);
  assert.deepEqual([b.match?.pattern, b.match?.speaker.kind], ['speaker-then-verb', 'pronoun']);
});

test('speaker-then-verb: a new sentence after a full-stop quote is not an attribution', () => {
  const [q] = attribute(['“Nothing moved.” He says the navy should wait for spring.']);
  assert.equal(q.match, null);
});

test('speaker-verb-before: NAME says “…” and a partial quote later in the sentence', () => {
  const [a] = attribute(['Ilse Varga says: “We will not be rushed.”']);
  assert.deepEqual([a.match?.pattern, a.match?.speaker.name], ['speaker-verb-before', 'Ilse Varga']);
  const [b] = attribute(['Mr. Dahl says the drills pushed Oslo “to send a firm signal.”']);
  assert.deepEqual([b.match?.pattern, b.match?.speaker.name], ['speaker-verb-before', 'Dahl']);
});

test('according-to: the source named inside the sentence, outside the quote', () => {
  const [q] = attribute(['The drills, according to Mr. Dahl, were meant “to show the flag.”']);
  assert.deepEqual([q.match?.pattern, q.match?.speaker.name], ['according-to', 'Dahl']);
});

test('continuation: an interrupted quote keeps the speaker of its first half', () => {
  const [a, b] = attribute(['“We wait,” says Ilse Varga. “Then we decide.”']);
  assert.equal(a.match?.pattern, 'verb-then-speaker');
  assert.deepEqual([b.match?.pattern, b.match?.speaker.name, b.match?.inheritsFrom], ['continuation', 'Ilse Varga', 0]);
});

test('continuation does not reach a paragraph that says something besides the quote', () => {
  const [, b] = attribute(['“We wait,” says Ilse Varga.', 'Officials were unmoved, and “nothing” changed on the water.']);
  assert.equal(b.match, null);
});

test('speaker-verb-before: a paragraph ending with a colon introduces the quote opening the next one', () => {
  const [q] = attribute(['Ilse Varga told reporters in Oslo:', '“The channel stays open for every fishing boat this winter.”']);
  assert.deepEqual([q.match?.pattern, q.match?.speaker.name], ['speaker-verb-before', 'Ilse Varga']);
});

test('previous-sentence: a quote opening its sentence belongs to the speaker reported just before', () => {
  const [q] = attribute(['Ilse Varga said the talks had stalled. “Nobody in Oslo expected more from this round.”']);
  assert.deepEqual([q.match?.pattern, q.match?.speaker.name], ['previous-sentence', 'Ilse Varga']);
});

test('previous-sentence: a sentence that reports nobody hands no speaker on', () => {
  const [q] = attribute(['The talks stalled on Friday. “Nobody in Oslo expected more from this round.”']);
  assert.equal(q.match, null);
});

test('subject-colon: a full name right before the colon, after its role', () => {
  const [q] = attribute(['Analysis from our Arctic editor, Ilse Varga: “The fleet will not sail before March.”']);
  assert.deepEqual([q.match?.pattern, q.match?.speaker.name, q.match?.speaker.description], ['subject-colon', 'Ilse Varga', 'our Arctic editor']);
});

test('speaker-then-verb: the role before the name in apposition is part of the speaker', () => {
  const [q] = attribute(['“The nets came back empty,” a fisherman from the northern coast, Jon Berg Dahl, told the paper.']);
  assert.deepEqual([q.match?.pattern, q.match?.speaker.name, q.match?.speaker.description], ['speaker-then-verb', 'Jon Berg Dahl', 'a fisherman from the northern coast']);
});

test('speaker-verb-before: a relative "who" after the name and "described … as"', () => {
  const [a] = attribute(['The plan was criticised by the Danish envoy, Ilse Varga, who called it a “reckless gamble” for the fleet.']);
  assert.deepEqual([a.match?.pattern, a.match?.speaker.name, a.match?.speaker.description], ['speaker-verb-before', 'Ilse Varga', 'the Danish envoy']);
  const [b] = attribute(['Mr. Dahl described the new quotas as “theft by paperwork” on Monday.']);
  assert.deepEqual([b.match?.pattern, b.match?.speaker.name], ['speaker-verb-before', 'Dahl']);
});

test('speaker-verb-before: "NAME did something … and said" shares the subject; an object does not', () => {
  const [a] = attribute(['The fleet sailed after Varga stood up in parliament on Monday and said it faced “a slow strangling” at sea.']);
  assert.deepEqual([a.match?.pattern, a.match?.speaker.name], ['speaker-verb-before', 'Varga']);
  const [b] = attribute(['The ministry gave Norwegian boats a week to leave and said they faced “a slow strangling” at sea.']);
  assert.notEqual(b.match?.speaker.name, 'Norwegian');
});
