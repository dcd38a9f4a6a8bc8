/** Transcripts whose labels are bare surnames: the host's introduction names and describes the guest. Our own sentences. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromParagraphs } from './article-from-paragraphs.js';
import { findQuotes } from './find-quotes.js';
import { introducedAs } from './transcript-introductions.js';

const show = [
  'VARGA: Good evening. The ferry strike enters its second week.',
  'VARGA: Joining me in the studio is Mara Tanner, a former officer of the Maritime Self-Defense Force. How bad is it?',
  'TANNER: Worse than the ministry admits. The crews have not been paid since March.',
  'VARGA: We also reached Chen Wei-lin of the Harbour Institute in Busan before the programme.',
  'CHEN [by phone]: Both unions are talking to their own members rather than to each other.',
  'VARGA: Mara Tanner, a last word: what happens next?',
  'TANNER: The boats stay in port until somebody blinks.',
];

test('a bare surname label takes the full name and description from the host\'s introduction', () => {
  const turns = findQuotes(articleFromParagraphs(show)).filter((q) => q.pattern === 'transcript-turn');
  const tanner = turns.filter((q) => q.speaker === 'Mara Tanner');
  assert.equal(tanner.length, 2);
  assert.equal(tanner[0].description, 'a former officer of the Maritime Self-Defense Force');
  assert.equal(tanner[0].country, 'JPN', 'the institution in the description ties the guest to Japan');
  const chen = turns.find((q) => q.speaker === 'Chen Wei-lin');
  assert.ok(chen, 'family name first, and a note in square brackets after the label');
  assert.equal(chen.country, 'KOR', 'the town in the description ties the guest to South Korea');
  assert.match(chen.text, /^Both unions/);
});

test('an address ending in a colon or question mark is no description', () => {
  assert.deepEqual(introducedAs('Mara Tanner, a last word: what happens next?', 'Tanner'), { name: 'Mara Tanner', description: null });
});

test('labels that no introduction or described label explains make no transcript', () => {
  const article = articleFromParagraphs([
    'UPDATE: The figures were revised on Monday.',
    'NOTE: The ferry resumed service on Tuesday.',
    'The union said the strike was over.',
  ]);
  assert.equal(findQuotes(article).filter((q) => q.pattern === 'transcript-turn').length, 0);
});

test('a bare surname takes the full name and title the article prints elsewhere', () => {
  const quotes = findQuotes(articleFromParagraphs([
    'The harbour authority cited a request from the office of President Lena Okonjo-Marsh on Monday.',
    'Back in the capital, Ms. Okonjo-Marsh told reporters: "We are small, but we will not be pushed around."',
    'Separately, President-elect Donald Trump praised the decision. Trump wrote: "Very smart move!"',
  ]));
  const lena = quotes.find((q) => /pushed around/.test(q.text));
  assert.equal(lena?.speaker, 'Lena Okonjo-Marsh');
  assert.equal(lena?.description, 'President');
  const trump = quotes.find((q) => /smart move/.test(q.text));
  assert.equal(trump?.speaker, 'Donald Trump', 'no honorific, but the article names him in full');
  assert.equal(trump?.description, 'President-elect');
  assert.equal(trump?.country, 'USA', 'a leader the gazetteer knows');
});

test('a surname the article never names in full stays unresolved without an honorific', () => {
  const quotes = findQuotes(articleFromParagraphs(['Okonjo wrote: "The ferries will run."']));
  assert.ok(!quotes.some((q) => q.speaker === 'Okonjo'));
});

test('a quote after a setting ("told reporters at the airport: …") reports no fronted phrase', () => {
  const quotes = findQuotes(articleFromParagraphs(['Back in the capital on Saturday, Ms. Okonjo told reporters at the airport: "We will not be pushed around."']));
  assert.ok(!quotes.some((q) => /^Back in the capital/.test(q.text)));
  assert.ok(quotes.some((q) => q.direct && /pushed around/.test(q.text)));
});

test('a role in brackets after a label describes the speaker; a note on how the words were heard does not', () => {
  const turns = findQuotes(articleFromParagraphs([
    'ANNA VARGA (HOST): Good evening. The ferries are back.',
    'OSKAR BRANDT (CORRESPONDENT): They sailed at dawn, Anna.',
    'President Karl J. Dahl spoke on Monday.',
    'DAHL (ARCHIVE CLIP): The crews will be paid in full.',
  ])).filter((q) => q.pattern === 'transcript-turn');
  assert.equal(turns.find((q) => q.speaker === 'Oskar Brandt')?.description, 'Correspondent');
  const dahl = turns.find((q) => /paid in full/.test(q.text));
  assert.equal(dahl?.speaker, 'Karl J. Dahl', 'a middle initial is part of the introduced name');
  assert.notEqual(dahl?.description, 'Archive Clip');
});

test('an apposition with "then" names the role held at the time', () => {
  const quotes = findQuotes(articleFromParagraphs(['Karl Dahl, then foreign minister, called the seizure "unacceptable" and left the room.']));
  const q = quotes.find((x) => x.text === 'unacceptable');
  assert.equal(q?.speaker, 'Karl Dahl');
  assert.equal(q?.description, 'then foreign minister');
});

test('a setting between speaker and verb, and a pledge after the main clause, still attribute a short quote', () => {
  const quotes = findQuotes(articleFromParagraphs([
    'Karl Dahl, in a meeting with a visiting delegation the next day, described the purchase as a "farce".',
    'Prime Minister Lena Okonjo flew to the port, promising to restore order "with firmness".',
  ]));
  assert.equal(quotes.find((q) => q.text === 'farce')?.speaker, 'Karl Dahl');
  assert.equal(quotes.find((q) => q.text === 'with firmness')?.speaker, 'Lena Okonjo');
});
