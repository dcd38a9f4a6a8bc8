import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromParagraphs } from './article-from-paragraphs.js';
import { findQuotes } from './find-quotes.js';

/** [speaker, text] of every direct quote, in text order. */
const direct = (paragraphs: string[]) =>
  findQuotes(articleFromParagraphs(paragraphs)).filter((q) => q.direct).map((q) => [q.speaker, q.text]);

test('military titles and a "Jr." suffix: "General Dizon" is "Gen. Ramon Dizon Jr."', () => {
  assert.deepEqual(direct([
    'Gen. Ramon Dizon Jr. told reporters that the boats had been rammed near the atoll.',
    '"We want our boats and our radios back," General Dizon said.',
  ]), [['Ramon Dizon Jr.', 'We want our boats and our radios back']]);
});

test('an honorific before the verb after a quote: “…,” Ms. Al-Mansour said', () => {
  assert.deepEqual(direct([
    'Huda Al-Mansour, a fellow at the Harbour Studies Centre, said the accord was vague.',
    '"Signing is the easy part," Ms. Al-Mansour said. "Keeping it takes years."',
  ]), [['Huda Al-Mansour', 'Signing is the easy part'], ['Huda Al-Mansour', 'Keeping it takes years.']]);
});

test('two appositives after a name: the employer named inside them is nobody speaking', () => {
  assert.deepEqual(direct([
    'Lena Brandt, an analyst at the Nordic Policy Circle, a research group based in Oslo, said the talks were stuck. "They had no choice," she said.',
  ]), [['Lena Brandt', 'They had no choice']]);
});

test('"For Ms. Varga, …" opening a sentence: the function word is no part of the name', () => {
  assert.deepEqual(direct([
    'Ilse Varga, a hydrologist in Budapest, said the dam would take years.',
    'For Ms. Varga, the bigger worry is the river. "You cannot stop a river with a decree," she said.',
  ]), [['Ilse Varga', 'You cannot stop a river with a decree']]);
});

test('the role first and the name in apposition, with a vow and a partial quote', () => {
  const [q] = findQuotes(articleFromParagraphs([
    'The strike was not claimed, but the country\'s Supreme Leader, Ayatollah Hamid Rostami, vowed that the enemy “will be punished”.',
  ]));
  assert.deepEqual([q.speaker, q.text, q.direct], ['Hamid Rostami', 'will be punished', true]);
});

test('family name first: "Ms. Choi" is Choi Min-seo and "Mr. Li" is Li Wen', () => {
  assert.deepEqual(direct([
    'Choi Min-seo, a professor at Hanbit University, said the leaflets were the trigger. Li Wen, a researcher in Beijing, agreed.',
    '"The first broadcast will be answered," Ms. Choi said.',
    '"Nobody wants to referee this," Mr. Li said.',
  ]), [['Choi Min-seo', 'The first broadcast will be answered'], ['Li Wen', 'Nobody wants to referee this']]);
});

test('a short quote after "called" or "calling" keeps its speaker', () => {
  assert.deepEqual(direct([
    'Ri Sol Ae, the sister of the leader, mocked the complaints, calling the parcels “tokens of love”.',
    'Foreign Minister Tan Wei called the accord “a win for talks”.',
  ]), [['Ri Sol Ae', 'tokens of love'], ['Tan Wei', 'a win for talks']]);
});

test('"he said" after reported words goes back to the speaker, not to a man named inside them', () => {
  assert.deepEqual(direct([
    'Luis Ortega, a retired diplomat, argued that Mr. Romero had used the vote to rally supporters. "Romero needed the flag," he said.',
  ]), [['Luis Ortega', 'Romero needed the flag']]);
});

test('reported clauses need a subject; a day, a bullet or a quantifier before it is fine', () => {
  const indirect = (paragraphs: string[]) =>
    findQuotes(articleFromParagraphs(paragraphs)).filter((q) => !q.direct).map((q) => [q.speaker, q.text]);
  assert.deepEqual(indirect([
    'The trawler sank near a reef that Oslo has claimed for more than a century.',
    'A drone hit a building that Tallinn said was its trade office.',
  ]), []);
  assert.deepEqual(indirect([
    'Ilse Varga, a historian in Bergen, said that was unlikely to change.',
    "Norway's foreign ministry said on Friday it had summoned the envoy.",
    'Ilse Varga said at least 40 boats were stuck in the harbour.',
    "South Korea's defence ministry said the drills would resume.",
  ]), [
    ['Ilse Varga', 'that was unlikely to change'],
    ["Norway's foreign ministry", 'it had summoned the envoy'],
    ['Ilse Varga', 'at least 40 boats were stuck in the harbour'],
    ["South Korea's defence ministry", 'the drills would resume'],
  ]);
});

test('a person opening the sentence and a colon before the quote: the person speaks', () => {
  const qs = findQuotes(articleFromParagraphs([
    'Ilse Varga, a Norwegian senator, was blunt: “We will not retreat from the northern channel.”',
    'Marta Olguin Reyes, the foreign minister, visited the port. She had a warning: “The talks are over.”',
    'The harbour was quiet: “Nothing moves here after dark, and nothing has for weeks.”',
  ]));
  assert.deepEqual(qs.map((q) => [q.speaker, q.description, q.pattern]), [
    ['Ilse Varga', 'a Norwegian senator', 'subject-colon'],
    ['Marta Olguin Reyes', 'the foreign minister', 'subject-colon'],
    [null, null, 'unattributed'],
  ]);
});

test('an appositive ends where a verb follows its comma', () => {
  const [q] = findQuotes(articleFromParagraphs([
    'Jon Berg Dahl, a fisheries official, spoke to reporters on Monday. “We will not retreat from the channel,” he told them.',
  ]));
  assert.deepEqual([q.speaker, q.description], ['Jon Berg Dahl', 'a fisheries official']);
});
