/**
 * The wider reporting vocabulary: demands told as what another "must" do, protests, hunger strikes
 * and riots, inquiries, easing and lifting, withdrawals and surrenders, aid and asylum, cut aid,
 * curfews and bans, offers of help, mediation, endorsement and verbal defence; trade privileges,
 * tariffs, frozen assets and visa cuts, joint exercises called off, envoys called home, captives taken
 * and handed back, bombs dropped, regret and epithets, sums approved, troops sent. Each sentence (our
 * own words) must give the dyad and root shown ("-" for no country); the negatives must not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { testVocabularyCases } from '../testing/vocabulary-cases.js';

const CASES: [string, string][] = [
  ['Hungary said on Friday that Ukraine must restore the language rights of its minority.', 'HUN 10 UKR'],
  ['Moldova insisted on the removal of Russian troops from Transnistria.', 'MDA 10 RUS'],
  ['Pakistan repeated its demand that India release the fishermen.', 'PAK 10 IND'],
  ['Hundreds of Armenians demonstrated outside parliament on Saturday.', 'ARM 14 -'],
  ['Thousands of Moroccans rallied against Algeria in Rabat.', 'MAR 14 DZA'],
  ['Kosovar students staged a sit-in against Serbia.', 'UNK 14 SRB'],
  ['Polish farmers blocked the main roads around Warsaw.', 'POL 14 -'],
  ['Afghan prisoners rioted on Tuesday in the camp.', 'AFG 14 -'],
  ['Lebanon launched an inquiry into the Israeli shelling of the village.', 'LBN 09 ISR'],
  ['The IAEA dispatched investigators to Syria.', '- 09 SYR'],
  ['Kyrgyzstan lifted the curfew in the south after the clashes.', 'KGZ 08 -'],
  ['Israel eased its blockade of the Gaza fishing zone.', 'ISR 08 PSE'],
  ['The European Union lifted its embargo on Belarusian potash.', '- 08 BLR'],
  ['Vietnam withdrew its remaining troops from Cambodia.', 'VNM 08 KHM'],
  ['Syria began the withdrawal of its forces from Lebanon.', 'SYR 08 LBN'],
  ['Venezuela granted political asylum to the Bolivian minister.', 'VEN 07 BOL'],
  ['Japan gave Sri Lanka 12 million dollars in aid after the floods.', 'JPN 07 LKA'],
  ['Egypt airlifted tents and blankets to Libya.', 'EGY 07 LBY'],
  ['The Netherlands froze development funding for Rwanda.', 'NLD 16 RWA'],
  ['North Korea threw out the IAEA monitors.', 'PRK 16 -'],
  ['Azerbaijan suspended flights to Russia after the crash.', 'AZE 16 RUS'],
  ['Armenian authorities declared martial law in Yerevan.', 'ARM 17 -'],
  ['Georgia offered to host talks between Armenia and Azerbaijan.', 'GEO 03 ARM'],
  ['Somalia accepted Turkish mediation in its dispute with Ethiopia.', 'SOM 03 TUR'],
  ['Qatar undertook a mediation mission between Sudan and Chad.', 'QAT 04 SDN'],
  ['Israel and Lebanon renewed negotiations on the maritime border.', 'ISR 04 LBN'],
  ["Ghana welcomed Togo's decision to reopen the border.", 'GHA 05 TGO'],
  ['Cuba defended Venezuela against American accusations of fraud.', 'CUB 05 VEN'],
  ['Norway shared intelligence on the smuggling network with Sweden.', 'NOR 06 SWE'],
  ['India reinforced its troops along the Chinese border.', 'IND 15 CHN'],
  ['Iraq said Turkish forces must leave the Bashiqa camp.', 'IRQ 10 TUR'],
  ['Sweden reminded Hungary that it must ratify the accession.', 'SWE 10 HUN'],
  ['Japan declined to join the Chinese initiative.', 'JPN 12 CHN'],
  ['Ethiopia rejected Egyptian mediation over the dam.', 'ETH 12 EGY'],
  ['Algeria said it would shut the pipeline to Spain unless the contract was revised.', 'DZA 13 ESP'],
  ['Afghan militias vowed to fight Pakistan.', 'AFG 13 PAK'],
  ['Iran sued the United States at the world court.', 'IRN 11 USA'],
  ['A Chinese court convicted a Canadian citizen of spying.', 'CHN 11 CAN'],
  ['Spain will support Morocco in the talks.', 'ESP 03 MAR'],
  ['Israel allowed humanitarian access to Gaza.', 'ISR 08 PSE'],
  ['Armenian troops remained on high alert.', 'ARM 15 -'],
  ['Russia launched an invasion of Georgia.', 'RUS 19 GEO'],
  ['Libyan guards beat migrants from Niger at the detention centre.', 'LBY 18 NER'],
  ['Sudanese police tortured Eritrean refugees.', 'SDN 18 ERI'],
  ['Egypt suspended its mediation between Israel and Hamas.', 'EGY 16 ISR'],
  ['Russian hackers defaced hundreds of Estonian websites.', 'RUS 17 EST'],
  ['The United States revoked the preferential trade status it had given Rwanda.', 'USA 16 RWA'],
  ['China raised tariffs on Australian wine to 200 per cent.', 'CHN 16 AUS'],
  ['Canada froze the assets of four Russian officials.', 'CAN 16 RUS'],
  ['Germany slashed visas for Ghanaians.', 'DEU 16 GHA'],
  ['Manila cancelled its joint naval patrols with Beijing.', 'PHL 16 CHN'],
  ['Hanoi called its ambassador in Beijing home.', 'VNM 16 CHN'],
  ['Chad asked the French envoy to leave the country.', 'TCD 16 FRA'],
  ['Ugandan soldiers took three Congolese fishermen prisoner.', 'UGA 17 COD'],
  ['Two Thai rangers were taken captive by Cambodian troops.', 'KHM 17 THA'],
  ['Armenia handed the two soldiers back to Azerbaijan.', 'ARM 08 AZE'],
  ['Syrian helicopters dropped barrel bombs on Turkish positions.', 'SYR 19 TUR'],
  ['Chile regretted Bolivia\'s decision to close the border.', 'CHL 11 BOL'],
  ['Kuwait called the shelling a cowardly massacre by Iraq.', 'KWT 11 IRQ'],
  ['The Italian government approved 20 million euros for Tunisia.', 'ITA 07 TUN'],
  ['Ecuador granted a safe-conduct to the Colombian senator.', 'ECU 07 COL'],
  ['Sudan deployed thousands of extra troops to the Ethiopian border.', 'SDN 15 ETH'],
  ['Beijing more than doubles tariffs on Australian barley.', 'CHN 16 AUS'],
  ['Washington announced duties of 32.5 per cent on Mexican tomatoes.', 'USA 16 MEX'],
  ['Lithuania closed the Šalčininkai–Benekainys crossing with Belarus.', 'LTU 16 BLR'],
  ['Saudi jets dropped a salvo of guided bombs on Yemeni positions.', 'SAU 19 YEM'],
];

testVocabularyCases(CASES, new Set(['04']));

/** Roots of every event coded from the sentence. */
const roots = (sentence: string) => codeArticle(makeArticle([sentence])).map((e) => e.root);

