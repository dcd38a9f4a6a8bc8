import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findActorMentions } from './resolver.js';
import { fixture } from '../testing/paths.js';
import type { ActorMention } from './types.js';

/** "text|via|NAME/COUNTRY/ROLE" for compact tables. */
const brief = (m: ActorMention) => `${m.text}|${m.via}|${m.actors.map((a) => `${a.name}/${a.country}/${a.role}`).join('+')}`;
const one = (s: string) => {
  const ms = findActorMentions(s);
  assert.equal(ms.length, 1, `${s} -> ${ms.map(brief).join(' ; ')}`);
  return ms[0];
};

test('A6 country names, possessives and demonyms with sector nouns', () => {
  const cases: [string, string][] = [
    ['Iran launched missiles.', 'Iran|name|Iran/IRN/null'],
    ["Pakistan's reply was swift.", 'Pakistan|name|Pakistan/PAK/null'],
    ['Iranian officials denied it.', 'Iranian officials|demonym|Iran/IRN/GOV'],
    ['according to Iranian media', 'Iranian media|demonym|Iran/IRN/MED'],
    ['the Pakistani Foreign Ministry said', 'Pakistani Foreign Ministry|demonym|Pakistan/PAK/GOV'],
    ['Pakistani security forces killed two', 'Pakistani security forces|demonym|Pakistan/PAK/MIL'],
    ['Iranian forces crossed', 'Iranian forces|demonym|Iran/IRN/MIL'],
    ["Pakistan's Ministry of Foreign Affairs said", "Pakistan's Ministry of Foreign Affairs|name|Pakistan/PAK/GOV"],
    ['inside Pakistani territory', 'Pakistani|demonym|Pakistan/PAK/null'],
    ['U.S. officials said', 'U.S. officials|name|United States/USA/GOV'],
    ['the Pakistan Army said', 'Pakistan Army|name|Pakistan/PAK/MIL'],
    ['Indian police arrested', 'Indian police|demonym|India/IND/COP'],
    ['Two Iranians were hurt', 'Iranians|demonym|Iran/IRN/CVL'],
  ];
  for (const [input, want] of cases) assert.equal(brief(one(input)), want, input);
  assert.equal(one('Iranian officials said').rule, 'A5-A7 name');
});

test('A6 coordinated demonyms share the sector noun; a sector modifier decides a generic noun', () => {
  assert.deepEqual(findActorMentions('Senior Hungarian and Romanian officials agreed').map(brief), [
    'Hungarian|demonym|Hungary/HUN/GOV',
    'Romanian officials|demonym|Romania/ROU/GOV',
  ]);
  assert.equal(brief(one('Afghan rebel leaders said')), 'Afghan rebel leaders|demonym|Afghanistan/AFG/REB');
  assert.equal(brief(one('Iranian opposition figures met')), 'Iranian opposition|demonym|Iran/IRN/OPP');
  assert.equal(brief(one('The US Congress agreed')), 'US Congress|name|United States/USA/LEG');
});

test('A6 capitals and seats of government stand for the government', () => {
  assert.equal(brief(one('Tehran denied the report.')), 'Tehran|capital|Iran/IRN/GOV');
  assert.equal(brief(one("Tehran's choice surprised many")), 'Tehran|capital|Iran/IRN/GOV');
  assert.equal(brief(one('The Kremlin said nothing.')), 'Kremlin|capital|Russia/RUS/GOV');
  assert.equal(brief(one('Kiev asked for help')), 'Kiev|capital|Ukraine/UKR/GOV');
  assert.equal(brief(one("Taipei's defense ministry said")), "Taipei's defense ministry|capital|Taiwan/TWN/GOV");
  assert.equal(brief(one('Officials in New Delhi said')), 'New Delhi|capital|India/IND/GOV');
});

test('A6 a capital used as a place is not an actor', () => {
  assert.deepEqual(findActorMentions('a meeting in Islamabad on Friday').map(brief), []);
  assert.deepEqual(findActorMentions('a meeting in New Delhi on Friday').map(brief), []);
  assert.deepEqual(findActorMentions("a scholar at Washington's Hudson Institute").map(brief), []);
  assert.deepEqual(findActorMentions('Abu Dhabi, United Arab Emirates').map(brief), ['United Arab Emirates|name|United Arab Emirates/ARE/null']);
});

