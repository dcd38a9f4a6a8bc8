/**
 * The synonyms news reporting uses for acts the patterns already know: phrasal verbs ("called home",
 * "ordered out", "hit out at"), headline verbs ("blasted", "rapped", "hammered"), nouns after light
 * verbs ("issued a stern warning", "lodged solemn representations", "launched an assault"), passives
 * with the envoy first, and British and American spellings. Each sentence is in our own words and must
 * code the dyad and root shown; the negatives are the false readings of the risky words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { testVocabularyCases } from '../testing/vocabulary-cases.js';

const CASES: [string, string][] = [
  // 16: envoys called home, ordered out or sent home; the passive with the envoy first
  ['Algeria called home its ambassador from Madrid on Saturday.', 'DZA 16 ESP'],
  ['Poland ordered out three Belarusian diplomats on Friday.', 'POL 16 BLR'],
  ['The Czech government sent home eighteen Russian diplomats.', 'CZE 16 RUS'],
  ['Kenya threw out the Somali ambassador after the row over the maritime border.', 'KEN 16 SOM'],
  ['The Turkish ambassador to the Netherlands was recalled on Sunday.', 'TUR 16 NLD'],
  ['Three Russian diplomats were expelled by Estonia on Monday.', 'EST 16 RUS'],
  // 16: goods barred, curbs imposed, travel bans, energy cut off, tariffs in reprisal
  ['Russia barred imports of Georgian wine and mineral water.', 'RUS 16 GEO'],
  ['Moscow imposed restrictions on Turkish imports after the jet was downed.', 'RUS 16 TUR'],
  ['The European Union imposed travel bans on five Belarusian officials.', '- 16 BLR'],
  ['Russia cut off gas supplies to Ukraine in the middle of winter.', 'RUS 16 UKR'],
  ['Moscow halted oil deliveries to Belarus on Tuesday.', 'RUS 16 BLR'],
  ['China retaliated with tariffs on American soybeans and pork.', 'CHN 16 USA'],
  ['Beijing hit back with sanctions against American lawmakers.', 'CHN 16 USA'],
  // 11: headline verbs of reproach, displeasure as a noun, protests filed, representations, take to task
  ['China blasted the United States over the arms sale to Taiwan.', 'CHN 11 USA'],
  ['Moscow rapped Washington for meddling in Ukraine.', 'RUS 11 USA'],
  ['The Kremlin faulted Kyiv for the collapse of the talks.', 'RUS 11 UKR'],
  ['China hit out at Japan over the shrine visit.', 'CHN 11 JPN'],
  ['The Chinese ambassador lashed out at Japan in a television interview.', 'CHN 11 JPN'],
  ['Japan took issue with China\'s account of the collision.', 'JPN 11 CHN'],
  ['India took Pakistan to task over the attack on its convoy.', 'IND 11 PAK'],
  ["Beijing voiced strong dissatisfaction with Tokyo's decision.", 'CHN 11 JPN'],
  ['China expressed outrage at the Japanese purchase of the islands.', 'CHN 11 JPN'],
  ['Moscow filed a formal protest with Oslo over the inspection.', 'RUS 11 NOR'],
  ['China lodged stern representations with Japan over the visit.', 'CHN 11 JPN'],
  ['China made solemn representations to Japan on Monday.', 'CHN 11 JPN'],
  ['The Turkish foreign ministry issued a statement slamming the Greek government.', 'TUR 11 GRC'],
  ['The Russian ambassador was summoned by Poland on Monday.', 'POL 11 RUS'],
  // 12: brushed aside, spurned, snubbed
  ['China brushed aside Japanese protests over the survey ship.', 'CHN 12 JPN'],
  ['Israel spurned the Egyptian proposal for a truce.', 'ISR 12 EGY'],
  ['Iran snubbed the American offer of direct talks.', 'IRN 12 USA'],
  // 19: hammered, stormed, ambushed, an assault launched, fire traded, rockets rained down, war waged
  ['Israeli warplanes hammered Gaza City on Sunday.', 'ISR 19 PSE'],
  ['Russian troops stormed the Ukrainian village at dawn.', 'RUS 19 UKR'],
  ['Pakistani troops ambushed an Afghan border patrol.', 'PAK 19 AFG'],
  ['Ethiopian troops launched an assault on Eritrean positions.', 'ETH 19 ERI'],
  ['Ethiopian troops mounted a fresh onslaught against Eritrean positions.', 'ETH 19 ERI'],
  ['Indian and Pakistani troops traded fire across the Line of Control on Monday.', 'IND 19 PAK'],
  ['Armenian and Azerbaijani forces exchanged gunfire overnight.', 'ARM 19 AZE'],
  ['Russia rained rockets down on Kharkiv.', 'RUS 19 UKR'],
  ['Iran lobbed mortar shells into Iraqi Kurdistan.', 'IRN 19 IRQ'],
  ['Israel waged war on Syria on Monday.', 'ISR 19 SYR'],
  // 18: hostages taken with the captives in between
  ['Hamas gunmen took two Thai farm workers hostage.', '- 18 THA'],
  // 17: vessels captured, entry refused
  ['Russia captured three Ukrainian navy vessels in the strait.', 'RUS 17 UKR'],
  ['The Netherlands barred the Turkish foreign minister from landing in Rotterdam.', 'NLD 17 TUR'],
  ['Israel denied entry to two American congresswomen.', 'ISR 17 USA'],
  // 15: test-launched ICBMs, manoeuvres, a show of force
  ['North Korea test-launched an ICBM over Japan.', 'PRK 15 JPN'],
  ['Russia held naval manoeuvres near the Norwegian coast.', 'RUS 15 NOR'],
  ['China staged a show of force near Taiwan on Monday.', 'CHN 15 TWN'],
  // 13: the warning as a noun
  ['Russia issued a stern warning to Finland over its bid to join NATO.', 'RUS 13 FIN'],
  ['Pyongyang sent a blunt warning to Seoul on Friday.', 'PRK 13 KOR'],
  // 02: asked to, pleaded with, help sought from
  ['Iran asked Britain to free the tanker.', 'IRN 02 GBR'],
  ['Kyiv pleaded with Germany to send more tanks.', 'UKR 02 DEU'],
  ['Ukraine requested more air defence systems from Germany.', 'UKR 02 DEU'],
  // 03: ready for talks
  ['Iran said it was ready for talks with the United States.', 'IRN 03 USA'],
  // 04: phone conversations, playing host, sitting down for talks, facilitating, go-betweens, jetting in
  ['The Turkish president had a phone conversation with his Russian counterpart.', 'TUR 04 RUS'],
  ['The Turkish president played host to the Ukrainian president in Istanbul.', 'TUR 04 UKR'],
  ['The Greek and Turkish foreign ministers sat down for talks in Ankara.', 'GRC 04 TUR'],
  ['Qatar facilitated talks between the United States and the Taliban.', 'QAT 04 USA'],
  ['Oman acted as a go-between for Iran and the United States.', 'OMN 04 IRN'],
  ['The Iranian foreign minister jetted to Islamabad on Monday.', 'IRN 04 PAK'],
  ['The Iranian foreign minister paid a visit to Pakistan on Monday.', 'IRN 04 PAK'],
  // 05: lauded, thanked, gratitude expressed, stood by
  ["Beijing lauded Moscow's stance on the crisis.", 'CHN 05 RUS'],
  ['Greece thanked Turkey for its help after the earthquake.', 'GRC 05 TUR'],
  ['Japan expressed gratitude to India for its support.', 'JPN 05 IND'],
  // 06: joint drills and manoeuvres, suspects handed over
  ['Russia and China staged joint naval drills in the Sea of Japan.', 'RUS 06 CHN'],
  ['Britain handed over the murder suspect to Spain.', 'GBR 06 ESP'],
  // 07: aid rushed or airlifted, arms supplied with the receiver first, packages named by their sum
  ['Britain rushed emergency humanitarian aid to Pakistan.', 'GBR 07 PAK'],
  ['The United States airlifted relief supplies to Turkey.', 'USA 07 TUR'],
  ['The United States supplied Ukraine with Patriot missiles.', 'USA 07 UKR'],
  ['Washington approved a $300 million military aid package for Ukraine.', 'USA 07 UKR'],
  ['Japan announced a $500 million aid package for the Philippines.', 'JPN 07 PHL'],
  ['Turkey dispatched search and rescue teams to Greece.', 'TUR 07 GRC'],
  // 08: craft given back, captives repatriated or set free, borders reopened, bans lifted, climbdowns
  ['Iran released the British tanker on Monday.', 'IRN 08 GBR'],
  ['Russia handed back three Ukrainian navy ships.', 'RUS 08 UKR'],
  ['Pakistan repatriated the captured Indian pilot.', 'PAK 08 IND'],
  ['Iran set free the crew of the British tanker.', 'IRN 08 GBR'],
  ['Russia released a detained American journalist on Thursday.', 'RUS 08 USA'],
  ['China reopened its border with Vietnam on Monday.', 'CHN 08 VNM'],
  ['Russia lifted its ban on Georgian wine.', 'RUS 08 GEO'],
  ['Moscow backed down over the Ukrainian ships.', 'RUS 08 UKR'],
  // 08: forces leaving ground they held
  ['Russian troops pulled out of the Ukrainian city of Kherson on Friday.', 'RUS 08 UKR'],
  // 05: a state backed by name
  ['Turkey backed Azerbaijan in its conflict with Armenia.', 'TUR 05 AZE'],
  // 02: help sought by the giver's name
  ["Kenya sought Ethiopia's help against the militants.", 'KEN 02 ETH'],
  // 20: the massacre as a noun after a light verb
  ['Serbian forces carried out a massacre of Bosnian civilians on Monday.', 'SRB 20 BIH'],
  // 14: crowds marching on or picketing an embassy
  ['Iranian protesters marched on the Saudi embassy in Tehran on Monday.', 'IRN 14 SAU'],
  // 01: denials with a qualified object; condolences
  ['Moscow denied the British allegations of spying.', 'RUS 01 GBR'],
  ['Japan offered condolences to Turkey after the earthquake.', 'JPN 01 TUR'],
];

testVocabularyCases(CASES, new Set(['04', '06', '19']));

const roots = (...sentences: string[]) => codeArticle(makeArticle(sentences)).map((e) => e.root);

test('negatives: the other readings of the risky synonyms code no act', () => {
  assert.ok(!roots('The two sides hammered out a deal on Monday.').includes('19'), 'a deal hammered out is no bombardment');
  assert.ok(!roots('Falling oil prices hammered the Russian economy.').includes('19'), 'an economy hammered by prices is no attack');
  assert.ok(!roots('Russian negotiators stormed out of the talks in Geneva.').includes('19'), 'storming out is no assault');
  assert.ok(!roots('A Russian diplomat was accused of sexual assault in Norway.').includes('19'), 'a sexual assault is no act of war');
  assert.ok(!roots('Israeli jets blasted Hamas positions over the weekend.').includes('11'), '"over the weekend" is no grievance');
  assert.ok(!roots('The Kremlin blasted music from loudspeakers at the border.').includes('11'), 'music blasted is no reproach');
  assert.ok(!roots('China hit back at American criticism of its trade policy.').includes('19'), 'hitting back at criticism is words, not fire');
  assert.ok(!roots('Iran released a statement on the Israeli strike.').includes('08'), 'a statement released is no concession');
  assert.ok(!roots('Iran released a video of the captured British tanker.').includes('08'), 'a video of the tanker is not the tanker');
  assert.ok(!roots('The American warship returned to its base in Bahrain.').includes('08'), 'a ship returning to port is given back to no one');
  assert.ok(!roots('The United States sent home its own diplomats from Sudan.').includes('16'), 'evacuating one\'s own staff is no expulsion');
  assert.ok(!roots('India repatriated its citizens from Ukraine.').includes('08'), 'bringing one\'s own citizens home releases no captive');
  assert.ok(!roots('France issued a travel warning for Iran.').includes('13'), 'a travel warning is no threat');
  assert.ok(!roots('An Iranian official, who asked not to be named, said the talks had failed.').includes('02'), 'asking anonymity appeals to no one');
  assert.ok(!roots('The Turkish president thanked reporters for coming.').includes('05'), 'thanking reporters praises no state');
  assert.ok(!roots('Germany supplied its troops in Lithuania with new tanks.').includes('07'), 'arming one\'s own troops is no aid');
  assert.ok(!roots('Russian strikes cut power to the Ukrainian city of Kharkiv.').includes('16'), 'power cut by strikes is damage, not an embargo');
  assert.ok(!roots('Russia voiced concern over the NATO drills.').includes('11'), 'concern alone is not a reproach');
  assert.ok(!roots('North Korea unleashed a torrent of abuse at South Korea.').includes('19'), 'abuse is no munition');
  assert.ok(!roots('Russian negotiators pulled out of the talks with Ukraine in Geneva.').includes('08'), 'leaving talks is no withdrawal of forces');
  assert.ok(!roots('Turkey backed down over the Greek islands.').includes('05'), 'backing down supports no one');
  assert.ok(!roots('The Israeli army was accused of committing a massacre in Gaza.').includes('20'), 'an accusation of a massacre is no coded massacre');
  const tariffs = codeArticle(makeArticle(['China retaliated with tariffs on American soybeans.']));
  assert.ok(!tariffs.some((e) => e.root === '19'), 'tariffs in reprisal are no attack');
});
