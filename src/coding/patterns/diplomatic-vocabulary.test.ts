/**
 * Diplomatic and verbal vocabulary of roots 01–14 and 16, in active, passive-like and nominal
 * wording, coded end to end: each sentence (our own words) must give the dyad and root shown,
 * and the negative ones nothing of that root.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { testVocabularyCases } from '../testing/vocabulary-cases.js';

/** [sentence, "SRC ROOT TGT"] with "-" for a null country; undirected dyads may come either way. */
const CASES: [string, string][] = [
  ['Chile recalled its ambassador from Bolivia on Monday.', 'CHL 16 BOL'],
  ["Lithuania declared the Belarusian chargé d'affaires persona non grata.", 'LTU 16 BLR'],
  ['Mali ordered French diplomats to leave the country.', 'MLI 16 FRA'],
  ['Morocco said it was downgrading diplomatic relations with Algeria.', 'MAR 16 DZA'],
  ['Russia suspended its participation in the arms treaty with the United States.', 'RUS 16 USA'],
  ['India is holding the water-sharing treaty with Pakistan in abeyance.', 'IND 16 PAK'],
  ['Turkey shut its airspace to Armenian flights.', 'TUR 16 ARM'],
  ['Ecuador suspended trade with Mexico after the embassy raid.', 'ECU 16 MEX'],
  ['The European Union agreed to widen sanctions on Belarus.', '- 16 BLR'],
  ['Qatar and Bahrain agreed to reopen their embassies.', 'QAT 05 BHR'],
  ['Jordan signed a memorandum of understanding with Iraq.', 'JOR 05 IRQ'],
  ['Egypt declared its full support for Sudan.', 'EGY 05 SDN'],
  ['The Chilean president phoned his Peruvian counterpart the next day to apologise.', 'CHL 05 PER'],
  ['Kenya and Ethiopia agreed to an immediate and unconditional truce.', 'KEN 08 ETH'],
  ['Armenia and Azerbaijan agreed to stop firing.', 'ARM 08 AZE'],
  ['Greece and Turkey agreed on Monday that neither side would threaten or use force against the other.', 'GRC 03 TUR'],
  ['Serbia and Croatia agreed to meet again next month.', 'SRB 03 HRV'],
  ['Indonesia hosted the Malaysian prime minister.', 'IDN 04 MYS'],
  ['Algeria lodged a strong protest with Spain.', 'DZA 11 ESP'],
  ['Colombia summoned the Venezuelan ambassador.', 'COL 11 VEN'],
  ['Peru called the Bolivian decree a direct threat to its sovereignty.', 'PER 11 BOL'],
  ['Hungary mocked Ukraine over the pipeline dispute.', 'HUN 11 UKR'],
  ['Kosovo declared the Serbian decree null and void.', 'UNK 12 SRB'],
  ['Iraq annulled its security agreement with Turkey.', 'IRQ 12 TUR'],
  ['Egypt vowed that Ethiopia would pay a heavy price for the dam.', 'EGY 13 ETH'],
  ['Iran warned Israel of a "crushing" response to any attack.', 'IRN 13 ISR'],
  ['Syria said it would retaliate at once if Turkey crossed the border.', 'SYR 13 TUR'],
  ['Kenya urged Somalia to show restraint.', 'KEN 02 SOM'],
  ['Croatia demanded that Serbia return the seized trucks.', 'HRV 10 SRB'],
  ['Slovakia rejected the proposal from Hungary.', 'SVK 12 HUN'],
  ['Ghana responded by expelling the Togolese ambassador.', 'GHA 16 TGO'],
  ['Oman and Yemen signed a deal brokered, to the surprise of many, by Qatar.', 'QAT 04 OMN'],
  ['Lebanon held Israel responsible for the blast.', 'LBN 11 ISR'],
  ['Poland delivered tanks and ammunition to Ukraine.', 'POL 07 UKR'],
  ['Norway called in the Russian ambassador over the drone flights.', 'NOR 11 RUS'],
  ['Lithuania issued a demarche to Belarus.', 'LTU 11 BLR'],
  ["Russia said it reserved the right to respond to Finland's move.", 'RUS 13 FIN'],
  ['North Korea threatened to shoot down American spy planes.', 'PRK 13 USA'],
  ['Eritrea gave Ethiopia 48 hours to pull back its troops.', 'ERI 13 ETH'],
  ['Israel told Lebanon to rein in the militia.', 'ISR 10 LBN'],
  ['Turkey welcomed the Finnish president to Ankara.', 'TUR 04 FIN'],
  ['The prime ministers of Thailand and Cambodia spoke by phone on Sunday.', 'THA 04 KHM'],
];

/** Roots whose agreements and meetings have two equal parties: either order is right. */
const SYMMETRIC_ROOTS = new Set(['03', '04', '05', '08']);

testVocabularyCases(CASES, SYMMETRIC_ROOTS);

test('negatives: renouncing force is no threat; a reduced-relative mediator is the source; "agreed on Monday" is no accord', () => {
  const renounce = codeArticle(makeArticle(['Greece and Turkey agreed on Monday that neither side would threaten or use force against the other.']));
  assert.ok(!renounce.some((e) => e.root === '13'), 'a pledge not to threaten is no threat');
  assert.ok(!renounce.some((e) => e.cameo === '019'), '"agreed on Monday" is not agreeing on something');
  const brokered = codeArticle(makeArticle(['Armenia and Azerbaijan signed a deal brokered by Russia.']));
  assert.ok(!brokered.some((e) => e.cameo === '045' && e.source.country !== 'RUS'), 'only the broker mediates');
  const shoot = codeArticle(makeArticle(['North Korea threatened to shoot down American spy planes.']));
  assert.ok(!shoot.some((e) => e.root === '19'), 'a threat to shoot is no shooting');
  const welcomed = codeArticle(makeArticle(["Iran welcomed Saudi Arabia's decision to reopen the consulate."]));
  assert.ok(!welcomed.some((e) => e.root === '04'), 'welcoming a decision is hosting nobody');
  const appeal = codeArticle(makeArticle(['Jordan called on Israel to end the provocation at the holy site.']));
  assert.ok(!appeal.some((e) => e.root === '11'), 'a call for an end is an appeal, not a condemnation');
  const troops = codeArticle(makeArticle(["Pakistan's army chief visited troops near the border with India."]));
  assert.ok(!troops.some((e) => e.root === '04'), 'visiting one\'s own troops is no visit to the neighbour');
  const own = codeArticle(makeArticle(['Kim Jong Un ordered agencies dealing with South Korea shut down.']));
  assert.ok(!own.some((e) => e.root === '10'), 'an order to one\'s own agencies is no demand');
});
