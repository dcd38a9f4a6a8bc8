/**
 * Vocabulary added from the PLOVER gold-standard disagreements (bench:coding --show): intent to
 * cooperate, settle, mediate or reform; acceding to demands and letting aid through; welcomes and
 * verbal defence with a day in between; demands restated "today"; crowds dispersed, rallies and
 * papers banned, property wrecked, human shields; riots, demonstrations and labour strikes as
 * nouns; peacekeepers arriving; war-crimes inquiries at home; a price to pay; ground retaken;
 * wounding; delegations, congratulations and invitations; prisoner exchanges; guerrillas, settlers,
 * earlier leaders and named American administrations as actors. Each sentence
 * (our own words) must give the dyad and root shown ("-" for no country); the negatives must not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { testVocabularyCases } from '../testing/vocabulary-cases.js';

const CASES: [string, string][] = [
  // 03: intent to cooperate, settle, mediate, reform
  ['Greek and Bulgarian ministers agreed on Friday that their countries should cooperate on flood defences.', 'GRC 03 BGR'],
  ['Chile and Argentina reached a consensus to share data on the glaciers.', 'CHL 03 ARG'],
  ['Turkey offered its assistance to Albania after the earthquake.', 'TUR 03 ALB'],
  ['Algeria offered to mediate between Mali and Niger.', 'DZA 03 MLI'],
  ['Belize and Guatemala pledged to resolve their territorial dispute at the world court.', 'BLZ 03 GTM'],
  ['The Malian junta promised to hold free elections within two years.', 'MLI 03 -'],
  ['The Bolivian president agreed to step down after weeks of protests.', 'BOL 03 -'],
  // 04, 05, 10: the same acts with a day or "today" in between
  ['The Kenyan president gave a warm welcome on Monday to the Somali leader.', 'KEN 04 SOM'],
  ['Cuba defended Venezuela and Nicaragua on Tuesday against American accusations.', 'CUB 05 VEN'],
  ['Lebanon renewed its demand today that Israel withdraw from the border villages.', 'LBN 10 ISR'],
  ['The Clinton administration said Iraq must readmit the inspectors.', 'USA 10 IRQ'],
  // 08: acceding, aid let through, peacekeepers
  ["Moldova bowed to Russia's demands and lifted the ban on its exports.", 'MDA 08 RUS'],
  ['The Mozambican government accepted demands from the rebels for a new constitution.', 'MOZ 08 -'],
  ['Tajikistan allowed the delivery of flour and medicines to Afghanistan.', 'TJK 08 AFG'],
  // 07: a peacekeeping deployment, not a visit
  ['The first Rwandan peacekeepers arrived in the Central African Republic on Sunday.', 'RWA 07 CAF'],
  // 09: war crimes looked into at home
  ['Bosnia is investigating alleged war crimes by its own soldiers.', 'BIH 09 -'],
  // 13: a price to pay
  ['Iran said on Sunday that Israel would pay a heavy price for the strike.', 'IRN 13 ISR'],
  // 14: crowds, riots, demonstrations and strikes as nouns
  ['Thousands of Armenian students protested in Yerevan on Monday.', 'ARM 14 -'],
  ['Palestinian riots against Israeli troops spread to Nablus.', 'PSE 14 ISR'],
  ['Serbian demonstrations against Kosovo continued for a third day.', 'SRB 14 UNK'],
  ['Serbian teachers began a general strike against the new law.', 'SRB 14 -'],
  // 17: repression, censorship, property, shields, sabotage, jailing
  ['Georgian riot police dispersed Abkhaz demonstrators outside the parliament.', 'GEO 17 -'],
  ['Belarusian police fired tear gas at Polish activists near the border.', 'BLR 17 POL'],
  ['Turkish police prevented a rally by Kurdish students in Istanbul.', 'TUR 17 -'],
  ['Russia closed two Georgian newspapers in Moscow.', 'RUS 17 GEO'],
  ['Israeli bulldozers demolished Palestinian homes near Hebron.', 'ISR 17 PSE'],
  ['Israeli settlers set fire to the offices of a Palestinian charity.', 'ISR 17 PSE'],
  ['Sudanese troops used Chadian villagers as human shields.', 'SDN 17 TCD'],
  ['Afghan guerrillas blew up three power lines outside Kabul.', 'AFG 17 -'],
  ['Iran jailed two French tourists for espionage.', 'IRN 17 FRA'],
  // 19: ground retaken
  ['Armenian forces recaptured the village from Azerbaijan.', 'ARM 19 AZE'],
  // 19: wounding
  ['Pakistani fire wounded two Indian soldiers near the Line of Control.', 'PAK 19 IND'],
  // 04, 05, 03: delegations, congratulations, invitations
  ['India sent a high-level delegation to Bangladesh on Monday.', 'IND 04 BGD'],
  ['Turkey congratulated Azerbaijan on its election.', 'TUR 05 AZE'],
  ['Japan extended an invitation to the South Korean president.', 'JPN 03 KOR'],
  // 08: prisoners traded
  ['Armenia and Azerbaijan exchanged 32 prisoners at the border.', 'ARM 08 AZE'],
  ['Russia and Ukraine carried out a prisoner swap on Friday.', 'RUS 08 UKR'],
  // 15: alert with several modifiers
  ['Serbia put its army on full combat alert after the clashes with Kosovo.', 'SRB 15 UNK'],
  // actors: earlier leaders
  ['Saddam Hussein threatened Kuwait with war.', 'IRQ 13 KWT'],
  ['Kofi Annan urged Iraq to cooperate with the inspectors.', '- 02 IRQ'],
];

testVocabularyCases(CASES, new Set(['03', '04', '05', '08']));

const roots = (s: string) => codeArticle(makeArticle([s])).map((e) => e.root);

test('the new vocabulary stays out of look-alike sentences', () => {
  assert.ok(!roots('Iran offered its condolences to Turkey after the crash.').includes('03'), 'condolences are no assistance');
  assert.ok(!roots('Britain said Argentina would pay the costs of the inquiry.').includes('13'), 'paying costs is no threat');
  assert.ok(!roots('A demonstration of force by Russian warships alarmed Norway.').includes('14'), 'a demonstration of force is no rally');
  assert.ok(!roots('Greek riot police guarded the Turkish consulate.').includes('14'), 'riot police are no riot');
  const blamed = codeArticle(makeArticle(['Iranian demonstrations against abuses by the Turkish army grew.']));
  assert.ok(!blamed.some((e) => e.root === '14' && e.source.country === 'TUR'), 'the "by" names whom the crowd blames, not the crowd');
  assert.ok(!roots('The Chinese government protested the visit of the Taiwanese leader.').includes('14'), 'a government protest is no street protest');
  assert.ok(!roots('A Kosovo police officer was killed and another wounded when the group ambushed a patrol near Serbia.').includes('19'), 'a toll of wounded is no new attack');
  assert.ok(!roots('India described its strikes on Pakistan as "focused, measured and non-escalatory".').includes('11'), 'self-justification in quotes is no reproach');
  assert.ok(!roots('The two countries exchanged views on trade and Turkey.').includes('08'), 'views exchanged are no prisoners');
  const strike = roots("The Serbian union began an indefinite strike on Monday over Kosovo's new law.");
  assert.ok(strike.includes('14') && !strike.includes('19'), `a labour strike is no attack: ${strike.join(',')}`);
});
