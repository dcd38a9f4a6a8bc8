/**
 * More ways reporting states an interstate act: exit bans on another state's nationals, a
 * ceasefire one side orders, deadlines set for another state, missions cut to size, exchanges suspended, troops ordered to a frontier, captives freed (named, or members
 * of a group), and "subscribed" or a day and place before the signed declaration. Each sentence (our
 * own words) must give the dyad and root shown; the negatives must not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { testVocabularyCases } from '../testing/vocabulary-cases.js';

const CASES: [string, string][] = [
  // exit bans (172)
  ['North Korea barred the twenty Malaysians in the country from leaving.', 'PRK 17 MYS'],
  ['Malaysia ordered its police to prevent all North Korean citizens from leaving the country.', 'MYS 17 PRK'],
  ['Iran prohibited two French nationals from leaving the country.', 'IRN 17 FRA'],
  ['China imposed an exit ban on an American businessman.', 'CHN 17 USA'],
  // a ceasefire ordered by one side (0871)
  ['Peru ordered a unilateral ceasefire against Ecuador on Monday.', 'PER 08 ECU'],
  ['Armenia declared an immediate and unilateral ceasefire with Azerbaijan.', 'ARM 08 AZE'],
  // deadlines set for another state (139)
  ['Prague gave Moscow until noon on Thursday to let its diplomats return.', 'CZE 13 RUS'],
  ['Turkey gave Sweden until the end of the month to act against the militants.', 'TUR 13 SWE'],
  // missions cut to size (161)
  ['Prague ordered Russia to reduce its embassy staff in the capital.', 'CZE 16 RUS'],
  ['Washington capped the number of diplomats at the Russian embassy.', 'USA 16 RUS'],
  ['Moscow told Britain to cut its diplomatic staff by fifty.', 'RUS 16 GBR'],
  // exchanges and cooperation suspended (160)
  ['China suspended part of its programme of bilateral exchanges with Vietnam.', 'CHN 16 VNM'],
  ['Russia froze military cooperation with Georgia.', 'RUS 16 GEO'],
  // troops ordered to a frontier (154)
  ['Ecuador ordered troops to the border with Colombia.', 'ECU 15 COL'],
  ['Venezuela announced the deployment of ten battalions to the Colombian frontier.', 'VEN 15 COL'],
  ['Greece sent two battalions to the Turkish border.', 'GRC 15 TUR'],
  // captives freed (0841)
  ['Cuba freed Alan Gross, an American contractor, on Wednesday.', 'CUB 08 USA'],
  ['The United States released the remaining members of the Cuban spy network.', 'USA 08 CUB'],
  ['Russia freed an American pilot on Friday.', 'RUS 08 USA'],
  // signing, translated or with a day and place before the object (057)
  ['Peru and Ecuador subscribed the Declaration of Peace in Brasília.', 'PER 05 ECU'],
  ['Peru and Ecuador signed yesterday, Friday, in Brasília the peace declaration.', 'PER 05 ECU'],
];

testVocabularyCases(CASES, new Set(['05']));

const roots = (sentence: string) => codeArticle(makeArticle([sentence])).map((e) => e.root);

test('negatives: look-alike wordings code none of the new acts', () => {
  assert.deepEqual(roots('The storm prevented the ship from leaving port.'), [], 'weather bars no nationals');
  assert.ok(!roots('Russia ordered its troops to withdraw from the Armenian border.').includes('15'), 'an order to withdraw is no build-up');
  assert.ok(!roots('Saudi Arabia gave the Lebanese envoy until Monday to leave.').includes('13'), 'a deadline to leave is an expulsion, not an ultimatum');
  assert.ok(!roots('Kenya ordered its troops to observe the truce with Somalia.').includes('08'), 'an order to observe a truce is no declared ceasefire');
  assert.ok(!roots('The ministry released a statement on Tuesday about Iran.').includes('08'), 'a statement is no captive');
  assert.ok(!roots('Poland expanded its cultural exchanges with Ukraine.').includes('16'), 'exchanges expanded are not cut');
});