test('negatives: look-alike wordings code none of the new families', () => {
  assert.ok(!roots('Iran demonstrated its new missiles to Russian officers.').includes('14'), 'showing weapons is no demonstration');
  assert.ok(!roots('Belarusians rallied behind the government in Minsk.').includes('14'), 'rallying behind is support, not protest');
  assert.ok(!roots('Turkish troops blocked the road to the Syrian town.').includes('14'), 'troops closing a road are no protesters');
  assert.ok(!roots('Pakistan said it must defend itself against India.').includes('10'), '"it must" names no addressee');
  assert.ok(!roots('China said the Japanese statement must be withdrawn.').includes('10'), 'a passive "must" demands nothing of a named state');
  assert.ok(!roots('Kenya withdrew its ambassador from Somalia.').includes('08'), 'an envoy recalled is reduced relations, not a retreat');
  assert.ok(!roots('Russia announced the withdrawal of its ambassador from Estonia.').includes('08'), 'an envoy withdrawn is no troop withdrawal');
  assert.ok(!roots('Ukraine defended Kharkiv against the Russian assault.').includes('05'), 'a defence by arms is no verbal support');
  assert.ok(!roots('Turkey declined to comment on the Swedish request.').includes('12'), 'declining comment is no refusal');
  assert.ok(!roots('Egypt ended its mediation between Israel and Hamas.').includes('04'), 'ending a mediation is not mediating');
  assert.ok(!roots('Brazil beat Argentina in the final.').includes('18'), 'a sporting win is no beating');
  assert.ok(!roots('Georgia dropped the charges against the Russian journalists.').includes('19'), 'charges dropped are no bombs');
  assert.ok(!roots('Russia handed over power in Chechnya to a local leader.').includes('08'), 'power handed over is no release');
  assert.ok(!roots('Serbian forces took the town from Kosovo rebels.').includes('17'), 'a town taken is no prisoner taken');
  assert.ok(!roots('Japan regretted its own mistake over the visa row with China.').includes('11'), 'regret at oneself is no reproach');
  assert.ok(!roots('Spain sent 40 tonnes of medicine to Morocco.').includes('15'), 'supplies sent are no troops');
  assert.ok(!roots('Spain sent soldiers and armoured vehicles to the Moroccan border.').includes('07'), 'soldiers sent are no arms aid');
  assert.ok(!roots('Greece approved 30 tanks for the Cypriot army.').includes('07'), 'a number without money is no grant');
  assert.ok(!roots('Poland issued more visas to Ukrainian workers.').includes('16'), 'more visas is no cut');
  assert.ok(!roots('Britain released them from their obligations under the Iraqi treaty.').includes('08'), 'a release from obligations frees no captive');
  assert.ok(!roots('Kenya and Somalia held joint naval patrols with Britain.').includes('16'), 'joint patrols held are not called off');

});
