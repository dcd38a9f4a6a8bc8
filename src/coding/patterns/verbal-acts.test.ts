/**
 * Verbal and diplomatic acts in the wordings of ministry statements, translated agency prose and
 * wire copy: nominal acts after a light verb ("announced the recall of"), protests carried by a
 * document ("issued a communiqué accusing"), hostile declarations, threats with their own
 * condition, and rejections told in the passive. Every sentence is our own; each must give the
 * dyad and root shown, and the negative ones nothing of that root.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';

const CASES: [string, string][] = [
  // A light verb carrying a nominal act of reduced relations.
  ['The Chilean foreign minister announced the recall of the Chilean ambassador in Lima for consultations.', 'CHL 16 PER'],
  ['The Ghanaian president ordered the expulsion of two Togolese diplomats on Friday.', 'GHA 16 TGO'],
  ['The Kenyan president said he had instructed the suspension of intelligence sharing and joint military exercises with Uganda.', 'KEN 16 UGA'],
  ['Bolivia ordered the closure of its embassy in Santiago.', 'BOL 16 CHL'],
  ['Vietnam announced the suspension of all flights to China.', 'VNM 16 CHN'],
  // Protests carried by a document, a note or a verb of objection.
  ['Peru handed a diplomatic note to the Chilean ambassador in Lima.', 'PER 11 CHL'],
  // Adjectives pile up before the protest: "a stern, formal" one is still a protest.
  ['Laos lodged a stern protest with Thailand on Monday.', 'LAO 11 THA'],
  ['Chile delivered a new strongly worded protest note to Bolivia.', 'CHL 11 BOL'],
  ["Ecuador's foreign ministry issued a statement objecting to Colombia's new border fence.", 'ECU 11 COL'],
  ['Honduras issued a formal communiqué accusing El Salvador of moving troops to the border.', 'HND 11 SLV'],
  ['Eritrea released a statement condemning the Ethiopian air raid.', 'ERI 11 ETH'],
  ['Eritrea objected to the Ethiopian road through the disputed village.', 'ERI 11 ETH'],
  // Hostile declarations.
  ["Armenia's parliament voted to declare Azerbaijan an enemy state.", 'ARM 11 AZE'],
  ['The Ugandan president vowed to teach Kenya a lesson it would not forget.', 'UGA 13 KEN'],
  ['Tajikistan\'s president said Kyrgyzstan had "declared war" on his country.', 'TJK 11 KGZ'],
  // Threats whose condition is their own.
  ['Pakistan said its army "will not hesitate to carry out punishing strikes" if India crosses the line.', 'PAK 13 IND'],
  ['Iran said it would not hesitate to respond to any Israeli attack.', 'IRN 13 ISR'],
  ['Azerbaijan warned that it would no longer tolerate Armenian shelling of its border villages.', 'AZE 13 ARM'],
  ['The South Korean president ordered the army to respond with massive retaliation should North Korea attempt another attack.', 'KOR 13 PRK'],
  // A refusal worded as a negated acceptance.
  ['Bhutan said it would never accept the new Nepalese map.', 'BTN 12 NPL'],
];

/** What the events command prints: negated and hypothetical acts are not reported. */
const code = (paragraphs: string[], published = '2024-01-23') => codeArticle(makeArticle(paragraphs, { published }))
  .filter((e) => e.modality !== 'negated' && e.modality !== 'hypothetical');
const roots = (events: ReturnType<typeof code>, root: string) => events.filter((e) => e.root === root).map((e) => `${e.source.country ?? '-'}>${e.target?.country ?? '-'} ${e.modality}`);

for (const [sentence, want] of CASES) {
  test(`codes "${sentence}" as ${want}, reported`, () => {
    const [src, root, tgt] = want.split(' ');
    const events = code([sentence]);
    const got = events.map((e) => `${e.source.country ?? '-'} ${e.root} ${e.target?.country ?? '-'}`);
    assert.ok(got.includes(`${src} ${root} ${tgt}`), `got ${events.map((e) => `${e.source.country ?? '-'}>${e.target?.country ?? '-'} ${e.cameo} ${e.modality} [${e.evidences[0]!.pattern}]`).join('; ') || 'nothing'}`);
  });
}