test('A5 groups: stateless groups have country null; the Taliban govern Afghanistan', () => {
  const jaa = one('members of Jaish al-Adl were targeted').actors[0];
  assert.deepEqual([jaa.name, jaa.country, jaa.role, jaa.kind], ['Jaish al-Adl', null, 'REB', 'group']);
  assert.deepEqual(jaa.operatesIn, ['IRN', 'PAK']);
  const ttp = one('the TTP claimed it').actors[0];
  assert.equal(ttp.name, 'Tehreek-e-Taliban Pakistan');
  assert.equal(ttp.country, null);
  assert.equal(ttp.home, 'PAK');
  assert.equal(one('the Pakistani Taliban struck').actors[0].name, 'Tehreek-e-Taliban Pakistan');
  assert.equal(one('support for the Houthis').actors[0].name, 'Houthis');
  assert.equal(one('Palestinian Islamic Jihad fired rockets').actors[0].name, 'Palestinian Islamic Jihad');
  const tal = one('with the return of the Taliban').actors[0];
  assert.deepEqual([tal.country, tal.role], ['AFG', 'GOV']);
  assert.equal(one('Daesh claimed the attack').actors[0].name, 'Islamic State');
});

test('A1/A2 persons with offices take their country from the phrase', () => {
  const fm = one('the Iranian foreign minister, Hossein Amir Abdollahian, will visit');
  assert.equal(fm.via, 'person');
  assert.deepEqual([fm.actors[0].name, fm.actors[0].country, fm.actors[0].role, fm.actors[0].office], ['Hossein Amir-Abdollahian', 'IRN', 'GOV', 'foreign minister']);
  const unknown = one('Foreign Minister Farida Baloch Rahimi said');
  assert.deepEqual([unknown.actors[0].name, unknown.actors[0].country], ['Farida Baloch Rahimi', null]);
  const ofZ = one('President Levy Mwanawasa of Zambia said');
  assert.deepEqual([ofZ.text, ofZ.actors[0].country], ['President Levy Mwanawasa of Zambia', 'ZMB']);
  assert.equal(one("Jordan's King Abdullah II arrived").actors[0].name, 'Abdullah II');
  const pm = one('Caretaker Prime Minister Anwaar-ul-Haq Kakar chaired it');
  assert.deepEqual([pm.actors[0].name, pm.actors[0].country, pm.actors[0].office], ['Anwaar-ul-Haq Kakar', 'PAK', 'caretaker prime minister']);
  const amb = one('says former Pakistani Ambassador Husain Haqqani, now a scholar');
  assert.deepEqual([amb.actors[0].name, amb.actors[0].country], ['Husain Haqqani', 'PAK']);
  const sen = one('says Farid Khan Yousafzai, a Pakistani senator and analyst');
  assert.deepEqual([sen.actors[0].name, sen.actors[0].country, sen.actors[0].role], ['Farid Khan Yousafzai', 'PAK', 'LEG']);
  const off = one("Pakistan's foreign minister said");
  assert.deepEqual([off.via, off.actors[0].kind, off.actors[0].country], ['office', 'person', 'PAK']);
  const of = one('the defence minister of India said');
  assert.deepEqual([of.actors[0].country, of.actors[0].role], ['IND', 'GOV']);
});

test('A2b name, office for/of country; never "ambassador to"', () => {
  const k = one("said Nasser Kanaani, spokesman for Iran's Foreign Ministry.");
  assert.deepEqual([k.actors[0].name, k.actors[0].country, k.actors[0].office], ['Nasser Kanaani', 'IRN', 'spokesman']);
  assert.ok(findActorMentions('Karen Norris, an ambassador to Pakistan, said').every((m) => m.actors[0]?.kind !== 'person'));
});

test('A5 known leaders by surname, alone or after a title, get their country', () => {
  const p = one("Putin's speech");
  assert.deepEqual([p.text, p.via, p.actors[0].name, p.actors[0].country], ['Putin', 'person', 'Vladimir Putin', 'RUS']);
  const m = one('Prime Minister Modi said');
  assert.deepEqual([m.actors[0].name, m.actors[0].country, m.actors[0].office], ['Narendra Modi', 'IND', 'prime minister']);
  assert.equal(one('Israel Katz said').actors[0].country, 'ISR');
});

