/**
 * How reporting tells acts of force with more words between verb and object: munitions counted
 * before "at" ("fired dozens of rockets at"), fire returned, aircraft named by model, naval units
 * sent, forces standing on another state's soil, ships sailing into claimed waters, forces driven
 * out, and goods held up at the border. Each sentence (our own words) must give the dyad and root
 * shown; the negatives must not code the act.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { testVocabularyCases } from '../testing/vocabulary-cases.js';

const CASES: [string, string][] = [
  // munitions counted or described between "fired" and "at" (19)
  ['Syrian artillery fired dozens of shells at a Turkish border town on Monday.', 'SYR 19 TUR'],
  ['Armenian troops fired about 40 mortar rounds at Azerbaijani positions.', 'ARM 19 AZE'],
  ['Indian gunners fired back at Pakistani posts across the line.', 'IND 19 PAK'],
  ['Thai soldiers returned fire at Cambodian troops near the temple.', 'THA 19 KHM'],
  // aircraft named by type or model (19)
  ['Turkish F-16 jets shot down a Syrian MiG-23 near the frontier.', 'TUR 19 SYR'],
  ['Israel shot down an Iranian surveillance UAV over the Golan.', 'ISR 19 IRN'],
  ['Ukrainian gunners brought down a Russian Su-34 bomber on Sunday.', 'UKR 19 RUS'],
  ['Iran shot down a US Navy RQ-4A Global Hawk drone over the strait.', 'IRN 19 USA'],
  // naval and air units sent; a deployment named by its units (15)
  ['The Greek navy sent four frigates to shadow the Turkish survey ship.', 'GRC 15 TUR'],
  ['Japan dispatched destroyers to watch the Chinese flotilla near the islands.', 'JPN 15 CHN'],
  ['Colombia ordered the deployment of units of the national police to the border with Venezuela.', 'COL 15 VEN'],
  // forces standing on another state's soil (19)
  ['Soldiers of the Eritrean army have been present on Ethiopian soil since May.', 'ERI 19 ETH'],
  // ships sent into another state's waters (15)
  ['A Turkish survey ship, escorted by two warships, sailed into waters off the Greek island of Rhodes.', 'TUR 15 GRC'],
  ['Chinese coast guard vessels steamed into Japanese waters near the islands on Friday.', 'CHN 15 JPN'],
  // forces driven from ground they held (19)
  ['The Sudanese army drove the South Sudanese troops out of the oil town.', 'SDN 19 SSD'],
  ['Azerbaijan dislodged Armenian troops from the heights overlooking the road.', 'AZE 19 ARM'],
  // goods held up at the border as a reprisal (17)
  ['Moscow tightened inspections of Georgian wine at the border on Tuesday.', 'RUS 17 GEO'],
  ['Beijing stepped up checks on Australian coal cargoes at its ports.', 'CHN 17 AUS'],
  ['Iranian commandos boarded the British supertanker in the strait.', 'IRN 17 GBR'],
  // blockades described and sieges (19)
  ['Egypt and Bahrain imposed a land, sea and air blockade on Qatar.', 'EGY 19 QAT'],
  ['Russian forces besieged the Ukrainian port of Mariupol for weeks.', 'RUS 19 UKR'],
  ['Saudi Arabia declared a naval blockade of the Yemeni coast.', 'SAU 19 YEM'],
  // torpedoes (19)
  ['A North Korean submarine torpedoed a South Korean patrol ship.', 'PRK 19 KOR'],
  // alerts raised and jets scrambled (15)
  ['Taiwan raised its military alert level after Chinese drills.', 'TWN 15 CHN'],
  ['Armenia put its border units on full combat readiness against Azerbaijan.', 'ARM 15 AZE'],
  ['Japan scrambled fighter jets to meet Russian bombers near Hokkaido.', 'JPN 15 RUS'],
  // killings told as shootings, intrusions, build-ups, exercises (19, 15)
  ['Indian troops shot dead two Pakistani intruders on Sunday.', 'IND 19 PAK'],
  ['Chinese soldiers intruded into Indian territory near the lake.', 'CHN 19 IND'],
  ['Russia amassed tens of thousands of troops near the Ukrainian border.', 'RUS 15 UKR'],
  ['Iran held naval exercises near the Emirati islands.', 'IRN 15 ARE'],
  // vessels harassed (17)
  ['Three Iranian gunboats tried to block the passage of the British tanker.', 'IRN 17 GBR'],
  ['The Greek coast guard chased a Turkish fishing boat out of the bay.', 'GRC 17 TUR'],
];

testVocabularyCases(CASES, new Set());

const roots = (...sentences: string[]) => codeArticle(makeArticle(sentences)).map((e) => e.root);

test('negatives: look-alike wordings code no new act of force', () => {
  assert.ok(!roots('North Korea fired two ballistic missiles into the sea off Japan.').includes('19'), 'a launch into the sea is a show of force, not an attack');
  assert.ok(!roots('Pakistan threatened to shoot down any Indian bomber that crossed the line.').includes('19'), 'a threat to shoot down is no shooting');
  assert.ok(!roots('The photograph shows a Turkish F-16 jet over the Aegean.').includes('19'), 'a caption with a warplane is no attack');
  assert.ok(!roots('The Greek minister sent letters to the Turkish embassy.').includes('15'), 'letters are not forces');
  assert.ok(!roots('The storm forced the Indian troops back to their camp.').includes('19'), 'weather drives no one out by force');
  assert.ok(!roots('Chinese tourists have been present in Japanese cities for years.').includes('19'), 'tourists are not forces');
  assert.ok(!roots('The Turkish ferry sailed into the harbour of the Greek island.').includes('15'), 'a harbour is not claimed waters');
  assert.ok(!roots('Japan tightened its own rules on Chinese investment.').includes('17'), 'rules on investment are no border checks');
  assert.ok(!roots('China tightened checks on Australian imports of barley.').includes('17'), 'checks on imports are the trade curb alone (16), not also a 17');
  assert.ok(!roots('The Indian prime minister raised the issue of the blockade with Nepal.').includes('19'), 'raising an issue imposes no blockade');
  assert.ok(!roots('Turkey raised its tariffs on American rice.').includes('15'), 'tariffs are not an alert');
  assert.ok(!roots('Russia sent two bombers on a patrol over Belarus in a joint exercise.').includes('15'), 'a flight with an ally is no build-up against it');
  assert.ok(!roots('Greek protesters blocked the road to the Turkish embassy.').includes('17'), 'a road is not a vessel');
  assert.ok(!roots('The Japanese minister shot down the Chinese proposal.').includes('19'), 'a proposal shot down is rejected, not downed');
  assert.ok(!roots('American troops have been stationed on German soil since 1945.').includes('19'), 'an ally\'s garrison is no occupation');
  assert.ok(!roots('Russian military hackers infiltrated the networks of the Estonian parliament.').includes('19'), 'hackers cross no border');
});

test('a question reports no act: "Will Japan send destroyers to the islands?"', () => {
  const asked = codeArticle(makeArticle(['Will Japan send destroyers to the Chinese-claimed islands?'])).filter((e) => e.root === '15');
  assert.ok(asked.every((e) => e.modality === 'hypothetical'), `got ${asked.map((e) => e.modality).join(', ')}`);
  assert.ok(roots('Japan sent destroyers to the Chinese-claimed islands.').includes('15'), 'the statement itself codes');
});