test('a quoted warning of a price to pay is the speaker\'s threat, its condition its own', () => {
  const events = code([
    'Turkey and Greece have quarrelled over the survey ship for weeks, and Greece sent frigates to follow it.',
    'Turkish President Recep Tayyip Erdogan addressed his party in Ankara on Thursday.',
    '"If you touch our ship, you will pay a heavy price," Erdogan told the deputies, in a swipe at Greece.',
  ]);
  assert.deepEqual(roots(events, '13'), ['TUR>GRC asserted']);
});

test('an analyst\'s "if" scenario stays hypothetical; a conditional threat is asserted', () => {
  assert.deepEqual(roots(code(['If Greece answers, Turkey could threaten Greece with sanctions, an analyst said.']), '13'), []);
  assert.deepEqual(roots(code(['If Greece answers, Turkey could expel more Greek diplomats.']), '16'), []);
  assert.deepEqual(roots(code(['Iran said it would retaliate against Israel if its consulate was hit again.']), '13').length, 1);
});

test('negated, refused and hypothetical nominal acts are no events', () => {
  assert.deepEqual(roots(code(['Chile has not announced the recall of its ambassador in Lima.']), '16'), []);
  assert.deepEqual(roots(code(['Chile could order the expulsion of Peruvian diplomats, an analyst said.']), '16'), []);
  // A recall ended is no recall; a statement praising is no protest.
  assert.deepEqual(roots(code(['Chile announced the return of its ambassador to Lima.']), '16'), []);
  assert.deepEqual(roots(code(['Ecuador issued a statement welcoming Colombia\'s decision.']), '11'), []);
  // Objecting to nothing a state did, or a note of thanks, is no protest.
  assert.deepEqual(roots(code(['Peru handed a note of thanks to the Chilean ambassador.']), '11'), []);
});

test('a document accusing another of an act is one accusation, not also the act', () => {
  const events = code(['Honduras issued a formal communiqué accusing El Salvador of moving troops to the border.']);
  assert.deepEqual(events.filter((e) => e.root === '11' || e.root === '12').length, 1);
});

test('a rejection told in the passive, in a quote after the statement, answers the other main state', () => {
  const events = code([
    'Nepal published a new map on Monday that shows three Bhutanese valleys as Nepalese land.',
    'Bhutan and Nepal have argued over the valleys for years, and Nepal sent surveyors there in May.',
    '"The new map rests on no evidence," a Bhutanese foreign ministry spokesman said on Tuesday, adding that such "enlargement of claims will not be accepted by Bhutan".',
  ]);
  assert.deepEqual(roots(events, '12'), ['BTN>NPL claimed']);
  // Accepting, or not accepting blame, is no rejection.
  assert.deepEqual(roots(code(['Bhutan accepted the new Nepalese map.']), '12'), []);
  assert.deepEqual(roots(code(['Bhutan did not accept responsibility for the Nepali deaths.']), '12'), []);
  // A standing position in the present, and an analyst's reading of a mood, are no new rejection.
  assert.deepEqual(roots(code(['Bhutan, for its part, repeated that it does not accept the commission\'s mandate over Nepal.']), '12'), []);
  assert.deepEqual(roots(code(['Bhutan was signalling that it would not accept being criticised by Nepal in public.']), '12'), []);
  // Tolerating is no threat; the negation makes one.
  assert.deepEqual(roots(code(['Azerbaijan has tolerated Armenian patrols near the border for years.']), '13'), []);
});

test('a minister the gazetteer does not know, recalling her own envoy, speaks for the envoy\'s state', () => {
  const events = code([
    'Chile and Peru have quarrelled over fishing rights since Peru seized two Chilean trawlers in March.',
    'Peru says the trawlers were in Peruvian waters; Chile says they were not, and Chile has asked Peru to free the crews.',
    'On Monday Foreign Minister Ana Valdivieso announced the recall of the Chilean ambassador in Lima for consultations.',
  ]);
  assert.deepEqual(roots(events, '16'), ['CHL>PER asserted']);
});

test('ref.said-it: "he" after a reporting verb is the person who reports', () => {
  const events = code([
    'Kenya and Uganda have argued over the island since Kenya raised its flag there in May; Uganda sent police, and Kenya protested to Uganda. Uganda says the island is Ugandan.',
    'President Okwir Lumumba condemned Kenya on Tuesday.',
    'President Okwir Lumumba, in a statement at State House on Wednesday (12/6), conveyed that he had instructed the suspension of joint military exercises.',
  ]);
  assert.deepEqual(roots(events, '16'), ['UGA>KEN asserted']);
});
