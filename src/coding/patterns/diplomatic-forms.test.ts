/**
 * Diplomatic acts told in the forms wire copy and features use besides the plain active verb: the
 * agentless passive whose actor is the envoy's host, the bare noun with its undergoer after "of",
 * regret at another's act, airspace closed by participle or by barring aircraft, a visitor's meetings
 * struck off, a suspension named by its possessive. Sentences in our own words; each must give the
 * dyad and root shown, and the false readings nothing of the root named.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';
import { testVocabularyCases } from '../testing/vocabulary-cases.js';

const CASES: [string, string][] = [
  // passive.host-acts: the host named for the ministry, the city, or the envoy's post.
  ["Chile's ambassador was summoned to the Argentine foreign ministry on Monday.", 'ARG 11 CHL'],
  ['The Iranian envoy was called in at the foreign ministry in Baku on Friday.', 'AZE 11 IRN'],
  ["Sweden's ambassador in Ankara was summoned on Thursday over the rally.", 'TUR 11 SWE'],
  ["Pakistan's high commissioner was ordered to the foreign office in New Delhi on Sunday.", 'IND 11 PAK'],
  // The same act with another verb of sending for someone.
  ['Warsaw ordered the Belarusian ambassador to the foreign ministry on Tuesday.', 'POL 11 BLR'],
  ["The Kenyan envoy was asked to come to the Somali foreign ministry on Monday.", 'SOM 11 KEN'],
  // noun.undergoer-of: the bare noun names the act; the host acts.
  ["The summoning of Peru's ambassador to the Mexican foreign ministry came on Monday.", 'MEX 11 PER'],
  ['The expulsion of three Latvian diplomats from Moscow followed on Friday.', 'RUS 16 LVA'],
  // Regret that another state acted is a reproach.
  ['Seoul voiced deep regret that Tokyo had published the recording.', 'KOR 11 JPN'],
  ['Ecuador regretted that Colombia had chosen to close the crossing.', 'ECU 11 COL'],
  // Aircraft barred from the sky; airspace closed in a participle clause.
  ['Baghdad banned Kuwaiti airliners from flying over Iraq on Sunday.', 'IRQ 16 KWT'],
  ['Armenia retaliated on Friday, closing Armenian airspace to Azerbaijani flights.', 'ARM 16 AZE'],
  // An envoy summoned home is recalled, not summoned to protest.
  ['Morocco summoned its ambassador back from Algiers on Tuesday.', 'MAR 16 DZA'],
];

testVocabularyCases(CASES, new Set());

/** Events of one article, as "SRC ROOT TGT". */
function coded(paragraphs: string[]): string[] {
  return codeArticle(makeArticle(paragraphs)).map((e) => `${e.source.country ?? '-'} ${e.root} ${e.target?.country ?? '-'}`);
}

// A two-state report, so that an agentless act finds the other main state.
const PAIR = [
  'Ghana and Togo have quarrelled for months over the border.',
  'Ghana accused Togo of harbouring rebels, and Togo denied it.',
  'Ghana and Togo traded accusations again in March, and Togo warned Ghana.',
];

test('an envoy summoned with no agent and no host named is summoned by the other main state', () => {
  const events = coded([...PAIR, "On Monday Togo's ambassador, a former general, was ordered to the foreign ministry and told that the charges were unfounded."]);
  assert.ok(events.includes('GHA 11 TGO'), events.join('; '));
});

test("a visitor's meetings with her hosts struck off were cut by the hosts, on the visitor's state", () => {
  const events = coded([...PAIR, "Ghana's trade minister, who was in Lomé on a visit, found on Tuesday that her meetings with Togolese officials had been cancelled."]);
  assert.ok(events.includes('TGO 16 GHA'), events.join('; '));
});

test('"announced its suspension" of a pact just named cuts it, on the other main state', () => {
  const events = coded([...PAIR, 'The border treaty of 1998 had governed the crossings. The Togolese government announced its suspension on Wednesday.']);
  assert.ok(events.includes('TGO 16 GHA'), events.join('; '));
});

const NEGATIVE: [string, string][] = [
  // Regret for one's own act is an apology, not a reproach.
  ['Japan expressed deep regret that its patrol plane had flown so close to the Korean destroyer.', '11'],
  // A demanded expulsion is no expulsion.
  ['Protesters in Dakar demanded the expulsion of the French ambassador.', '161'],
  // "Their suspension" is as often of officials as of a pact.
  ['The Maldivian government announced their suspension on Sunday after the posts about India.', '16'],
  // Passengers, not another state's aircraft.
  ['The Turkish airline barred passengers from flying without a mask.', '16'],
  // Summoned home is a recall, never a protest.
  ['Algeria summoned its ambassador home from Madrid on Saturday.', '11'],
];

// A root ("16") or a full code ("161") that must not be coded.
for (const [sentence, code] of NEGATIVE) {
  test(`"${sentence}" codes no ${code} event`, () => {
    const events = codeArticle(makeArticle([sentence]));
    const hit = events.find((e) => e.cameo.startsWith(code));
    assert.equal(hit, undefined, `${hit?.source.country} ${hit?.cameo} ${hit?.target?.country} [${hit?.evidences[0]!.pattern}]`);
  });
}

test('a state opening a fronted subordinate clause is not the subject of the verbs shared after it', () => {
  const events = coded(['On Sunday, after the Turkish decision was announced, Greece suspended joint exercises with Turkey, halted flights to Ankara, and postponed a meeting with Turkish officials.']);
  assert.ok(events.includes('GRC 16 TUR'), events.join('; '));
  assert.ok(!events.some((e) => e.startsWith('TUR ')), events.join('; '));
});
