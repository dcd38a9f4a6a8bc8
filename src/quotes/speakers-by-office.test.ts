/**
 * Speakers named by office, by surname alone or in forms the quote finder once missed: "the president
 * said" after "President Lindqvist", leaders the gazetteer knows by surname, foreign honorifics, Arabic
 * articles, long appositives, participles after a joined clause, interviews labelled with the outlet.
 * Our own sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromParagraphs } from './article-from-paragraphs.js';
import { findQuotes } from './find-quotes.js';

const quotesOf = (...paragraphs: string[]) => findQuotes(articleFromParagraphs(paragraphs));
const speakerOf = (text: string, ...paragraphs: string[]) => quotesOf(...paragraphs).find((q) => q.text.includes(text))?.speaker ?? null;

test('"the president said" means the president named by title and surname most recently, not an earlier full name', () => {
  const paragraphs = [
    'At noon, President Ana Berg and President Lindqvist spoke at the same hour.',
    'Lindqvist also eased the rules on travel. "Fifty years of this have failed," the president said.',
  ];
  assert.equal(speakerOf('Fifty years', ...paragraphs), 'Lindqvist');
  // With the order of the last mention reversed, the other president speaks.
  assert.equal(speakerOf('Fifty years', paragraphs[0], 'Berg also eased the rules on travel. "Fifty years of this have failed," the president said.'), 'Ana Berg');
});

test('a leader the gazetteer knows by surname is named in full, with a title or without', () => {
  assert.equal(speakerOf('tide has turned', 'President Obama spoke at noon. "The tide has turned," Obama said.'), 'Barack Obama');
  assert.equal(speakerOf('tide has turned', '"The tide has turned," Obama said on Monday.'), 'Barack Obama');
});

test('a Spanish honorific is no part of the name', () => {
  assert.equal(speakerOf('come home', '"We only want them to come home," said Señora Lucía Ferrer, whose son serves at the post.'), 'Lucía Ferrer');
});

test('"President Haddad" is the "Karim al-Haddad" named before: the Arabic article is dropped as often as kept', () => {
  const speaker = speakerOf('a weed', 'Karim al-Haddad, the head of state, addressed a rally on Monday.', 'President Haddad, addressing a rally days later, described the rival party as "a weed" to be pulled out.');
  assert.equal(speaker, 'Karim al-Haddad');
});

test('a name with an appositive longer than eighty characters still speaks the quote before it', () => {
  const qs = quotesOf('"The old partner did not lose us in a month," Ilse Varga, a former diplomat who now runs a small consultancy in the capital, said last week. "It lost us slowly."');
  assert.deepEqual(qs.map((q) => q.speaker), ['Ilse Varga', 'Ilse Varga']);
});

test('a pledge after a joined clause is spoken by that clause\'s subject, not the first clause\'s', () => {
  const speaker = speakerOf('with firmness', 'On Tuesday, the government sent soldiers to the beach, and Prime Minister Ana Ortiz flew to the border town, promising to restore order "with firmness".');
  assert.equal(speaker, 'Ana Ortiz');
});

test('a pronoun opening a clause joined by "and" speaks the quote after the second verb', () => {
  const speaker = speakerOf('holding our citizens', 'Prime Minister Ana Ortiz spoke on Monday.', 'Ortiz has issued a statement. She calls the ban an abhorrent act and says the neighbour is "effectively holding our citizens hostage", in disregard of the law.');
  assert.equal(speaker, 'Ana Ortiz');
});

test('an interview whose questions are labelled with the outlet\'s name is a transcript of its one guest', () => {
  const qs = quotesOf(
    'We spoke to Mara Tanner, who directs the maritime programme at a policy institute in Oslo, about the quarrel.',
    'HARBOUR REVIEW: What happened on Saturday?',
    'TANNER: The ministry expelled the envoy and cut ties to the level of chargé.',
    'HARBOUR REVIEW: Can it be repaired?',
    'TANNER: Not for years, not months.',
  );
  const tanner = qs.filter((q) => q.speaker === 'Mara Tanner').map((q) => q.text);
  assert.deepEqual(tanner, ['The ministry expelled the envoy and cut ties to the level of chargé.', 'Not for years, not months.']);
  assert.ok(!qs.some((q) => /Harbour Review/i.test(q.speaker ?? '')), 'the outlet asks the questions; it is no speaker');
});

test('a transcript label with an initial names a known leader heard in a clip', () => {
  const qs = quotesOf(
    'ANNA PRICE, HOST: Good evening. The crew is coming home.',
    'MARK FEENEY, CORRESPONDENT: The letter was delivered this morning.',
    'GEORGE W. BUSH (ARCHIVE CLIP): Our priority is the prompt return of the crew.',
  );
  assert.equal(qs.find((q) => q.text.includes('prompt return'))?.speaker, 'George W. Bush');
});