test('A1 titles chain before a name; an appositive may open with a title', () => {
  const g = one('Indian Army chief Gen. Upendra Dwivedi said');
  assert.deepEqual([g.actors[0].name, g.actors[0].country, g.actors[0].role], ['Upendra Dwivedi', 'IND', 'MIL']);
  const a = one("Pakistan's army chief, General Asim Munir, said");
  assert.deepEqual([a.actors[0].name, a.actors[0].country], ['Asim Munir', 'PAK']);
  assert.equal(one('Lt. Gen. Ahmed Sharif Chaudhry said').actors[0].name, 'Ahmed Sharif Chaudhry');
});

test('A1 an office followed by a non-name is not a person', () => {
  for (const s of ['Prime Minister Office/AP', 'the President Tuesday said']) {
    assert.ok(findActorMentions(s).every((m) => m.via !== 'person'), s);
  }
});

test('A3 pairs carry no actors', () => {
  for (const s of ['the two countries', 'both countries', 'the two neighbours', 'the two neighbors', 'the two Muslim countries', 'both sides', 'the two nuclear-armed rivals']) {
    const m = one(`${s} agreed`);
    assert.equal(m.via, 'pair', s);
    assert.equal(m.text, s);
    assert.deepEqual(m.actors, []);
  }
});

test('negative cases: words that must not resolve to an actor', () => {
  const none = [
    'Michael Jordan scored 40 points.',
    'Jordan Peterson spoke.',
    'Chad Smith arrived late.',
    'George Washington crossed the river.',
    'He read the Washington Post.',
    'a china plate and a turkey dinner',
    'the Gulf and the West',
    'Papua New Guinea',
    'Baloch militants',
    'Atlanta, Georgia',
    'Iran-backed fighters and Pakistan-based groups',
    'the Indian Ocean and the Persian Gulf',
    'Chinese New Year in the South China Sea',
    'both of them',
    'https://example.com/World/Asia-South-Central/Iran-strikes',
  ];
  for (const s of none) {
    const ms = findActorMentions(s).filter((m) => s !== 'Papua New Guinea' || m.actors[0]?.country !== 'PNG');
    assert.deepEqual(ms.map(brief), [], s);
  }
  assert.deepEqual(findActorMentions('Papua New Guinea').map(brief), ['Papua New Guinea|name|Papua New Guinea/PNG/null']);
  assert.deepEqual(findActorMentions('Niger and Nigeria').map((m) => m.actors[0].country), ['NER', 'NGA']);
  assert.deepEqual(findActorMentions('Dominica and the Dominican Republic').map((m) => m.actors[0].country), ['DMA', 'DOM']);
  assert.deepEqual(findActorMentions('the Saudi-led coalition').map(brief), ['Saudi|name|Saudi Arabia/SAU/null']);
  assert.deepEqual(findActorMentions('Armenia, Georgia and Azerbaijan').map((m) => m.actors[0].country), ['ARM', 'GEO', 'AZE']);
  assert.deepEqual(findActorMentions('Jordan closed its airspace').map((m) => m.actors[0].country), ['JOR']);
});

test('mentions are non-overlapping, in order, with offsets into the text', () => {
  const text = readFileSync(fixture('actors', 'border-clash.txt'), 'utf8');
  const ms = findActorMentions(text);
  let last = -1;
  for (const m of ms) {
    assert.ok(m.start >= last, m.text);
    assert.equal(text.slice(m.start, m.end), m.text);
    last = m.end;
  }
  const got = ms.map(brief);
  for (const want of [
    'Afghan forces|demonym|Afghanistan/AFG/MIL',
    'Pakistani border guards|demonym|Pakistan/PAK/MIL',
    'Pakistani Foreign Ministry|demonym|Pakistan/PAK/GOV',
    'Kabul|capital|Afghanistan/AFG/GOV',
    'Islamabad|capital|Pakistan/PAK/GOV',
    'Foreign Minister Ishaq Dar|person|Ishaq Dar/PAK/GOV',
    'both countries|pair|',
    'Tehreek-e-Taliban Pakistan|group|Tehreek-e-Taliban Pakistan/null/REB',
    'TTP|group|Tehreek-e-Taliban Pakistan/null/REB',
    'Islamic State|group|Islamic State/null/REB',
    'The two neighbours|pair|',
  ]) assert.ok(got.includes(want), `${want} missing from ${got.join(' ; ')}`);
  assert.ok(got.some((g) => g.startsWith('Afghan envoy|office|')), got.join(' ; '));
  assert.ok(got.some((g) => g.startsWith('Zabihullah Mujahid, an Afghan government spokesman|person|Zabihullah Mujahid/AFG/GOV')), got.join(' ; '));
});
