/**
 * Forms of attribution seen in agency, translated and briefing copy: offices between name and verb,
 * pronouns after a bare surname, partial quotes inside reported speech, offices as speakers, titles with
 * "of", and mixed-case briefing transcripts. Every sentence is our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromParagraphs } from './article-from-paragraphs.js';
import { findQuotes } from './find-quotes.js';

const quotesOf = (paragraphs: string[]) => findQuotes(articleFromParagraphs(paragraphs));
const pairs = (paragraphs: string[]) => quotesOf(paragraphs).map((q) => [q.speaker, q.text]);

test('a bare office after the name ("NAME, spokesperson of …, said") keeps the name as speaker', () => {
  const [q] = quotesOf(['“The new chart rests on no treaty at all,” Anna Berg, spokesperson of the Danish Ministry of Fisheries, said in a statement on Friday.']);
  assert.deepEqual([q.speaker, q.description], ['Anna Berg', 'spokesperson of the Danish Ministry of Fisheries']);
});

test('a participle clause between name and auxiliary does not hide the name', () => {
  const [q] = quotesOf(['Mayor Ilse Varga, speaking from the harbour office, has ordered the pilots to answer with “full closure” of the channel.']);
  assert.deepEqual([q.speaker, q.text], ['Ilse Varga', 'full closure']);
});

test('a short quote after an order or a pledge belongs to who gave it; a scare quote with no such verb does not', () => {
  assert.deepEqual(pairs(['Governor Ola Dahl promised to reopen the bridge “within the week”.']), [['Ola Dahl', 'within the week']]);
  assert.deepEqual(pairs(['The ferry carried a “token” cargo of apples to the island.']), []);
});

test('a quote inside "…, saying that the “…”" is the sentence subject’s', () => {
  const qs = quotesOf(['On Tuesday Prime Minister Anna Berg raised the stakes in parliament, saying that the “northern fleet looks far weaker than the southern” one.']);
  assert.deepEqual(qs.map((q) => [q.speaker, q.description, q.text]), [['Anna Berg', 'Prime Minister', 'northern fleet looks far weaker than the southern']]);
});

test('"he told …" after a surname opened by a weekday points to that person, not an earlier one', () => {
  const qs = quotesOf([
    'Earlier, President Karl Holm Sorensen had agreed to wait for the mediators.',
    'President Maria Lund said on the same day that her navy would sail.',
    'On Friday Sorensen changed course. “Whoever blocks our ships will regret it,” he told members of his party.',
  ]);
  const q = qs.find((x) => x.text.startsWith('Whoever'));
  assert.equal(q?.speaker, 'Karl Holm Sorensen');
});

test('"the Head of State said" is the president named before', () => {
  const qs = quotesOf([
    'President Ola Nordmann spoke at the palace on Monday.',
    '“This is no time for spying between friends,” the Head of State said.',
  ]);
  assert.deepEqual(qs.map((q) => [q.speaker, q.attribution]), [['Ola Nordmann', 'title']]);
});

test('a title joined by "of" ("Minister of Foreign Affairs NAME") is all description', () => {
  const qs = quotesOf([
    'On Monday, Minister of Foreign Affairs Tove Hansen recalled the envoy. “This is a question of trust,” Minister Hansen told reporters.',
  ]);
  assert.deepEqual(qs.map((q) => [q.speaker, q.description]), [['Tove Hansen', 'Minister of Foreign Affairs']]);
});

test('an institution, a title and a name make a person described by both ("Foreign Ministry Spokesperson NAME")', () => {
  const qs = quotesOf(['Foreign Ministry Spokesperson Liu Fang said the visit would go ahead.']);
  assert.deepEqual(qs.map((q) => [q.speaker, q.description]), [['Liu Fang', 'Foreign Ministry Spokesperson']]);
  assert.deepEqual(pairs(['The Foreign Ministry said the visit would go ahead.']), [['The Foreign Ministry', 'the visit would go ahead']]);
});

test('a role phrase opening the sentence before ", NAME," describes that person', () => {
  const qs = quotesOf([
    'Lecturer in maritime law at a college in Bergen, Dr Ola Vik, judged that the talks had stalled. “The fleet will stay in port for now,” he said.',
  ]);
  assert.equal(qs[0].speaker, 'Ola Vik');
  assert.equal(qs[0].description, 'Lecturer in maritime law at a college in Bergen');
  const placed = quotesOf(['In the old port of Bergen, Dr Ola Vik, a surgeon, warned that the ferries were late. “We wait,” he said.']);
  assert.ok(!/^In\b/.test(placed[0].description ?? ''), 'a place opening the sentence is no role');
});

test('"Her colleague in X, NAME, argued …: “…”" gives the quote to NAME, not to the previous speaker', () => {
  const qs = quotesOf([
    '“Nobody will blink first,” said Eva Moen, an analyst in Oslo. Her colleague in Bergen, Per Lie, argued that the aim is a seat: “Oslo wants to be asked, not told.”',
  ]);
  assert.equal(qs.find((q) => q.text.startsWith('Oslo wants'))?.speaker, 'Per Lie');
});

test('agency verbs ("conveyed that", "emphasised that") report speech', () => {
  assert.deepEqual(pairs(['Prime Minister Ola Dahl emphasised that the fleet would stay.']), [['Ola Dahl', 'the fleet would stay']]);
  assert.deepEqual(pairs(['President Tove Lie conveyed that the border would stay open.']), [['Tove Lie', 'the border would stay open']]);
});

const briefing = [
  'Foreign Ministry Spokesperson Liu Fang held the weekly briefing.',
  'Q (Harbour Daily): Will the ferry talks resume?',
  'Liu Fang: The talks will resume when the other side returns the boats. Their claim is baseless.',
  'Q: Has the ministry protested?',
  'Liu Fang: We protested twice. “If the boats are not returned, we will take firm measures.”',
  'Thank you all. See you next week.',
];

test('mixed-case briefing labels: each answer is the labelled speaker’s, a quote inside it too', () => {
  const qs = quotesOf(briefing);
  assert.ok(qs.some((q) => q.speaker === 'Liu Fang' && q.text.includes('Their claim is baseless')));
  const inner = qs.find((q) => q.text.startsWith('If the boats'));
  assert.deepEqual([inner?.speaker, inner?.description], ['Liu Fang', 'Foreign Ministry Spokesperson']);
  assert.ok(!qs.some((q) => q.text.startsWith('Will the ferry') || q.text.startsWith('Has the ministry')), 'questions are no named speaker’s');
});

test('a mixed-case label used once, or a note label, makes no transcript', () => {
  assert.deepEqual(pairs(['Editor Note: The figures were updated on Monday.', 'Ola Dahl: a life at sea.', 'The ferry resumed service.']), []);
});

test('a quote inside a sentence of a turn ("an official told me it was “…”") is not the turn speaker’s', () => {
  const qs = quotesOf([...briefing.slice(0, 4), 'Liu Fang: One harbour official told me a deal was “not close at all, not this month”.']);
  assert.ok(!qs.some((q) => q.text === 'not close at all, not this month' && q.speaker === 'Liu Fang'));
});

test('"conveyed" with an object reports no clause; "the X side … and affirmed that" is the group', () => {
  assert.deepEqual(pairs(['President Tove Lie conveyed her concerns to the envoy about the ferries.']), []);
  const qs = quotesOf(['The Danish side denied the report and affirmed that its boats remained in port.']);
  assert.deepEqual(qs.map((q) => [q.speaker, q.text]), [['Danish side', 'its boats remained in port']]);
});
